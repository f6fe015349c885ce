"""A real question said with an answer is answered before the answer is taken: "名字不留 你们会不会告诉村里是谁
举报的" asks again for the name after the answer, "有哪些类啊" gets the classes and chooses none."""

from __future__ import annotations

import pytest

from actions.category_help import asks_which_classes, class_asked_for, class_is_there, classes_answer
from actions.intake_turn import Turn, TurnResult
from actions.not_a_matter import after_progress_answer, answer_instead_of_filing, asks_about_status
from actions.refusals import name_refused_with_fear
from actions.turn_replies import reprompt_note, summary_unread_reply
from bot.domain import text as textutil
from bot.domain.category import CATEGORIES
from bot.domain.routing import RouteDecision


def _at_name(text: str) -> bool:
    turn = Turn(text=text, intent="ask_question", slots={}, requested_slot="petitioner_name")
    return name_refused_with_fear(turn, textutil.normalize_for_parsing(text))


@pytest.mark.parametrize(
    "text",
    ["名字不留 你们会不会告诉村里是谁举报的", "不留名 单位会知道是我说的吗", "名字就不写了 會不會洩露出去？"],
)
def test_a_question_beside_the_refused_name_holds_the_refusal(text: str) -> None:
    assert not _at_name(text)


@pytest.mark.parametrize("text", ["名字不说了 怕他找我麻烦", "名字就不写了吧 怕村干部报复"])
def test_a_fear_said_beside_the_refused_name_keeps_the_refusal(text: str) -> None:
    assert _at_name(text)


@pytest.mark.parametrize("text", ["有哪些类啊 我不晓得", "都有啥类别", "分几类呀", "类别都有哪些"])
def test_which_classes_there_are_is_asked(text: str) -> None:
    assert asks_which_classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "你帮我选",
        "我不晓得选哪个",
        "乱收费 算哪个",
        "都有哪些部门管",
        "我哪知道是哪类 你帮我看看",  # lead-098
        "俺哪晓得是哪类",
        "有哪些类 你帮我选一个吧",
    ],
)
def test_a_request_to_choose_is_no_question_about_the_classes(text: str) -> None:
    assert not asks_which_classes(text)


def test_the_classes_are_all_named_with_the_likeliest_first() -> None:
    answer = classes_answer("城乡建设", ["商贸旅游"])
    assert all(name in answer for name in CATEGORIES)
    assert "最接近的是“城乡建设”“商贸旅游”" in answer


@pytest.mark.parametrize("text", ["不留", "都不留了", "不写了吧"])
def test_a_refusal_said_again_at_the_summary_gets_the_summary_question(text: str) -> None:
    reply = summary_unread_reply(text, "[以上信息对吗]")
    assert reply.startswith("好的，不留也没关系") and reply.endswith("[以上信息对吗]")
    assert "遇到了什么问题" not in reply


def test_an_unread_message_at_the_summary_asks_the_summary_again() -> None:
    assert summary_unread_reply("嗯嗯嗯", "[以上信息对吗]") == "抱歉，我没太明白。[以上信息对吗]"


def test_a_detail_said_again_at_another_question_is_acknowledged_not_unread() -> None:
    turn = Turn(
        text="这个月 12月",
        intent="inform",
        slots={"issue_text": "养老金这个月没到账", "occurred_at": "2026-12-01~2026-12-06"},
        requested_slot="legal_status",
    )
    note = reprompt_note(turn, TurnResult(restated={"occurred_at"}))
    assert note.text == "好的，发生时间您说过了，我记下了。"


def test_a_status_quoted_after_a_check_is_explained_and_starts_no_intake() -> None:
    said = answer_instead_of_filing(
        {}, "显示待受理是啥意思 两天了咋还没人管嘞", ["查下进度 XF20261201-0012 电话13800000000"]
    )
    assert said is not None and "第22条" in said[0] and "不是没人管" in said[0]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("待受理是啥意思", "不是没人管"),
        ("待受理啥意思啊😟", "不是没人管"),
        ("那啥时候能来人修啊", "第34条"),
        ("多久能解决 老伴都冻感冒了", "第34条"),
        ("啥時候有人聯繫我", "第34条"),
    ],
)
def test_after_a_check_the_status_and_the_wait_are_those_of_the_case(text: str, says: str) -> None:
    # never "提交以后…登记完我会告诉您走哪条": the case is filed already (lead-096)
    said = after_progress_answer(
        textutil.normalize_for_parsing(text), ["查进度 XF20261206-0001 查询码621860"]
    )
    assert said is not None and says in said and "登记完" not in said


@pytest.mark.parametrize("text", ["那还得等到啥时候啊 快点行不", "要等几个月啊", "那得等多久 娃还在医院躺着"])
def test_after_a_check_of_a_work_injury_the_wait_is_its_own_procedure(text: str) -> None:
    """lead-103: "那要等到啥时候啊" after checking a work-injury case got "要看是哪一类事情"."""
    route = RouteDecision("labour_arbitration", "work_injury", "")
    said = after_progress_answer(textutil.normalize_for_parsing(text), ["查一下 XF20261206-0001"], route)
    assert said is not None and "工伤认定" in said and "60日" in said


def test_after_a_check_of_a_petition_the_wait_is_the_petition_timetable() -> None:
    route = RouteDecision("petition", None, "")
    said = after_progress_answer("那要等到什么时候", ["查一下 XF20261206-0001"], route) or ""
    assert "第34条" in said and "工伤" not in said


def test_a_wait_asked_with_no_check_before_is_not_this_answer() -> None:
    assert after_progress_answer("那啥时候能来人修啊", ["楼道灯坏了俩月了"]) is None


def test_a_status_told_with_no_check_before_may_be_a_matter() -> None:
    assert not asks_about_status("社保那边一直显示待受理 咋回事", [])


@pytest.mark.parametrize(
    ("text", "name"), [("有没有教育类 补习班那种", "教育文体"), ("有沒有環保這一類", "环境保护")]
)
def test_whether_a_class_is_there_is_asked_and_answered_with_it(text: str, name: str) -> None:
    assert class_asked_for(text) == name
    assert class_is_there(name).startswith("有，")


def test_whether_anyone_cares_names_no_class() -> None:
    assert class_asked_for("有没有人管啊") is None


def test_which_class_this_one_is_asked_beside_the_classes_gets_a_pick() -> None:
    assert not asks_which_classes("你们那有啥类 乱拖车算啥")
