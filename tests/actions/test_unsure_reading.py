"""The one rule for a message the classifier fell back on: a story or a grievance is the matter (tell_problem
before an intake, inform during one, whatever the runner-up); questions, greetings, thanks and nonsense stay."""

from __future__ import annotations

import pytest

from actions.turn_adapter import reading_intent
from actions.unsure_reading import reads_as_matter, tells_a_matter_unsure, unsure_intent


def fallback(text: str, *runner_up: str) -> dict:
    ranking = [{"name": "nlu_fallback"}, *({"name": name} for name in runner_up)]
    return {"text": text, "intent": {"name": "nlu_fallback"}, "intent_ranking": ranking}


STORIES = [
    "在东莞打工 老板欠工资",
    "老闆欠薪三個月了 一分錢都沒給",
    "老板欠我１８００块工资不给😡",
    "村书记就是个村霸！！谁不听他的就断谁家的水！！",
    "俺们村的路修了一半就不管了 下雨天娃上学全是泥",
    "超市说不退 就给换一罐 这不是糊弄人吗",
]
NOT_STORIES = [
    "你好",
    "在吗",
    "谢谢你啊",
    "asdfgh 哈哈哈",
    "能不能二十几个人一起进去",
    "物业不管",
    "我想问问怎么办理护照",
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("text", STORIES)
@pytest.mark.parametrize("runner_up", ["deny", "affirm", "out_of_scope", "ask_channels", None])
def test_a_story_is_the_matter_whatever_the_runner_up(text, runner_up) -> None:
    message = fallback(text, *([runner_up] if runner_up else []))
    assert unsure_intent(message, None) == "tell_problem"
    assert unsure_intent(message, "respondent") == "inform"
    assert reading_intent(message, "phone", {}) == "inform"


@pytest.mark.parametrize("text", NOT_STORIES)
@pytest.mark.parametrize("runner_up", ["greet", "deny", "ask_channels"])
def test_questions_greetings_and_nonsense_stay_as_they_are(text, runner_up) -> None:
    message = fallback(text, runner_up)
    assert not reads_as_matter(message)
    assert unsure_intent(message, None) == "nlu_fallback"
    assert unsure_intent(message, "location") == "nlu_fallback"


@pytest.mark.parametrize(
    "text", ["好的 谢谢 你们辛苦了 祝你们工作顺利 身体健康", "大家好 今天天气真不错啊 我们去公园玩吧"]
)
def test_a_long_thanks_or_greeting_is_no_story(text) -> None:
    thanks = fallback(text, "thanks")
    assert not reads_as_matter(thanks)
    assert unsure_intent(thanks, "phone") == "nlu_fallback"


def test_a_thanks_that_tells_a_grievance_is_one() -> None:
    assert reads_as_matter(fallback("谢谢你们 可是老板欠工资三个月了一直不给", "thanks"))


def test_a_piece_of_the_story_leaning_to_tell_problem_stays_one() -> None:
    assert (
        unsure_intent(fallback("俺们村好多户都没给 补偿款", "tell_problem"), "people_count") == "tell_problem"
    )


def test_an_answer_the_classifier_was_unsure_of_is_read_as_one() -> None:
    assert unsure_intent(fallback("滴滴出行平台", "inform"), "respondent") == "inform"
    assert unsure_intent(fallback("要交多少钱", "deny"), "respondent") == "nlu_fallback"


@pytest.mark.parametrize(
    ("text", "matter"),
    [
        (
            "小区里一堆人遛狗不牵绳 大金毛直接往小孩身上扑 狗屎满地都是 物业装死 佛山南海桂城 有没有人管管🙃",
            True,
        ),
        ("所以电话到底多少😅 我在宝鸡渭滨区", False),  # a short question with a place: still the question
    ],
)
def test_a_long_story_that_ends_in_a_question_is_the_matter(text, matter):
    assert tells_a_matter_unsure(text) is matter
