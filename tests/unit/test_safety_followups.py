"""What follows from the safety reading elsewhere: a shrug at the court question is a no (not a question to
lecture), a story that says a family member hits is routed to the protection order without asking again, and a
case filed before the crisis is flagged urgent in the store."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.question_detect import detect_question
from bot.cases import CaseInput, CaseRepository
from bot.domain.routing import decide_route
from bot.parsing.legal_status import detect_legal_status

NOW = datetime(2026, 12, 5, 2, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "text",
    [
        "没有 俺哪懂打官司",
        "俺哪懂打官司",
        "没有，我哪晓得打官司",
        "沒有 俺哪會打官司",
        "没有 不会打官司",
        "没 不懂打官司",
    ],
)
def test_a_shrug_at_the_court_question_is_no_suit(text: str) -> None:
    assert detect_legal_status(text) == "none"


@pytest.mark.parametrize("text", ["没有 俺哪懂打官司", "俺哪晓得这些", "我哪懂法律"])
def test_how_would_i_know_asks_nothing(text: str) -> None:
    assert detect_question(text) is None


@pytest.mark.parametrize("text", ["打官司要花钱吗？", "俺能不能告他们", "起诉去哪个法院？"])
def test_a_real_question_about_suing_is_still_one(text: str) -> None:
    assert detect_question(text) is not None


# the model torn between the protection order and a civil dispute, as for an unfamiliar dialect word
CLOSE_DV = {"litigation/domestic_violence": 0.55, "litigation/civil_dispute": 0.35, "petition": 0.1}


@pytest.mark.parametrize(
    "story",
    ["俺家那口子又喝大了 拿菜刀在外屋砸门 俺和孩子锁里屋了", "我爸爸在老家，这些年一直打我妈"],
)
def test_a_story_that_says_who_hits_is_not_asked_again_whether_it_is_family(story: str) -> None:
    decision = decide_route(story, "政法", "none", scores=CLOSE_DV)
    assert (decision.code, decision.variant) == ("litigation", "domestic_violence")
    assert decision.question is None


def test_a_story_that_does_not_say_who_hits_still_gets_the_question() -> None:
    decision = decide_route("老公喝了酒就骂人 我们吵了好几年", "政法", "none", scores=CLOSE_DV)
    assert decision.question is not None


def _file(repo: CaseRepository) -> str:
    filed = repo.file_case(CaseInput(filing_key="k1", issue_text="地被征了 补偿太低"), now=NOW)
    assert not filed.case.urgent
    return filed.case.case_number


def test_a_crisis_after_filing_flags_the_filed_case(repo: CaseRepository) -> None:
    number = _file(repo)
    assert repo.flag_urgent(number)
    record = repo.get_by_number(number)
    assert record.urgent and not record.threat


def test_a_threat_after_filing_flags_it_as_扬言_too(repo: CaseRepository) -> None:
    number = _file(repo)
    assert repo.flag_urgent(number, threat=True)
    assert repo.get_by_number(number).threat


def test_flagging_an_unknown_case_changes_nothing(repo: CaseRepository) -> None:
    assert not repo.flag_urgent("XF20261205-9999")
