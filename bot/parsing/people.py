"""How many people (or households) a matter concerns: ``我们三十多户`` → 30, ``就我一个`` → 1.

Counts are lower bounds: "50多人" → 50, "十几户" → 10, "好几十个人" → 20 ("几" as a multiplier counts as
2, as an add-on as 0), "几个人 / 好几个人" → 3, "上百人" → 100. Households count as they are (the contract
treats "三十多户" as 30); with several counts the largest wins ("全村200多户，1000多人" → 1000).
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing
from bot.parsing import people_alone as alone
from bot.parsing.count_words import chinese_to_int
from bot.parsing.people_counts import (
    APPROX,
    BARE_RE,
    DESCRIBED_RE,
    FAMILY_RE,
    KEEP_WHOLE,
    MAX_BARE,
    NUM,
    NUMERAL_RE,
    PAIR_RE,
    PIECES_RE,
    QUANTIFIED_RE,
    SOLO_RE,
    best_count,
    largest_match,
)
from bot.parsing.people_first import count_said_first, said_again, speaks_for_self
from bot.parsing.people_left_out import last_piece_count, without_number_not_known, without_those_left_out

_HOUSEHOLD_WORD_RE = re.compile(r"户|家")
# what stands before a count and makes it approximate ("将近一百人", "近百人"; not the 近 of 附近)
_LEAD_RE = re.compile(
    r"(?:大概|大约|约莫|约|差不多|估计|估摸|至少|起码|少说也?|最少|不止|超过|将近|接近|(?<![附邻靠最亲])近|(?<![很赶尽])快|好)有?$"
)
_APPROX_RE = re.compile(
    r"[多余来几上数成近快]|左右|上下|出头|大概|大约|约|差不多|估计|估摸|至少|不止|起码|少说|最少|不到|(?<![一二两三四五六七八九])百十"
    r"|[一二两三四五六七八九][二两三四五六七八九](?=[个十百千万户人位名家])"  # "五六个人", "两三百人"
    r"|(?<![一二两三四五六七八九\d])百十(?![一二三四五六七八九])"  # "百十户": about a hundred, not 110
)
# "全村人", "好多人": a count the citizen cannot give, kept as said for the head-count question
_COLLECTIVE_RE = re.compile(
    r"(?:全|整个|整栋|一整个|一)(?:村|组|小区|楼|栋|单元|条街|镇|厂|公司|个村|个组|个小区)(?:的)?"
    r"(?:人|村民|业主|居民|住户|工人|户)?|(?:好多|很多|许多|不少|一大帮|一大片|成百上千|好些)(?:人|户|家|村民|业主|工人)"
    r"|(?:这|那|整)(?:栋|个|条|幢)?(?:楼|小区|村|组|单元|街)"
    # people by what they do or are: "过路的都危险", "坐这路车的都这样", "老年人", "附近的街坊"
    r"|(?:过路|路过|走路|坐|乘|住|用|买|上学|上班)[\u4e00-\u9fff]{0,5}的(?:人)?(?:都|全|谁)"
    r"|老年人|老人们|孩子们|学生们|家长们|行人|路人|乘客|市民|街坊|邻居们|村民们|居民们|业主们"
)
# "我们三家": a bare 家 counts households only as the whole answer to the head-count question
_HOUSES_RE = re.compile(rf"(?:我们|咱们|俺们|就|一共|总共|有)?(?P<num>{NUM}){APPROX}家(?:人)?")
_OWN_HOUSEHOLD_RE = re.compile(
    r"(?:就|只有|只是|只|仅)?(?:我们家|我家|我一家|我们一家|咱家|俺家|我屋里|俺屋里|我们屋里|我屋头)"
    r"(?:人|一户|一家|几口人)?"  # "我屋里": 我家 in Hunan and Sichuan speech
)


# the citizen's household and the neighbours' counted after it: "我家还有隔壁两家", "俺家和旁边三户"
_OWN_AND_HOUSES_RE = re.compile(
    rf"(?:{_OWN_HOUSEHOLD_RE.pattern})(?:还有|和|跟|加上?|连同|以及)(?:隔壁|邻居|旁边|对门|附近|左右|前后|上下)?的?"
    rf"(?P<num>{NUM})(?P<approx>{APPROX})(?:户|家)(?!长|里)"
)


# a whole message that says only the citizen's household, said at another question: "就我屋里", "只有俺家一户"
_HOUSEHOLD_ALONE_AHEAD_RE = re.compile(
    rf"(?:就|只有|只是|只|仅|就是)(?:{_OWN_HOUSEHOLD_RE.pattern})(?:吧|啊|呀|哦|嘛|呗)?"
)


# "啥二十人 就我爸一个", "不是二十个人，就我一个": a count denied (the bot's, said back) before the right one
_DENIED_COUNT_RE = re.compile(rf"(?:不是|啥|哪有|哪来的?|什么)(?:{NUM}){APPROX}(?:个|位|名|号)?(?:人|户)")


def _without_denied_counts(said: str) -> str:
    """The pieces of a message left when those that deny a count are taken out, if any piece is left."""
    pieces = [p for p in PIECES_RE.split(said) if p]
    kept = [p for p in pieces if not _DENIED_COUNT_RE.search(p.replace(" ", ""))]
    return " ".join(kept) if kept and len(kept) < len(pieces) else said


_MARKS_RE = re.compile(r"[^\w\s,，。.!！;；、?？~～]+")


def people_count_as_said(text: str | None, *, own_household: bool = True) -> str | None:
    """The head count to keep: an exact number as digits ("12"), else the citizen's words ("几十户", "就我家").

    "几十户" stored as 20 would say fewer people than the citizen did; staff read the words as said.
    `own_household` reads "就我家" too: only for the head-count question ("我家门口…" counts nobody).
    """
    if not text:
        return None
    said = (
        _MARKS_RE.sub(" ", normalize_for_parsing(text)).strip().rstrip("。.!！~")
    )  # "就我😭": the emoji goes
    said = _without_denied_counts(_without_sums(said))
    if own_household:
        said = without_number_not_known(said)  # "好多户都收到了 具体几户不清楚"
        said = said_again(said, lambda rest: _count_as_said(rest, own_household=True))
    if own_household and (first := count_said_first(said)):
        return first  # "我一个 不过我们车友群好多人都被封过", "写1就行 就我们一家店"
    if own_household and speaks_for_self(said):
        return "1"  # "学区的事 家长都关心 我就代表我自己"
    if own_household:
        said = without_those_left_out(said)  # "就我 还有两个同事 不过他们签了协议": they are out of it
        last = last_piece_count(said)
        before = said[: said.rfind(last)] if last else ""
        # ("…都交过 起码五六家": the only count, said last with "at least"; "好几个人都有 至少五个", "好多家长 至少二十个" are kept whole)
        if last and (
            extract_people_count(said) is None
            or (QUANTIFIED_RE.fullmatch(last) and _count_as_said(before, own_household=True) is None)
        ):
            # "…饭馆都关了 二十几家": the count said last ("至少七八家" as said)
            return _count_as_said(last, own_household=True) or last
    whole = _count_as_said(said, own_household=own_household)
    if whole is not None or not own_household:
        return whole
    # "就俺孙子一个 他今年七岁", "我一个，之前在12123申诉过": the one piece that counts, the rest says more
    pieces = [p for p in PIECES_RE.split(said) if p]
    if _MONEY_RE.search(said):  # "承包费三年没给 一共四万五": a bare number beside money is the sum
        pieces = [p for p in pieces if not BARE_RE.fullmatch(p)]
    counted = [c for c in (_count_as_said(p, own_household=True) for p in pieces) if c]
    return counted[0] if len(counted) == 1 else None


_MONEY_RE = re.compile(r"钱|费|[元块]|工资|工钱|欠款|赔偿?|补偿|罚款|补贴")
# a sum said with what it pays for, ending its clause: "房租一天两百多", "营业额一个月三万" (its "人都…" that
# follows after a pause starts another clause, no head count)
_SUM_CLAUSE_RE = re.compile(
    rf"(?:房租|租金|租子|工资|营业额|流水|收入|损失|费|钱)(?:一|每)?[天月年晚周]?[^\s,，。!！;；]{{0,3}}?{NUM}{APPROX}(?:块钱?|元)?(?=\s|$)"
)


def _without_sums(text: str) -> str:
    return _SUM_CLAUSE_RE.sub(" ", text)


# "说了就俺一家", "就他亲戚一家", "就我妈一家": one household only, whoever's it is
_ONE_HOUSEHOLD_RE = re.compile(
    r"(?:就|只有|只是|只|仅|就是)(?:我|俺|咱|他|她|我们|俺们|咱们|他们|他家|她家)?(?:的)?"
    rf"(?:亲戚|邻居|隔壁|老乡|家?(?:{alone.KIN}))?一(?:家|户)(?:人|人家)?"
)


def _one_household(norm: str) -> bool:
    """ "就俺一家", "就他亲戚一家": one household only, with no other count beside it ("就我一家 还有隔壁三家",
    "就我一家 是我跟我老伴的" count more)."""
    one = _ONE_HOUSEHOLD_RE.search(norm)
    if one is None:
        return False
    rest = norm.replace(one.group(), " ")
    return not NUMERAL_RE.search(rest) and extract_people_count(rest) is None


def _count_as_said(said: str, *, own_household: bool) -> str | None:
    norm = said.replace(" ", "")
    if own_household and alone.says_one(norm):
        return "1"
    if own_household and _one_household(norm):
        return said.strip()[:30]  # "说了就俺一家": the words as said, which count one household
    if own_household and alone.says_three_with_kin(norm):
        return "3"
    more = alone.me_and_more(norm) if own_household else None
    if more:
        return str(more)
    if own_household and (alone.says_pair(norm) or alone.says_kin_pair(norm)):
        return "2"
    value = extract_people_count(said)
    own = _OWN_HOUSEHOLD_RE.search(norm) if own_household else None
    neighbours = _OWN_AND_HOUSES_RE.match(norm, own.start()) if own else None
    if neighbours:  # "就我家 还有隔壁两家": the household and the neighbours counted
        others = chinese_to_int(neighbours.group("num"))
        exact = others and not _APPROX_RE.search(neighbours.group("num") + neighbours.group("approx"))
        return f"{others + 1}户" if exact else said[:30]
    if own and (value is None or value == 1):
        rest = re.sub(r"[。.!！~,，的]", "", norm.replace(own.group(), ""))
        return own.group() if not rest else said[:30]  # "我家和隔壁两家": the whole answer
    houses = _HOUSES_RE.fullmatch(norm.rstrip("。.!！~")) if own_household else None
    if value is None and houses:
        value = chinese_to_int(houses.group("num"))
        return said if _APPROX_RE.search(houses.group()) else (f"{value}户" if value else None)
    if value is None:
        # searched piece by piece: "就我爸一个 小区里…" must not read as "一个小区"
        pieces = "|".join(p for p in PIECES_RE.split(said) if p)
        collective = _COLLECTIVE_RE.search(pieces) if own_household else None
        if collective is None:
            return None
        if len(norm) <= 12:
            return said  # "就我们这栋楼" as said
        # from a longer answer the clause that says who: "买了的人都被骗了 不知道多少人" → "买了的人都被骗了"
        clause = [c for c in PIECES_RE.split(said) if collective.group() in c.replace(" ", "")]
        return clause[0][:30] if clause else collective.group()
    family = FAMILY_RE.search(norm)
    counted = None if family else largest_match(norm)
    best = None if family else best_count(norm, said)
    # counted by what they are ("十二个保安") or with a quantifier ("至少五个")
    if best is not None and best != counted:
        whole = own_household and len(said) <= KEEP_WHOLE  # an answer is kept whole, a story's count alone
        words = said if whole else best[1]
        exact = (
            QUANTIFIED_RE.fullmatch(best[1])
            or alone.SIBLINGS_RE.fullmatch(best[1])
            or DESCRIBED_RE.fullmatch(best[1])
        ) and not _APPROX_RE.search(best[1])
        return str(best[0]) if exact else words  # "的有十五个" → 15; "十二个保安": the number and who
    span = counted[1] if counted else norm.rstrip("。.!！~")
    if counted is None and not BARE_RE.fullmatch(span):
        return str(value)  # "就我一个", "我们俩", "一家五口": exact
    lead = _LEAD_RE.search(norm[: norm.find(span)])
    if lead:
        return lead.group() + span
    if _APPROX_RE.search(span):
        return span
    return f"{value}户" if _HOUSEHOLD_WORD_RE.search(span) else str(value)  # "三十六户" stays households


def extract_people_count(text: str | None) -> int | None:
    """Number of people (or households) concerned, or None when the text does not say."""
    if not text:
        return None
    said = _without_denied_counts(_without_sums(normalize_for_parsing(text)).rstrip("。.!！~"))
    norm = said.replace(" ", "")
    family = FAMILY_RE.search(norm)
    if family:
        return chinese_to_int(family.group("num"))
    best = best_count(norm, said)
    if best is not None:
        return best[0]
    if _one_household(norm):
        return 1  # "说了就俺一家"
    if alone.WITH_KIN_PAIR_IN_RE.search(norm):
        return 3  # "我跟我爸妈都被催收骚扰"
    if SOLO_RE.search(norm):
        return 1
    if PAIR_RE.search(norm) or alone.PAIR_COUNTED_RE.search(norm):
        return 2
    bare = BARE_RE.fullmatch(norm.rstrip("。.!！~"))  # the whole answer is a number: "三十多", "大概50个"
    if bare:
        value = chinese_to_int(bare.group("num"))
        return value if value and 0 < value <= MAX_BARE else None
    return None


_BARE_NUMBER_RE = re.compile(r"[0-9零〇一二两三四五六七八九十百千万]+")


def count_told_ahead(text: str | None) -> str | None:
    """The head count a story gives before it is asked, as the slot keeps it, or None.

    "顶楼的几户" or "好几个人" names no number: the citizen who can count them is asked how many, and
    whatever they answer then is kept ("几户" too). "三十多户", "我们六个油漆工" are taken at once.
    """
    norm = re.sub(r"[\s。.!！~,，]", "", normalize_for_parsing(text or ""))
    if alone.ALONE_AHEAD_RE.fullmatch(norm):
        return "1"  # "就我妈一个" said at another question: a head count, however early
    if _HOUSEHOLD_ALONE_AHEAD_RE.fullmatch(norm):
        return norm  # "就我屋里", "只有俺家": the household alone, kept as said
    if extract_people_count(text) is None or _BARE_NUMBER_RE.fullmatch(norm):
        return None  # "13602", "2044" at the phone question: a number with no one counted is no head count
    said = people_count_as_said(text, own_household=False)
    if said is None or not NUMERAL_RE.search(said):
        return None
    return said
