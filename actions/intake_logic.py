"""What one citizen message adds to the intake: a pure function of the message and the slots so far.

A question is answered first and never stored as a value. The answer to the question asked is read as that
answer (`turn_answers`); other details are taken from the message only where it states them: not from a
question, a threat, a denial ("不是北京") or a letter's salutation (`turn_context`). A detail that is
already known is only replaced when it is the question being asked, or when the citizen corrects it.
A reader that fails loses only its own detail: the failure is logged by name, never with the text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from actions import contact_offers, refusals, turn_answers, turn_replies
from actions.intake_lookups import read_category, read_location
from actions.intake_turn import Note, NoteKind, Turn, TurnResult, asked, offer
from actions.matter_split import (
    LATER_MATTER_NOTE,
    another_matter,
    first_story_matters,
    later_matter_updates,
    listed_matters_updates,
    listed_plan,
    names_a_thing,
)
from actions.more_story import announces_only, append_more_story, names_only_a_place, says_only_where_or_when
from actions.not_known import DONT_KNOW
from actions.prior_report_reading import read_prior_report
from actions.question_again import answer_again, complains_unanswered
from actions.question_detect import asks_why_address, complains_why_not, detect_question, further_questions
from actions.question_forms import asks_the_bot
from actions.question_kinds import OWN_ANSWER_KINDS, QuestionKind
from actions.questions import answer_in_context, answered_aside, why_we_ask
from actions.respondent_reading import name_the_organ, read_respondent, story_role
from actions.slots import (
    NON_ANSWER_INTENTS,
    NOT_FREE_TEXT_INTENTS,
    NOT_PROVIDED,
    OPTIONAL_SLOTS,
)
from actions.turn_answers import SKIPPED_ADDRESS, SKIPPED_NAME, SKIPPED_PHONE, WHY_ADDRESS
from actions.turn_context import ALL_PARTS, NOT_NEGATION, Part, has_part, reading_text
from actions.turn_replies import GENERIC_REPROMPTS, THREAT_NOTE, UNANSWERED_QUESTION, with_reprompt
from bot.cases.crypto import encrypt_id_number
from bot.domain import text as textutil
from bot.parsing import address, id_number, legal_status, occurred_at, phone, vague_period

log = logging.getLogger(__name__)

MIN_STORY_CHARS = 8
EVIDENCE_PREFIX = "[图片]"
SKIPPED_NOTES = {"petitioner_name": SKIPPED_NAME, "phone": SKIPPED_PHONE, "address": SKIPPED_ADDRESS}
# a party or an earlier contact named: an answer, whatever the classifier made of it ("跟院长说过")
ANSWERISH = re.compile(
    r"(?:说|找|问|反映|投诉|打)过|网点|公司|厂|店|局|所|站|院|中心|物业|学校|医院|村|社区|街道|办|委|队|部|科|"
    r"老板|经理|主任|书记|村长|队长|站长|院长|包工头"
)


def read_turn(turn: Turn, gazetteer, classify) -> TurnResult:
    """All slot updates one message brings. `classify` is bot.domain.category.classify_category."""
    if not turn.correcting:
        listed = first_story_matters(turn.text, turn.intent, turn.slots.get("issue_text"))
        if listed:  # "1.…加班费 2.…消防通道": the first is read now, the others wait, none is dropped
            result = read_turn(replace(turn, text=listed[0]), gazetteer, classify)
            result.updates.update(listed_matters_updates(listed))
            result.notes.insert(0, Note(text=listed_plan(listed), kind=NoteKind.INFO))
            return result
    result = TurnResult()
    clean = textutil.normalize_for_parsing(turn.text or "")
    if turn.intent in NON_ANSWER_INTENTS and not turn.correcting:
        kind = detect_question(clean)
        if kind in OWN_ANSWER_KINDS:
            _answer(kind, result, turn)
        return result
    if (turn.text or "").startswith(EVIDENCE_PREFIX) and channel_evidence(turn):
        # a photo sent as evidence (WeChat channel): kept with the case, never taken as an answer; the same
        # words typed on the web are only text, so nobody plants a link on the staff case page
        result.set("evidence", [*(turn.slots.get("evidence") or []), evidence_item(turn)])
        return result
    if (turn.text or "").startswith("/"):
        # a button payload such as /inform{"category": "民政"}: only its entities count
        turn.text, clean = "", ""
    if not textutil.has_words(clean) and not turn.entities:
        result.say("抱歉，我没看到文字内容。")
        return result

    later = another_matter(turn.text) if turn.slots.get("issue_text") and not turn.correcting else None
    if later:  # "还有一件事 小区电梯也老坏": kept for after this case, never taken as this answer
        result.updates.update(later_matter_updates(turn.slots, later))
        result.say(LATER_MATTER_NOTE.format(later))
        return result
    # "身份证号…可以吗" at the phone question offers a way to be reached: no question about ID cards
    offered = contact_offers.offers_instead_of_phone(turn, clean)
    question = None if turn.correcting or offered else detect_question(clean)
    if (
        question is QuestionKind.ANONYMOUS
        and turn.requested_slot == "petitioner_name"
        and turn.intent == "skip"
    ):
        question = None  # "不用留名字了吧" at the name question is the refusal: its note answers it, once
    unanswered = complains_unanswered(clean)  # "你还没回答我 能不能报警": about the bot, never a detail
    grievance = question is QuestionKind.OTHER and complains_why_not(clean) and not unanswered
    if question is None and unanswered:
        question = QuestionKind.OTHER  # the question asked before is answered again
    if grievance:  # "养老金咋没到账": the matter told as a why, not a question to answer
        question = None
    reading = (
        reading_text(turn.text, ALL_PARTS - {Part.QUESTION})
        if grievance or offered
        else reading_text(turn.text)
    )
    rclean = textutil.normalize_for_parsing(reading)  # half-width: "１３９ ００１３ ９０００" has words
    if not turn.correcting and asks_why_address(question, clean, turn.requested_slot):
        result.notes.append(WHY_ADDRESS)  # "要地址干嘛？": why it is asked, then the question again
    elif question is not None and (
        question is not QuestionKind.OTHER
        or not textutil.has_words(rclean)
        or answered_aside(turn.text, turn.slots.get("issue_text"))  # "能让他们上门认证吗" of a pension
        or asks_the_bot(clean, rclean)  # "没有 我问下临时工到底算不算工伤啊": the answer and a question
        or unanswered  # "今年开春就弄了 你还没回答我 要多少人同意": always answered
    ):
        _answer(question, result, turn)  # a rhetorical "为什么不给我们发工资" inside a story needs no reply
        for further in further_questions(turn.text, question):
            _answer(further, result, turn)
    requested = turn.correcting or turn.requested_slot
    if turn.intent == "skip" and not turn_answers.carries_answer(turn, reading):
        if not refusals.skips_the_name(turn, clean) and (
            later := turn_replies.skipped_detail_later(turn, clean)
        ):
            result.say(later, NoteKind.REPROMPT)  # "我不想说名字" at another question skips only the name
        elif requested == "respondent" and story_role(turn):
            result.set(requested, story_role(turn))  # no name given: the role the story named is kept
        elif requested == "petitioner_name":
            turn_answers.name_kept_back(turn, result)
            refusals.read_beside_refusal(turn, clean, result)  # "不留名 也不留电话", "跳过 电话可以留 151…"
        elif requested in OPTIONAL_SLOTS:
            result.set(requested, NOT_PROVIDED)
            if requested in SKIPPED_NOTES:
                result.notes.append(SKIPPED_NOTES[requested])
        elif requested:
            result.notes.append(Note(response="utter_required_answer"))
        return result
    if turn.text and not textutil.has_words(rclean) and not turn.entities:
        # only a question, a threat, a denial or a salutation: nothing in it answers anything
        if question is None and has_part(turn.text, Part.THREAT):
            result.say(THREAT_NOTE, NoteKind.REPROMPT)
        return with_reprompt(turn, result)

    guarded(result, "issue_text", _read_issue_text, turn, clean, result, question)
    guarded(result, "category", read_category, turn, rclean, result, classify)
    guarded(result, "location", read_location, turn, rclean, result, gazetteer)
    guarded(result, "details", _read_simple_details, turn, rclean, result)
    guarded(result, "phone", turn_answers.read_phone, turn, rclean, turn.text, result)
    guarded(result, "people_count", turn_answers.read_people, turn, rclean, result)
    guarded(result, "free_text", _read_free_text_answers, turn, reading, rclean, result)
    guarded(result, "respondent", name_the_organ, turn, result, gazetteer)
    guarded(result, "petitioner_name", refusals.read_name_or_refusal, turn, rclean, clean, result)
    guarded(result, "address", turn_answers.read_address, turn, reading, result)
    guarded(result, "people_count", turn_answers.read_people_in_words, turn, rclean, result)
    guarded(result, "id_number", _read_id_number, turn, clean, result)
    guarded(result, "issue_text", _no_story_in_details, turn, clean, result, gazetteer)

    append_more_story(turn, clean, result)
    with_reprompt(turn, result)
    return result


def guarded(result: TurnResult, reader: str, read: Callable[..., Any], *args: Any) -> None:
    """Runs one reader; if it raises, only its detail is lost. Logged by name and type, never with text."""
    try:
        read(*args)
    except Exception as exc:  # noqa: BLE001 - no message may crash the intake
        log.error("intake reader %s failed: %s", reader, type(exc).__name__)
        result.failed.append(reader)


def _answer(kind: QuestionKind, result: TurnResult, turn: Turn) -> None:
    # the story told before counts: "能保密吗" after a report of an official gets 第30条's plain yes
    answer = answer_in_context(kind, turn.text, story=turn.slots.get("issue_text"))
    if kind is QuestionKind.OTHER and not answer:  # "你咋不回答我的问题嘛": the question asked before, now
        answer = answer_again(turn.text, turn.asked_earlier, turn.slots.get("issue_text"))
    if kind is QuestionKind.WHY_ASKED:  # "你问这个搞么子" at the category: why that is asked
        answer = why_we_ask(turn.correcting or turn.requested_slot, turn.text) or answer
    result.say(answer or UNANSWERED_QUESTION, NoteKind.ANSWER if answer else NoteKind.INFO)


def channel_evidence(turn: Turn) -> dict[str, Any]:
    """What the WeChat channel itself says was sent (metadata no web or REST client can write), or {}."""
    sent = (turn.metadata.get("wechat") or {}).get("evidence")
    return sent if isinstance(sent, dict) else {}


def evidence_item(turn: Turn) -> dict[str, Any]:
    """The photo's MediaId and URL, as the channel gave them."""
    sent = channel_evidence(turn)
    return {"kind": sent.get("kind") or "image", "media_id": sent.get("media_id"), "url": sent.get("pic_url")}


