"""Questions asked in the middle that went unanswered or got the wrong answer: a fee asked before its object, a
name searched for aloud, whether a class must be picked, a lift's vote asked without the lift, a blocked fire lane,
a child's 户口 without the father, whether a neighbour's quarrel needs a lawsuit, what counts as a work injury,
mediation by the village, money a seller keeps."""

from __future__ import annotations

import pytest

from actions.asking_only import NOT_FILED
from actions.consultation import consultation_answers, follow_up_answer
from actions.filed_questions import after_filing_answer
from actions.not_a_matter import answer_instead_of_filing
from actions.question_detect import detect_question, question_clauses
from actions.question_kinds import QuestionKind as Q
from actions.questions import answer_in_context, answered_aside
from actions.service_times import service_time_answer
from actions.story_kind import story_kind
from actions.summary_accept import accepts_summary
from actions.why_asked import WHY_CATEGORY, why_we_ask
from actions.yes_aside import aside_replies

LIFT = "我们单元加装电梯 十二户有十一户签了字 一楼那家不同意 把施工队赶走了"
NOISE = "楼上那家天天半夜拖椅子 吵得睡不着 敲门也不开 物业说管不了"


def _answer(text: str, story: str | None = None) -> str:
    return answer_in_context(detect_question(text), text, story) or ""


@pytest.mark.parametrize(
    "text",
    ["健身房跑路了 卡里还有三千 要花钱吗反映这个", "要收费吗登记这个", "反映这个要钱吗", "要交钱么 投诉这个"],
)
def test_a_fee_asked_before_what_it_is_for(text) -> None:
    assert detect_question(text) is Q.FEES
    assert "不收费" in _answer(text)


@pytest.mark.parametrize("text", ["要钱不反映这个", "我不知道怎么反映这个"])
def test_no_fee_asked(text) -> None:
    assert detect_question(text) is not Q.FEES


@pytest.mark.parametrize(
    "text", ["叫什么 康寿源健康体验馆", "那个叫啥来着，启航英语", "叫什么名字 我忘了 姓王"]
)
def test_a_name_searched_for_aloud_asks_nothing(text) -> None:
    assert question_clauses(text) == []


@pytest.mark.parametrize("text", ["他叫什么", "叫什么？", "你叫什么 是机器人吗"])
def test_asking_a_name_still_asks(text) -> None:
    assert question_clauses(text)


@pytest.mark.parametrize("text", ["其他吧 表扬也要选类吗", "类别一定要选吗", "还得选个类啊？"])
def test_whether_a_class_must_be_picked(text) -> None:
    assert detect_question(text) is Q.WHY_ASKED
    assert why_we_ask("category", text) == WHY_CATEGORY and WHY_CATEGORY.startswith("要选")


@pytest.mark.parametrize(
    "text",
    [
        "你先回答我 是不是一定要全部同意",
        "那到底要不要全体同意",
        "没有 他会不会去告我们 施工能不能继续",
        "是不是每家都得签字啊",
        "有一户不同意就装不了吗",
    ],
)
def test_the_lift_vote_asked_after_its_story(text) -> None:
    kind = detect_question(text)
    assert story_kind(kind, text, LIFT) is Q.LIFT_CONSENT
    answer = _answer(text, LIFT)
    assert answer.startswith("不用全体同意") and "第278条" in answer


def test_a_confirmation_of_the_lift_rule_in_the_story() -> None:
    text = f"{LIFT} 街道说要全体同意才行 是这样吗"
    assert detect_question(text) is Q.LIFT_CONSENT


def test_consent_without_a_lift_is_no_lift_question() -> None:
    assert story_kind(Q.OTHER, "是不是一定要全部同意", NOISE) is Q.OTHER


def test_the_lift_answered_after_filing() -> None:
    slots = {"case_number": "XF1", "route": "petition"}
    answer = after_filing_answer(slots, "对 那到底要不要全体同意 你们能不能给个准话", LIFT) or ""
    assert "四分之三" in answer


