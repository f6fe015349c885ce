"""Whom the matter is against, put right in plain words: "不是告派出所 是告那个辅警", "我举报的是马志刚这个人 不是整个
街道办". Said as the correction reader reads a denial ("不是派出所 是那个辅警"), so the party on record is
replaced and nothing is added to the story."""

from __future__ import annotations

import re

_VERB = r"(?:要)?(?:告|举报|投诉|反映|检举|控告|说)?的?(?:是)?"
_SEP = r"[\s,，。]+"
_REPORTING = re.compile(r"告|举报|投诉|反映|检举|控告")
# "不是告派出所 是告那个辅警": the verb said with both parties
_NOT_THIS_BUT_THAT = re.compile(
    rf"^(?P<lead>不对{_SEP})?不是{_VERB}(?:整个|这个|那个)?(?P<old>[^\s,，。]+?){_SEP}(?:而)?是{_VERB}(?P<new>.+)$"
)
# "我举报的是马志刚这个人 不是整个街道办": the party first, the denial after
_THAT_NOT_THIS = re.compile(
    rf"^(?:我|俺|我们|俺们)?(?:要)?(?:告|举报|投诉|反映|检举|控告)的是(?P<new>.+?){_SEP}(?:而)?不是{_VERB}"
    r"(?:整个|这个|那个)?(?P<old>[^\s,，。]+?)(?:这个单位|这个人)?[啊呀的]?$"
)


def as_plain_denial(clean: str) -> str:
    """The message rewritten as "不是X，是Y" when it denies one party and names another with a verb of
    reporting; unchanged otherwise."""
    found = _NOT_THIS_BUT_THAT.match(clean) or _THAT_NOT_THIS.match(clean)
    if found is None or not _REPORTING.search(clean):
        return clean  # "不是我不想去 是没钱": no party denied
    return f"不是{found['old']}，是{found['new']}"
