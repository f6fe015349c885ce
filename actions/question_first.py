"""A question asked before any story is on record, with the matter in it ("问一下 离婚以后孩子跟我 前夫两年没给
抚养费了 这个找哪里"): answered, and nothing of it is stored yet.

The intake asks its next question as usual. Only when the citizen goes on (answers it, tells more) is the matter
the question told read as the start of the story (`with_story_held`); a citizen who only wanted to know ("我就问问
不登记") leaves nothing on record. A question that tells no matter after questions already answered ("还是不对 我问
行政复议几天内申请") starts no intake at all.

Pure: the tracker's values come in as arguments, the events to return go out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from rasa_sdk.events import EventType, FollowupAction, SlotSet

from actions.asking_only import ASKS_TO_FILE, declines_filing
from actions.intake_turn import NoteKind, Turn, TurnResult
from actions.matter_kind import is_grievance
from actions.more_story import HINTS
from actions.question_detect import detect_question
from actions.slots import INTAKE_SLOTS, QUESTION_INTENTS
from bot.domain import text as textutil
from bot.domain.safety import detect_crisis

# "请问", "想问下", "我是问", "咨询一下", "打听一下": the message is put as a question to the office
ASKS_FIRST = re.compile(r"请问|想问|问一下|问下|问问|(?:我|俺)(?:是|就是|只是)?问|咨询|请教|打听")


def only_asking(text: str | None, earlier: Sequence[str] = ()) -> bool:
    """The citizen asks, and has not said they want it filed: the message is put as a question ("请问…", "想问下
    …"), or an earlier message of this chat said they are only asking or will not file ("我就先问问 不登记")."""
    clean = textutil.normalize_for_parsing(text or "")
    if detect_question(clean) is None or ASKS_TO_FILE.search(clean) or detect_crisis(clean) is not None:
        return False
    if ASKS_FIRST.search(clean):
        return True
    return any(_declined(said) for said in earlier)


# "我就先问问", "只是问一下", "不是要反映": only asking, said of the whole chat
_ONLY_ASKING = re.compile(
    r"(?:就|只|先)(?:是|想)?(?:先)?(?:问问|问一下|问下|咨询一下)|不是要(?:反映|投诉|登记|举报)"
)


def _declined(text: str) -> bool:
    clean = textutil.normalize_for_parsing(text or "")
    return declines_filing(clean) or (bool(_ONLY_ASKING.search(clean)) and not ASKS_TO_FILE.search(clean))


def holds_story_back(
    slots: Mapping[str, Any], text: str | None, result: TurnResult, earlier: Sequence[str] = ()
) -> bool:
    """A question answered before any story is on record: nothing of it is stored until the citizen goes on. A
    message that answers the question the intake asked ("冇 还没告 我就是问…合不合法") goes on."""
    asked = slots.get("requested_slot")
    # once a story is held, any question that answers nothing asked keeps it held ("你先回答我 你们是不是政府的")
    asking = only_asking(text, earlier) or (bool(asked) and detect_question(text) is not None)
    return (
        not slots.get("issue_text")
        and not (asked and asked in result.updates)
        and any(slot in INTAKE_SLOTS for slot in result.updates)
        and result.has(NoteKind.ANSWER)
        and asking
    )


def starts_no_intake(
    result: TurnResult, text: str | None, earlier: Sequence[str], requested_slot: str | None
) -> bool:
    """A question held back that tells no matter ("那孩子抚养费他不给 法院判了的 我该咋办" after "我就先问问 不登记"), or
    that goes on from questions already answered outside an intake with nothing gone wrong told ("还是不对 我问行政复议
    几天内申请"): answered, and no intake question follows."""
    if "issue_text" not in result.updates:
        return True
    return asked_before(earlier) and not requested_slot and not is_grievance(text or "")


def next_question(slots: Mapping[str, Any], updates: Mapping[str, Any]) -> str | None:
    """The detail the intake asks next, as if the story held back were on record (the form's order)."""
    known = {**slots, **updates}
    return next((slot for slot in INTAKE_SLOTS if known.get(slot) in (None, [])), None)


def hints(result: TurnResult) -> dict[str, Any]:
    """What the readers noted for the next question (the likely classes, the places a name may be): no detail."""
    return {slot: value for slot, value in result.updates.items() if slot in HINTS}


def held_back_events(
    slots: Mapping[str, Any],
    text: str | None,
    result: TurnResult,
    earlier: Sequence[str],
    kept: Sequence[EventType],
) -> list[EventType]:
    """The events of a question held back: the intake's next question (the one it asked stays asked) with only the
    readers' hints and `kept` (the form's bookkeeping), or none at all when no intake follows."""
    asked = slots.get("requested_slot")
    if starts_no_intake(result, text, earlier, asked):
        return [SlotSet("requested_slot", None), FollowupAction("action_listen")]
    noted = [SlotSet(slot, value) for slot, value in hints(result).items()]
    return [*noted, SlotSet("requested_slot", asked or next_question(slots, result.updates)), *kept]


def asked_before(earlier: Sequence[str]) -> bool:
    """The citizen's last message before this one asked a question too (a consultation going on)."""
    return bool(earlier) and detect_question(earlier[-1]) is not None


def story_held(turn: Turn) -> Turn | None:
    """The question that told the matter, held back when it was answered, as the story read now that the citizen goes
    on with the intake (it asked its next question since); None when no story is held."""
    if turn.correcting or turn.slots.get("issue_text") or not turn.requested_slot or not turn.told_before:
        return None
    if turn.intent in QUESTION_INTENTS:  # "那到底能不能反悔啊 说清楚点": asked again, not gone on yet
        return None
    return replace(turn, text=turn.told_before, intent="tell_problem", requested_slot=None, told_before="")


def with_story_held(turn: Turn, read: Callable[[Turn], TurnResult]) -> TurnResult:
    """The message read after the matter told with a question first, as if that question's details were on record
    ("甘肃省白银市会宁县" answers the place the question left open); the details of both are the updates."""
    held = story_held(turn)
    if held is None:
        return read(turn)
    before = read(held)
    result = read(replace(turn, slots={**turn.slots, **before.updates}, told_before=""))
    result.updates = {**before.updates, **result.updates}
    result.failed = [*before.failed, *result.failed]
    return result