@pytest.mark.parametrize(
    "text, story",
    [
        ("堵消防通道能打119吗", "楼道里堆满了纸箱子 消防通道都堵了"),
        ("能打119不", "楼道被电动车堵死了"),
        ("楼道被电瓶车堵死了 打消防电话管用吗", None),
    ],
)
def test_a_blocked_fire_lane(text, story) -> None:
    answer = _answer(text, story)
    assert answer.startswith("能") and "96119" in answer and "第28条" in answer


@pytest.mark.parametrize(
    "text, story",
    [
        ("能不能不做亲子鉴定就上户口", "孩子户口上不了 派出所说没有结婚证要做亲子鉴定"),
        ("那到底能不能不做鉴定上户口啊", "娃他爸跑了 不配合 孩子户口一直没落"),
        ("孩子户口上不了 没领证 他爸不配合做鉴定 这个怎么办", None),
    ],
)
def test_a_childs_hukou_without_the_father(text, story) -> None:
    answer = _answer(text, story)
    assert answer.startswith("能") and "随妈妈落户" in answer and "出生医学证明" in answer


def test_a_neighbours_quarrel_needs_no_lawsuit_and_no_review() -> None:
    answer = _answer("没有 这点事还要打官司吗？", NOISE)
    assert answer.startswith("不一定要打官司") and "行政复议" not in answer and "调解" in answer


@pytest.mark.parametrize("text", ["这个算不算工伤", "在厂里干活被机器轧了手 算工伤吗", "我这是不是公伤啊"])
def test_what_counts_as_a_work_injury(text) -> None:
    assert detect_question(text) is Q.WORK_INJURY_WHAT
    answer = _answer(text)
    assert "第14条" in answer and "第17条" in answer


def test_a_commute_accident_keeps_its_own_answer() -> None:
    assert detect_question("下班路上被车撞了 算不算工伤") is Q.WORK_INJURY_COMMUTE


@pytest.mark.parametrize(
    "text", ["能不能让村里的人去说说他", "社区能不能出面调解一下", "找居委会调解行不行", "調解有用嗎"]
)
def test_mediation_by_the_village(text) -> None:
    assert detect_question(text) is Q.MEDIATION
    answer = _answer(text, "邻居把墙砌到我家地里")
    assert answer.startswith("可以") and "人民调解法" in answer


@pytest.mark.parametrize("text", ["村里也不管 支书说了也没用", "社区管管吧"])
def test_no_mediation_asked(text) -> None:
    assert detect_question(text) is not Q.MEDIATION


def test_money_a_seller_keeps_after_filing() -> None:
    slots = {"case_number": "XF1", "route": "hotline_12345"}
    answer = (
        after_filing_answer(slots, "没有要改的 提交吧 能不能帮我要回钱", "闲鱼卖家发来坏手机 不退钱") or ""
    )
    assert "协商" in answer and "起诉" in answer and "第39条" in answer


def test_how_long_a_licence_takes_after_asking_where() -> None:
    before = "问下 个体户的营业执照注销要去哪办 要多久"
    for text in ("那要多久能办下来", "我问的是营业执照注销要多久 不是你们信访"):
        answer = follow_up_answer(before, text) or ""
        assert "3个工作日" in answer and "第19条" in answer and "第34条" not in answer
    assert "第19条" in consultation_answers(before)[-1]


def test_how_long_another_service_takes_is_said_honestly() -> None:
    answer = follow_up_answer("残疾证去哪办", "要多久能办好") or ""
    assert answer.startswith("多久能办好，要看办事的地方") and "残联" in answer


def test_how_long_a_review_takes_keeps_its_own_answer() -> None:
    assert service_time_answer("要多久", "复议去哪申请") is None


ONLY_CHILD = (
    "我想咨询一下 独生子女父母奖励 退休的时候不是应该发一次性奖励吗 我单位倒闭了 找谁要 我不想投诉 就问问"
)


