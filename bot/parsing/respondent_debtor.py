"""The person who owes or wronged the citizen, told by name in a clause about them: "欠我钱的任大庆",
"拖欠俺们工钱的是包工头刘某", "打我的那个人叫王强". Said at any question, it names whom the matter is against.
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing
from bot.parsing.surnames import surname_length

# what the person did to the citizen, then 的 and the name: "欠我钱的任大庆", "骗了俺们的那个人叫李四"
_DEBTOR_RE = re.compile(
    r"(?:欠|拖欠|赖|坑|骗|打|占|扣)了?(?:我|俺|我们|俺们|咱|咱们|我家|俺家)[\u4e00-\u9fff]{0,4}?的"
    r"(?:那个人|那人|人|是|就是|那个|老板|包工头)*(?:叫|名叫|名字叫)?"
    r"(?P<name>[\u4e00-\u9fff]{2,4})"
)
# what was taken, not who took it: "骗了我们的房款", "占了俺家的地基" (房, 地 are surnames too)
_THINGS = frozenset("款钱费资租账货粮地房车物")
# what may follow the name: a pause, or the next clause about him ("任大庆 他包了…", "刘某跑了")
_AFTER_NAME_RE = re.compile(r"$|[\s,，。.!！;；、]|他|她|这|那|跑|不|一直|还|就|欠|说")


def debtor_named(text: str | None) -> str | None:
    """The name of the person a clause says owes or wronged the citizen ("欠我钱的任大庆" → 任大庆), or None."""
    norm = normalize_for_parsing(text or "")
    for found in _DEBTOR_RE.finditer(norm):
        start = found.start("name")
        for length in (3, 2, 4):
            name = norm[start : start + length]
            surname = surname_length(name)
            if len(name) < length or not 0 < surname < length or name[surname] in _THINGS:
                continue
            if _AFTER_NAME_RE.match(norm, start + length):
                return name
    return None
