"""What one citizen message adds to the intake: a pure function of the message and the slots so far.

Every message is read for every detail (answer-ahead), but a detail that is already known is only replaced
when it is the question being asked, or when the citizen corrects it. Free-text answers are taken only for
the question being asked.
"""

from __future__ import annotations

import re
from typing import Any

from actions.intake_lookups import named_category, read_category, read_location
from actions.intake_turn import Turn, TurnResult, asked, may_set, offer
from actions.slots import (
    ANONYMITY_SLOTS,
    NON_ANSWER_INTENTS,
    NOT_FREE_TEXT_INTENTS,
    NOT_PROVIDED,
    OPTIONAL_SLOTS,
    SLOT_LABELS,
)
from bot import text as textutil
from bot.parsing import (
    id_number,
    legal_status,
    name,
    occurred_at,
    people,
    phone,
    prior_report,
    respondent,
)

MIN_STORY_CHARS = 8
EVIDENCE_PREFIX = "[图片]"
SELF_INTRO = re.compile(r"我叫|我是|姓名|本人|名字")
SKIPPED_RESPONSES = {"petitioner_name": "utter_skipped_name", "phone": "utter_skipped_phone"}
DONT_KNOW = re.compile(r"不知道|不清楚|不记得|忘了|记不清|说不好")


def read_turn(turn: Turn, gazetteer, classify) -> TurnResult:
    """All slot updates one message brings. `classify` is bot.category.classify_category."""
    result = TurnResult()
    if turn.intent in NON_ANSWER_INTENTS and not turn.correcting:
        return result
    if (turn.text or "").startswith(EVIDENCE_PREFIX):
        # a photo sent as evidence (WeChat channel): kept with the case, never taken as an answer
        result.set("evidence", [*(turn.slots.get("evidence") or []), evidence_item(turn)])
        return result
    if (turn.text or "").startswith("/"):
        # a button payload such as /inform{"category": "民政"}: only its entities count
        turn.text = ""
    clean = textutil.normalize_for_parsing(turn.text or "")
    if not textutil.has_words(clean) and not turn.entities:
        result.notes.append("抱歉，我没看到文字内容。")
        return result

    requested = turn.correcting or turn.requested_slot
    if requested in OPTIONAL_SLOTS and turn.intent == "skip":
        result.set(requested, NOT_PROVIDED)
        if requested in ANONYMITY_SLOTS:
            result.notes.append(SKIPPED_RESPONSES[requested])
        return result
    if turn.intent == "skip" and requested:
        result.notes.append("utter_required_answer")
        return result

    _read_issue_text(turn, clean, result)
    read_category(turn, clean, result, classify)
    read_location(turn, clean, result, gazetteer)
    _read_simple_details(turn, clean, result)
    _read_free_text_answers(turn, clean, result)
    _read_id_number(turn, clean, result)

    if requested and requested not in result.updates and not result.notes:
        result.notes.append(_reprompt_note(turn, result))
    _append_more_story(turn, clean, result)
    return result


def _append_more_story(turn: Turn, clean: str, result: TurnResult) -> None:
    """More of the story told later is kept word for word, unless the message just answered the question.

    A story told when the category is asked is still story: the category was only read from it.
    """
    current = turn.slots.get("issue_text")
    more = turn.text.strip()
    answered = turn.requested_slot in result.updates and not (
        turn.requested_slot == "category" and not turn.entity("category") and not named_category(clean)
    )
    if (
        current
        and turn.intent == "tell_problem"
        and len(clean) >= 15
        and not answered
        and "issue_text" not in result.updates
        and more not in current
    ):
        result.set("issue_text", f"{current}\n{more}")


def evidence_item(turn: Turn) -> dict[str, Any]:
    """The photo's MediaId and URL, from the channel's metadata or else from the message text."""
    sent = (turn.metadata.get("wechat") or {}).get("evidence") or {}
    url = sent.get("pic_url") or turn.text[len(EVIDENCE_PREFIX) :].strip() or None
    return {"kind": sent.get("kind") or "image", "media_id": sent.get("media_id"), "url": url}


def _read_issue_text(turn: Turn, clean: str, result: TurnResult) -> None:
    current = turn.slots.get("issue_text")
    if asked(turn, "issue_text"):
        if turn.intent not in NOT_FREE_TEXT_INTENTS or turn.correcting:
            result.set("issue_text", turn.text.strip())
    elif not current and turn.intent in ("tell_problem", "inform") and len(clean) >= MIN_STORY_CHARS:
        result.set("issue_text", turn.text.strip())


