"""Answers read by the question asked: the name, the phone (with when to call), the address and the head count.

Asked for the name, "那我还是留吧，王建军" is a name and "本人是农民工" is not; asked for the phone, the digits
are the answer wherever they stand ("电话留一个吧 15973612098" is no skip) and "白天打，晚上别打" is kept
beside them; asked how many people, "就我家" and "几十户" are kept as said. Outside its question a name is
read only from a plain self-introduction.
"""

from __future__ import annotations

import re

from actions import contact_offers, services
from actions.correction_contacts import with_second_number
from actions.intake_turn import Note, NoteKind, Turn, TurnResult, asked, offer
from actions.not_known import DONT_KNOW, detail_not_known
from actions.question_detect import detect_question
from actions.slots import NOT_PROVIDED
from actions.turn_context import NOT_NEGATION, reading_text
from bot.domain import text as textutil
from bot.parsing import (
    contact_note,
    id_number,
    legal_status,
    minority_names,
    name,
    name_answer,
    name_given,
    people,
    people_alone,
    phone,
    prior_report,
    respondent_answer,
)
from bot.parsing.address import address_below_place, read_address_answer, under_the_place

SELF_INTRO = re.compile(r"我叫|俺叫|我的名字|(?:我|俺)名字|(?:我|俺)姓|名字叫|名字是|姓名|本人叫|叫我|免贵姓")
# "我是她女儿 叫李秋菊", said at another question: the writer's relation to the person concerned, then the name
RELATIVE_THEN_NAME = re.compile(
    r"^(?:我是|本人是|俺是)(?:他|她|他们|俺|我)?的?(?:女儿|儿子|闺女|家属|孙子|孙女|老伴|爱人|妻子|丈夫|老婆|老公|"
    r"亲戚|侄子|侄女|外甥|外甥女|媳妇|女婿|儿媳|哥哥|姐姐|弟弟|妹妹)[,，\s]*(?:我)?(?:叫|名叫|名字叫|名字是|姓名是?)"
)
# "我叫彭亮 身份证4301…": the label of another detail ends the name
OTHER_DETAIL_LABEL = re.compile(r"\s*(?:身份证(?:号码|号)?|电话(?:号码)?|手机(?:号码|号)?|联系方式)[:：]?\s*")
SKIPPED_NAME = Note(response="utter_skipped_name", kind=NoteKind.SKIPPED)
SKIPPED_PHONE = Note(response="utter_skipped_phone", kind=NoteKind.SKIPPED)
SKIPPED_ADDRESS = Note(response="utter_skipped_address", kind=NoteKind.SKIPPED)
WHY_ADDRESS = Note(response="utter_why_address", kind=NoteKind.ANSWER)
ROLE_NOTE = "好的，您是{}，我知道了。请问怎么称呼您？说个姓也行，比如“姓王”；不想留名就说“跳过”。"
# "没有手机", "电话就不留了吧", "不方便留", "按呢电话也免了" (Minnan: then no phone either)
PHONE_REFUSAL = re.compile(
    r"没有?(?:手机|电话)|不用手机|(?:不|没法|不想|不方便|不愿意?|不用)留|不留|不给|不想给|不方便|算了|不用了|不要了|保密"
    r"|免了|^免[吧啦]?[。.!！~]*$|^(?:没有|没|无|没得|冇)[。.!！~]*$"
)
# the phone plainly declined, whatever else the message asks ("手机号也不留了 怕被骚扰")
PHONE_DECLINED = re.compile(
    r"(?:不|没法|不想|不方便|不愿意?|不用|别)留|不给|不想给|免了|^(?:我|俺)?没有?(?:手机|电话)(?![号吗么呢?？])"
)  # "没有电话 我不会用 是邻居的手机": none to give
# "算了 我还是留个名吧 我叫孔德亮": a change of mind, giving something after all, is no refusal
GIVES_AFTER_ALL = re.compile(r"还是(?:留|给|说)|那就(?:留|给)|(?:可以|愿意)留")
NAME_KEPT = "您的名字“{}”已经记下了。"
SURNAME_ALONE_CJK = 6  # "免贵姓欧阳": a message that only gives the surname
NAME_AGAIN_CJK = 6  # what a message that only says the name again may add ("我前面说了")
PHONE_INCOMPLETE = "这个号码好像不完整。手机号是11位；座机请带区号，比如 020-87654321。"
LEADING_NO = re.compile(r"(?:还没有|还没|没有|没呢|没得|冇得|冇|都没有|没|木有|莫得|唔系)(?=[\s,，。!！]|$)")


def carries_answer(turn: Turn, reading: str) -> bool:
    """Whether a message the classifier took for a skip still gives what was asked ("电话留一个吧 159…")."""
    requested = turn.correcting or turn.requested_slot
    if requested == "phone":
        return (
            phone.extract_phone(reading) is not None
            or refuses_phone(reading, declined_only=True)
            or bool(turn.phone_said_earlier)  # "就是刚才那个电话"
        )
    if requested == "petitioner_name":
        return name_answer.read_name_answer(reading).name is not None
    if requested == "people_count":
        return people.extract_people_count(reading) is not None
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
    if status is None and asked(turn, "legal_status") and (turn.intent == "deny" or LEADING_NO.match(clean)):
        status = "none"  # "还没有，准备去法院告": not yet
    if status is None and tells_nobody_yet(turn, clean):
        status = "none"
    if status is None and asked(turn, "legal_status") and legal_status.names_procedure(clean):
        status = "none"  # only meant or asked: "想起诉但是没钱" is not (yet) in court
    if status == "none" and not asked(turn, "legal_status") and not legal_status.names_procedure(clean):
        status = None  # "没有" to the earlier-report question says nothing about a lawsuit
    return status


