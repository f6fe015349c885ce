"""The phone read by the question asked: the digits are the answer wherever they stand ("电话留一个吧 15973612098"
is no skip), "白天打，晚上别打" is kept beside them, a number in pieces is put together, and a refusal is kept
with the other ways to reach the citizen.
"""

from __future__ import annotations

import re

from actions import contact_offers
from actions.correction_contacts import with_second_number
from actions.intake_turn import Note, NoteKind, Turn, TurnResult, asked, offer
from actions.name_answers import introduces_self
from actions.slots import NOT_PROVIDED
from bot.domain.text import normalize_for_parsing
from bot.parsing import contact_note, phone

SKIPPED_PHONE = Note(response="utter_skipped_phone", kind=NoteKind.SKIPPED)
# "电话也别打 家里人会接到", "千万别往我家打电话", "不要联系我": no call at all, whoever would answer (a time not to
# call, "晚上别打", with no 电话 named, is a note beside a number, not a refusal)
_NO_CALL = (
    r"(?:电话|手机)(?:也|就|都|千万|可)?(?:别|不要|甭|莫|不用)(?:给我|往我家?|往家里?|跟我)?(?:打|拨|来)"
    r"(?!太|得|早|晚|之前|以前|白天|上午|下午|中午)"  # "电话别打太早": when to call, not whether
    r"|(?:别|不要|甭|莫|不用)(?:给我|往我家?|往家里?|给家里)?(?:打|来|拨)(?:我|俺)?的?(?:电话|手机)"
    r"|(?:别|不要|甭|莫)(?:打电话)?(?:联系|打扰)(?:我|俺)"
)
# "没有手机", "电话就不留了吧", "不方便留", "按呢电话也免了" (Minnan: then no phone either)
PHONE_REFUSAL = re.compile(
    _NO_CALL
    + r"|没有?(?:手机|电话)|不用手机|(?:不|没法|不想|不方便|不愿意?|不用)留|不留|不给|不想给|不方便|算了|不用了|不要了|保密"
    r"|免了|^免[吧啦]?[。.!！~]*$|^(?:没有|没|无|没得|冇)[。.!！~]*$"
)
# the phone plainly declined, whatever else the message asks ("手机号也不留了 怕被骚扰")
PHONE_DECLINED = re.compile(
    _NO_CALL
    + r"|(?:不|没法|不想|不方便|不愿意?|不用|别)留|不给|不想给|免了|^(?:我|俺)?没有?(?:手机|电话)(?![号吗么呢?？])"
)  # "没有电话 我不会用 是邻居的手机": none to give
# "算了 我还是留个名吧 我叫孔德亮": a change of mind, giving something after all, is no refusal
_NO_CALL_RE = re.compile(_NO_CALL)
# "电话别打 发短信可以吗": no call, but a text message, which needs the number
_TEXT_INSTEAD_RE = re.compile(r"短信|发信息|发消息")
GIVES_AFTER_ALL = re.compile(r"还是(?:留|给|说)|那就(?:留|给)|(?:可以|愿意)留")
PHONE_INCOMPLETE = "这个号码好像不完整。手机号是11位；座机请带区号，比如 020-87654321。"


def refuses_phone(reading: str, *, declined_only: bool = False) -> bool:
    """The phone question answered with a refusal; `declined_only`: a plain one ("也不留了"), which a question in
    the same message ("怕被骚扰") does not undo."""
    refusal = PHONE_DECLINED if declined_only else PHONE_REFUSAL
    reading = normalize_for_parsing(reading)  # "電話也不要打來": read as simplified
    no_call = bool(_NO_CALL_RE.search(reading)) and not _TEXT_INSTEAD_RE.search(reading)
    return (
        (bool(refusal.search(reading)) or no_call)
        and not GIVES_AFTER_ALL.search(reading)
        and not introduces_self(reading)
    )


def read_phone(turn: Turn, reading: str, text: str, result: TurnResult) -> None:
    number = phone.extract_own_phone(reading)  # "老板的电话是…" in a story is not the citizen's
    if not number and asked(turn, "phone"):
        number = phone.phone_from_pieces(turn.said_before, reading)  # "13925", "180", "667"
    if not number and asked(turn, "phone") and turn.phone_said_earlier:
        number = turn.phone_said_earlier  # "就是刚才那个电话"
    if number:  # "打我舅舅的吧 139…" after another number: this one is to be called
        offer(turn, result, "phone", number, refines=phone.says_call_this_number(reading))
    elif (
        asked(turn, "phone")
        and (phone.looks_like_phone_attempt(reading) or phone.is_phone_piece(reading))
        and not contact_offers.offers_instead_of_phone(turn, reading)  # an ID number is no broken phone
    ):
        result.say(PHONE_INCOMPLETE)
    elif (
        asked(turn, "phone")
        and (refuses_phone(reading) or (turn.intent == "deny" and not introduces_self(reading)))
        and not (_NO_CALL_RE.search(reading) and _TEXT_INSTEAD_RE.search(text))
    ):  # "电话别打 发短信可以吗"
        result.set("phone", NOT_PROVIDED)
        contact_offers.say_other_ways(turn, text, result, phone_given=False, refused=True)  # "能不能留邮箱 …"
        result.notes.append(SKIPPED_PHONE)
        note = contact_note.extract_contact_note(text)
        if note:
            result.set("contact_note", note)
        return
    contact_offers.say_other_ways(turn, text, result, phone_given=bool(number), refused=False)
    if number or asked(turn, "phone"):
        # when and how to call is kept word for word: for some citizens a call at the wrong hour is a danger
        note = contact_note.extract_contact_note(text)
        if number and asked(turn, "phone"):  # "座机…，手机号是133…": both kept
            note = with_second_number(note, reading, number)
        if note:
            result.set("contact_note", note)
