"""Another way to be reached, offered at the phone question: a WeChat id, an e-mail address, an ID number.

Each is answered plainly: what the office can use it for, and kept (a WeChat id or an address in the contact note,
an ID number masked and encrypted); none is ever stored as the phone, and none is dropped without a word. The
phone question stays open unless a phone was given or refused: staff call, and the progress check needs a phone
or the query code.
"""

from __future__ import annotations

import re

from actions.intake_turn import NoteKind, Turn, TurnResult, asked
from bot.domain import text as textutil
from bot.parsing import id_number, phone
from bot.parsing.contact_note import other_ways

KEPT_BESIDE_PHONE = "{ways} 也记在联系备注里了，工作人员需要时可以参考。"
KEPT_INSTEAD = "可以，{ways} 我记在联系备注里了，工作人员需要时可以参考。"
PHONE_STILL_ASKED = (
    "{ways} 我记在联系备注里了，工作人员需要时可以参考。不过工作人员一般是打电话联系，以后查进度也要用电话或"
    "登记后给的查询码。方便的话再留一个手机或座机（家里人的也行）；不方便就说“跳过”。"
)
ID_NOT_A_PHONE = (
    "身份证号没法用来联系您：工作人员要打电话联系您，以后查进度也要用电话或登记后给的查询码。"
    "方便的话留一个手机或座机；不想留就说“跳过”。"
)
# a way to be reached, said beside a refusal of something else: "打电话就行", "电话联系吧", "发短信就行"
WAY_TO_REACH = re.compile(
    r"(?:打|给我打|打我|来)电话(?:就行|就可以|就好|联系|吧|好了)?|电话联系(?:就行|吧|就好)?|(?:发)?短信(?:就行|吧|联系)"
)
# "电话别打 他会看我手机 发短信可以吗": asked whether a text message will do
ASKS_FOR_SMS = re.compile(
    r"短信(?:联系)?(?:可以|行|成)(?:吗|不|么|不行)?|(?:能不能|可不可以|能否)(?:只)?(?:发|用|回)短信|短信(?:行不行|可不可以)"
)
SMS_KEPT = "可以，“发短信联系”已经记在联系备注里了，工作人员联系您之前会看到，会按您说的方式来。"
# …with no number yet: a text message needs one too; no call is made if the note says so
SMS_NEEDS_NUMBER = (
    "可以发短信，不过短信也要发到一个手机号上。您留个号码，我在备注里写明“只发短信、不打电话”；"
    "不想留就说“跳过”，以后查进度用登记后给您的事项编号和查询码就行。"
)
ID_KEPT = "身份证号我记下了，会加密保存（{masked}），不会显示给别人。不过"


def offers_instead_of_phone(turn: Turn, clean: str) -> bool:
    """At the phone question, the message offers an ID number or another way to be reached ("身份证号…可以吗",
    "能不能留邮箱 …"): an answer to read, not a question about ID cards or e-mail to answer from the FAQ."""
    return asked(turn, "phone") and bool(other_ways(clean) or _offers_id(clean) or ASKS_FOR_SMS.search(clean))


def _offers_id(clean: str) -> bool:
    """An ID number (or what looks like one, checksum wrong) and no phone in the message."""
    return bool(id_number.extract_id_number(clean)) or (
        id_number.looks_like_id_attempt(clean) and not phone.extract_phone(clean)
    )


def say_other_ways(turn: Turn, text: str, result: TurnResult, *, phone_given: bool, refused: bool) -> None:
    """The word back for another way offered at (or beside) the phone: kept, and what it is good for."""
    if not asked(turn, "phone") and not phone_given:
        return
    ways = "、".join(other_ways(text))
    offered_id = asked(turn, "phone") and _offers_id(text)
    if asked(turn, "phone") and ASKS_FOR_SMS.search(textutil.normalize_for_parsing(text)):
        result.say(
            SMS_KEPT if phone_given else SMS_NEEDS_NUMBER, NoteKind.INFO if phone_given else NoteKind.ANSWER
        )
    if ways and phone_given:
        result.say(KEPT_BESIDE_PHONE.format(ways=ways))
    elif ways and refused:
        result.say(KEPT_INSTEAD.format(ways=ways), NoteKind.ANSWER)
    elif ways:
        result.say(PHONE_STILL_ASKED.format(ways=ways), NoteKind.ANSWER)
    elif offered_id and not phone_given and not refused:
        number = id_number.extract_id_number(text)
        kept = ID_KEPT.format(masked=id_number.mask_id_number(number)) if number else ""
        result.say(kept + ID_NOT_A_PHONE, NoteKind.ANSWER)