def test_a_service_asked_by_someone_who_will_not_file() -> None:
    for text, earlier in ((ONLY_CHILD, []), ("那你倒是告诉我找谁啊 我在天津河西区", [ONLY_CHILD])):
        answers = answer_instead_of_filing({}, text, earlier) or []
        assert answers and "卫生健康" in answers[0]


def test_declining_without_a_question_is_only_let_go() -> None:
    assert answer_instead_of_filing({}, "算了 不用登记了") == [NOT_FILED]


PENSION = "我爸的养老金这个月没到账 去社保问说是没做认证 停发了 我爸八十三了 腿脚不方便"


def test_a_service_asked_beside_an_answer() -> None:
    assert answered_aside("社保局 游仙区的 能不能上门认证啊 他走不了路", PENSION)


def test_a_service_of_the_filed_story() -> None:
    slots = {"case_number": "XF1", "route": "administrative_review"}
    answer = after_filing_answer(slots, "停了的钱能补发吗", PENSION) or ""
    assert "补发" in answer and "XF1" in answer


@pytest.mark.parametrize("text", ["没有要改的 提交吧 能不能帮我要回钱", "没啥要修改的地方", "不用改 提交吧"])
def test_nothing_to_change_is_a_yes(text) -> None:
    assert accepts_summary(text) is not None


@pytest.mark.parametrize("text", ["没有要改电话", "我要修改", "没有 要改电话"])
def test_a_change_is_no_yes(text) -> None:
    assert accepts_summary(text) is None


def test_money_back_beside_the_yes() -> None:
    slots = {"case_number": "XF1", "route": "hotline_12345"}
    replies = aside_replies(slots, "没有要改的 提交吧 能不能帮我要回钱", "闲鱼卖家发来坏手机 不退钱")
    assert replies and "起诉" in replies[0]


DIBAO = "我妈的低保被取消了 说我们家有车 那个车早就过户了 民政说要重新申请"


@pytest.mark.parametrize(
    "text, story",
    [
        (f"{DIBAO} 要多久啊", None),
        ("我问的是重新申请要多久 不是你们多久", DIBAO),
        ("对 重新申请低保一般要多久能批下来", None),
    ],
)
def test_how_long_a_new_subsistence_application_takes(text, story) -> None:
    answer = _answer(text, story)
    assert "30个工作日" in answer and "信访部门" not in answer


def test_how_long_the_petition_takes_is_still_the_petitions() -> None:
    assert "第22条" in _answer("提交了多久能有结果", "工资被拖欠三个月")


@pytest.mark.parametrize("text", ["要钱吗反映这个事", "要钱不要钱 反映这个", "收费不收费啊"])
def test_more_ways_to_ask_about_fees(text) -> None:
    assert detect_question(text) is Q.FEES


def test_clutter_in_the_stairwell_is_a_fire_lane() -> None:
    assert "96119" in _answer("楼道里全是杂物 能不能打119举报")


@pytest.mark.parametrize(
    "text",
    [
        "终本了法院是不是就不管了",
        "他们是不是什么都不管",
        "村里会不会不管这事了",
        "这事能不能没人管啊 就这样算了",
    ],
)
def test_whether_asked_outright_outweighs_the_words_of_a_statement(text) -> None:
    assert question_clauses(text)


@pytest.mark.parametrize("text", ["谁也不管", "不是问你们收不收费", "村里也不管 支书说了也没用"])
def test_statements_with_those_words_still_ask_nothing(text) -> None:
    assert not question_clauses(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("你哋係咪机器人嚟㗎", Q.ARE_YOU_A_BOT), ("係咪真人嚟", Q.ARE_YOU_A_BOT), ("係咪要交錢？", Q.FEES)],
)
def test_cantonese_whether_asks(text, kind) -> None:
    assert detect_question(text) is kind


@pytest.mark.parametrize("text", ["请调查他们是否违规", "是否属实请核实", "我不知道是否要交钱"])
def test_a_letters_whether_asks_nothing(text) -> None:
    assert detect_question(text) is None
