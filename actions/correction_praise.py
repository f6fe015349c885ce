"""Whom a praise is for, said as a correction: "是表扬李医生 她名字叫李春燕 不是表扬整个卫生院",
"王长根是我表扬的人". The one praised is the case's respondent; the citizen's own name is never taken from it.
"""

from __future__ import annotations

import re

# "是表扬李医生", "表扬的是后勤处王师傅", "要表扬的是李医生"
_PRAISED_AFTER = re.compile(
    r"^(?:我|俺)?(?:是|就是|要)?表扬(?:的是|的人是|的是那个)?(?P<who>(?![他她它你我俺咱]|大家|一下|下)[^，,。不]{2,16}?)的?$"
)
# "王长根是我表扬的人", "李春燕才是我要表扬的"
_PRAISED_BEFORE = re.compile(
    r"^(?P<who>[^，,。]{2,12}?)(?:才|就)?是(?:我|俺)(?:要)?表扬的(?:人|那个人|那位)?$"
)
# "她名字叫李春燕", "她叫李春燕": the name of the one just named
_NAMED = re.compile(r"^(?:他|她)(?:的)?(?:名字|全名|大名)?(?:叫|是)(?P<name>[\u4e00-\u9fff]{2,4})$")
# "不是表扬整个卫生院": the one it is not for, nothing to record
_NOT_PRAISED = re.compile(r"^(?:而)?不是(?:要)?表扬")


def praised_one(clauses: list[str]) -> tuple[str, list[str]] | None:
    """The one praised, by name when a name is given, and the clauses left for other corrections ("名字写李娟");
    None when no clause says whom the praise is for."""
    who, rest, named = None, [], None
    for clause in clauses:
        text = clause.strip()
        found = _PRAISED_AFTER.match(text) or _PRAISED_BEFORE.match(text)
        if found and who is None:
            who = found["who"].strip()
        elif who is not None and (name := _NAMED.match(text)):
            named = name["name"]
        elif who is not None and _NOT_PRAISED.match(text):
            continue
        else:
            rest.append(clause)
    return (named or who, rest) if who else None
