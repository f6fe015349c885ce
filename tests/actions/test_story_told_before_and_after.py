"""The story keeps what the citizen told of the matter: a question asked before the intake began (hg021), more of it
after a time or a place (hg002, hi-019); an earlier report is what was told, not a head count (hm-008), and places
told after a first "没有" replace it (hl-028); a time alone at the earlier-report question narrows the time (ho-005)."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.correction_parse import parse_corrections
from actions.intake_turn import Turn
from actions.story_before import story_told_before
from actions.turn_adapter import read_turn_safely
from bot.parsing.prior_report import NO_PRIOR_REPORT

NOW = datetime(2026, 12, 5, 10, 0)
ASKED = "帮我妈问一下 她在天水秦州区 去年在西安做的心脏支架手术 花了八万多 回来报销 医保局说没办备案 这合理吗"


def user(text: str) -> dict:
    return {"event": "user", "text": text}


def slot(name: str, value) -> dict:
    return {"event": "slot", "name": name, "value": value}


def read(text: str, requested: str | None, slots: dict, **more) -> dict:
    turn = Turn(text=text, intent="inform", slots=slots, requested_slot=requested, now=NOW, **more)
    return read_turn_safely(turn).updates


def test_the_question_asked_first_heads_the_story() -> None:
    before = story_told_before([user("在吗"), user(ASKED), user("问过医保局了 他们就是不给报 我要反映")])
    assert before == ASKED
    told = Turn(
        text="问过医保局了 他们就是不给报 我要反映",
        intent="tell_problem",
        slots={},
        now=NOW,
        told_before=before,
    )
    story = read_turn_safely(told).updates["issue_text"]
    assert story.startswith(ASKED) and story.endswith("我要反映")


def test_answers_after_the_intake_asked_are_no_story_before() -> None:
    events = [
        user("我开的小卖部被市场监管局罚了五千 就两袋面包过期一天 这合理吗"),
        slot("requested_slot", "occurred_at"),
        user("决定书是11月20号下来的"),
        slot("requested_slot", None),
        user("没有 我想问一下罚款要先交吗 不交会怎样 真是气死人了"),
        user("不是营业执照的事 是罚款"),
    ]
    assert story_told_before(events) == "我开的小卖部被市场监管局罚了五千 就两袋面包过期一天 这合理吗"


def test_a_filed_case_takes_its_messages_with_it() -> None:
    events = [user(ASKED), slot("case_number", "XF1"), user("谢谢你们啊"), user("还有 楼下饭店油烟太大")]
    assert story_told_before(events) == ""


@pytest.mark.parametrize(
    ("text", "requested", "story"),
    [
        ("上个月 少发了1800 说我超时差评 乱扣", "occurred_at", "我跑外卖的 站点扣我钱"),
        ("就上个礼拜 她帮我办临时救助 跑了好几趟", "occurred_at", "我想表扬一下我们区民政局的小吴同志"),
        ("佛山南海区桂城街道 我们小区叫中海金沙 老是停水", "location", "小区老是停水"),
    ],
)
def test_an_answer_that_goes_on_with_the_matter_adds_to_it(text, requested, story) -> None:
    assert read(text, requested, {"issue_text": story}).get("issue_text") == f"{story}\n{text}"


@pytest.mark.parametrize(
    ("text", "requested"),
    [("大概三月份吧 记不太清了 反正挺久了", "occurred_at"), ("天水秦州区啊 我开头说了", "location")],
)
def test_an_answer_with_only_hedges_adds_nothing(text, requested) -> None:
    assert "issue_text" not in read(text, requested, {"issue_text": "医保局不给报销"})


@pytest.mark.parametrize("text", ["就我一个", "就我哥一个", "我和我老伴两个"])
def test_a_head_count_is_no_earlier_report(text) -> None:
    assert "prior_report" not in read(text, "prior_report", {"issue_text": "单位不给交社保"})


def test_places_told_after_a_first_no_replace_it() -> None:
    said = read("找过妇联 去年报过一回警 派出所说家务事", "people_count", {"prior_report": NO_PRIOR_REPORT})
    assert "妇联" in said["prior_report"]


def test_a_time_alone_at_the_earlier_report_question_narrows_the_time() -> None:
    slots = {"issue_text": "今年评中级职称 校长不给报", "occurred_at": "2026"}
    assert read("就今年九月份报名的时候", "prior_report", slots).get("occurred_at") == "2026-09"
    assert "occurred_at" not in read("十月份找过教育局", "prior_report", slots)  # it dates the report


def test_a_corrected_earlier_report_is_read_whole() -> None:
    (request, _) = parse_corrections(
        "此前反映不对，之前没找过别的地方，就是申请没人答复。反映对象是鼓楼区住建局"
    )
    assert request.slot == "prior_report" and request.value.startswith("之前没找过")


@pytest.mark.parametrize("text", ["我老公", "俺男人", "我爸"])
def test_who_at_the_respondent_question_is_no_head_count(text) -> None:
    assert read(text, "respondent", {"issue_text": "我老公喝了酒就打我 这个月打了三次"}).get("respondent")


def test_what_came_before_the_story_was_asked_for_is_none_of_it() -> None:
    events = [
        user("公租房的事你们管吗"),
        user("那是不是得先说我住哪 沈阳铁西区 兴华街道 保障房小区 咋的了 你问吧"),
        slot("requested_slot", "issue_text"),
        user("说他们凭啥把我公租房资格取消了 说我收入超了"),
    ]
    assert story_told_before(events) == ""


def test_a_day_said_again_in_words_adds_nothing() -> None:
    assert "issue_text" not in read(
        "今年九月二十几号 二十三号", "occurred_at", {"issue_text": "我男人在煤矿上没了"}
    )


@pytest.mark.parametrize("opening", ["我又想起一件事", "对了 还有一件事", "想起来一个事"])
def test_another_matter_after_an_answered_question_starts_its_own_story(opening) -> None:
    """dc-020: a consultation answered, then "我又想起一件事 小区物业费涨了…": the consultation is no part of it."""
    asked = "我妈下个月要做手术 想问下 医保异地报销怎么备案"
    events = [user(asked), user(f"{opening} 小区物业费涨了一倍 没开业主大会 在长沙市岳麓区")]
    assert story_told_before(events) == ""


@pytest.mark.parametrize(
    "weighing",
    [
        "慢着 我还没想好要不要登记 登记了单位会知道吗",
        "我再想想要不要登记 會不會留底啊",
        "要不要登记我还拿不准 要花钱吗",
    ],
)
def test_weighing_whether_to_file_is_no_part_of_the_story(weighing: str) -> None:
    """Whether to file at all, with a question about filing beside it, tells nothing of the matter told before."""
    told = "邻居家的狗天天半夜叫 跟他说了好几回也不管 我们一家都睡不好"
    before = story_told_before([user(told), user(weighing), user("那还是登记吧 在海淀区学院路街道")])
    assert before == told
