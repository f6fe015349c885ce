"""Questions mid-way answered for this person's matter: "这种事到底该找谁" about a village election bought names the
township government, the county people's congress standing committee and 民政 (村民委员会组织法 第17条), and about a
child bullied at school the school, the education bureau and the police (未成年人保护法 第39条); "他们真能强拆吗"
gets the court's enforcement and no eviction by force (国有土地上房屋征收与补偿条例 第27条、第28条); "多少天内能申请
复议" the 60 days (行政复议法 第20条). New phrasings written for these tests (dialect, traditional characters), none a
corpus message."""

from __future__ import annotations

import pytest

from actions.faq_reply import faq_reply
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context
from actions.route_slots import likely_route

K = QuestionKind

ELECTION = "村里换届选举 有个候选人挨家挨户送烟送钱 一户三百 还有人替出去打工的投了票"
BULLYING = "我闺女在初中住校 宿舍里几个女生天天欺负她 还扇她耳光 班主任说是闹着玩"


@pytest.mark.parametrize("question", ["这种事该找谁", "到底归谁管啊 乡里还是县里", "該找哪個部門"])
def test_a_bought_election_names_who_investigates(question: str) -> None:
    kind = detect_question(question)
    assert kind is K.WHICH_OFFICE
    answer = answer_in_context(kind, question, ELECTION)
    assert "民政" in answer and "县级人大常委会" in answer and "第17条" in answer


@pytest.mark.parametrize("question", ["该找教育局还是派出所啊", "这事找哪个部门管？", "俺该找谁"])
def test_bullying_at_school_names_the_school_the_bureau_and_the_police(question: str) -> None:
    kind = detect_question(question)
    answer = answer_in_context(kind, question, BULLYING)
    assert "教育" in answer and "派出所" in answer and "第39条" in answer


def test_other_matters_keep_the_route_answer() -> None:
    story = "小区门口的路灯坏了三个月没人修"
    answer = answer_in_context(K.WHICH_OFFICE, "该找谁", story)
    assert "第17条" not in answer and "第39条" not in answer


@pytest.mark.parametrize(
    "question",
    ["他们真能强拆吗", "还没签字 他们敢直接强拆我家房子吗", "不签协议就能拆俺家的房吗", "強拆合法嗎"],
)
def test_forced_demolition_is_answered(question: str) -> None:
    kind = detect_question(question)
    assert kind is K.FORCED_DEMOLITION
    answer = answer_in_context(kind, question, "老房子要征收 补偿太低")
    assert "法院" in answer and "60日" in answer and "110" in answer


@pytest.mark.parametrize(
    "question",
    ["多少天内能申请复议", "收到通知多少天以内可以复议", "复议过了期限还能申请吗", "行政复议有没有时间限制"],
)
def test_the_time_to_apply_for_review(question: str) -> None:
    kind = detect_question(question)
    assert kind is K.REVIEW_DEADLINE
    assert "60日" in answer_in_context(kind, question, "社保局重新核算养老金 要我退钱")


@pytest.mark.parametrize(
    "text",
    [
        "他们说不签字就强拆",  # told, not asked
        "欠了我多少天的工资了",  # no question
        "凭什么拆我家房子 我家有房产证",  # a grievance told as why: the story
    ],
)
def test_statements_are_not_these_questions(text: str) -> None:
    assert detect_question(text) not in (K.FORCED_DEMOLITION, K.REVIEW_DEADLINE)


def test_how_long_the_review_takes_is_not_the_time_to_apply() -> None:
    assert detect_question("复议要多久才有结果") is not K.REVIEW_DEADLINE


@pytest.mark.parametrize("story", ["俺家低保给停了 村里说是上头定的", "我娘的高龄补贴从三月起就没到账"])
def test_how_long_names_the_story_s_own_route(story: str) -> None:
    route = likely_route({"issue_text": story, "category": "民政"})
    answer = faq_reply("ask_duration", "多久能有个结果", route, story)
    assert "申请行政复议" in answer and "60日" in answer


def test_how_long_without_a_story_is_the_general_timetable() -> None:
    assert "行政复议法" not in faq_reply("ask_duration", "多久能有结果", None, None)


@pytest.mark.parametrize(
    ("intent", "question"),
    [
        ("ask_duration", "要是两个月都没回复 该找谁催"),
        ("ask_channels", "超過６０天還沒消息 去哪裡催"),  # traditional characters, full-width digits
        ("ask_what_is_petition", "过了期限一直没答复 咋个催嘛"),
    ],
)
def test_where_to_press_after_the_time_limit_is_the_timetable(intent: str, question: str) -> None:
    answer = faq_reply(intent, question, None, None)
    assert "第34条" in answer and "查进度" in answer and "您不用先弄清楚该找谁" not in answer


@pytest.mark.parametrize(
    "question",
    ["信访和起诉能同时弄吗", "反映了还能起诉吗", "那意思是反映了也不耽误打官司对吧", "上訪了還能上法院嗎"],
)
def test_petitioning_and_suing_side_by_side(question: str) -> None:
    kind = detect_question(question)
    assert kind is K.PETITION_AND_SUIT
    answer = answer_in_context(kind, question, "开发商交的房子漏水 几家业主都在闹")
    assert "第28条" in answer and "起诉" in answer and "12348" in answer


def test_suing_alone_is_still_can_i_sue() -> None:
    assert detect_question("能不能去法院起诉他") is K.CAN_I_SUE


@pytest.mark.parametrize(
    ("story", "figure"),
    [
        ("村里前年把俺家承包的五亩地收回去包给了别人", "2年"),
        ("在厂里干活被机器轧伤了手 老板不给报工伤", "1年"),
    ],
)
@pytest.mark.parametrize("question", ["过了一年多了还来得及吗", "时效过了没有", "現在還來得及不"])
def test_still_in_time_gives_the_story_s_own_limits(story: str, figure: str, question: str) -> None:
    kind = detect_question(question)
    assert kind is K.STILL_IN_TIME
    assert figure in answer_in_context(kind, question, story)


@pytest.mark.parametrize("question", ["打官司要钱不", "起诉要花多少钱啊", "去法院告状要不要钱"])
def test_what_suing_costs_is_the_fees_question(question: str) -> None:
    kind = detect_question(question)
    assert kind is K.SUIT_COST
    answer = answer_in_context(kind, question, "医院做完手术人没了 说是并发症")
    assert answer.startswith("打官司要交诉讼费") and "缓交" in answer


@pytest.mark.parametrize(
    "question",
    ["他这种没签合同的能认工伤吗", "没合同的能算工伤不", "沒簽勞動合同的能認工傷嗎", "工伤没签合同咋认"],
)
def test_work_injury_without_a_contract(question: str) -> None:
    kind = detect_question(question)
    assert kind is K.WORK_INJURY_NO_CONTRACT
    answer = answer_in_context(kind, question, "在工地上从架子上摔下来 包工头说没签合同不管")
    assert "事实劳动关系" in answer and "第18条" in answer and "1年" in answer


def test_double_pay_without_a_contract_keeps_its_answer() -> None:
    assert detect_question("那没签合同的双倍工资能要吗") is K.DOUBLE_WAGES
