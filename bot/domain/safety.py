"""Crisis detection (docs/legal.md §8): self-harm, threats of violence, domestic violence, people in danger.

High recall on everyday phrasing; common exaggerations (气死我了, 笑死, 杀价, 跳楼价 …) are removed before
matching. Precedence when several kinds match: domestic violence, a third person in danger, self-harm,
then violence; the others are kept in `also` so staff can still set the 扬言 flag. The phrasings live in
`bot.domain.safety_patterns` (with `safety_words`, `safety_worries` and `safety_hazards`).

A beating told as past ("上个月被邻居打了 缝了六针 派出所不处理"), with nothing saying the danger is now or goes
on, is the matter itself (police inaction, a school doing nothing), not an emergency: `detect_crisis` lets it
through and `harm_told_as_past` says so, for a gentle line that 110 is there. Domestic violence, threats and
anything said to happen now stay a crisis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from bot.domain.crisis_lines import extra_lines, extra_notes
from bot.domain.knowledge import CRISIS_KINDS, HAZARD_KINDS, Knowledge, load_knowledge
from bot.domain.safety_hazards import HAZARDS_RE as _HAZARDS
from bot.domain.safety_patterns import BEATEN_RE as _BEATEN
from bot.domain.safety_patterns import OTHER_DANGER_RE as _OTHER_DANGER
from bot.domain.safety_patterns import PATTERNS_RE as _PATTERNS
from bot.domain.safety_slang import cry_as_slang
from bot.domain.safety_tense import INACTION_RE as _INACTION
from bot.domain.safety_tense import PAST_RE as _PAST
from bot.domain.safety_tense import PRESENT_RE as _PRESENT
from bot.domain.safety_tense import SAFE_NOW_RE as _SAFE_NOW
from bot.domain.safety_tense import dated_in_the_past
from bot.domain.safety_words import HARMLESS_RE as _HARMLESS
from bot.domain.safety_words import OTHERS_FAMILY_RE as _OTHERS_FAMILY
from bot.domain.safety_worries import HE_IS_HERE_RE as _HE_IS_HERE
from bot.domain.safety_worries import KEEP_AWAY_RE as _KEEP_AWAY
from bot.domain.safety_worries import RETURN_FEAR_RE as _RETURN_FEAR
from bot.domain.safety_worries import THEIR_THREATS_RE as _THEIR_THREATS
from bot.domain.text import cjk_count, normalize_for_parsing


@dataclass(frozen=True)
class CrisisSignal:
    kind: str
    matched: str
    also: tuple[str, ...] = ()


def detect_crisis(text: str | None, *, today: date | None = None) -> CrisisSignal | None:
    """The most urgent crisis kind in `text`, with the phrase that matched, or None. `today` lets a date told
    ("今年9月12日晚上…被几个人围殴") date a beating in the past; without it a date may be yesterday's."""
    if not text:
        return None
    clean = _clean(text)
    found = _found(clean)
    if not found or _only_past_beating(clean, found, today) or _slang_cry_only(clean, found):
        return None
    kind, matched = found[0]
    return CrisisSignal(kind=kind, matched=matched, also=tuple(k for k, _ in found[1:]))


def tells_domestic_violence(text: str | None) -> bool:
    """Do the words say a family member or partner hits or threatens ("俺家那口子拿菜刀砸门", "我爸一直打我妈")?"""
    signal = detect_crisis(text)
    return signal is not None and "domestic_violence" in (signal.kind, *signal.also)


def tells_self_harm(text: str | None) -> bool:
    """Do the words say the writer (or someone) may end their life ("不然我真的不想活了")?"""
    signal = detect_crisis(text)
    return signal is not None and "self_harm" in (signal.kind, *signal.also)


def harm_told_as_past(text: str | None, *, today: date | None = None) -> bool:
    """A beating told as past with no danger now: answered as the matter, with a gentle line about 110."""
    if not text:
        return False
    clean = _clean(text)
    return _only_past_beating(clean, _found(clean), today)


def beating_only(text: str | None) -> bool:
    """Do the words tell only that someone was beaten ("是养老院的护工打我爸"), with no weapon, threat or call for
    help, and nothing saying it is now? Whether it is past is told elsewhere (the date the case records)."""
    clean = _clean(text or "")
    found = [kind for kind, _ in _found(clean)]
    return (
        found == ["danger"]
        and bool(_BEATEN.search(clean))
        and not _OTHER_DANGER.search(clean)
        and not _now(clean)
    )


def danger_now(text: str | None) -> bool:
    """Does the text say a danger is now or goes on ("他又来了", "还说要打我", "孩子不敢去上学")?"""
    return bool(text) and _now(_clean(text or ""))


