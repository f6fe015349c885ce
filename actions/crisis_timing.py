"""When the questions may start after a crisis: not while someone should be getting away from the danger.

A gas smell complained of for days ("好几天了 燃气公司说下周才能来") is registered after the advice; someone standing
in it now ("现在在老人家里 一进门一股煤气味") gets out first, however long it has smelled.
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

# a gas leak or a fire now: getting out comes first, the intake waits until they are safe
# a smell or a fault going on for days, told as a complaint ("好几天了 燃气公司说下周才能来"): the advice, then
# the intake, since the citizen came to have it registered; a leak just found waits until they are out
LASTING = re.compile(
    r"好几天|几天了|多少天|好久|很久|一直|几个月|半个月|一个月|好几次|反复|天天|每天|老是|总是"
)
# but someone standing in the smell now ("现在在老人家里 一进门一股煤气味 … 怎么办") gets out first, however
# long it has smelled
AT_THE_LEAK = re.compile(r"现在(?:就)?在|人还在|还在(?:屋|家|里)|一进(?:门|屋)|刚进(?:门|屋)|刚(?:闻到|发现)")


def leak_now(text: str) -> bool:
    """A gas smell or a fire to get away from now, not one complained of for days ("好几天了 燃气公司说下周才能来")."""
    clean = normalize_for_parsing(text)
    return not LASTING.search(clean) or bool(AT_THE_LEAK.search(clean))
