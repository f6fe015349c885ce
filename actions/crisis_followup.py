"""A crisis told again once the crisis was answered: after filing, or as a correction at the summary.

After filing ("登上了有啥用 俺是真不想活了"), the citizen is not asked to tell the matter again: the case just filed is
flagged urgent in the case store (扬言 too when the words threaten) and they hear that it is. At the summary, a
correction that names the harm again ("类别不对 是他打老婆 家暴") is a correction, with nothing saying the danger is
back: the hotlines were given already.
"""

from __future__ import annotations

import logging

from rasa_sdk import Tracker

from actions import services
from actions.correction_parse import is_explicit_correction
from actions.matter_kind import is_grievance
from bot.domain.safety import CrisisSignal, acute_now, detect_crisis

logger = logging.getLogger(__name__)

STAY_WITH_YOU = "您现在身边有人的话，请让家人或朋友陪着您。"  # not said to one writing about another
FILED_AND_URGENT = (
    "您的事已经登记好了（事项编号 {number}），不用再说一遍。我们已经把它标记为紧急，值班工作人员会尽快联系您。"
    + STAY_WITH_YOU
)


def filed_matter(tracker: Tracker) -> str | None:
    """The case number filed in this conversation when no new matter is being told since, else None."""
    if tracker.active_loop.get("name") or tracker.get_slot("issue_text"):
        return None
    return tracker.get_slot("case_number") or None


def despair_after_filing(tracker: Tracker) -> str | None:
    """The case filed in this conversation when what began as a new matter since is no grievance, only the
    despair said after filing ("你们慢慢弄吧 反正我也不想拖了 药没了就算了"): the crisis is about the case filed,
    and nobody in crisis is asked to start a new matter."""
    number = tracker.get_slot("case_number")
    story = tracker.get_slot("issue_text")
    if not number or not story or is_grievance(str(story)):
        return None
    return number


def crisis_kind_before(tracker: Tracker) -> str | None:
    """The kind of the latest crisis the citizen told before this message ("燃气" or "他打她"), or None."""
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"][:-1]
    for text in reversed(said):
        signal = detect_crisis(text)
        if signal:  # a fire reads as a danger to people, and is still what the all-clear is about
            return "gas_or_fire" if signal.kind == "danger" and "gas_or_fire" in signal.also else signal.kind
    return None


def flag_filed_case(case_number: str, signal: CrisisSignal | None) -> bool:
    """Marks the filed case urgent (and 扬言 for a threat in the words); False when the store could not."""
    threat = bool(signal and (signal.kind == "violence" or "violence" in signal.also))
    try:
        return services.case_repository().flag_urgent(case_number, threat=threat)
    except Exception as error:  # noqa: BLE001 - the citizen still hears the hotlines; staff see the transcript
        logger.error("could not flag case urgent: %s", type(error).__name__)
        return False


def correction_after_crisis(tracker: Tracker, text: str) -> bool:
    """At the summary, after the crisis was answered: a correction naming the harm again, no danger now."""
    return (
        bool(tracker.get_slot("urgent"))
        and bool(tracker.get_slot("awaiting_confirmation"))
        and not acute_now(text)
        and is_explicit_correction(text, tracker.slots, reviewing=True)
    )