# a question that follows up what was just said or filed ("那没备案的还能补吗", "刚才问的 我妈能直接去法院告村委会
# 吗？", "我不是要再登记 就是问一下能不能告"): answered, never the story of a new matter
_FOLLOW_UP = re.compile(
    r"^(?:那(?![个家边天年时里儿些位])|那么|刚才|刚刚|再问|还想问|还有个问题|对了|哦对了)|我不是要(?:再)?(?:登记|投诉|反映)"
    r"|就是问|只是问|就问问"
)


def _follow_up_question(turn: Turn, clean: str, question: QuestionKind | None) -> bool:
    # what asks is `question_detect`'s one reading ("那没备案的还能补吗", "那以后呢", "那还能补不")
    return question is not None and bool(_FOLLOW_UP.search(clean)) and not turn.slots.get("issue_text")


def _read_issue_text(turn: Turn, clean: str, result: TurnResult, question: QuestionKind | None) -> None:
    current = turn.slots.get("issue_text")
    if question is not None and len(clean) < 2 * MIN_STORY_CHARS:
        return  # "要收费吗？" asked while the matter is asked for is a question, not the matter
    if _follow_up_question(turn, clean, question) and not asked(turn, "issue_text"):
        return
    if announces_only(clean) and not turn.correcting:
        return  # "同志 我想问个事": the matter is still to come
    if asked(turn, "issue_text"):
        if turn.intent not in NOT_FREE_TEXT_INTENTS or turn.correcting:
            result.set("issue_text", turn.text.strip())
    elif not current and turn.intent in ("tell_problem", "inform") and len(clean) >= MIN_STORY_CHARS:
        result.set("issue_text", turn.text.strip())


