"""Old people's, families' and suing questions about their own matter (actions.family_questions,
actions.suing_questions): each gets its reviewed answer, read with the story told before; near questions and
"我不是要告谁" keep theirs (or none)."""

from __future__ import annotations

import pytest

from actions.consultation import is_consultation
from actions.more_story import only_asks
from actions.own_matter_questions import asked_key
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context
from bot.domain.knowledge import load_knowledge, route_time_lines
from bot.domain.text import normalize_for_parsing
from bot.parsing.legal_status import detect_legal_status


def _key(story: str, question: str) -> str | None:
    clean = normalize_for_parsing(question)
    return asked_key(clean, normalize_for_parsing(f"{story}\n{question}"))


@pytest.mark.parametrize(
    ("story", "question", "key"),
    [
        ("开发商拖着不交房 我们一栋楼三百多户", "要几百户一起告吗", "group_suit"),
        ("烂尾楼 业主都急了", "我们能不能联名起诉开发商", "group_suit"),
        ("物业乱收费", "大家一块儿去告行不行", "group_suit"),
        ("修高速把我家房子拆了 补偿款只给了一半", "告谁", "whom_to_sue_government"),
        ("村里征地 补偿款一直没发", "该告乡政府还是告村委会", "whom_to_sue_government"),
        ("拆遷辦把我家老屋推了", "到底告誰", "whom_to_sue_government"),
        (
            "老房子拆迁 补偿协议是街道的人天天上门逼我签的",
            "签了字还能反悔吗",
            "expropriation_agreement_signed",
        ),
        ("征收办说不签就停我儿子的工作 我就签了", "那协议还算数不", "expropriation_agreement_signed"),
        ("村里征地的补偿协议是村干部拿着让签的", "俺能不能不认", "expropriation_agreement_signed"),
        ("拆遷補償協議被逼著簽了", "還能反悔嗎", "expropriation_agreement_signed"),
        # a 棚改 or 旧改 takes the house as any 征收 does
        ("我家平房划进棚改了 社区的人天天来催 协议签了", "能不能反悔", "expropriation_agreement_signed"),
        ("旧改的安置协议我妈被吓得签了字", "这个还算数不", "expropriation_agreement_signed"),
        ("城中村改造 村里逼着签的协议", "签了字还能撤销吗", "expropriation_agreement_signed"),
        # an enforcement ended for want of property (终本): paused, not closed
        ("判了他还钱 申请执行以后法院说查不到财产 终本了", "终本是啥意思", "enforcement_ended"),
        ("抚养费执行了一年 法官说终结本次执行", "是不是就不管了", "enforcement_ended"),
        ("欠款官司赢了 执行给终本了", "那我还能咋办", "enforcement_ended"),
        ("執行被終本了", "終本是什麼意思", "enforcement_ended"),
        ("楼烂尾了", "你们能帮我打电话给开发商吗", "call_for_me"),
        ("楼道灯坏了", "能不能替俺打个电话问问街道", "call_for_me"),
        ("楼道灯坏了", "你能不能打电话给物业", "call_for_me"),
        ("房子还是我的名字 儿子儿媳把我赶出来了", "这个能告他们吗", "parent_house_taken"),
        ("我七十了 房子是我的 女儿女婿占着不让我进", "我想回自己家住 咋办", "parent_house_taken"),
        ("老房子是我爸妈留下的 我哥霸着不让分", "我们姐妹三个能分多少", "inheritance_shares"),
        ("我爸去世了 没留遗嘱", "这房子怎么分", "inheritance_shares"),
        ("隔壁的狗咬了我孙子", "打疫苗的钱能让她赔不", "animal_bite"),
        ("邻居家的大黄狗没拴绳 扑上来把我咬了", "医药费谁出", "animal_bite"),
        # a bite that hurt someone, asked who deals with it: the keeper pays, no nuisance answer
        ("楼下的狗把我女儿腿咬破了 打狂犬疫苗花了一千多 他家不认", "这事找谁", "animal_bite"),
        ("村里王家的狗咬了俺 缝了两针", "咋办", "animal_bite"),
        ("對門的狗咬傷我兒子 看病花了兩千", "找哪個部門", "animal_bite"),  # traditional characters
        ("俺的低保给停了", "停的那几个月的钱能补给俺不", "allowance_back_pay"),
        ("我妈的高龄补贴三月份就没发了", "能补发吗", "allowance_back_pay"),
        ("今年的养老金才涨了35块", "是不是算错了", "pension_rise"),
        ("企业退休的 养老金", "那到底涨没涨", "pension_rise"),
        ("退休工資咋沒見漲", "為啥才漲這麼點", "pension_rise"),
        ("我爸是二级残疾 护理补贴说不符合", "我爸二级不就是重度吗", "disability_grade"),
        ("残疾证上是三级", "三级算不算重度", "disability_grade"),
        ("儿子把我的房子骗去过户到他名下 哄我按的手印", "房子能要回来不", "house_signed_over_by_fraud"),
        ("閨女趁我住院把房產證改成她的名字", "還能改回來嗎", "house_signed_over_by_fraud"),
        ("去市里上访 被派出所拘留了十天", "这个拘留我能不能告", "detention_suit"),
        ("派出所说我扰乱秩序 关了我五天", "这合法吗", "detention_suit"),
        ("被拘留了7天 就因为举了个牌子", "能不能讓他們賠", "detention_suit"),  # traditional characters
        ("俺男人被行政拘留了十五天", "凭什么啊 俺要讨个说法", "detention_suit"),
    ],
)
def test_each_kind_gets_its_answer(story: str, question: str, key: str) -> None:
    assert _key(story, question) == key


