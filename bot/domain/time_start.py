"""Which time of the story starts a route's limitation period, if the story says it for sure.

A period runs from an act (a fine, a refusal, a petition's written answer) or from knowing of a harm, not from
whatever time the story tells first: "2023年卖房子少交了个税" dates the sale, not the tax decision; "2021年买的车位 今年才发现
卖给了别人" starts the 3 years this year (民法典 第188条); an organ that does not act starts the time when its own time
to act ends (行政复议法实施条例 第16条), never at the death of the person whose benefits are unpaid. So a time is
counted from only when it is told beside the act that starts the period (the limitation's `starts` words), and a
story that tells the harm was found out later gets no count at all.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from bot.domain.knowledge_records import Limitation
from bot.domain.text import normalize_for_parsing
from bot.parsing.occurred_at import extract_occurred_at, span_of

# one clause of a story: what a time is told beside
_CLAUSE_BREAK = re.compile(r"[。！？!?；;，,、：:\s（）()]+")
# the harm was found out later than it happened: the period counts from knowing
LEARNED_LATER = re.compile(
    r"才(?:发现|知道|晓得|得知|听说|查到|看到)|后来(?:才)?(?:发现|知道|晓得|得知)|(?:刚|最近|前不久|这才)(?:才)?(?:发现|知道|得知|晓得)"
)
# told only now that it happened long ago ("回来村里说前年就给别人种了"): the time in that clause is the harm's, not
# the day it was learned, so it starts nothing, and the story's first time starts nothing either
TOLD_OF_EARLIER = re.compile(
    r"(?:说|讲|告诉(?:我|俺)?)(?:是)?(?:前年|去年|大前年|早就|早在|年初|上半年|\d{4}年|[一二三四五六七八九十两几]+年前)(?:就|早就)"
    r"|回来(?:以后|之后|后)?(?:才|一看|发现|知道|听说)"
)
# the claim pressed again and again, or the debtor still saying it will pay ("年年说没钱", "催了好几次"): each
# demand interrupts the period and starts it anew (民法典 第195条, 劳动争议调解仲裁法 第27条第2款)
PRESSED_AGAIN = re.compile(
    r"年年|每年都|一直(?:催|要|讨|找|在要|在催)|(?:催|讨|要)(?:了|过)(?:好多|好几|很多|无数|多|几)次"
    r"|说没钱|在协调|(?:答应|承诺|保证)(?:了|过)?(?:给|还|付|结)|说(?:过段时间|过几天|下个月|年底|明年|以后)(?:再)?(?:给|还|付|结)"
)
# an organ that still does not do it ("户口还上不了", "到现在都不给办"): its refusal goes on, each time asked anew, or
# its own time to act ends first (行政复议法实施条例 第16条); the story's first time starts nothing for sure
STILL_NOT_DONE = re.compile(
    r"还(?:是)?(?:上不了|办不了|落不了|领不到|拿不到|没(?:办|批|给|发|上|落))|"
    r"(?:一直|到现在|至今|迟迟)(?:都|还)?(?:不|没|未)(?:给|让|办|批|发|上|落|理)"
)

# a time told beside a purchase or a payment dates the contract, not the harm found since
BOUGHT = re.compile(r"买的|买了|购买|购入|签的(?:合同)?|签了(?:合同)?|交的钱|交了钱|付的钱|付了钱")


def _noon(today: date) -> datetime:
    return datetime.combine(today, time(12))


def _latest(values: list[str]) -> str:
    """The value whose period starts last (a later answer to an earlier application)."""
    return max(values, key=lambda value: (span_of(value) or (date.min, date.min))[0])


def period_start(limit: Limitation, story: str | None, occurred_at: str | None, today: date) -> str | None:
    """The time (an `occurred_at` value) the period is counted from, or None when the story does not say it for
    sure. A story that tells no time at all was dated by the citizen's answer to "什么时候的事": that answer
    stands, unless the story says the harm was found out later."""
    told = normalize_for_parsing(story or "")
    learned_later = bool(LEARNED_LATER.search(told) or TOLD_OF_EARLIER.search(told))
    unsure = learned_later or _starts_again(limit, told)
    if not told or extract_occurred_at(told, _noon(today)) is None:
        return None if unsure else occurred_at
    beside_start = [
        found.normalized
        for clause in _CLAUSE_BREAK.split(told)
        if clause and (any(word in clause for word in limit.starts) or LEARNED_LATER.search(clause))
        if (found := extract_occurred_at(clause, _noon(today))) is not None
    ]
    if beside_start:
        return _latest(beside_start)
    dated = [c for c in _CLAUSE_BREAK.split(told) if c and extract_occurred_at(c, _noon(today)) is not None]
    if dated and all(BOUGHT.search(clause) for clause in dated):
        return None  # "我2019年买的 …现在另一个人拿着合同说是他的": the purchase, not the harm
    return None if limit.starts or unsure else occurred_at


def _starts_again(limit: Limitation, told: str) -> bool:
    """Whether the story tells the period may have started anew since its first time: a claim pressed again and
    again, or (for a period an organ's act starts) an organ that still does not do it."""
    return bool(PRESSED_AGAIN.search(told) or (limit.starts and STILL_NOT_DONE.search(told)))
