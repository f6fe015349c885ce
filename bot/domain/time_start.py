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
    learned_later = bool(LEARNED_LATER.search(told))
    if not told or extract_occurred_at(told, _noon(today)) is None:
        return None if learned_later else occurred_at
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
    return None if limit.starts or learned_later else occurred_at
