"""Questions about the way things are done, whatever the matter: office hours, someone else going for the citizen,
being heard before a penalty, compensation, enforcing a judgment won, the channels; and the fee for reporting
asked beside a fine, a question with its topic said after the particle, which of two offices."""

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind as K
from actions.questions import answer_in_context


def answer(said: str, story: str | None = None) -> str:
    return answer_in_context(detect_question(said), said, story) or ""


@pytest.mark.parametrize(
    "said",
    [
        "你们下班了吗",
        "明天能来吗",
        "明天礼拜天到底有没有人",
        "信访局几点下班",
        "周末上班不",
        "早上几点开门",
        "你们晚上有人吗",
        "過年放假嗎",
        "星期六能去吗",
        "礼拜天有人不",
    ],
)
def test_office_hours_are_answered_honestly(said):
    assert detect_question(said) is K.OFFICE_HOURS
    said_back = answer(said)
    assert "第18条" in said_back and "没有准确的时间" in said_back  # never invented hours
    assert "随时" in said_back  # this service is open


@pytest.mark.parametrize(
    "said",
    [
        "让女儿替我去行不行",
        "信访是不是一定要本人去",
        "我儿子帮我来登记可以吗",
        "一定要我自己去吗",
        "能让孙子帮我弄吗",
        "我不登记 你就告诉我女儿替我去行不行",
    ],
)
def test_someone_else_may_report_for_the_citizen(said):
    assert detect_question(said) is K.PROXY
    said_back = answer(said)
    assert said_back.startswith("不一定要本人去") and "委托书" in said_back and "第17条" in said_back


@pytest.mark.parametrize(
    "said", ["那我是不是要自己去劳动监察大队", "要不要俺自己去人社局", "還要不要我自己去法院"]
)
def test_going_to_the_lawful_route_s_office_oneself_is_no_question_of_a_proxy(said):
    assert detect_question(said) is not K.PROXY
    assert "委托书" not in answer(said, "老板欠了我三个月工资")


@pytest.mark.parametrize(
    "said", ["那我妈要自己去办复议吗 她八十了走不动", "复议一定要本人去吗 能让女儿代为申请不"]
)
def test_a_review_may_be_done_by_an_agent_and_online(said):
    assert detect_question(said) is K.PROXY
    said_back = answer(said, "医保局不给报销")
    assert "行政复议法第17条" in said_back and "行政复议法第22条" in said_back


@pytest.mark.parametrize(
    ("said", "story"),
    [
        ("没有 还没罚下来 我们能说理吗", None),
        ("罚款之前能申辩吗", None),
        ("能要求听证不", None),
        ("罚单都没给 凭什么不听我们解释", None),
        ("罚了五千 能不能去讲讲理", None),
        ("我们能说理吗", "林业局说砍了自己家的树要罚五千"),
    ],
)
def test_being_heard_before_a_penalty(said, story):
    said_back = answer(said, story)
    assert said_back.startswith("能。")
    for cited in ("行政处罚法第44条", "行政处罚法第45条", "行政处罚法第63条", "行政处罚法第64条"):
        assert cited in said_back
    assert "5日" in said_back


def test_a_hearing_word_without_a_penalty_is_no_penalty_question():
    assert detect_question("能不能跟他们讲讲理") is not K.PENALTY_HEARING


@pytest.mark.parametrize(
    ("said", "story", "cites"),
    [
        ("没有 我问你能不能赔偿", "城管的人说我们门口要改造 让我们关门两个月 没有给文件", "国家赔偿法第4条"),
        ("能不能申请国家赔偿", None, "国家赔偿法第9条"),
        ("没有 死的羊能赔不", "化工厂往河里排黑水 羊喝了河里的水死了十几只", "民法典第1229条"),
        ("排污把鱼塘的鱼都毒死了 损失谁来赔", None, "民法典第1230条"),
        ("邻居装修把我家墙弄裂了 能赔多少", None, "民法典第1165条"),
        ("这个能不能赔偿", "快递把我的东西弄坏了", "民法典第1165条"),
    ],
)
def test_compensation_by_who_caused_the_loss(said, story, cites):
    assert detect_question(said) is K.COMPENSATION
    assert cites in answer(said, story)


@pytest.mark.parametrize(
    ("said", "story"),
    [
        ("要不要申请执行", None),
        ("判决书下来半年了 对方还是不给钱 下一步该咋办", None),
        ("能强制执行吗", None),
        ("下一步咋办", "我在法院打赢了官司 他还是不还钱"),
    ],
)
def test_a_judgment_won_and_unpaid_is_enforced(said, story):
    said_back = answer(said, story)
    assert said_back.startswith("要申请")
    assert "民事诉讼法第247条" in said_back and "2年" in said_back


@pytest.mark.parametrize("said", ["本人来不了 可以寄信吗", "写信能反映不", "能不能发邮件", "打电话能反映吗"])
def test_the_channels_are_named(said):
    assert detect_question(said) is K.CHANNELS
    assert "书信" in answer(said)


