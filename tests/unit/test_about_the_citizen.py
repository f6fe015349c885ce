"""A first message that only says what makes writing hard is no story (hm-008: "我是聋人 打字慢" was filed as the
matter): a patient word and the question what happened; a message that also tells the matter is the story."""

from __future__ import annotations

import pytest

from actions.about_the_citizen import HEARING_NOTE, PATIENT_ASK, only_about_oneself, patient_reply
from actions.not_a_matter import answer_instead_of_filing


@pytest.mark.parametrize(
    "text",
    [
        "我是聋人 打字慢",
        "我眼睛不好 字打得慢",
        "我年纪大了 不太会用手机 你慢慢问我",
        "俺七十多了 不识字 你慢点",
        "我眼睛花了 看不清字 请耐心点",
        "我係聾人 打字慢",  # traditional characters
    ],
)
def test_only_about_oneself_gets_patience_and_the_question(text) -> None:
    assert only_about_oneself(text)
    assert answer_instead_of_filing({}, text) == [patient_reply(text)]
    assert patient_reply(text).startswith(PATIENT_ASK)


def test_the_deaf_are_told_texts_can_be_asked_for() -> None:
    assert HEARING_NOTE in patient_reply("我是聋人 打字慢")
    assert HEARING_NOTE not in patient_reply("我眼睛不好 字打得慢")


@pytest.mark.parametrize(
    "text",
    [
        "我是聋人 单位不给我交社保",  # the matter is told too
        "我年纪大了 低保被停了",
        "老了 没人管",
        "你好 我是个老人 有点事想问问",
    ],
)
def test_a_message_with_a_matter_is_the_story(text) -> None:
    assert not only_about_oneself(text)
