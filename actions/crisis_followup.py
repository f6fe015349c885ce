"""A crisis told again once the crisis was answered: after filing, or as a correction at the summary.

After filing ("登上了有啥用 俺是真不想活了"), the citizen is not asked to tell the matter again: the case just filed is
flagged urgent in the case store (扬言 too when the words threaten) and they hear that it is. At the summary, a
correction that names the harm again ("类别不对 是他打老婆 家暴") is a correction, with nothing saying the danger is
back: the hotlines were given already.
"""

from __future__ import annotations

import logging
import re

from rasa_sdk import Tracker

from actions import services
from actions.matter_kind import is_grievance
from actions.question_detect import without_questions
from actions.summary_fix import corrects_the_summary
from bot.domain import text as textutil
from bot.domain.safety import (
    CrisisSignal,
    acute_now,
    asks_to_keep_away,
    danger_now,
    detect_crisis,
    says_safe_now,
)
from bot.domain.text import normalize_for_parsing

logger = logging.getLogger(__name__)

# once the crisis is answered, naming the remedy in a question ("能不能申请那个保护令") asks about it: answered,
# not the crisis text again (a danger said now still is)
REMEDY_WORDS = frozenset({"保护令", "人身安全保护令", "家暴", "家庭暴力"})
ASKS = re.compile(
    r"能不能|能否|能让|能叫|可以|可不可以|怎么|怎样|咋|如何|吗|么|[?？]|申请|有没有用|[不没]$|行不行"
)

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
        if (
            signal
        ):  # a fire, or "救命 我不想活了 我在楼顶", reads as a danger to people; the all-clear is about it
            also = next((kind for kind in ("gas_or_fire", "self_harm") if kind in signal.also), None)
            return also if signal.kind == "danger" and also else signal.kind
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
        and corrects_the_summary(text, tracker.slots)
    )


def asks_about_the_remedy(tracker: Tracker, text: str, matched: str) -> bool:
    """A question naming the lawful remedy after the crisis was answered, with nothing saying danger is now."""
    return (
        bool(tracker.get_slot("urgent"))
        and (matched in REMEDY_WORDS or asks_to_keep_away(matched))
        and bool(ASKS.search(normalize_for_parsing(text)))
        and not danger_now(text)
    )


def history_after_all_clear(tracker: Tracker, text: str) -> bool:
    """The citizen said the danger is over in the message before, and this one tells no danger now."""
    if not tracker.get_slot("urgent") or acute_now(text):
        return False
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    return len(said) >= 2 and says_safe_now(said[-2])


# "你先回答我", "你倒是说啊": asking for the answer, no answer of one's own
_DEMANDS = re.compile(r"你?(?:先|倒是|快)?(?:回答|回复|说)(?:我|一下)?(?:啊|呀|吧)?|你先")


def answers_beside_the_question(text: str) -> bool:
    """Whether a message asking about the protection order also answers the question asked ("没有 能让法院…"),
    not only asks for the answer ("能不能让法院不让他回来 你先回答我")."""
    rest = _DEMANDS.sub("", without_questions(normalize_for_parsing(text)))
    return textutil.cjk_count(rest) > 0
