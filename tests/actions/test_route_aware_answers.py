"""Answers in the middle of the intake that depend on the route the story points to: going over the office's
head ("能不能直接去北京"), and "能保密吗" asked with a report of an official (第30条)."""

from __future__ import annotations

import pytest

from actions.intake_logic import read_turn
from actions.intake_turn import NoteKind, Turn
from actions.question_kinds import QuestionKind
from actions.questions import answer_for, answer_in_context, own_answer
from actions.route_slots import likely_route, route_basis
from actions.struggle import frustration_answer
from bot.domain.category import classify_category
from bot.domain.routing import RouteDecision
from bot.gazetteer import get_gazetteer
from bot.route_model.law_rules import reports_misconduct

EXPROPRIATION = "俺家老房子前年被县里征收了 签协议说给六十万 到今天只到账四十万 剩下的一直拖"


def test_going_higher_on_an_expropriation_gets_its_statutory_route_not_the_60_day_opinion() -> None:
    route = likely_route({"issue_text": EXPROPRIATION, "category": "城乡建设"})
    assert route is not None and (route.code, route.variant) == ("administrative_review", "expropriation")
    answer = frustration_answer(route, going_higher=True)
    assert "第20条" in answer and "越级" in answer  # 逐级走访
    assert "行政复议" in answer and "《行政复议法》第20条" in answer
    assert "信访不能代替" in answer and "60日内办结" not in answer


def test_going_higher_on_an_ordinary_petition_gets_the_60_day_opinion() -> None:
    answer = frustration_answer(RouteDecision("petition"), going_higher=True)
    assert "60日内办结" in answer and "第34条" in answer and "第20条" in answer


def test_without_a_route_the_answer_says_which_matters_get_60_days() -> None:
    answer = frustration_answer()
    assert "第31条" in answer and "第34条" in answer and "第23条" in answer


@pytest.mark.parametrize(
    "slots",
    [
        {},  # nothing told yet
        {"issue_text": ""},
        {"issue_text": "有个事"},  # too little to decide a route without asking
    ],
)
def test_no_route_is_told_before_the_story_decides_one(slots: dict) -> None:
    assert likely_route(slots) is None


def test_a_route_already_shown_in_the_summary_is_the_one_told() -> None:
    slots = {"issue_text": EXPROPRIATION, "category": "城乡建设"}
    shown = {**slots, "route": "petition", "route_variant": None}
    shown["route_basis"] = route_basis(shown)  # the basis ties the shown route to these details
    assert likely_route(shown).code == "petition"


@pytest.mark.parametrize(
    "text",
    [
        "我要实名举报我们村支书 他把低保名额给了自家亲戚 能不能给我保密",
        "想检举镇里一个副镇长收钱 会不会被他知道是我",
        "举报派出所民警吃拿卡要 我的名字会泄露吗",
        "我要揭發縣裡一個局長 能保密嗎",  # traditional characters
    ],
)
def test_a_report_of_an_official_gets_a_plain_yes_with_article_30(text: str) -> None:
    assert reports_misconduct(text)
    answer = answer_for(text)
    assert answer.startswith("能保密") and "第30条" in answer and "12388" in answer
    assert "要看是哪类事" not in answer
    assert own_answer(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        # (a wage complaint gets the labour inspectors' own secrecy, 劳动保障监察条例 第9条:
        # tests/unit/test_labour_rights_questions.py)
        "物业会不会知道是我投诉的",
        "我举报楼下饭店油烟 老板会知道是我吗",  # a report, but of no official: the general answer
    ],
)
def test_other_complaints_are_told_honestly_the_other_side_may_learn_of_it(text: str) -> None:
    assert not reports_misconduct(text)
    answer = answer_for(text)
    assert "要看是哪类事" in answer and "有可能知道" in answer


def _answers(turn: Turn) -> list[str]:
    result = read_turn(turn, get_gazetteer(), classify_category)
    return [note.text for note in result.notes if note.kind is NoteKind.ANSWER]


def test_in_the_intake_a_report_told_with_the_question_gets_the_plain_yes() -> None:
    story = "我要举报我们村的会计 他把征地款挪去放贷了 在衡阳市衡南县 我怕被他知道 能保密吗"
    answers = _answers(Turn(text=story, intent="tell_problem", slots={}))
    assert answers and answers[0].startswith("能保密") and "第30条" in answers[0]


def test_in_the_intake_the_story_told_before_counts_for_the_question() -> None:
    slots = {"issue_text": "想检举镇长的亲戚包揽了全镇的工程 镇长从中拿好处"}
    answers = _answers(
        Turn(text="会不会有人知道是我说的", intent="inform", slots=slots, requested_slot="phone")
    )
    assert answers and answers[0].startswith("能保密")
    plain = _answers(
        Turn(text="会不会有人知道是我说的", intent="inform", slots={"issue_text": "楼下烧烤店太吵"})
    )
    assert plain and "要看是哪类事" in plain[0]


@pytest.mark.parametrize(
    ("story", "question", "office"),
    [
        ("小区门口的雨水井盖丢了半个月 晚上差点有人掉进去 在株洲市芦淞区", "这事归哪个部门管", "12319"),
        ("工地老板欠了我们五个人三个月工钱 在东莞市长安镇", "该去找谁", "劳动保障监察"),
        ("楼下新开的烧烤店油烟直往我家窗户里灌", "找哪个部门有用", "12345"),
        ("在市医院生孩子 医生操作失误 孩子锁骨骨折了 医院推卸责任", "我应该找哪里", "医疗纠纷人民调解"),
    ],
)
def test_which_office_is_answered_with_the_route_the_story_points_to(
    story: str, question: str, office: str
) -> None:
    answer = answer_for(f"{story}\n{question}")
    assert office in answer and "比较合适的途径" in answer
    assert "您不用先弄清楚该找谁" not in answer  # the general answer only when the story decides nothing


def test_which_office_without_a_story_gets_the_general_answer() -> None:
    assert "您不用先弄清楚该找谁" in answer_for("这个该找哪个部门")


def test_asking_whether_an_office_helps_names_the_labour_inspection() -> None:
    answer = answer_for("包工头拖了我八个月工资不给 人找不到了\n去劳动局有没有用")
    assert "劳动保障监察" in answer and "12333" in answer


def test_a_medical_dispute_asked_whether_it_must_go_to_court_gets_mediation() -> None:
    slots = {"issue_text": "我妈在镇卫生院打吊针过敏休克了 卫生院说跟他们没关系"}
    answers = _answers(Turn(text="没有 想先问问能不能不打官司解决", intent="inform", slots=slots))
    assert answers and "医疗纠纷人民调解" in answers[0] and "《民法典》第188条" in answers[0]


def test_asked_whether_one_may_sue_someone_else_the_answer_is_the_general_one() -> None:
    story = "我妈在镇卫生院打吊针过敏休克了 卫生院说跟他们没关系"
    answer = answer_in_context(QuestionKind.CAN_I_SUE, "我能不能起诉公积金中心", story=story)
    assert "医疗纠纷" not in answer and "行政诉讼" in answer
