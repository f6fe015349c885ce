"""The name read by the question asked: "那我还是留吧，王建军" is a name at the name question and "本人是农民工" is not;
outside its question a name is read only from a plain self-introduction, a name beside a phone or a letter's
signature; a refusal keeps the name (and the address, which serves only the written notice) back.
"""

from __future__ import annotations

import re

from actions.correction_kin import kin_called
from actions.intake_turn import Note, NoteKind, Turn, TurnResult, asked, offer
from actions.slots import NOT_PROVIDED
from bot.domain import text as textutil
from bot.parsing import minority_names, name, name_alone, name_answer, name_given

SELF_INTRO = re.compile(r"我叫|俺叫|我的名字|(?:我|俺)名字|(?:我|俺)姓|名字叫|名字是|姓名|本人叫|叫我|免贵姓")
# "我是她女儿 叫李秋菊", said at another question: the writer's relation to the person concerned, then the name
RELATIVE_THEN_NAME = re.compile(
    r"^(?:我是|本人是|俺是)(?:他|她|他们|俺|我)?的?(?:女儿|儿子|闺女|家属|孙子|孙女|老伴|爱人|妻子|丈夫|老婆|老公|"
    r"亲戚|侄子|侄女|外甥|外甥女|媳妇|女婿|儿媳|哥哥|姐姐|弟弟|妹妹)[,，\s]*(?:我)?(?:叫|名叫|名字叫|名字是|姓名是?)"
)
# "我叫彭亮 身份证4301…": the label of another detail ends the name
OTHER_DETAIL_LABEL = re.compile(r"\s*(?:身份证(?:号码|号)?|电话(?:号码)?|手机(?:号码|号)?|联系方式)[:：]?\s*")
SKIPPED_NAME = Note(response="utter_skipped_name", kind=NoteKind.SKIPPED)
ROLE_NOTE = "好的，您是{}，我知道了。请问怎么称呼您？说个姓也行，比如“姓王”；不想留名就说“跳过”。"
NAME_KEPT = "您的名字“{}”已经记下了。"
KIN_NOTED = "好的，“{}”也记在反映的问题里了。"
SURNAME_ALONE_CJK = 6  # "免贵姓欧阳": a message that only gives the surname
NAME_AGAIN_CJK = 6
# how the name of a village or a hamlet ends ("周家庄", "李家湾", "王家坪")
_PLACE_ENDS = frozenset(
    "庄村屯寨岗岭坡湾桥沟河山湖塘港坪坝堡铺集店营街路巷里园洲圩墩垸"
)  # what a message that only says the name again may add ("我前面说了")


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
            kin_beside(turn, reading, answer.name, result)
        elif answer.refused:
            name_kept_back(turn, result)
        elif answer.role:
            result.say(ROLE_NOTE.format(answer.role))
        return
    paired = name_given.name_beside_phone(reading)
    if paired:  # "杨春梅 电话13888061742" at the address question: the name and phone, as a pair
        offer(turn, result, "petitioner_name", paired)
        return
    alone = name_alone.name_said_alone(reading, turn.requested_slot) or _name_for_a_place(
        turn, reading, result
    )
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


def _name_for_a_place(turn: Turn, reading: str, result: TurnResult) -> str | None:
    """ "周秀兰" alone at the place question, where it names no place: the name, said ahead (whole, and not
    ending as a village does: "周家庄", "李家湾" are places the gazetteer does not know)."""
    if not asked(turn, "location") or any(slot.startswith("location") for slot in result.updates):
        return None
    said = name_alone.only_a_name(reading)
    return said if said and said[-1] not in _PLACE_ENDS else None


def kin_beside(turn: Turn, reading: str, own: str, result: TurnResult) -> None:
    """ "我叫闫海涛 我爸叫闫春生": the relative the citizen writes for is named too; a clerk writes that name into
    the story, since no other detail holds it."""
    line = kin_called(reading, own)
    story = turn.slots.get("issue_text")
    if line and story and line not in story:
        result.set("issue_text", f"{story}\n{line}")
        result.say(KIN_NOTED.format(line))


def introduces_self(reading: str) -> bool:
    """ "我叫张留柱", "俺是她儿子 我叫张留柱": the citizen says who they are, by name."""
    if RELATIVE_THEN_NAME.match(reading):
        return name_answer.read_name_answer(reading).name is not None
    return (
        bool(SELF_INTRO.search(reading))
        and name.extract_name(OTHER_DETAIL_LABEL.sub("，", reading)) is not None
    )
