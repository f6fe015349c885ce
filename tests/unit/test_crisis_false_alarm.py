"""A crisis the classifier alone heard is no alarm when the words only name a spouse or deny violence
(actions.crisis_false_alarm)."""

from __future__ import annotations

import pytest

from actions.crisis_false_alarm import false_alarm

FALL = "我老公在工地上摔断腿了 老板不给报工伤 也不给钱 说是我老公自己不小心"


@pytest.mark.parametrize(
    "said",
    [
        "就他一个 我老公叫罗建军 我是他老婆 我叫张桂芝",
        "啥子家暴哦 没有家暴 我老公是工地上摔的",
        "不是家庭暴力 是干活摔的",
        "俺是他家属 俺媳妇姓王",
    ],
)
def test_a_spouse_named_or_violence_denied_is_no_alarm(said: str) -> None:
    assert false_alarm(said, FALL)


@pytest.mark.parametrize(
    ("said", "story"),
    [
        ("我老公叫罗建军 他喝了酒就打我", FALL),  # the words tell it
        ("我是他老婆", "我老公天天打我 昨天把我打进医院了"),  # the story tells it
        ("他说要杀了我", FALL),
        ("我叫张桂芝", FALL),  # nothing of a spouse or of violence: the classifier's alarm stands
    ],
)
def test_violence_told_keeps_the_alarm(said: str, story: str) -> None:
    assert not false_alarm(said, story)
