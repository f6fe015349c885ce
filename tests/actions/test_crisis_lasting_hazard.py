"""A gas smell going on for days, told as a complaint, gets the safety advice and then the intake (dc-044); a leak
just found waits until the family is out."""

import pytest

from actions.crisis import GET_SAFE_FIRST, CrisisResponse
from tests.actions.conftest import make_tracker, run_action, texts


def _followups(events):
    return [e.get("name") for e in events if e.get("event") == "followup"]


@pytest.mark.parametrize(
    "text",
    [
        "我们楼道里一股很浓的煤气味 好几天了 燃气公司说下周才能来 我家有老人孩子 好怕 郑州市金水区",
        "楼道里煤气味很重 都半个月了 物业一直不管",
    ],
)
async def test_a_lasting_gas_smell_gets_the_advice_and_the_intake(text):
    tracker = make_tracker(text, intent="domestic_violence", active_loop=None, confidence=1.0)
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    assert "119" in dispatcher.messages[0]["text"]
    assert GET_SAFE_FIRST not in texts(dispatcher)
    assert slots.get("issue_text") and "intake_form" in _followups(events)


async def test_a_leak_just_found_still_waits():
    tracker = make_tracker(
        "家里煤气味好重 是不是漏了", intent="domestic_violence", active_loop=None, confidence=1.0
    )
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    assert GET_SAFE_FIRST in texts(dispatcher) and "intake_form" not in _followups(events)
