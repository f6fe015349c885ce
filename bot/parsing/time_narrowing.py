"""Two times said together for one thing: the broad one, then the narrower one inside it ("去年下半年 九月份左右",
"今年夏天 七八月份"). The narrower one is what a clerk writes; a month said without its year takes the year of
the broad time beside it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.parsing.time_rules import Cand, month_span

_YEAR_SAID_RE = re.compile(r"\d{4}|[今去前明]年|上一?年|\d{2}年")
# a season's edges are loose: "今年夏天 七八月份" runs to the end of August
_LOOSE_END = timedelta(days=31)


def with_year_said(found: list[Cand]) -> list[Cand]:
    """ "去年下半年 九月份": the month without a year is moved into the year said beside it, when it falls in it."""
    said = [c for c in found if _YEAR_SAID_RE.search(c.text)]
    return [_moved_into(cand, said) if not _YEAR_SAID_RE.search(cand.text) else cand for cand in found]


def _moved_into(cand: Cand, said: list[Cand]) -> Cand:
    if cand.start.year != cand.end.year or cand.start.day != 1:
        return cand  # only whole months ("九月份", "七八月份") take a year from beside them
    # the year said nearest before the month first ("干到2015年矿关了 今年开春… 九月份查出来的": this year)
    for broad in sorted(said, key=lambda b: (b.offset > cand.offset, abs(cand.offset - b.offset))):
        if broad.start <= cand.start and cand.end <= broad.end + _LOOSE_END:
            return cand  # already in the year said nearest
        for year in sorted({broad.start.year, broad.end.year} - {cand.start.year}):
            start = date(year, cand.start.month, 1)
            end = month_span(year, cand.end.month)[1]  # whole months, not cut at today as this year's were
            if broad.start <= start and end <= broad.end + _LOOSE_END:
                return Cand(cand.offset, cand.text, start, end)
    return cand


def narrows(wide: Cand, narrow: Cand) -> bool:
    """`narrow` starts inside `wide`, is shorter and ends about with it: it says the same time more exactly."""
    return (
        wide.start <= narrow.start <= wide.end
        and narrow.end <= wide.end + _LOOSE_END
        and (narrow.end - narrow.start) < (wide.end - wide.start)
    )
