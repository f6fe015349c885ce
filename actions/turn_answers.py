"""Answers read by the question asked: whether a skip still answers, the court status, the address and the head
count. Asked how many people, "就我家" and "几十户" are kept as said; "没有" is a court status only at its question.
The name is read in `actions.name_answers`, the phone in `actions.phone_answers`.
"""

from __future__ import annotations

import re

from actions import phone_answers, services
from actions.intake_turn import Note, NoteKind, Turn, TurnResult, asked, offer
from actions.name_answers import SELF_INTRO
from actions.not_known import DONT_KNOW, detail_not_known
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.same_as_before import says_name_as_before
from actions.slots import NOT_PROVIDED
from actions.turn_context import NOT_NEGATION, reading_text
from bot.domain import text as textutil
from bot.gazetteer import get_gazetteer
from bot.parsing import (
    id_number,
    legal_status,
    name_answer,
    occurred_at,
    people,
    people_alone,
    phone,
    prior_report,
    respondent_answer,
)
from bot.parsing.address import address_below_place, read_address_answer, under_the_place

SKIPPED_ADDRESS = Note(response="utter_skipped_address", kind=NoteKind.SKIPPED)
WHY_ADDRESS = Note(response="utter_why_address", kind=NoteKind.ANSWER)
LEADING_NO = re.compile(r"(?:还没有|还没|没有|没呢|没得|冇得|冇|都没有|没|木有|莫得|唔系)(?=[\s,，。!！]|$)")


def carries_answer(turn: Turn, reading: str) -> bool:
    """Whether a message the classifier took for a skip still gives what was asked ("电话留一个吧 159…")."""
    requested = turn.correcting or turn.requested_slot
    if requested == "phone":
        return (
            phone.extract_phone(reading) is not None
            or phone_answers.refuses_phone(reading, declined_only=True)
            or bool(turn.phone_said_earlier)  # "就是刚才那个电话"
        )
    if requested == "petitioner_name":  # "名字跟上次一样" points to the name given before
        return name_answer.read_name_answer(reading).name is not None or says_name_as_before(reading)
    if (
        requested == "people_count"
    ):  # "好多家都收到了 具体多少不清楚": the words count, only the number is not known
        return people.people_count_as_said(reading) is not None
    if requested == "address":
        answer = read_address_answer(reading)
        return answer is not None and not answer.refused
    if requested == "legal_status":  # "那玩意儿打啥官司啊 没有" asks nothing: it says no
        return read_legal_status(turn, textutil.normalize_for_parsing(reading)) is not None
    if requested == "respondent":  # "不知道归谁管 就是市政的下水道" names a party all the same
        # "陈淋子镇土地所 姓包的那个 名字不知道": who it is, without the name
        named = detail_not_known(reading) and respondent_answer.read_respondent_answer(reading)
        return respondent_answer.names_a_party(reading) or bool(named)
    if (
        requested == "location"
    ):  # "荷塘区吧 具体街道不晓得": the district is given, only the street is not known
        return services.gazetteer().resolve(textutil.normalize_for_parsing(reading)).status == "found"
    if requested == "occurred_at":  # "九月中下旬吧 几号记不得了": the month is given, only the day is not
        return occurred_at.extract_occurred_at(textutil.normalize_for_parsing(reading), turn.now) is not None
    if requested == "prior_report":  # "跟院长说过", "没有 这个没跟谁说过 怕报复", "我先问问12315" are no skip
        told = reading_text(turn.text, NOT_NEGATION)
        return prior_report.read_prior_report_answer(told) is not None or prior_report.is_plan(told)
    return False


# "还没找别人", "谁都没找过": the citizen has turned to nobody yet, a court or an arbitrator no more than anyone
NOBODY_YET = re.compile(
    r"没有?(?:去)?找(?:过)?(?:别人|别的人|谁|任何人|任何地方|任何部门|别的地方|其他地方)"
    r"|(?:谁|哪里|哪儿|哪|任何地方)(?:也|都)(?:没|未)(?:去|找|告|反映)"
)


def tells_nobody_yet(turn: Turn, clean: str) -> bool:
    """At the court question, the answer that nobody has been turned to yet ("业主群里在吵 还没找别人")."""
    return asked(turn, "legal_status") and NOBODY_YET.search(clean) is not None


def read_legal_status(turn: Turn, clean: str) -> str | None:
    """The court status a message gives; "没有" alone only when that is the question asked."""
    # the court status reads its own denials ("没起诉"), so only questions, threats and salutations go
    status = legal_status.detect_legal_status(reading_text(turn.text, NOT_NEGATION))
    if status not in (None, "none") and legal_status.detect_legal_status(turn.text) == "none":
        status = "none"  # "没有 要花钱不 告他们": the suit named is the question's topic, cut off from it
    if status is None and asked(turn, "legal_status") and (turn.intent == "deny" or LEADING_NO.match(clean)):
        status = "none"  # "还没有，准备去法院告": not yet
    if status is None and tells_nobody_yet(turn, clean):
        status = "none"
    if status is None and asked(turn, "legal_status") and legal_status.names_procedure(clean):
        status = "none"  # only meant or asked: "想起诉但是没钱" is not (yet) in court
    if status == "none" and not asked(turn, "legal_status") and not legal_status.names_procedure(clean):
        status = None  # "没有" to the earlier-report question says nothing about a lawsuit
    if status is None and no_beside_a_suing_question(turn, clean):
        status = "none"  # "没有 能直接告吗" at the time question: not in court (yet)
    return status


