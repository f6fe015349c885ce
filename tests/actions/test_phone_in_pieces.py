"""A phone told in pieces, a few digits a message, as people read it off a card: the pieces are joined, and a
piece is never a head count ("13602" was 13602 people). New phrasings written for these tests."""

from __future__ import annotations

import pytest

from actions.intake_logic import read_turn
from actions.intake_turn import Turn
from actions.phone_pieces import said_since_asked
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer
from bot.parsing.people import count_told_ahead
from bot.parsing.phone import is_phone_piece, phone_from_pieces

SLOTS = {"issue_text": "厂里欠了三个月工资", "people_count": "二十多个工人", "petitioner_name": "罗建军"}
JOINED = [
    (("13925", "180"), "667 你咋回事 我在报电话", "13925180667"),
    (("138 9315",), "2044", "13893152044"),
    (("１５９",), "２７３１ ８８０６", "15927318806"),  # full-width digits
    (("139-2518",), "0667", "13925180667"),
    (("电话17727",), "503318", "17727503318"),  # the first piece with its label
    (("手機號是 138",), "0013 8000", "13800138000"),  # traditional characters
    (("0755",), "8326 1190", "0755-83261190"),  # a landline, area code first
    (("186 07",), "31 4452 就这个", "18607314452"),
]
NOT_JOINED = [
    (("马小军",), "2044"),  # the name, then a number: no pieces before it
    (("13812345678",), "2044"),  # a whole number already given
    ((), "2044"),
    (("138",), "12 还有3个人"),
]
PIECES = ["电话17727", "13925", "138 9315", "2044", "１３９２５", "180。"]
NO_PIECES = ["就我一个", "3个人", "12", "我家门牌号是2044号", "二零四四年"]


@pytest.mark.parametrize(("earlier", "text", "expected"), JOINED)
def test_pieces_make_one_number(earlier: tuple[str, ...], text: str, expected: str) -> None:
    assert phone_from_pieces(earlier, text) == expected


@pytest.mark.parametrize(("earlier", "text"), NOT_JOINED)
def test_no_pieces_no_number(earlier: tuple[str, ...], text: str) -> None:
    assert phone_from_pieces(earlier, text) is None


@pytest.mark.parametrize("text", PIECES)
def test_a_few_digits_alone_are_a_piece(text: str) -> None:
    assert is_phone_piece(text)


@pytest.mark.parametrize("text", NO_PIECES)
def test_words_or_a_count_are_no_piece(text: str) -> None:
    assert not is_phone_piece(text)


@pytest.mark.parametrize("text", ["13602", "2044", "180", "１３９２５", "667"])
def test_a_bare_number_said_ahead_is_no_head_count(text: str) -> None:
    assert count_told_ahead(text) is None


@pytest.mark.parametrize("text", ["三十多户", "我们六个油漆工", "二十多个工人都没发"])
def test_a_count_said_ahead_is_still_kept(text: str) -> None:
    assert count_told_ahead(text)


@pytest.mark.parametrize("text", ["13925", "138 9315", "180"])
def test_a_piece_at_the_phone_question_is_no_count_and_is_answered(text: str) -> None:
    turn = Turn(text=text, intent="inform", slots=SLOTS, requested_slot="phone")
    result = read_turn(turn, get_gazetteer(), classify_category)
    assert "people_count" not in result.updates and "people_count" not in result.conflicts
    assert "phone" not in result.updates
    assert result.notes  # the citizen is told the number is not complete yet, not let go as 未提供


def test_the_last_piece_gives_the_phone() -> None:
    turn = Turn(
        text="667 你咋回事 我在报电话",
        intent="inform",
        slots=SLOTS,
        requested_slot="phone",
        said_before=("13925", "180"),
        unread_before=2,
    )
    result = read_turn(turn, get_gazetteer(), classify_category)
    assert result.updates.get("phone") == "13925180667"


def _events(*items: tuple[str, str | None]) -> list[dict]:
    out: list[dict] = []
    for kind, value in items:
        if kind == "ask":
            out.append({"event": "slot", "name": "requested_slot", "value": value})
        elif kind == "set":
            out.append({"event": "slot", "name": "phone", "value": value})
        else:
            out.append({"event": "user", "text": value})
    return out


def test_said_since_the_phone_was_asked() -> None:
    events = _events(("ask", "petitioner_name"), ("user", "罗建军"), ("ask", "phone"), ("user", "13925"))
    events += _events(("ask", "phone"), ("user", "180"), ("ask", "phone"), ("user", "667"))
    assert said_since_asked(events, "phone") == ("13925", "180")
    assert said_since_asked(events + _events(("set", "13925180667"), ("user", "同上")), "phone") == ()
    assert said_since_asked(events, None) == ()
