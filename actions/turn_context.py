"""Which parts of a message may give details: not a letter's salutation, a threat, a denial or a question.

"尊敬的李书记" names the addressee, not the respondent; "再不解决我就去北京上访" sets no place; "不是北京" and
"不是今天的事" deny a value rather than give one; "要收费吗？" asks. Spans are found on the folded text
(half-width, simplified: one character for one) and cut from the text as written.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from actions.question_detect import is_question_clause
from actions.question_forms import ABOUT_ASKING, COMPLAINS_UNANSWERED, HEARSAY
from actions.voice_questions import question_start
from bot.domain.text import cjk_count, fold_keeping_offsets


class Part(Enum):
    SALUTATION = "salutation"
    THREAT = "threat"
    DENIAL = "denial"
    QUESTION = "question"


ALL_PARTS = frozenset(Part)
# what a detail with its own negation handling (court status, earlier reports) still must not read
NOT_NEGATION = frozenset({Part.SALUTATION, Part.THREAT, Part.QUESTION})

# "主任好" greets; "找过村主任好几回" does not
_TITLES = (
    r"书记|局长|市长|县长|区长|镇长|乡长|主任|领导|同志|部长|厅长|省长|处长|科长|所长|委员|代表|负责人|"
    r"工作人员|信访办|信访局|政府|老师"
)
# folk ways to call the one reading, only with a greeting: "老表你好", "师傅您好" (not "我大哥好不容易")
_FOLK_CALLS = r"老表|老乡|老铁|老哥|师傅|大哥|大姐|大叔|大爷|阿姨|小哥|小姐姐|美女|帅哥|亲"
_SALUTATION_RE = re.compile(
    rf"^\s*(?:(?:{_FOLK_CALLS})(?:们)?(?:你们好|您们好|您好|你好)|(?:你好|您好)(?:{_FOLK_CALLS})"
    rf"|(?:尊敬|敬爱|亲爱)的[^,，。:：!！\n]{{1,16}}?(?:(?:{_TITLES})(?:们)?(?:你们好|您们好|您好|你好|好(?![几多久些像]))?)?"
    rf"(?=[,，。:：!！\s]|$)"
    rf"|各位(?:{_TITLES})(?:们)?(?:你们好|您们好|您好|你好|好(?![几多久些像]))?"
    rf"|[^,，。:：!！\n]{{0,10}}?(?:{_TITLES})(?:们)?(?:你们好|您们好|您好|你好|好(?![几多久些像])|(?=[:：])))"
    r"[,，。:：!！\s]*"
)
_CLAUSE_RE = re.compile(r"[^,.;!?，。；！？、\n ]+[,.;!?，。；！？、\n ]*")
_ESCALATION = (
    r"上访|进京|越级|去北京|到北京|上北京|拉横幅|拉条幅|堵门|堵路|堵政府|曝光|找媒体|找记者|上电视|发到网上|"
    r"发网上|发抖音|跳楼|自焚|喝药|闹|告到中央|去省里|到省里|去省城|去市里|到市里|找.{0,4}(?:省|中央|国务院)|"
    # "我们全村老少就去北京天安门": the 去 read with the condition before it
    r"(?<=[去到上])北京|天安门|中南海"
)
_CONDITION = (
    r"再不|如果|要是|假如|不解决|不处理|不给|不管|否则|不然|还不|我就|[们俺咱家]就|这样下去|就去|就要|要去|会去|"
    r"只能|只好|逼"
)
_THREAT_RE = re.compile(rf"(?:{_CONDITION}).{{0,14}}(?:{_ESCALATION})|(?:{_ESCALATION}).{{0,6}}(?:去|了事)")
# a clause that only complains a question went unanswered
_ABOUT_THE_ANSWER = re.compile(
    rf"(?:[^,.;!?，。；！？\n]{{0,4}}(?:{COMPLAINS_UNANSWERED.pattern}|{ABOUT_ASKING.pattern})[^,.;!?，。；！？\n]{{0,6}})"
)
# "要花钱吗 打官司的话": the condition said after a question is part of it, no detail
_IF_SO = re.compile(r"(?:如果|要是|假如|万一)?[^,.;!?，。；！？\n]{1,10}的话")
# "要钱不 打官司我可没钱": why the cost is asked, said after the question, is part of it (no "no lawsuit")
_CANNOT_AFFORD = re.compile(r"没钱|没有钱|冇钱|哪有钱|哪来的钱|(?:交|出|付|花|打|请)不起|拿不出")
_SHORT_REASON = 10
# "不是北京", "不是今天的事": up to the end of the clause, or to what the citizen says instead
_DENIAL_RE = re.compile(
    r"(?<![是要可就还])(?:不是|并不是|并非|不在|没在|不属于)"
    r"[^,.;!?，。；！？\n]*?(?=而是|是在|就是|但是|但|\s|[,.;!?，。；！？\n]|$)"
)


def spans(text: str, parts: frozenset[Part] = ALL_PARTS) -> list[tuple[int, int, Part]]:
    """Offsets into `text` of the parts that give no details."""
    return list(_spans(text or "", parts))


@lru_cache(maxsize=1024)  # pure; a turn cuts the same text three times
def _spans(text: str, parts: frozenset[Part]) -> tuple[tuple[int, int, Part], ...]:
    folded = fold_keeping_offsets(text or "")
    found: list[tuple[int, int, Part]] = []
    if Part.SALUTATION in parts:
        salutation = _SALUTATION_RE.match(folded)
        if salutation and salutation.group().strip():
            found.append((salutation.start(), salutation.end(), Part.SALUTATION))
    pos = 0
    for clause in _CLAUSE_RE.findall(folded):
        start = folded.find(clause, pos)
        end = start + len(clause)
        pos = end
        asked_before = bool(found) and found[-1][2] is Part.QUESTION and found[-1][1] == start
        if Part.QUESTION in parts and (
            is_question_clause(clause)
            or (asked_before and (HEARSAY.search(clause) or _IF_SO.fullmatch(clause.strip(" ,.!?，。！？"))))
            or (asked_before and _CANNOT_AFFORD.search(clause) and cjk_count(clause) <= _SHORT_REASON)
            or _ABOUT_THE_ANSWER.fullmatch(
                clause.strip(" ,.!?，。！？")
            )  # "你还没回答我": the bot, not the matter
        ):
            found.append((start + question_start(clause), end, Part.QUESTION))  # a voice story ends asking
        elif Part.THREAT in parts and _THREAT_RE.search(clause):
            found.append((start, end, Part.THREAT))
    if Part.DENIAL in parts:
        found += [(m.start(), m.end(), Part.DENIAL) for m in _DENIAL_RE.finditer(folded)]
    return tuple(found)


def reading_text(text: str, parts: frozenset[Part] = ALL_PARTS) -> str:
    """The text as written with those parts cut out (a comma left in their place, so words don't join)."""
    out = text or ""
    merged: list[list[int]] = []
    for start, end, _ in sorted(spans(out, parts), key=lambda span: span[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        out = out[:start] + "，" + out[end:]
    return out.strip("，, ")


def is_salutation(clause: str) -> bool:
    """Whether a whole clause only greets or calls the one reading ("老表你好", "各位领导好")."""
    folded = fold_keeping_offsets(clause or "").strip()
    found = _SALUTATION_RE.match(folded)
    return bool(folded) and found is not None and not folded[found.end() :].strip()


def has_part(text: str, part: Part) -> bool:
    return any(kind is part for _, _, kind in spans(text, frozenset({part})))
