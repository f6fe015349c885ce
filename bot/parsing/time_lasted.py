"""How long the matter has lasted, told in the story: "老板欠了我半年工资", "做了半年", "干了三个月没发钱".

`occurred_at` does not date a bare duration (it may be how long someone worked, not when the matter began). When
the citizen, asked when it happened, says no date ("没有", "不记得"), this is the best a clerk has: the start that
long ago, at the duration's unit ("半年" → the month six months back). Pure; the story text in.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.domain.text import normalize_for_parsing
from bot.parsing.occurred_at import OccurredAt, extract_occurred_at

# a verb of owing or working, then how long: "欠了我半年工资", "拖了三个月", "干了两年", "做了大半年"
_LASTED_RE = re.compile(
    r"(?:欠|拖|压|扣|做|干|打工|上班)(?:了|着)?(?:我|我们|俺|俺们|咱们)?(?:的)?"
    r"(?P<how_long>[\d一二两三四五六七八九十几]+个多?月|[\d一二两三四五六七八九十]+年多?|大?半年|半个月|"
    r"[\d一二两三四五六七八九十]+个(?:星期|礼拜))"
)


# "干了一年", "来了三个多月": how long, said bare
BARE_DURATION = re.compile(
    r"[\d一二两俩三四五六七八九十半几]+(?:个多月|个来月|个月|年多|年|个星期|周)多?"
    r"(?=$|[\s,，。!！~～]|左右|吧|啦|啊|的样子)"
)


def duration_ago(text: str | None, now: datetime) -> OccurredAt | None:
    """A bare duration read as that long ago ("两个多月" → the month two months back), when it answers "since
    when" or puts right a time on record ("不是一个多月 是两个多月"); None when the text has none."""
    clean = normalize_for_parsing(text or "")
    bare = BARE_DURATION.search(clean)
    if bare is None:
        return None
    return extract_occurred_at(clean[: bare.end()] + "了" + clean[bare.end() :], now)


def lasted_in_story(story: str | None, now: datetime) -> OccurredAt | None:
    """The start a duration in the story points back to ("欠了我半年工资" → six months ago), or None."""
    found = _LASTED_RE.search(normalize_for_parsing(story or ""))
    if found is None:
        return None
    return extract_occurred_at(found.group("how_long") + "了", now)
