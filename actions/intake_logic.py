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

from actions import contact_offers, name_answers, phone_answers, refusals, turn_answers, turn_replies
from actions.answers_beside_question import details_beside_a_question
from actions.evidence import EVIDENCE_PREFIX, channel_evidence, evidence_item
from actions.frustration import frustration_answer
from actions.intake_details import read_free_text_answers, read_id_number, read_simple_details
from actions.intake_lookups import read_category, read_location
from actions.intake_turn import Note, NoteKind, Turn, TurnResult, asked
from actions.issue_reading import no_story_in_details, read_issue_text
from actions.matter_requests import matters_note, without_first_named
from actions.matter_split import (
    LATER_MATTER_NOTE,
    another_matter,
    answer_and_later_matter,
    first_story_matters,
    later_matter_updates,
    listed_matters_updates,
    listed_plan,
    without_clauses,
)
from actions.more_story import append_more_story
from actions.name_answers import SKIPPED_NAME
from actions.next_matter_story import retold_details
from actions.not_known import unaware_of_a_fact
from actions.phone_answers import SKIPPED_PHONE
from actions.question_again import answer_again, complains_unanswered
from actions.question_clauses import is_duty_guess
from actions.question_detect import (
    asks_at_the_office,
    asks_why_address,
    complains_why_not,
    detect_question,
    further_questions,
    question_clauses,
)
from actions.question_forms import STILL_HERE, asks_if_anyone_there, asks_the_bot
from actions.question_kinds import OWN_ANSWER_KINDS, QuestionKind
from actions.question_route import route_for_question
from actions.questions import answer_in_context, answered_aside, own_matter_answer
from actions.respondent_reading import name_the_organ, story_role
from actions.slots import (
    NON_ANSWER_INTENTS,
    NOT_PROVIDED,
    OPTIONAL_SLOTS,
    STRICT_ANSWER_SLOTS,
    WORDS_AS_SAID_SLOTS,
)
from actions.story_kind import story_kind
from actions.turn_answers import SKIPPED_ADDRESS, WHY_ADDRESS
from actions.turn_context import ALL_PARTS, Part, has_part, reading_text
from actions.turn_replies import GENERIC_REPROMPTS, THREAT_NOTE, UNANSWERED_QUESTION, with_reprompt
from actions.why_asked import why_we_ask
from bot.domain import text as textutil
from bot.parsing import address, phone

log = logging.getLogger(__name__)

# questions said at the end of a list of matters, about the citizen's own details: answered, never a matter's words
ASKED_BESIDE_A_LIST = frozenset({QuestionKind.ANONYMOUS, QuestionKind.CONFIDENTIALITY, QuestionKind.FEES})
SKIPPED_NOTES = {"petitioner_name": SKIPPED_NAME, "phone": SKIPPED_PHONE, "address": SKIPPED_ADDRESS}