@pytest.mark.parametrize(
    ("story", "question", "not_key"),
    [
        ("开发商拖着不交房", "我们能不能去法院告他们", "group_suit"),  # suing asked, not together
        ("开发商拖着不交房", "信访和起诉能一起吗", "group_suit"),  # a petition beside a suit, not many suing
        ("合同签了对方不给货", "告谁", "whom_to_sue_government"),  # a contract: whoever broke it
        ("公司逼我签了离职申请", "签了还能反悔吗", "expropriation_agreement_signed"),  # a job, not a house
        ("判了他还钱 他一直不给", "那我还能咋办", "enforcement_ended"),  # never applied: enforcement itself
        ("执行终本了", "申请执行要交钱吗", "enforcement_ended"),  # the fee asked
        (
            "在棚改项目工地干活 老板逼我签了辞职信",
            "还能要补偿吗",
            "expropriation_agreement_signed",
        ),  # a job there
        ("拆迁办把我家老屋推了", "告谁", "expropriation_agreement_signed"),  # whom, not whether it binds
        ("楼烂尾了", "工作人员能给我打电话吗", "call_for_me"),  # a call back asked, not one made for them
        ("举报街道办副主任收好处", "你们会不会打电话到街道去问", "call_for_me"),  # a fear of who learns it
        ("我哥霸着老房子不让我们分", "能告他吗", "parent_house_taken"),  # siblings, not a parent's own house
        ("邻居的狗天天叫 吵得睡不着", "能让她赔不", "animal_bite"),  # nobody bitten
        ("楼下的狗天天叫 还老扑人", "找谁", "animal_bite"),  # a nuisance: nobody hurt
        ("低保申请了还没批", "能补发吗", "allowance_back_pay"),  # nothing stopped
        ("工伤鉴定是二级伤残", "二级算不算重度", "disability_grade"),  # a work injury's grades
        ("我儿子被刑事拘留了 关在看守所", "能告公安吗", "detention_suit"),  # a criminal detention: no review
        ("法院说我妨碍执行 司法拘留十天", "能不能告", "detention_suit"),  # a court's: its own review
        ("派出所拘留了我十天", "多久能有结果", "detention_suit"),  # asks something else
        ("儿子要把我的房子过户到他名下 我没同意", "能要回来吗", "house_signed_over_by_fraud"),  # no trick
    ],
)
def test_near_questions_keep_theirs(story: str, question: str, not_key: str) -> None:
    assert _key(story, question) != not_key


@pytest.mark.parametrize(
    "said",
    [
        "跳过 我不是要告谁 算了 跟你说说话",
        "也不是告谁 就是想要个村医",
        "没有 俺又不告谁 就是提个要求",
        "我没想告谁",
    ],
)
def test_saying_no_one_is_sued_asks_nothing_of_whom(said: str) -> None:
    kind = detect_question(said)
    answer = answer_in_context(kind, said, "村里的卫生室关了") if kind else None
    assert kind is not QuestionKind.OWN_MATTER
    assert "第577条" not in (answer or "")


