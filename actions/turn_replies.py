"""What the intake says when a message answers nothing, something else, or could not be read."""

from __future__ import annotations

import re
from typing import Any

from actions.contact_offers import WAY_TO_REACH
from actions.intake_turn import Note, NoteKind, Turn, TurnResult
from actions.more_story import announces_only
from actions.pinyin import mixes_pinyin
from actions.question_again import answer_again
from actions.slots import NOT_PROVIDED, OPTIONAL_SLOTS, SLOT_LABELS
from bot.domain.text import normalize_for_parsing

OFF_TOPIC_NOTE = "这个我帮不上忙，我们先把登记做完。"
# "俺是她儿子 替她来问问", "我帮我妈反映的": who writes for whom, no failed answer
FOR_A_RELATIVE_NOTE = "好的，您替家里人来反映也行，我们接着登记。"
_FOR_A_RELATIVE = re.compile(
    r"(?:替|帮|代)(?:我|俺)?家?(?:她|他|老人家?|妈妈?|娘|爸爸?|爹|奶奶|爷爷|外婆|外公|老伴|家里人?|亲戚|父母|孩子|娃)"
    r"[^,，。!！?？]{0,3}(?:问|反映|说|登记|办|来)|"
    r"^(?:我|俺|本人)是(?:她|他|老人|病人)(?:的|家)?(?:儿子|女儿|闺女|孙子|孙女|老伴|爱人|家属|亲戚|侄子|侄女|外甥|媳妇|女婿|儿媳)"
    r"[,，\s]*(?:替|帮|代)?(?:她|他)?(?:来)?(?:问问?|反映|说|登记)?[吧啊呀的了\s]*$"
)
UNREAD_NOTE = "抱歉，这个回答我没太看懂。"
PINYIN_NOTE = "我看到您打了拼音，怕看错了耽误您的事。方便的话，请用汉字再说一遍。"
# "谢谢", "您好", "好的" mid-way are no failed answer: a warm word back, then the question once more
WARM_ACKS = {"thanks": "不客气。", "greet": "您好。", "affirm": "好的。"}
LISTENING_NOTE = "您说，我听着。"
GENERIC_REPROMPTS = (OFF_TOPIC_NOTE, UNREAD_NOTE, LISTENING_NOTE, *WARM_ACKS.values())
TAKEN_NOTE = "好的，{}我记下了。"
# "这个月 12月" at the court question: a detail said again, the same as on record; the question comes again
KNOWN_NOTE = "好的，{}您说过了，我记下了。"
# a second answer to the same question that still cannot be read: the question is let go, never asked a third time
LET_GO_NOTE = "这一项我先记为“未提供”，您刚才的原话工作人员在对话记录里都能看到。我们接着往下。"
# an honest "I cannot say", and where a free answer is to be had now (12348, the public legal service line)
UNANSWERED_QUESTION = (
    "您问的这个我这里答不准，不敢乱说。想先问个明白，可以打12348公共法律服务热线，免费咨询；"
    "登记以后，工作人员也能看到这段对话，会一并答复您。"
)
READ_FAILED = "抱歉，我这边处理出了点问题，您刚才说的我都记着，请再说一遍或换个说法。"
# at the summary, after an answer: the story is told, what is left is to confirm or correct it
CONFIRM_REMINDER = "上面整理的信息没问题的话，回复“对，提交”我就帮您登记；哪里不对，直接告诉我改成什么。"
THREAT_NOTE = "您着急的心情我理解。我们先把事情登记清楚，才能尽快转给管这件事的部门。"
# "我不想说名字" at the court question: that detail is kept back when it is asked, and this question stays open
LATER_DETAIL_NOTE = "好的，{}等问到的时候可以不留。"
_PERSONAL_DETAILS = (
    ("petitioner_name", re.compile(r"名字|姓名|真名|名儿")),
    ("phone", re.compile(r"电话|手机|号码")),
    ("address", re.compile(r"地址|住址|住哪")),
    ("id_number", re.compile(r"身份证")),
)


def conflict_note(turn: Turn, slot: str, value: Any) -> str:
    from actions.summary import display_value  # the summary's actions import the route model: loaded late

    label = SLOT_LABELS[slot]
    said, known = display_value(slot, value), display_value(slot, turn.slots.get(slot))
    return f"您刚才说的{label}是“{said}”，我之前记下的是“{known}”。要改的话，说“{label}改成……”就行。"


