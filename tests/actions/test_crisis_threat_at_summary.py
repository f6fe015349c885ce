"""A threat said again at the summary ("对 他要再堆 我真动手了"): 110 and the lawful way, flagged 扬言, and the summary
asked again, never "没太明白"; the words are read as a threat, "他喝了酒就动手" (he hits) is not one."""

from __future__ import annotations

import pytest

from actions.crisis import CONFIRM_REMINDER, CrisisResponse
from bot.domain.safety import detect_crisis
from tests.actions.conftest import make_tracker, run_action, texts

SUMMARY = {
    "issue_text": "对门天天把垃圾堆我门口 忍了他三年了",
    "awaiting_confirmation": True,
    "petitioner_name": "王振海",
}


async def test_a_threat_at_the_summary_gets_110_and_the_summary_again():
    tracker = make_tracker(
        "对 他要再堆 我真动手了", intent="threat", confidence=0.9, active_loop=None, slots=SUMMARY
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "110" in said and "不要" in said and CONFIRM_REMINDER in said
    assert "没太明白" not in said and "跟我说说发生了什么" not in said
    assert slots.get("threat_flag") is True and slots.get("urgent") is True


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("对 他要再堆 我真动手了", True),
        ("他再骂我 我就动手了", True),
        ("再这样下去我真的要动手", True),
        ("他喝了酒就动手", False),
        ("过两天再去动手术", False),
    ],
)
def test_hitting_if_it_happens_again_is_a_threat(text, threat):
    signal = detect_crisis(text)
    assert (signal is not None and signal.kind == "violence") is threat