def test_wages_owed_by_a_boss_who_ran_off_are_no_swindle() -> None:
    story = "工资一直要不回来 老板跑了 三个月工资两万多 鑫达门窗厂"
    answer = answer_in_context(detect_question("钱能要回来吗"), "钱能要回来吗", story)
    assert answer is not None and "诈骗" not in answer and "劳动" in answer


@pytest.mark.parametrize(
    "said", ["打官司要老多钞票伐", "打官司是不是要花好多钱", "请律师贵不贵", "起诉要花多少钱啊"]
)
def test_what_suing_costs_is_read_in_many_words(said: str) -> None:
    assert detect_question(said) is QuestionKind.SUIT_COST


def test_felling_trees_is_no_shanghainese_question() -> None:
    assert detect_question("他们乱砍滥伐") is None


def test_photos_told_beside_a_bare_how_to_send() -> None:
    assert detect_question("我拍了好多照片和视频 怎么发给你们") is QuestionKind.SEND_EVIDENCE


def test_fear_of_being_found_out_is_answered_with_what_they_may_learn() -> None:
    said = "先别提交 我再想想 怕他们查出来是我"
    answer = answer_in_context(detect_question(said), said, "村主任把低保都评给了他家亲戚")
    assert answer is not None and "第30条" in answer


def _civil_limits(story: str) -> str:
    route = load_knowledge().route("litigation").resolve("civil")
    return "".join(limit.text for limit in route.time_limits if limit.concerns(story))


def test_support_has_no_limit_only_in_a_support_story() -> None:
    assert "赡养费" in _civil_limits("三个儿子都不给养老钱")
    assert "赡养费" not in _civil_limits("开发商说好的去年交房 到现在还没交")
    assert "排除妨碍" in _civil_limits("开发商说好的去年交房 到现在还没交")


@pytest.mark.parametrize("said", ["呒没", "呒没有"])
def test_shanghainese_no_to_the_court_question(said: str) -> None:
    # "呒没 打官司要老多钞票伐": the question is answered and the no beside it kept
    assert detect_legal_status(said) == "none"


def test_time_lines_of_a_story_leave_out_what_it_is_not_about() -> None:
    pigeons = route_time_lines("litigation", "civil", story="鸽子屎掉得我家阳台到处都是 多久有人来管")
    assert pigeons and not any("赡养费" in line for line in pigeons)
    assert any(
        "赡养费" in line for line in route_time_lines("litigation", "civil")
    )  # story unknown: every one


@pytest.mark.parametrize(
    ("said", "desk"),
    [
        ("问一下 离婚以后孩子跟我 前夫两年没给抚养费了 这个找哪里", False),  # support owed: a claim
        ("三个儿子都不给养老钱 这个去哪里办", False),
        ("离婚要去哪里办", True),  # a desk asked, nothing owed
    ],
)
def test_support_owed_is_no_question_about_a_desk(said: str, desk: bool) -> None:
    assert is_consultation(said) is desk


@pytest.mark.parametrize(
    ("said", "only"),
    [
        ("打官司要老多钞票伐 阿拉退休工资就三千块", True),  # one's means beside the cost asked
        ("打官司要多少钱 我一个月才两千块", True),
        ("打官司要多少钱 开发商一直拖着不给办证 我们八十几户都急死了", False),  # more of the matter
    ],
)
def test_ones_means_beside_the_cost_is_no_more_story(said: str, only: bool) -> None:
    assert only_asks(normalize_for_parsing(said)) is only


def test_petitioning_and_suing_together_is_no_group_suit() -> None:
    assert _key("开发商拖着不交房", "信访和起诉能一起吗") != "group_suit"


@pytest.mark.parametrize(
    ("story", "question"),
    [
        ("儿子订了婚 给了女方家八万八彩礼 现在女方悔婚了", "彩礼能要回来不"),
        ("闺女的对象家给了聘礼 后来两人分了 男方家要我们退", "这个礼金该不该还"),
        ("訂婚給了彩禮十萬 沒領證就吹了", "彩禮能退嗎"),  # traditional characters
    ],
)
def test_a_bride_price_after_a_wedding_called_off(story: str, question: str) -> None:
    told = f"{story} {question}"
    answer = answer_in_context(detect_question(told), told) or ""
    assert "返还" in answer and "第5条" in answer and "调解" in answer


def test_a_bride_price_not_asked_back_is_no_such_question() -> None:
    assert asked_key("彩礼给了多少合适", normalize_for_parsing("彩礼给了多少合适")) != "bride_price_return"
