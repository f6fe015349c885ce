"""Questions with their own reviewed answer (actions.suing_questions, actions.worker_questions,
actions.estate_questions): a rental deposit taken to court, a trial past its time limit, a divorce tried again, which
road first for wages owed, a civil suit's lawyer, an inheritance registered without a notary; near questions keep theirs."""

from __future__ import annotations

import pytest

from actions.asking_only import STOPPED
from actions.faq_reply import specific_answer
from actions.not_a_matter import declined
from actions.own_matter_questions import answer_key, asked_key
from actions.question_detect import detect_question, question_clauses
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context
from bot.domain.knowledge import faq_answer
from bot.domain.text import normalize_for_parsing
from bot.parsing.legal_status import detect_legal_status


def _key(story: str, question: str) -> str | None:
    told = normalize_for_parsing(f"{story}\n{question}")
    return answer_key(detect_question(question), question_clauses(question), told)


@pytest.mark.parametrize(
    ("story", "question", "key"),
    [
        ("租房押金中介不退 说墙弄脏了扣了三千", "能不能直接去法院告中介", "deposit_suit"),
        ("退房了房东押金一直拖着不给", "那法院能去吗", "deposit_suit"),
        ("房東扣了我兩千押金", "可以起訴他嗎", "deposit_suit"),
        ("押金五千只退了两千 中介说是公司规定", "能告吗😡", "deposit_suit"),
        ("案子去年８月立的案 一次庭都没开", "审限不是六个月吗 超期了找谁", "trial_time_limit"),
        ("在法院打借钱的官司 立案八个月了", "审理期限到底多长", "trial_time_limit"),
        ("法院立案一年多了 法官一直不开庭", "超期了找谁", "trial_time_limit"),
        ("離婚判決我不服", "離婚的也能申請再審嗎", "divorce_retrial"),
        ("", "离婚判了 还能重新审吗", "divorce_retrial"),
        ("公司三个月工资没发 没签合同", "是应该先仲裁还是先去劳动监察", "wages_which_first"),
        ("老板欠我们工钱半年了", "请问该如何维权", "wages_which_first"),
        ("包工头拖欠工资", "找劳动局还是找仲裁啊", "wages_which_first"),
        ("租房押金中介不退", "要不要请律师", "lawyer_needed_civil"),
        ("邻居借了我五万不还", "打官司要不要请律师", "lawyer_needed_civil"),
        ("公司拖欠工资 我要去仲裁", "要不要请律师", "lawyer_needed"),
        ("辦理繼承過戶 登記中心非要公證", "一起去窗口不行嗎", "inheritance_without_notary"),
        (
            "我爸去世了 房子过户 登记中心让先做继承公证",
            "继承过户是不是必须公证",
            "inheritance_without_notary",
        ),
        ("继承房产 窗口说没有公证书不给办", "我们兄妹全家都到场行不行", "inheritance_without_notary"),
    ],
)
def test_each_question_gets_its_answer(story: str, question: str, key: str) -> None:
    assert _key(story, question) == key


@pytest.mark.parametrize(
    ("story", "question"),
    [
        ("医院让交押金两万", "能告医院吗"),  # a hospital's deposit is no tenancy
        ("低保审批一直拖着", "多久能批下来"),  # an office's time, no trial
        ("邻居欠钱不还", "要是我去法院告他 要多久能判下来"),  # before suing: how long a suit takes
        ("合同纠纷已经起诉到法院了", "法院什么时候开庭"),
        ("离婚了 前夫不给抚养费", "能告他吗"),  # child support, no retrial
        ("工资拖了三个月", "能不能去法院告"),  # wages: arbitration first, not the deposit's court
        ("继承房子 兄弟不让分", "怎么分"),  # shares, no notary told
    ],
)
def test_near_questions_keep_theirs(story: str, question: str) -> None:
    assert _key(story, question) not in {
        "deposit_suit",
        "trial_time_limit",
        "divorce_retrial",
        "inheritance_without_notary",
    }