# questions about going to court: a bare no said before one is about the court
SUING_QUESTIONS = frozenset({QuestionKind.CAN_I_SUE, QuestionKind.SUIT_COST, QuestionKind.SUIT_TIME})
# questions a bare "没有" does not answer ("什么时候发生的？" "没有")
NO_IS_NO_ANSWER_TO = frozenset({"occurred_at", "category", "location"})


def no_beside_a_suing_question(turn: Turn, clean: str) -> bool:
    """ "没有 能直接告吗" at a question "没有" does not answer: the no is about a suit, which the question goes on to."""
    return (
        turn.requested_slot in NO_IS_NO_ANSWER_TO
        and not turn.correcting
        and LEADING_NO.fullmatch(clean.strip(" ,，。.!！~"))
        is not None  # nothing but the no beside the question
        and detect_question(turn.text or "") in SUING_QUESTIONS
    )


HEAD_COUNT_AS_SAID = 40  # characters of a head count kept in the citizen's words
# words that say who or how many ("临街的住户", "全校学生", "沿河三个村"); "烦死了" says neither
PEOPLE_WORDS = re.compile(
    r"户|家|村|组|楼|栋|单元|学生|员工|工人|住户|居民|业主|职工|老人|孩子|娃|乡亲|群众|邻居|们|大家|所有|整个|全"
    r"|的人|人都|都受|好多|很多|不少|一些|[0-9０-９一二两三四五六七八九十百千万几]"
)


def _plain_answer(turn: Turn, reading: str, result: TurnResult) -> bool:
    """A short statement that answers the question in words: no question, no phone, no other detail."""
    text = reading.strip()
    return (
        not result.updates  # a time, a place or a phone was read from it: it answered something else
        and not result.conflicts
        and 0 < len(text) <= HEAD_COUNT_AS_SAID
        and PEOPLE_WORDS.search(text) is not None
        and turn.intent not in ("deny", "skip", "affirm")
        and detect_question(text) is None
        and phone.extract_phone(text) is None
        and not id_number.looks_like_id_attempt(text)  # "我叫彭亮 身份证4301…" gives the name, not a count
        and not id_number.extract_id_number(text)
        and not SELF_INTRO.search(text)
        and prior_report.extract_prior_report(text) is None  # "找过镇里 没人管" is an earlier report
        and not re.search(r"[?？]", text)
    )


def read_people(turn: Turn, reading: str, result: TurnResult) -> None:
    if asked(turn, "people_count"):
        said = people.people_count_as_said(reading)
        if said:
            result.set("people_count", said)
        elif DONT_KNOW.search(reading) or people_alone.counts_nobody(reading):  # "不涉及": nothing to count
            result.set("people_count", NOT_PROVIDED)
        return
    said = people.count_told_ahead(reading)  # "顶楼的几户" names no number: asked later
    if said:
        offer(turn, result, "people_count", said)


def read_address(turn: Turn, text: str, result: TurnResult) -> None:
    """Only as the answer to the address question: elsewhere a place is where the matter happened."""
    if not asked(turn, "address"):
        return
    answer = read_address_answer(text)
    if answer is None:
        return  # "要地址干嘛？" is a question: read_turn answers it
    if answer.refused:
        result.set("address", NOT_PROVIDED)
        result.notes.append(SKIPPED_ADDRESS)
    elif answer.same_as_location and answer.address and turn.slots.get("location"):
        result.set("address", under_the_place(turn.slots["location"], answer.address))  # "同上 禾丰镇 下宅村"
    elif answer.same_as_location:  # the street and building told with the place are part of it
        location = turn.slots.get("location")
        result.set("address", address_below_place(location, turn.place_said) or location or NOT_PROVIDED)
    elif prior_report.extract_prior_report(text) and not _names_a_place(text):
        return  # "之前没找过别处 就是去乡里问过": the earlier report, never an address; the question waits
    else:
        result.set("address", answer.address)


# what an address has that an earlier report has not: a number, a building, a street, an estate
_ADDRESS_PART = re.compile(r"\d|[号栋幢室楼巷]|单元|小区|花园|苑|大厦|公寓|路|街(?!道办)")


def _names_a_place(text: str) -> bool:
    return bool(_ADDRESS_PART.search(text)) or bool(get_gazetteer().mentions(text))


def read_people_in_words(turn: Turn, reading: str, result: TurnResult) -> None:
    """Last of the readers: asked how many people, an answer that said nothing else is kept as said
    ("临街的住户", "沿河三个村", "全校学生"): staff read the words, the citizen is not asked again."""
    if (
        asked(turn, "people_count")
        and "people_count" not in result.updates
        and _plain_answer(turn, reading, result)
    ):
        result.set("people_count", reading.strip()[:HEAD_COUNT_AS_SAID])