def fears_return(text: str | None) -> bool:
    """Does the citizen fear that the one who threatened comes back ("他要是晚上再来咋办", "怕他回来报复")?"""
    return bool(text) and bool(_RETURN_FEAR.search(_clean(text or "")))


def says_safe_now(text: str | None) -> bool:
    """Is the danger over for now ("人都出来了", "警察来了 把他带走了 我没事"), with no danger in the same words?"""
    if not text:
        return False
    clean = _clean(text)
    return bool(_SAFE_NOW.search(clean)) and not _found(clean) and not _RETURN_FEAR.search(clean)


_ACUTE = re.compile(r"现在|正在|此刻|刚才|刚刚|马上|还在|又(?:来|回来|打|动手|拿)|快来|救")


def acute_now(text: str | None) -> bool:
    """Is danger happening right now (a weapon, a call for help, "又来了", "现在"), not only harm told as history?"""
    if not text:
        return False
    clean = _clean(text)
    return bool(_OTHER_DANGER.search(clean) or _RETURN_FEAR.search(clean) or _ACUTE.search(clean))


def happening_now(text: str | None) -> bool:
    """Is harm going on at this moment ("他又来了", "在踹门"), not a threat he said ("他说离婚就弄死我")?"""
    return bool(text) and bool(_ACUTE.search(_clean(text or "")))


def says_he_is_here(text: str | None) -> bool:
    """ "他来了", "他回来了" said alone: the one who hurt her is here now, and she may have to stop typing."""
    return bool(text) and bool(_HE_IS_HERE.search(_clean(text or "").strip()))


HE_IS_HERE_REPLY = "明白，您先顾好自己，不方便就先别回我。有危险马上打110。方便的时候再接着回答下面的问题就行，前面说的都留着。"


def asks_to_keep_away(text: str | None) -> bool:
    """Does the citizen ask how to keep him away ("能让法院不让他靠近我吗"): the protection order?"""
    return bool(text) and bool(_KEEP_AWAY.search(_clean(text or "")))


@lru_cache(maxsize=1024)  # pure; each turn asks several of these questions of the same text
def _clean(text: str) -> str:
    # 著 is left as it is by the traditional-to-simplified table (著名): in "活著沒意思" it is 着
    clean = normalize_for_parsing(text).replace("著", "着")
    return _HARMLESS.sub("　", clean)  # a placeholder so words either side stay apart


@lru_cache(maxsize=1024)
def _found(clean: str) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    clean = _OTHERS_FAMILY.sub("他们", clean)  # another household's sons are no family of the citizen
    theirs = _THEIR_THREATS.sub("　", clean)  # others' threats to the citizen are no threat by the citizen
    for kind in CRISIS_KINDS:
        match = _PATTERNS[kind].search(theirs if kind == "violence" else clean)
        if match:
            found.append((kind, match.group(0)))
    return tuple(found)


def _only_past_beating(clean: str, found: tuple[tuple[str, str], ...], today: date | None = None) -> bool:
    if [kind for kind, _ in found] != ["danger"] or not _BEATEN.search(clean) or _OTHER_DANGER.search(clean):
        return False
    told = _INACTION.sub("　", clean)
    return bool(_PAST.search(told) or dated_in_the_past(told, today)) and not _now(clean)


def _slang_cry_only(clean: str, found: tuple[tuple[str, str], ...]) -> bool:
    """救命 alone, said as an exclamation in a complaint ("救命 这物业离谱到家了"): no danger told."""
    return [kind for kind, _ in found] == ["danger"] and cry_as_slang(clean, _PATTERNS["danger"])


def _now(clean: str) -> bool:
    return bool(_PRESENT.search(_INACTION.sub("　", clean)))  # "到现在也不处理" is about who does nothing


def hazards_in(text: str | None) -> tuple[str, ...]:
    """The hazards a story tells (HAZARD_KINDS: a blocked fire escape, e-bikes charged in the stairwell)."""
    if not text:
        return ()
    clean = normalize_for_parsing(text)
    return tuple(kind for kind in HAZARD_KINDS if _HAZARDS[kind].search(clean))


def crisis_reply(kind: str, knowledge: Knowledge | None = None, text: str | None = None) -> str:
    """Citizen text: hotlines first (with 120 for someone hurt, 12355 for a child, from `text`), a humane sentence,
    that staff are alerted, lawful ways for threats."""
    guide = (knowledge or load_knowledge()).crisis_guide(kind)
    hotlines = [*guide.lines, *extra_lines(text, tuple(line.number for line in guide.lines), knowledge)]
    lines = "\n".join(f"☎ {line.number}：{line.what}" for line in hotlines)
    parts = [f"请先看这里，需要时马上拨打：\n{lines}", *extra_notes(text, knowledge), guide.tell]
    if guide.lawful:
        parts.append(guide.lawful)
    parts.append("我们已经通知值班工作人员，会尽快有人跟进和您联系。")
    return "\n".join(parts)


