"""A name refused together with more: "不留名 也不留电话 我怕", "名字不留了 电话也不留", "跳过 电话可以留 151…",
and a refusal typed in pinyin ("bu liu ming zi").

Said once, each refusal holds: the phone refused beside the name is not asked for again, and a phone given beside
the refused name is kept. The name question's own reading stays in `actions.name_answers.read_name`.
"""

from __future__ import annotations

import re

from actions import name_answers, phone_answers
from actions.intake_turn import Turn, TurnResult, asked
from actions.question_detect import asks, question_clauses, without_questions
from actions.same_as_before import read_name_as_before
from actions.slots import NOT_PROVIDED
from bot.parsing import phone
from bot.parsing.name_answer import read_name_answer

# the phone named in a clause of its own ("也不留电话", "电话也不留"): a name refusal beside it says nothing of it
_PHONE_WORDS = re.compile(r"电话|手机|号码|联系方式")
_CLAUSES = re.compile(r"[^\s,，。.;；!！?？]+")
# "bu liu ming zi", "buliumingzi", "ni ming", "bu xiang shuo ming zi": a refusal typed without characters
_PINYIN_REFUSAL = re.compile(
    r"^(?:wo\s*)?(?:bu|bie|mei)\s*(?:liu|shuo|xie|gei|yao|xiang\s*(?:liu|shuo|xie|gei))\s*"
    r"(?:ming\s*zi|xing\s*ming|ming|zhen\s*ming)(?:\s*(?:le|la|ba|a))?$|^ni\s*ming(?:\s*(?:ba|a))?$",
    re.IGNORECASE,
)


def refuses_in_pinyin(text: str) -> bool:
    """ "bu liu ming zi": the name refused in pinyin, never a name."""
    return _PINYIN_REFUSAL.match((text or "").strip()) is not None


def read_name_or_refusal(turn: Turn, reading: str, clean: str, result: TurnResult) -> None:
    """The name question's answer, with a pinyin refusal and what the refusal says of the phone."""
    if asked(turn, "petitioner_name") and refuses_in_pinyin(clean):
        name_answers.name_kept_back(turn, result)
        return
    if read_name_as_before(turn, clean, result):  # "名字跟上次一样"
        return
    name_answers.read_name(turn, reading, result)
    if result.updates.get("petitioner_name") == NOT_PROVIDED:
        read_beside_refusal(turn, clean, result)


def skips_the_name(turn: Turn, clean: str) -> bool:
    """A skip at the name question that names the phone too ("不留名 也不留电话", "跳过 电话可以留 151…") still
    skips the name: the phone it speaks of is read beside it, not left for later."""
    requested = turn.correcting or turn.requested_slot
    return (
        requested == "petitioner_name"
        and read_name_answer(clean).refused
        and not read_name_answer(clean).name
    )


# the questions whose own reading takes the message (an address may hold digits)
_OWN_READING = frozenset({"address", "phone"})


def offers_phone(turn: Turn, clean: str) -> bool:
    """ "电话就留这个吧 177…" taken for a skip while another question is asked: a number given is no refusal, and
    the message is read as the phone said ahead (a phone refused in it is still a refusal)."""
    requested = turn.correcting or turn.requested_slot
    if (
        requested in _OWN_READING
        or turn.slots.get("phone") not in (None, "")
        or not phone.extract_phone(clean)
    ):
        return False
    if skips_the_name(turn, clean):  # "不留名 电话151…": the name's skip keeps the phone beside it
        return False
    clauses = [c for c in _CLAUSES.findall(clean) if _PHONE_WORDS.search(c)]
    return not any(phone_answers.refuses_phone(c, declined_only=True) for c in clauses)


def name_refused_with_fear(turn: Turn, clean: str) -> bool:
    """ "名字不说了 怕他找我麻烦" at the name question, read as a question about privacy: the name is refused in a
    clause of its own (not asked whether it may be: "能不能不留名字"). A real question beside the refusal ("名字不留
    你们会不会告诉村里是谁举报的") is answered first and the name asked again: the answer may change the mind."""
    return (
        not turn.correcting
        and skips_the_name(turn, without_questions(clean))
        and not any(asks(clause) for clause in question_clauses(clean))
    )


def read_beside_refusal(turn: Turn, clean: str, result: TurnResult) -> None:
    """With the name refused: a phone given beside it is kept, a phone refused beside it is not asked for."""
    if turn.slots.get("phone") not in (None, ""):
        return
    number = phone.extract_phone(clean)
    if number:
        result.set("phone", number)
        return
    refused = [c for c in _CLAUSES.findall(clean) if _PHONE_WORDS.search(c)]
    if any(phone_answers.refuses_phone(c, declined_only=True) for c in refused):
        result.set("phone", NOT_PROVIDED)
        result.notes.append(phone_answers.SKIPPED_PHONE)