@pytest.mark.parametrize(
    "said",
    [
        "我女儿替我写的",
        "上周日我去了信访局没人",
        "他们下班了就不接电话",
        "委托书我已经写好了",
        "我是替我妈反映的",
        "晚上十点多还在施工",
        "判决下来了他还是不给",
        "法院判他赔我钱",
        "罚了五千块",
        "我写信寄过去了",
    ],
)
def test_statements_ask_nothing(said):
    assert detect_question(said) is None


@pytest.mark.parametrize("said", ["有行政处罚决定书 要不要交钱啊 反映这个", "罚了两万 在这反映要花钱吗"])
def test_the_fee_for_reporting_beside_a_fine_is_the_fee(said):
    assert detect_question(said) is K.FEES
    assert answer(said).startswith("不收费")


@pytest.mark.parametrize("said", ["罚了两万 我要反映 交不起会不会被拘留", "罚款要不要先交"])
def test_the_fine_itself_is_still_the_fine(said):
    assert detect_question(said) is K.FINE_UNPAYABLE


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("要花钱吗这个", K.FEES),
        ("能告吗他们", K.CAN_I_SUE),
        ("鼓楼区教育局 今年7月份说的 要花钱吗这个", K.FEES),
    ],
)
def test_a_topic_after_the_particle_still_asks(said, kind):
    assert detect_question(said) is kind


@pytest.mark.parametrize(
    ("said", "story", "office"),
    [
        ("没有 找劳动局还是找法院啊", "站点老板欠我两个月工资没发", "劳动保障监察"),
        ("我想问问这个应该找纪委还是找法院 还是你们", "镇里给我们的补偿款被村干部截留了一部分", "纪检监察"),
        ("去镇里还是去县里啊", None, "转送"),
    ],
)
def test_which_of_two_offices_is_answered_by_the_story(said, story, office):
    assert detect_question(said) is K.WHICH_OFFICE
    assert office in answer(said, story)


@pytest.mark.parametrize(
    "said",
    [
        "我问的是过了60天 还能不能去法院告他们",
        "复议过了60天还能起诉吗",
        "罚款决定都过了三个月了 是不是没办法了",
        "我去年被区人社局罚款的事 今天才知道复议要60天内 已经过了四个多月了 还有办法吗",
    ],
)
def test_a_review_deadline_missed_still_leaves_a_suit(said):
    assert detect_question(said) is K.REVIEW_MISSED
    said_back = answer(said)
    assert said_back.startswith("一般还有办法") and "6个月" in said_back and "行政诉讼法第46条" in said_back


def test_a_debt_past_some_months_is_no_missed_review():
    # suing on the IOU itself (actions.own_matter_questions), never the 复议 deadline missed
    assert detect_question("欠条过了三个月了 还能告吗") in (K.CAN_I_SUE, K.OWN_MATTER)


def test_a_missed_review_asked_as_a_consultation_and_followed_up():
    from actions.consultation import consultation_answers, follow_up_answer

    first = "我想问问 我去年被区人社局罚款的事 今天才知道复议要60天内 已经过了四个多月了 还有办法吗"
    assert "6个月" in consultation_answers(first)[0]
    later = "不对 是今年七月份罚的 说我们公司没给工人交社保 罚了两万 那我现在是不是没办法了"
    assert "6个月" in (follow_up_answer(first, later) or "")


def test_an_old_age_allowance_certification_is_civil_affairs_not_the_pension():
    from actions.questions import answered_aside

    said = "我妈八十多了 住在重庆渝中区 街道说她的高龄津贴要本人去认证 她瘫在床上去不了 这个能不能让他们上门"
    assert answered_aside(said, None)  # the first message's question is answered, the intake goes on
    said_back = answer(said)
    assert "民政" in said_back and "上门" in said_back and "养老金领取资格认证" not in said_back


@pytest.mark.parametrize(
    ("said", "offers"),
    [
        ("XF20261205-0560 我想补一张电梯坏了的照片", True),
        ("我不是新反映 是刚才登记那个 XF20261205-0560 补照片", True),
        ("我再发几张照片给你们", True),
        ("还有个事 社保局让我补交材料 一直不给办 跑了五六趟了", False),
    ],
)
def test_a_photo_for_the_case_just_filed_is_no_new_matter(said, offers):
    from actions.filed_supplement import offers_evidence

    assert offers_evidence(said) is offers


@pytest.mark.parametrize("said", ["照片怎么发给你们", "视频能传吗", "怎么上传材料", "截图往哪发"])
def test_how_to_send_a_photo_is_answered(said):
    assert detect_question(said) is K.SEND_EVIDENCE
    assert "微信" in answer(said)


def test_an_hours_question_that_sounds_angry_gets_the_hours():
    from actions.faq_reply import specific_answer

    assert "第18条" in (specific_answer("那明天礼拜天到底有没有人") or "")


@pytest.mark.parametrize("said", ["你们能帮我要钱吗 说这些有啥用", "能不能帮俺们要钱", "你们能替我要钱不"])
def test_getting_the_money_owed_is_no_fee(said):
    assert detect_question(said) is not K.FEES


@pytest.mark.parametrize("said", ["复议要钱吗", "你们这个要钱吗", "登记要不要钱"])
def test_a_fee_asked_is_still_one(said):
    assert detect_question(said) is K.FEES
