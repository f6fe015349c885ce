""" "没事了 按错了" gets a kind word and starts nothing; "有人吗" in the middle of an intake gets "我在的" and the
question asked before, never an answer from the FAQ and never a change to any slot."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.intake_logic import read_turn
from actions.intake_turn import NoteKind, Turn
from actions.not_a_matter import NOTHING_AFTER_ALL, answer_instead_of_filing, nothing_after_all
from actions.pinyin import mixes_pinyin
from actions.question_forms import STILL_HERE, asks_if_anyone_there
from actions.turn_replies import UNANSWERED_QUESTION
from bot.domain import text as textutil
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer


@pytest.mark.parametrize(
    "said",
    [
        "没事了 不好意思 按错了",
        "点错了",
        "沒事了 按錯了",
        "没事 手滑了😅",
        "不好意思发错了",
        "没有事了",
        "哦 没事了",
    ],
)
def test_nothing_after_all(said: str) -> None:
    assert nothing_after_all(textutil.normalize_for_parsing(said))
    assert answer_instead_of_filing({}, said) == [NOTHING_AFTER_ALL]


@pytest.mark.parametrize(
    "said",
    [
        "我没事 就是我爸被打了",  # a matter
        "没事了吗",  # a question
        "按错了 我是想问低保怎么申请",
        "不好意思 我想反映个事",  # the matter comes next
        "不好意思 点错了 我想反映个事",
        "不好意思打扰了 我们小区停水三天了",
    ],
)
def test_something_after_all(said: str) -> None:
    assert not nothing_after_all(textutil.normalize_for_parsing(said))


@pytest.mark.parametrize(
    "said", ["有人吗", "有人吗？", "在吗", "还在吗", "在不在", "人呢", "喂 有人吗", "怎么不回了"]
)
def test_asks_if_anyone_there(said: str) -> None:
    assert asks_if_anyone_there(textutil.normalize_for_parsing(said))


@pytest.mark.parametrize("said", ["有人管吗", "在吗 我们小区停水了", "有人在村里乱倒垃圾吗", "人呢 都不管"])
def test_more_than_anyone_there(said: str) -> None:
    assert not asks_if_anyone_there(textutil.normalize_for_parsing(said))


@pytest.mark.parametrize("said", ["有人吗", "在吗？", "有没有人"])
def test_anyone_there_in_the_intake_keeps_every_slot(said: str) -> None:
    slots = {"issue_text": "我们小区电梯坏了三个月了物业不管", "category": "城乡建设"}
    turn = Turn(
        text=said, intent="greet", slots=dict(slots), requested_slot="location", now=datetime(2026, 12, 5, 10)
    )
    result = read_turn(turn, get_gazetteer(), classify_category)
    assert result.updates == {}
    texts = [note.text for note in result.notes]
    assert STILL_HERE in texts and UNANSWERED_QUESTION not in texts
    assert all(note.kind is not NoteKind.ANSWER for note in result.notes)


@pytest.mark.parametrize("said", ["ju bao shou hui 受贿", "lao ban qian wo gong zi 工资"])
def test_pinyin_with_a_word_or_two_asks_for_characters(said: str) -> None:
    assert mixes_pinyin(said)


@pytest.mark.parametrize("said", ["我的QQ号 abc", "wifi密码不对", "ok 好的", "在12345 hotline"])
def test_a_latin_word_is_no_pinyin(said: str) -> None:
    assert not mixes_pinyin(said)