def _no_story_in_details(turn: Turn, clean: str, result: TurnResult, gazetteer) -> None:
    """ "俺在河南省信阳市光山县" gives the place, not the matter: the story is still to be told."""
    if "issue_text" not in result.updates or turn.slots.get("issue_text") or turn.correcting:
        return
    when = safe_occurred_at(clean, turn)
    if says_only_where_or_when(clean, gazetteer, when.text if when else None):
        del result.updates["issue_text"]


def _read_simple_details(turn: Turn, clean: str, result: TurnResult) -> None:
    when = safe_occurred_at(clean, turn)
    if when:
        known = turn.slots.get("occurred_at")
        # a day within the known month, a month within the year the story said ("今年"), or a date told
        # after the story only said "一个多月了"
        refines = _refines(turn, known, when) or vague_period.replaces_estimate(
            turn.slots.get("issue_text"), known, when, turn.now
        )
        offer(turn, result, "occurred_at", when.normalized, refines=refines)
    elif asked(turn, "occurred_at") and (vague := vague_period.read_vague_period(clean, turn.now)):
        result.set("occurred_at", vague.normalized)  # "这几个月": the stretch up to today
    elif asked(turn, "occurred_at") and (DONT_KNOW.search(clean) or vague_period.says_no_time(clean)):
        result.set("occurred_at", NOT_PROVIDED)  # "没有", "一直都这样": no date to give

    status = turn_answers.read_legal_status(turn, clean)
    if status:
        offer(turn, result, "legal_status", status)


