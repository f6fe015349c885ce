"""What people in hardship ask about help for the household itself: help at once when there is nothing to eat
(临时救助), and the allowance for a child whose parents are gone but alive (事实无人抚养儿童).

Rows of the same shape as `actions.own_matter_questions.ASKED` (FAQ key of knowledge/legal_routes.yml, what the
question clause says, what the story must tell). Patterns are searched in normalised text. Pure: no I/O.
"""

from __future__ import annotations

import re

# "有没有先救急的办法", "能不能先给点救助", "揭不开锅了咋办": help at once, before any 低保 is settled
_AT_ONCE = (
    r"救急|应急|急用|先救|临时救助|临时补助|先(?:给|发|借)(?:点|些|一点)?(?:钱|米|粮|救助|补助)|"
    r"(?:揭不开锅|没米|没饭吃|吃不上饭|断顿|断粮)[^。]{0,6}(?:怎么办|咋办|咋整|咋弄|怎么弄|找谁|有没有|能不能)"
)
# the household's own want told: nothing to eat, no money to live on
_IN_WANT = (
    r"没米|没饭|吃不上|揭不开锅|断顿|断粮|没钱(?:买|吃|过|生活)|活不下去|过不下去|生活困难|低保|救助|困难"
)

# "有啥补助能领", "俺孙子这种能领啥": an allowance asked for the child
_ALLOWANCE_ASKED = r"补助|补贴|救助|生活费|能领|领啥|领什么|有啥(?:帮|政策)|有什么(?:帮|政策)"
_CHILD = r"孙子|孙女|外孙|孩子|娃|小孩|侄子|侄女"
# both parents gone though alive: vanished, not heard of, in prison (not one parent who left the other to care)
_PARENTS = r"父母|爹妈|爸妈|爹娘|儿子儿媳|儿子媳妇|儿子和儿媳|女儿女婿|娃(?:的|他|她)?(?:爹妈|爸妈)|(?:他|她)(?:爸妈|爹妈)"
_GONE = r"联系不上|跑了|失联|不见了|找不到|找不着|下落不明|没音信|没了音信|打不通|不管|坐牢|服刑|判了刑|进去了|吸毒|戒毒"
_PARENTS_GONE = rf"^(?=[\s\S]*(?:{_CHILD}))[\s\S]*(?:{_PARENTS})[^。]{{0,16}}(?:{_GONE})"

WELFARE_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("unsupported_child_allowance", re.compile(_ALLOWANCE_ASKED), re.compile(_PARENTS_GONE)),
    ("temporary_assistance", re.compile(_AT_ONCE), re.compile(_IN_WANT)),
)
