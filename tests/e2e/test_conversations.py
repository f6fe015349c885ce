"""The CI subset of the conversation corpus (tests/conversations/, `ci: true`) through the real stack.

Asserts only what is honest today: no crash and a reply to every message, and a share of conversations with
everything right of at least the committed threshold (tests/conversations/threshold.yml, raised by the lead as
the bot improves). The whole corpus: `python -m bench.conversations`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bench import conversation_play
from bench.conversation_corpus import (
    CASE_FIELDS,
    Conversation,
    Turn,
    expand_dates,
    field_matches,
    load_corpus,
    load_threshold,
)
from bench.conversation_play import Player
from bench.conversations import judge, play_all, share
from bench.stack import Stack
from bot.domain.text import normalize_for_parsing

TODAY = date(2027, 1, 3)


def test_the_corpus_is_well_formed():
    from bot.domain.category import CATEGORIES
    from bot.gazetteer import get_gazetteer

    conversations = load_corpus()
    assert len(conversations) >= 300
    assert sum(c.ci for c in conversations) >= 60
    gazetteer = get_gazetteer()
    for conv in conversations:
        for case in conv.cases:
            assert set(case) <= set(CASE_FIELDS), conv.id
            for category in filter(None, _options(case.get("category"))):
                assert category in CATEGORIES, (conv.id, category)
            for code in filter(None, _options(case.get("location_code"))):
                assert gazetteer.get(code) is not None, (conv.id, code)
            for name in ("phone", "petitioner_name", "respondent", "prior_report", "issue_text"):
                said = [_plain(str(v)) for v in _options(case.get(name)) if v not in (None, "未曾反映")]
                # a value the citizen never said is a typo in the corpus
                assert not said or any(v in _words(conv) for v in said), (conv.id, name)


def _words(conv: Conversation) -> str:
    """Everything the citizen says, simplified, without spaces and dashes (as phones are compared)."""
    said = [t.say or "" for t in conv.turns] + [a for t in conv.turns for v in t.answers.values() for a in v]
    plain = _plain(" ".join(said))
    return plain + " " + plain.translate(_CHINESE_DIGITS)  # a phone said "一三九九一二七六五零八" is said


# 幺 and 洞 are how 1 and 0 are read aloud in a phone number ("幺三八 八三幺二 六六零四")
_CHINESE_DIGITS = str.maketrans("〇零一二三四五六七八九幺洞", "0012345678910")


def _plain(text: str) -> str:
    # an extension is written "0436-7221350转8012" and recorded "0436-7221350-8012"
    return re.sub(r"(?<=\d)转(?=\d)", "", normalize_for_parsing(text)).replace(" ", "").replace("-", "")


def _options(value) -> list:
    return value if isinstance(value, list) else [value]


def test_expected_values_are_compared_as_a_clerk_would():
    assert expand_dates("{Y-1}-03 {M-2} {D-3}", TODAY) == "2026-03 2026-11 2026-12-31"
    # TODAY is a Sunday: 上周五 is 12-25, this week's Monday 12-28
    assert expand_dates("{W-1:5} {W:1} {M}-01", TODAY) == "2026-12-25 2026-12-28 2027-01-01"
    assert field_matches("occurred_at", "2026-11", "2026-11-15~2026-12-01", TODAY)
    assert not field_matches("occurred_at", "2026-11", "2026-10", TODAY)
    assert field_matches("location_code", "430111", "430111004", TODAY)
    assert field_matches("respondent", "包工头", "包工头刘老板", TODAY)
    assert not field_matches("respondent", "健坤潇楚实验学校", "实验学校", TODAY)
    assert field_matches("people_count", [30, "三十几"], "三十几户", TODAY)
    assert not field_matches("people_count", 30, 20, TODAY)
    assert field_matches("petitioner_name", None, "未提供", TODAY)
    assert not field_matches("phone", None, "13800138000", TODAY)


class FakeBot:
    """The REST webhook and tracker of a bot whose slots each message changes as scripted."""

    def __init__(self, effects: dict[str, dict]) -> None:
        self.effects, self.slots = effects, {"requested_slot": None}

    def __call__(self, url: str, payload=None, timeout: float = 30):
        if payload is None:
            return 200, {"slots": dict(self.slots), "active_loop": {"name": "intake_form"}}
        self.slots.update(self.effects.get(payload["message"], {}))
        return 200, [{"text": "好的"}]


def play(monkeypatch, turns: list[Turn], effects: dict[str, dict]):
    monkeypatch.setattr(conversation_play, "request_json", FakeBot(effects))
    stack = Stack("http://bot", "", "", "sqlite://", "token", Path("."))
    conversation = Conversation("t", ("test",), False, tuple(turns), ())
    return Player(stack, conversation).play()


def test_a_correction_that_changes_a_field_it_does_not_name_is_counted(monkeypatch):
    story = {"猪场臭，在祁东县": {"location": "湖南省衡阳市祁东县", "respondent": "村委会"}}
    turns = [Turn(say="猪场臭，在祁东县"), Turn(say="反映对象不对，是养猪场", corrects=("respondent",))]
    damaging = {**story, "反映对象不对，是养猪场": {"respondent": "养猪场", "location": None}}
    played = play(monkeypatch, turns, damaging)
    assert len(played.corrections_damaging) == 1 and "location" in played.corrections_damaging[0]
    clean = {**story, "反映对象不对，是养猪场": {"respondent": "养猪场"}}
    assert not play(monkeypatch, turns, clean).corrections_damaging


def test_a_question_stored_as_a_value_is_counted(monkeypatch):
    effects = {"要收费吗？": {"respondent": "要收费吗？"}}
    played = play(monkeypatch, [Turn(say="要收费吗？", question=True)], effects)
    assert played.questions_stored


def test_answers_follow_what_is_asked_and_a_citizen_gives_up_after_three_tries(monkeypatch):
    effects = {"故事讲完了，在长沙": {"requested_slot": "phone"}, "我姓易": {"petitioner_name": "易"}}
    turns = [Turn(say="故事讲完了，在长沙"), Turn(answers={"phone": ("138", "13800138000")})]
    played = play(monkeypatch, turns, effects)
    assert [m["said"] for m in played.messages] == ["故事讲完了，在长沙", "138", "13800138000", "13800138000"]
    assert played.stuck == "phone"


def test_a_citizen_who_comes_back_later_writes_in_a_new_chat(monkeypatch):
    bot = FakeBot({"我登记过": {"requested_slot": "location"}})
    monkeypatch.setattr(conversation_play, "request_json", bot)
    stack = Stack("http://bot", "", "", "sqlite://", "token", Path("."))
    turns = (Turn(say="路灯坏了"), Turn(say="我登记过", later=True))
    player = Player(stack, Conversation("t", ("test",), False, turns, ()))
    first = player.played.sender
    played = player.play()
    assert played.earlier_senders == [first] and played.sender != first


def test_a_conversation_is_all_right_only_with_every_expected_field(monkeypatch):
    conversation = Conversation("t", ("test",), False, (), ({"phone": "13800138000", "route": "praise"},))
    played = play(monkeypatch, [], {})
    assert judge(conversation, played, [{"phone": "13800138000", "route": "praise"}], TODAY).all_right
    verdict = judge(conversation, played, [{"phone": "13800138000", "route": "suggestion"}], TODAY)
    assert not verdict.all_right and verdict.wrong_fields == [
        "case 1 route: expected 'praise', got 'suggestion'"
    ]
    assert not judge(conversation, played, [], TODAY).all_right


@pytest.fixture(scope="module")
def verdicts(stack: Stack):
    return play_all(stack, [c for c in load_corpus() if c.ci])


def test_every_message_of_the_ci_conversations_gets_a_reply_without_a_crash(verdicts):
    crashes = [f"{v.id}: {crash}" for v in verdicts for crash in v.played.crashes]
    assert not crashes, "\n".join(crashes[:20])


def test_the_share_of_ci_conversations_with_everything_right_does_not_fall(verdicts):
    wrong = [f"{v.id}: {(v.wrong_fields + v.phrase_problems)[:2]}" for v in verdicts if not v.all_right]
    assert share(verdicts) >= load_threshold(), "\n".join(wrong[:30])