def read_turn(turn: Turn, gazetteer, classify) -> TurnResult:
    """All slot updates one message brings. `classify` is bot.domain.category.classify_category."""
    if not turn.correcting:
        listed = first_story_matters(turn.text, turn.intent, turn.slots.get("issue_text"))
        asked = detect_question(turn.text) if listed else None
        if asked in ASKED_BESIDE_A_LIST:  # "…兰溪镇的 能不能匿名啊": no part of the last matter, and answered
            told = without_clauses(turn.text, question_clauses(turn.text))
            listed = first_story_matters(told, turn.intent, None) or listed
        if listed:  # "1.…加班费 2.…消防通道": the first is read now, the others wait, none is dropped
            result = read_turn(replace(turn, text=listed[0]), gazetteer, classify)
            result.updates.update(listed_matters_updates(listed))
            result.notes.insert(0, Note(text=listed_plan(listed), kind=NoteKind.INFO))
            if asked in ASKED_BESIDE_A_LIST:
                _answer(asked, result, turn)  # after the plan, once
            return result
    result = TurnResult()
    clean = textutil.normalize_for_parsing(turn.text or "")
    if turn.intent in NON_ANSWER_INTENTS and refusals.name_refused_with_fear(turn, clean):
        turn = replace(turn, intent="skip")  # "名字不说了 怕他找我麻烦": the refusal, and the fear answered
    # "电话别打 你们发短信行不行" at the phone question offers another way to be reached: read, not a privacy question
    if (
        turn.intent in NON_ANSWER_INTENTS
        and not turn.correcting
        and not contact_offers.offers_instead_of_phone(turn, clean)
    ):
        kind = detect_question(clean)
        if kind in OWN_ANSWER_KINDS:
            _answer(kind, result, turn)
        result.updates.update(
            details_beside_a_question(turn, lambda said: read_turn(said, gazetteer, classify))
        )
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

    if asks_if_anyone_there(clean):  # "有人吗" mid-way: here, and the question asked before once more
        result.notes.append(Note(text=STILL_HERE, kind=NoteKind.REPROMPT))
        return with_reprompt(turn, result)
    told = bool(turn.slots.get("issue_text")) and not turn.correcting  # another matter is one after this
    later = another_matter(turn.text) if told else None
    if later:  # "还有一件事 小区电梯也老坏": kept for after this case, never taken as this answer
        result.updates.update(later_matter_updates(turn.slots, later))
        result.say(LATER_MATTER_NOTE.format(later))
        return result
    about = matters_note(turn.text, turn.slots) if told else None
    if about:  # "那坡道的呢", "这是两件事啊" of matters already split: said, and the question asked again
        result.say(about)
        return result
    alone = without_first_named(turn.text or "", turn.slots.get("issue_text") or "") if told else turn.text
    if (
        alone != turn.text
    ):  # "先登补贴的 对象是历下区残联" while the subsidy is filed: the answer alone is read
        return read_turn(replace(turn, text=alone), gazetteer, classify)
    split = answer_and_later_matter(turn.text, turn.slots) if told else None
    if split:  # "没有 还有个事 村里低保…": the answer read, the other matter kept for after this case
        result = read_turn(replace(turn, text=split.answer), gazetteer, classify)
        result.updates.update(split.updates)
        result.notes.insert(0, Note(text=split.note, kind=NoteKind.INFO))
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
    guess = _guess_at_the_answer(turn, question)
    if question is None and unanswered:
        question = QuestionKind.OTHER  # the question asked before is answered again
    if grievance or guess:  # "养老金咋没到账": the matter told as a why, not a question to answer
        question = None
    # "我爸的养老金为啥这个月少了三百多 你们管不管": the why tells the matter, the other question is answered
    why_told = question not in (None, QuestionKind.OTHER) and any(
        complains_why_not(clause) for clause in question_clauses(turn.text)
    )
    reading = (
        reading_text(turn.text, ALL_PARTS - {Part.QUESTION})
        if grievance or offered or guess or why_told
        else reading_text(turn.text)
    )
    rclean = textutil.normalize_for_parsing(reading)  # half-width: "１３９ ００１３ ９０００" has words
    # "你还没回答我 能不能少罚", "能不能少罚点啊 我是真不知道过期了": a question, and no skip of what was asked
    asks_only = (
        question is not None
        and turn.intent == "skip"
        and (unanswered or unaware_of_a_fact(reading))
        and not turn_answers.carries_answer(turn, reading)
    )
    if not turn.correcting and asks_why_address(question, clean, turn.requested_slot):
        result.notes.append(WHY_ADDRESS)  # "要地址干嘛？": why it is asked, then the question again
    elif question is not None and (
        question is not QuestionKind.OTHER
        or not textutil.has_words(rclean)
        or answered_aside(turn.text, turn.slots.get("issue_text"))  # "能让他们上门认证吗" of a pension
        or own_matter_answer(question, turn.text, turn.slots.get("issue_text")) is not None  # "要不要告公司"
        or story_kind(question, turn.text, turn.slots.get("issue_text"))
        is not question  # "要全部同意吗" of a lift
        or asks_the_bot(clean, rclean)  # "没有 我问下临时工到底算不算工伤啊": the answer and a question
        or asks_at_the_office(clean)  # "我打了三次12345都无结果 你们又建议我找12345？"
        or unanswered  # "今年开春就弄了 你还没回答我 要多少人同意": always answered
        or asks_only
    ):
        _answer(question, result, turn)  # a rhetorical "为什么不给我们发工资" inside a story needs no reply
        for further in further_questions(turn.text, question):
            _answer(further, result, turn)
    if asks_only and turn.requested_slot in WORDS_AS_SAID_SLOTS and unaware_of_a_fact(reading):
        # "我哪晓得 不晓得那是过期的": the rest tells the story, no earlier report: the question is asked again
        return with_reprompt(turn, result)
    if asks_only:  # "上个月20号下的通知 你还没回答俺 …": no skip; a time, a place or a count in it is read
        turn = replace(turn, intent="inform")
    if turn.intent == "skip" and refusals.offers_phone(turn, clean):
        turn = replace(turn, intent="inform")  # "电话就留这个吧 177…" at another question gives the phone
    requested = turn.correcting or turn.requested_slot
    if turn.intent == "skip" and not turn_answers.carries_answer(turn, reading):
        if not refusals.skips_the_name(turn, clean) and (
            later := turn_replies.skipped_detail_later(turn, clean)
        ):
            result.say(later, NoteKind.REPROMPT)  # "我不想说名字" at another question skips only the name
        elif requested == "respondent" and story_role(turn):
            result.set(requested, story_role(turn))  # no name given: the role the story named is kept
        elif requested == "petitioner_name":
            name_answers.name_kept_back(turn, result)
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

    guarded(result, "issue_text", read_issue_text, turn, clean, result, None if why_told else question)
    guarded(result, "category", read_category, turn, rclean, result, classify)
    guarded(result, "location", read_location, turn, rclean, result, gazetteer)
    guarded(result, "details", read_simple_details, turn, rclean, result)
    guarded(result, "phone", phone_answers.read_phone, turn, rclean, turn.text, result)
    guarded(result, "people_count", turn_answers.read_people, turn, rclean, result)
    guarded(result, "free_text", read_free_text_answers, turn, reading, rclean, result)
    guarded(result, "respondent", name_the_organ, turn, result, gazetteer)
    guarded(result, "petitioner_name", refusals.read_name_or_refusal, turn, rclean, clean, result)
    guarded(result, "address", turn_answers.read_address, turn, reading, result)
    guarded(result, "address", _no_phone_for_an_address, turn, result)
    guarded(result, "people_count", turn_answers.read_people_in_words, turn, rclean, result)
    guarded(result, "id_number", read_id_number, turn, clean, result)
    guarded(result, "issue_text", no_story_in_details, turn, clean, result, gazetteer)

    append_more_story(turn, clean, result)
    # the next matter told again ("低保被停了 今年八月停的 潞城乡民政办停的"): who and when are taken too
    result.updates.update(retold_details(turn, result, lambda fresh: read_turn(fresh, gazetteer, classify)))
    with_reprompt(turn, result)
    return result


