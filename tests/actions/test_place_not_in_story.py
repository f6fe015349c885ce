"""A place (or a time) given while another question is open is that detail, never more of the story: in the story it
would move the matter's class ("…郸城县 俺娘在汲冢镇" turned a pension into 民政). A message that tells more of the
matter beside the place is still kept. New phrasings written for these tests."""

from __future__ import annotations

import pytest

from actions.intake_logic import read_turn
from actions.intake_turn import Turn
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer

STORY = "俺爹的养老金这几个月没打到卡上"
ONLY_WHERE = [
    ("河南省周口市郸城县 俺爹在汲冢镇", "tell_problem"),
    ("湖南省衡阳市衡阳县 我爹在西渡镇住", "inform"),
    ("四川省南充市營山縣 老家在綠水鎮", "inform"),  # traditional characters
    ("俺们是山东省临沂市沂南县依汶镇的", "tell_problem"),
]
MORE_OF_IT = [
    ("镇上说名额给了村干部亲戚 在郸城县", "tell_problem"),
    ("社保所的人说要重新认证 我爹在西渡镇 腿脚不方便去不了", "tell_problem"),
]


@pytest.mark.parametrize(("text", "intent"), ONLY_WHERE)
def test_a_place_at_the_category_question_is_no_more_story(text: str, intent: str) -> None:
    turn = Turn(text=text, intent=intent, slots={"issue_text": STORY}, requested_slot="category")
    result = read_turn(turn, get_gazetteer(), classify_category)
    assert result.updates.get("location_code")
    assert "issue_text" not in result.updates


@pytest.mark.parametrize(("text", "intent"), MORE_OF_IT)
def test_more_of_the_matter_beside_a_place_is_kept(text: str, intent: str) -> None:
    turn = Turn(text=text, intent=intent, slots={"issue_text": STORY}, requested_slot="category")
    result = read_turn(turn, get_gazetteer(), classify_category)
    assert result.updates.get("issue_text") == f"{STORY}\n{text}"