def test_the_answers_say_what_was_asked() -> None:
    assert "不是必须请律师" in faq_answer("deposit_suit") and "第710条" in faq_answer("deposit_suit")
    assert faq_answer("trial_time_limit").startswith("是，一般是6个月") and "第152条" in faq_answer(
        "trial_time_limit"
    )
    assert "第213条" in faq_answer("divorce_retrial") and "再审" in faq_answer("divorce_retrial")
    assert faq_answer("inheritance_without_notary").startswith("不是必须公证")
    assert "第14条" in faq_answer("inheritance_without_notary")
    civil = faq_answer("lawyer_needed_civil")
    assert "劳动仲裁" not in civil and "12351" not in civil and "第61条" in civil
    wages = faq_answer("wages_which_first")
    assert "12333" in wages and "仲裁" in wages and "第82条" in wages


def test_going_to_a_window_together_is_no_visit() -> None:
    question = (
        "辦理繼承過戶 不動產登記中心非要我們全家去公證處公證 沒有公證書不給辦 我們兄妹四個 一起去窗口不行嗎"
    )
    answer = specific_answer(question) or ""
    assert "代表最多5人" not in answer and "不是必须公证" in answer


def test_a_praise_asked_to_reach_her_leader_says_where_it_goes() -> None:
    story = "想表扬一下我们社区的小刘 帮我们老两口办了好几回事 人特别好"
    for question in ("能不能让她领导知道", "能让她单位知道吗", "能不能告诉她们领导"):
        answer = answer_in_context(detect_question(question), question, story) or ""
        assert "检举控告" not in answer and "单位" in answer, question


def test_a_report_asked_about_the_leader_keeps_its_secrecy_answer() -> None:
    story = "举报我们村支书贪污低保款"
    answer = answer_in_context(detect_question("会不会让他领导知道"), "会不会让他领导知道", story) or ""
    assert "表扬" not in answer


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("没有 嗯 打官司 不至于", "none"),
        ("打官司倒不至于", "none"),
        ("不至于打官司", "none"),
        ("没有 打官司用不着", "none"),
        ("我们家申请公租房材料交了半年了 一直说在审核", None),
        ("打过两次12345 说材料在审核 让等", None),
        ("案子还在审", "in_court"),
        ("起诉了 还在审", "in_court"),
    ],
)
def test_not_worth_suing_and_an_office_reviewing_are_no_suit(said: str, status: str | None) -> None:
    assert detect_legal_status(said) == status


def test_asked_key_reads_one_clause() -> None:
    told = normalize_for_parsing("退房押金不退\n那法院能去吗")
    assert asked_key("那法院能去吗", told) == "deposit_suit"


def test_a_question_beside_declining_to_file_is_answered() -> None:
    said = declined(
        {"issue_text": "我离婚判决不服 判决书上个月中旬收到的"},
        "那就是过了呗 离婚的也能申请再审吗 我就问问 不登记",
    )
    assert said and "第213条" in said and "先不登记" in said
    assert declined({"issue_text": "邻居占了我家的地"}, "算了 我就问问 不登记了") == STOPPED


@pytest.mark.parametrize(
    ("story", "question", "key"),
    [
        ("我们村修高速要迁坟 一座才给八百块", "迁坟的钱能不能多要点", "grave_relocation_compensation"),
        ("修路要把俺爷爷的坟挪走", "这个补偿能不能多给点", "grave_relocation_compensation"),
        ("我对市信访局的复查意见不服 想申请复核", "复核是不是30天内要提", "petition_reexamination_time"),
        ("处理意见书上个月收到的", "复查期限是多久", "petition_reexamination_time"),
    ],
)
def test_graves_and_the_petitions_own_review(story: str, question: str, key: str) -> None:
    assert _key(story, question) == key


def test_how_long_it_takes_is_no_question_about_shared_parts() -> None:
    story = "物业公司擅自动用我们的住宅专项维修资金 还把公共绿地改成停车位"
    assert _key(story, "这种事一般多久能有个说法") != "estate_shared_parts"
    assert _key(story, "物业能随便卖吗") == "estate_shared_parts"
    assert detect_question("这种事一般多久能有个说法") is QuestionKind.WHEN_HANDLED


def test_a_relative_who_hits_in_an_episode_is_answered_too() -> None:
    # the answer fits a brother who hits his mother as well as a neighbour with a knife
    story = "我哥是精神病 在家发病打我妈"
    answer = (
        answer_in_context(detect_question("能不能把他送医院 谁来送"), "能不能把他送医院 谁来送", story) or ""
    )
    assert "第28条" in answer and "打人" in answer and "近亲属" in answer