def safe_occurred_at(clean: str, turn: Turn):
    """The time parser on this message, or None if it fails on it ("祖宅至今已有210年历史")."""
    try:
        found = occurred_at.extract_occurred_at(clean, turn.now)
    except Exception as exc:  # noqa: BLE001 - a time we cannot read is a time not given
        log.error("time parser failed: %s", type(exc).__name__)
        return None
    door = found and address.is_door_number(clean, found.text, address_asked=asked(turn, "address"))
    return None if door else found  # "红旗路18号" ("18号" at the address question) is a door, not a date


def _refines(turn: Turn, known: Any, found: occurred_at.OccurredAt) -> bool:
    """A narrower time inside the known one: 2025 → 2025-03 → 2025-03-15, or "今年" (up to today) → 2026-03.
    Not at the earlier-report question, where a time dates the report ("十月份找过村里")."""
    span = occurred_at.span_of(known) if isinstance(known, str) else None
    if span is None or asked(turn, "prior_report"):
        return False
    return span[0] <= found.start and found.end <= span[1] and (found.start, found.end) != span


def _is_other_detail(turn: Turn, clean: str) -> bool:
    """A short answer that is plainly a time, a phone or a court status ("前年8月份") is no free-text answer."""
    when = safe_occurred_at(clean, turn)
    if when and len(when.text) * 2 >= len(clean):
        return True
    return bool(phone.extract_phone(clean)) or (
        len(clean) <= 12 and legal_status.detect_legal_status(clean) is not None
    )


def _read_free_text_answers(turn: Turn, reading: str, clean: str, result: TurnResult) -> None:
    # an answer the classifier took for small talk ("金牛区的韵达快递网点") is still an answer, unless it asks
    as_small_talk = (
        turn.intent == "out_of_scope"
        and (bool(ANSWERISH.search(clean)) or names_a_thing(clean))
        and detect_question(clean) is None
    )
    free_text_ok = (
        (turn.intent not in NOT_FREE_TEXT_INTENTS or as_small_talk) and not _is_other_detail(turn, clean)
    ) or bool(turn.correcting)
    told = reading_text(turn.text, NOT_NEGATION)  # earlier reports read their own denials ("没找过")
    report = read_prior_report(turn, reading, told, free_text_ok, result)
    if asked(turn, "respondent") and names_only_a_place(clean):
        return  # "济南高新区啊 舜华路街道" at the respondent question says where, not who: asked again
    read_respondent(turn, reading, clean, report, free_text_ok, result)


def _read_id_number(turn: Turn, clean: str, result: TurnResult) -> None:
    number = id_number.extract_id_number(clean)
    if number:
        result.set("id_number", id_number.mask_id_number(number))
        result.set("id_number_encrypted", encrypt_id_number(number))
    elif id_number.looks_like_id_attempt(clean) and not phone.extract_phone(clean):
        result.say("身份证号好像有一位不对，校验没通过。身份证号不是必填的，不提供也能登记。")


def is_generic_reprompt(note: Note | str) -> bool:
    """A note that only says the question was not answered (or what was taken instead)."""
    if isinstance(note, Note):
        return note.kind is NoteKind.REPROMPT
    return note in GENERIC_REPROMPTS or (note.startswith("好的，") and note.endswith("我记下了。"))