def name_kept_back(turn: Turn, result: TurnResult) -> None:
    """The name refused, in words or with the skip button: the address is not asked either, since it serves only
    the written notice, which needs a name too (第23条)."""
    result.set("petitioner_name", NOT_PROVIDED)
    result.notes.append(SKIPPED_NAME)
    if turn.slots.get("address") in (None, ""):
        result.set("address", NOT_PROVIDED)


def read_name(turn: Turn, reading: str, result: TurnResult) -> None:
    if asked(turn, "petitioner_name"):
        answer = name_answer.read_name_answer(reading)
        if answer.name:
            result.set("petitioner_name", answer.name)
        elif answer.refused:
            name_kept_back(turn, result)
        elif answer.role:
            result.say(ROLE_NOTE.format(answer.role))
        return
    paired = name_given.name_beside_phone(reading)
    if paired:  # "杨春梅 电话13888061742" at the address question: the name and phone, as a pair
        offer(turn, result, "petitioner_name", paired)
        return
    alone = name_answer.name_said_alone(reading, turn.requested_slot)
    told_of = " ".join(
        str(turn.slots.get(slot) or "") for slot in ("respondent", "issue_text", "prior_report")
    )
    if alone and alone not in told_of and turn.slots.get("petitioner_name") in (None, "", NOT_PROVIDED):
        # "郝金花" at the court or phone question: the name, ahead (not "张志明", the party just named again)
        offer(turn, result, "petitioner_name", alone)
        return
    names_a_place_or_party = any(asked(turn, slot) for slot in ("respondent", "address", "location"))
    filled = (
        None if names_a_place_or_party else name_answer.fills_out(turn.slots.get("petitioner_name"), reading)
    )
    if filled:  # "李" at the name question, then "名字写全 李满仓" at the next one
        offer(turn, result, "petitioner_name", filled, refines=True)
        return
    signed = None if names_a_place_or_party else name_given.signed_name(reading)
    if signed:  # "此致 敬礼！ 钟丽萍 2026年12月5日": the letter's signature
        offer(turn, result, "petitioner_name", signed)
        return
    if SELF_INTRO.search(reading) or re.search(r"(?:^|[,，。\s])(?:我是|俺是|本人)", reading):
        person = name.extract_name(OTHER_DETAIL_LABEL.sub("，", reading))
        if not person and RELATIVE_THEN_NAME.match(reading):
            # "我是她女儿 叫李秋菊": who they are, then the name
            person = name_answer.read_name_answer(reading).name
        if person:  # "我叫其其格" after "巴特尔 其其格": the part that is her name
            narrows = minority_names.narrows(turn.slots.get("petitioner_name"), person)
            offer(turn, result, "petitioner_name", person, refines=narrows)
            return
    known = turn.slots.get("petitioner_name")
    surname = None if names_a_place_or_party else name_answer.own_surname(reading)
    # "俺姓陈" after the name was skipped, or as a whole message at another question (a story's "我姓王，…" is not:
    # the name question still comes, and the whole name with it)
    if surname and (
        known == NOT_PROVIDED or (not known and textutil.cjk_count(reading) <= SURNAME_ALONE_CJK)
    ):
        offer(turn, result, "petitioner_name", surname)
        return
    if known not in (None, "", NOT_PROVIDED) and len(known) >= 2 and known in reading.replace(" ", ""):
        result.restated.add("petitioner_name")  # "阿不都热合曼 我前面 说了": the name again, no more story
        if textutil.cjk_count(reading) - len(known) <= NAME_AGAIN_CJK:
            result.say(NAME_KEPT.format(known))


def refuses_phone(reading: str, *, declined_only: bool = False) -> bool:
    """The phone question answered with a refusal; `declined_only`: a plain one ("也不留了"), which a question in
    the same message ("怕被骚扰") does not undo."""
    refusal = PHONE_DECLINED if declined_only else PHONE_REFUSAL
    return (
        bool(refusal.search(reading)) and not GIVES_AFTER_ALL.search(reading) and not introduces_self(reading)
    )


def introduces_self(reading: str) -> bool:
    """ "我叫张留柱", "俺是她儿子 我叫张留柱": the citizen says who they are, by name."""
    if RELATIVE_THEN_NAME.match(reading):
        return name_answer.read_name_answer(reading).name is not None
    return (
        bool(SELF_INTRO.search(reading))
        and name.extract_name(OTHER_DETAIL_LABEL.sub("，", reading)) is not None
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
    elif asked(turn, "phone") and (
        refuses_phone(reading) or (turn.intent == "deny" and not introduces_self(reading))
    ):
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
    else:
        result.set("address", answer.address)


def read_people_in_words(turn: Turn, reading: str, result: TurnResult) -> None:
    """Last of the readers: asked how many people, an answer that said nothing else is kept as said
    ("临街的住户", "沿河三个村", "全校学生"): staff read the words, the citizen is not asked again."""
    if (
        asked(turn, "people_count")
        and "people_count" not in result.updates
        and _plain_answer(turn, reading, result)
    ):
        result.set("people_count", reading.strip()[:HEAD_COUNT_AS_SAID])