def _read_simple_details(turn: Turn, clean: str, result: TurnResult) -> None:
    when = occurred_at.extract_occurred_at(clean, turn.now)
    if when:
        refines = _refines(turn.slots.get("occurred_at"), when.normalized)
        offer(turn, result, "occurred_at", when.normalized, refines=refines)
    elif asked(turn, "occurred_at") and DONT_KNOW.search(clean):
        result.set("occurred_at", NOT_PROVIDED)

    status = legal_status.detect_legal_status(clean)
    if status is None and asked(turn, "legal_status") and turn.intent == "deny":
        status = "none"
    if status:
        offer(turn, result, "legal_status", status)

    count = people.extract_people_count(clean)
    if count is not None:
        offer(turn, result, "people_count", str(count))

    number = phone.extract_phone(clean)
    if number:
        offer(turn, result, "phone", number)
    if not number and asked(turn, "phone") and phone.looks_like_phone_attempt(clean):
        result.notes.append("这个号码好像不完整。手机号是11位；座机请带区号，比如 020-87654321。")


def _refines(known: Any, found: str) -> bool:
    """A day within the known month, or a month within the known year: 2025 → 2025-03 → 2025-03-15."""
    if not isinstance(known, str) or "~" in known or "~" in found:
        return False
    return found.startswith(known + "-")


def _is_other_detail(turn: Turn, clean: str) -> bool:
    """A short answer that is plainly a time, a phone or a court status ("前年8月份") is no free-text answer."""
    when = occurred_at.extract_occurred_at(clean, turn.now)
    if when and len(when.text) * 2 >= len(clean):
        return True
    return bool(phone.extract_phone(clean)) or (
        len(clean) <= 12 and legal_status.detect_legal_status(clean) is not None
    )


def _read_free_text_answers(turn: Turn, clean: str, result: TurnResult) -> None:
    free_text_ok = (turn.intent not in NOT_FREE_TEXT_INTENTS and not _is_other_detail(turn, clean)) or bool(
        turn.correcting
    )

    report = prior_report.extract_prior_report(turn.text)
    if not asked(turn, "prior_report") and prior_report.is_bare_answer(turn.text):
        report = None  # "没有" to the court question says nothing about earlier reports
    if report is None and asked(turn, "prior_report") and turn.intent == "deny":
        report = prior_report.NO_PRIOR_REPORT
    if report is None and asked(turn, "prior_report") and free_text_ok:
        report = turn.text.strip()
    if report and may_set(turn, "prior_report"):
        result.set("prior_report", report)

    who = respondent.extract_respondent(clean)
    if who is None and asked(turn, "respondent"):
        if turn.intent == "deny" or DONT_KNOW.search(clean):
            who = NOT_PROVIDED
        elif free_text_ok:
            who = turn.text.strip()[:200]
    if who and may_set(turn, "respondent"):
        result.set("respondent", who)

    if asked(turn, "petitioner_name") or SELF_INTRO.search(clean):
        person = name.extract_name(clean)
        if person and may_set(turn, "petitioner_name"):
            result.set("petitioner_name", person)


def _read_id_number(turn: Turn, clean: str, result: TurnResult) -> None:
    number = id_number.extract_id_number(clean)
    if number:
        from bot.cases.crypto import encrypt_id_number

        result.set("id_number", id_number.mask_id_number(number))
        result.set("id_number_encrypted", encrypt_id_number(number))
    elif id_number.looks_like_id_attempt(clean) and not phone.extract_phone(clean):
        result.notes.append("身份证号好像有一位不对，校验没通过。身份证号不是必填的，不提供也能登记。")


GENERIC_REPROMPTS = (
    "这个我帮不上忙，我们先把登记做完。",
    "好的，我们接着来。",
    "抱歉，这个回答我没太看懂。",
)
TAKEN_NOTE = "好的，{}我记下了。"


def is_generic_reprompt(note: str) -> bool:
    """A note that only says the question was not answered (or what was taken instead)."""
    return note in GENERIC_REPROMPTS or (note.startswith("好的，") and note.endswith("我记下了。"))


def _conflict_note(turn: Turn, slot: str, value: Any) -> str:
    from actions.summary import display_value

    label = SLOT_LABELS[slot]
    said, known = display_value(slot, value), display_value(slot, turn.slots.get(slot))
    return f"您刚才说的{label}是“{said}”，我之前记下的是“{known}”。要改的话，说“{label}改成……”就行。"


def _reprompt_note(turn: Turn, result: TurnResult) -> str:
    taken = [SLOT_LABELS[slot] for slot in SLOT_LABELS if slot in result.updates]
    if taken:  # it answered something else: say so, then the form asks its question again
        return TAKEN_NOTE.format("、".join(taken))
    if result.conflicts:
        return _conflict_note(turn, *next(iter(result.conflicts.items())))
    if turn.intent == "out_of_scope":
        return GENERIC_REPROMPTS[0]
    if turn.intent in ("greet", "thanks", "affirm"):
        return GENERIC_REPROMPTS[1]
    return GENERIC_REPROMPTS[2]