# "收钱的有四五户吧": an estimate said with 吧 and no question mark
_GUESS_END = re.compile(r"吧[\s~～。.!！]*$")


def _guess_at_the_answer(turn: Turn, question: QuestionKind | None) -> bool:
    """ "收钱的有四五户吧" at the head-count question: each clause that seemed to ask is a guess at the answer
    asked ("…吧", no question mark) and carries it; nothing is asked about fees."""
    if question is None or turn.correcting or turn.requested_slot not in STRICT_ANSWER_SLOTS:
        return False
    clauses = question_clauses(turn.text)
    return bool(clauses) and all(  # not "保险该是公司买的吧", which asks whose duty it is
        _GUESS_END.search(clause) and not is_duty_guess(clause) and turn_answers.carries_answer(turn, clause)
        for clause in clauses
    )


def _no_phone_for_an_address(turn: Turn, result: TurnResult) -> None:
    """ "就打这个号 136…" at the address question gives a phone: with the number taken out, no place and no door
    is left, so it is no address (the phone reader has the number)."""
    told = result.updates.get("address")
    number = phone.extract_phone(told) if asked(turn, "address") and isinstance(told, str) else None
    if not number:
        return
    rest = address.read_address_answer(told.replace(number, " ").strip(" ，,"))
    if rest is None or not (rest.place_named or re.search(r"\d", rest.address or "")):
        del result.updates["address"]


def guarded(result: TurnResult, reader: str, read: Callable[..., Any], *args: Any) -> None:
    """Runs one reader; if it raises, only its detail is lost. Logged by name and type, never with text."""
    try:
        read(*args)
    except Exception as exc:  # noqa: BLE001 - no message may crash the intake
        log.error("intake reader %s failed: %s", reader, type(exc).__name__)
        result.failed.append(reader)


def _answer(kind: QuestionKind, result: TurnResult, turn: Turn) -> None:
    # the story told before counts: "能保密吗" after a report of an official gets 第30条's plain yes; a matter
    # told with a question and held back counts too ("那到底能不能反悔啊" of a compensation agreement, lead-093)
    # and so does the story this very message tells ("…矿早就关了 老板也找不着了 这病谁给我管")
    story = turn.slots.get("issue_text") or turn.told_before or result.updates.get("issue_text") or None
    answer = answer_in_context(kind, turn.text, story=story, route=route_for_question(kind, turn.slots))
    if kind is QuestionKind.OTHER and asks_at_the_office(turn.text):
        answer = frustration_answer()  # "你们又建议我找12345？": what this office does, and when
    if kind is QuestionKind.OTHER and not answer:  # "你咋不回答我的问题嘛": the question asked before, now
        answer = answer_again(turn.text, turn.asked_earlier, story)
    if not answer and turn.said_earlier:  # "今年涨没涨" after "养老金咋没见涨" asked before the story
        answer = own_matter_answer(kind, turn.text, f"{turn.said_earlier}\n{story or ''}")
    if kind is QuestionKind.WHY_ASKED:  # "你问这个搞么子" at the category: why that is asked
        answer = why_we_ask(turn.correcting or turn.requested_slot, turn.text) or answer
    if answer and any(isinstance(n, Note) and n.text == answer for n in result.notes):
        return  # "这能打官司不 俺们损失谁赔": two clauses one answer covers, said once
    result.say(answer or UNANSWERED_QUESTION, NoteKind.ANSWER if answer else NoteKind.INFO)


def is_generic_reprompt(note: Note | str) -> bool:
    """A note that only says the question was not answered (or what was taken instead)."""
    if isinstance(note, Note):
        return note.kind is NoteKind.REPROMPT
    return note in GENERIC_REPROMPTS or (note.startswith("好的，") and note.endswith("我记下了。"))