PAST_HARM_NOTE = "挨打的事可以到当地派出所报案；如果现在还有人威胁您或家人的安全，请马上拨打110报警。"

RETURN_FEAR_ADVICE = (
    "您的担心很要紧，请这样做：\n"
    "☎ 110：他再来、在门口闹或者威胁您，马上报警，说清楚地址和他之前说过要伤害您。\n"
    "他来了不要开门，也别一个人出去跟他理论；关好门窗，手机充好电放在身边。\n"
    "今晚尽量和家人、邻居待在一起，或者先到亲戚家住。\n"
    "您的事已经标记为紧急，工作人员会尽快跟进。"
)

# harm told as history right after the citizen said the danger is over ("他喝了酒打我两三年了"): no second alarm
HISTORY_KEPT = "这些我都记下了，这件事已经标记为紧急。之后如果又有危险，随时拨打110。"

SAFE_NOW_REPLY = "人都平安就好。之后如果又有危险，随时拨打110（燃气、着火拨打119）。"
# the all-clear answered for the danger that was told: no 119 after a beating, no 110 after a gas leak
_SAFE_NOW_BY_KIND = {
    "gas_or_fire": (
        "人都出来了就好。先别回屋，等燃气公司或者消防的人查过、说没事了再进去；"
        "之后如果又闻到气味或者着火，随时拨打119。"
    ),
    "self_harm": "听到您现在安全，我们就放心一些了。心里难受的时候，随时可以拨打12356，也可以再来找我们。",
}
_SAFE_NOW_FROM_HARM = "人都平安就好。之后如果他又来、又有危险，随时拨打110。"


def safe_now_reply(kind: str | None) -> str:
    """The word back to an all-clear after the crisis of `kind` (None: not known, both numbers said)."""
    if not kind:
        return SAFE_NOW_REPLY
    return _SAFE_NOW_BY_KIND.get(kind, _SAFE_NOW_FROM_HARM)


# a partner named: a guess of violence at home may be right though the lexicon missed it ("我男人又喝多了 我怕")
_PARTNER = re.compile(r"老公|丈夫|男人|老婆|妻子|媳妇|男朋友|男友|前夫|前妻|对象|那口子|当家的|婆娘|爱人")


def crisis_check_in(kind: str, knowledge: Knowledge | None = None, text: str | None = None) -> str:
    """Citizen text when only the classifier guessed a crisis: the same hotlines, asked gently, no alarm. A guess of
    family violence with no partner named in `text` ("我儿子在看守所被人打了": guards and cellmates) gets the lines
    for a danger (110, 120): 12338 is the women's line for violence at home (id-027)."""
    if kind == "domestic_violence" and text is not None and not _PARTNER.search(normalize_for_parsing(text)):
        kind = "danger"
    guide = (knowledge or load_knowledge()).crisis_guide(kind)
    lines = "\n".join(f"☎ {line.number}：{line.what}" for line in guide.lines)
    return f"先跟您确认一下：您和身边的人都还安全吧？如果需要帮助，可以拨打：\n{lines}"


_CLAUSE_RE = re.compile(r"[^，,。！!？?；;\s]+[，,。！!？?；;\s]*")


# what the citizen says they might do: how desperate they are, not what the matter is (harm done to someone,
# by a partner or a carer, is the matter itself and stays)
_OWN_THREATS = frozenset({"self_harm", "violence"})


def without_crisis_clauses(text: str) -> str:
    """The text without the clauses where the citizen threatens harm ("我活着也没意思了", "明天就去县政府门口喝农药"),
    so what a matter is about is read from the matter, not from the threat ("农药" is no farming matter)."""
    return "".join(c for c in _CLAUSE_RE.findall(text or "") if _threat_kind(c) not in _OWN_THREATS)


MIN_MATTER_CHARS = 4  # what is left without the threat clauses must still say something


def matter_told(text: str) -> str:
    """What a story is about, for the category and the route: without the threat clauses when the rest still
    says something ("低保给停了 … 我明天拿刀去找他" is about the allowance, no civil dispute)."""
    matter_only = without_crisis_clauses(text)
    return matter_only if cjk_count(matter_only) >= MIN_MATTER_CHARS else text


def _threat_kind(clause: str) -> str | None:
    signal = detect_crisis(clause)
    return signal.kind if signal else None