def reprompt_note(turn: Turn, result: TurnResult) -> Note:
    """Said before the form asks its question again, when the message did not answer it."""
    taken = [SLOT_LABELS[slot] for slot in SLOT_LABELS if slot in _new_values(turn, result)]
    if taken:  # it answered something else: say so, then the form asks its question again
        return Note(TAKEN_NOTE.format("、".join(taken)), NoteKind.REPROMPT)
    if result.conflicts:
        return Note(conflict_note(turn, *next(iter(result.conflicts.items()))), NoteKind.INFO)
    if known := [SLOT_LABELS[slot] for slot in SLOT_LABELS if slot in result.restated]:
        return Note(KNOWN_NOTE.format("、".join(known)), NoteKind.REPROMPT)
    if result.failed:
        return Note(READ_FAILED, NoteKind.PROBLEM)
    clean = normalize_for_parsing(turn.text)
    for_a_relative = bool(_FOR_A_RELATIVE.search(clean))
    # "俺是她儿子 替她来问问" once the matter is told: who writes, acknowledged; before it, the matter is awaited
    if announces_only(clean) and not (for_a_relative and turn.slots.get("issue_text")):
        return Note(LISTENING_NOTE, NoteKind.REPROMPT)  # "我还想问个事": the question is awaited
    if for_a_relative:
        return Note(FOR_A_RELATIVE_NOTE, NoteKind.REPROMPT)
    if mixes_pinyin(turn.text):  # "ju bao shou hui 受贿": asked for characters, never "帮不上忙"
        return Note(PINYIN_NOTE, NoteKind.REPROMPT)
    if turn.intent == "out_of_scope":
        return Note(OFF_TOPIC_NOTE, NoteKind.REPROMPT)
    if turn.intent in WARM_ACKS:
        return Note(WARM_ACKS[turn.intent], NoteKind.REPROMPT)
    # "你咋不回答我的问题嘛": the question asked before is answered now
    again = answer_again(turn.text, turn.asked_earlier, turn.slots.get("issue_text"))
    if again:
        return Note(again, NoteKind.ANSWER)
    return Note(UNREAD_NOTE, NoteKind.REPROMPT)


def unread_answers(events: list[dict[str, Any]], slot: str | None, not_answers: frozenset[str]) -> int:
    """How many earlier messages, sent while the question for `slot` was asked, left it empty.

    Counted from where the question was last asked after another one (or after `slot` was emptied); messages
    whose intent is in `not_answers` (questions, corrections, small talk) and the latest message don't count.
    """
    if not slot:
        return 0
    count, asked_now, counted = 0, None, []
    for event in events:
        kind = event.get("event")
        if kind == "slot" and event.get("name") == "requested_slot":
            if event.get("value") != asked_now:
                count = 0
            asked_now = event.get("value")
        elif kind == "slot" and event.get("name") == slot and event.get("value") is not None:
            count = 0
        elif kind == "user":
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            answers = asked_now == slot and intent not in not_answers
            count += answers
            counted.append(answers)
    return count - 1 if counted and counted[-1] else count


def with_reprompt(turn: Turn, result: TurnResult) -> TurnResult:
    """The question asked again when the message answered nothing, or let go after a second try."""
    requested = turn.correcting or turn.requested_slot
    if requested and requested not in result.updates and not result.notes:
        if _let_go(turn, requested, result):
            result.set(requested, NOT_PROVIDED)  # a third time would only try the citizen's patience
            result.say(LET_GO_NOTE)
        else:
            result.notes.append(reprompt_note(turn, result))
    return result


def _let_go(turn: Turn, requested: str, result: TurnResult) -> bool:
    """A second answer to an optional question that again says nothing readable lets the question go."""
    return (
        turn.unread_before >= 1
        and requested in OPTIONAL_SLOTS
        and not turn.correcting
        and not (_new_values(turn, result) or result.conflicts or result.failed)
        and turn.intent not in WARM_ACKS  # "好的", "谢谢" are no try at an answer
        and not announces_only(normalize_for_parsing(turn.text))  # nor is "我想问个事"
    )


def _new_values(turn: Turn, result: TurnResult) -> dict[str, Any]:
    """What the message changed: a place said again ("蜀山区的…站长") is nothing new."""
    return {slot: value for slot, value in result.updates.items() if turn.slots.get(slot) != value}


def skipped_detail_later(turn: Turn, clean: str) -> str | None:
    """ "我不想说名字" said as a skip while another question is asked: the note for that detail, which is kept back
    when its own question comes; None when the skip is of the question asked."""
    requested = turn.correcting or turn.requested_slot
    clean = WAY_TO_REACH.sub(
        " ", clean
    )  # "不留了 打电话就行": the phone is how to be reached, not what is refused
    for slot, words in _PERSONAL_DETAILS:
        found = words.search(clean)
        if found and _NOT_KNOWN_AFTER.match(clean, found.end()):
            continue  # "姓包的那个 名字不知道": someone else's name not known, never one's own refused
        if found:
            return None if slot == requested else LATER_DETAIL_NOTE.format(SLOT_LABELS[slot])
    return None


# one's own name is refused, never not known: "名字不知道", "电话也不清楚" speak of someone else's
_NOT_KNOWN_AFTER = re.compile(
    r"[\s,，]*(?:也|都|就|俺|我)?(?:不知道|不晓得|不清楚|不记得|记不住|记不清|没记住|不懂)"
)


# "不留", "都不写了": a refusal said again at the summary, where nothing is asked: the summary still waits
_REFUSED_AGAIN = re.compile(
    r"^(?:都|也|就|我|俺|那)?(?:不留|不想留|不用留|不要留|不写|不填|不说|不给)(?:了|啦|吧|呢|哈){0,2}$"
)
SUMMARY_REFUSAL = "好的，不留也没关系，事情照样登记。"
SUMMARY_UNREAD = "抱歉，我没太明白。"


def summary_unread_reply(text: str, reminder: str) -> str:
    """What a message the bot cannot read gets at the summary: never "说说遇到了什么问题", but the summary's
    question again (`reminder`), after a word for a refusal said again ("不留")."""
    clean = normalize_for_parsing(text or "").strip(" ,，。.!！")
    said = SUMMARY_REFUSAL if _REFUSED_AGAIN.match(clean) else SUMMARY_UNREAD
    return f"{said}{reminder}"
