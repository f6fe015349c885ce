"""Grown children who do not support a parent (赡养, 民法典 第1067条), told in the story's own words: "三个儿子没一个管他的
一分钱不给", "俩儿子都不管我", "儿女不给生活费". The claim has no limitation period (民法典 第196条), so the words of the
knowledge file about support must hear it however it is told, and a fraud victim's 养老钱 is no support claim."""

from __future__ import annotations

import re

from bot.domain.text import IN_CLAUSE, normalize_for_parsing

_W = IN_CLAUSE  # a character inside one clause
KIN_OWING = re.compile(r"儿子|女儿|闺女|孩子|子女|儿女|崽|娃|大儿|二儿|小儿|老大|老二|老三")
SUPPORT_WORD = re.compile(r"赡养|养老钱|生活费[^。]{0,6}(?:不给|没给|一分|不出|没出)")
# the children themselves not caring for the parent ("俩儿子都不管我", "三个儿女没一个管我", "一分钱不给"), not
# "孩子在学校被打了 老师不管"
KIN_NO_SUPPORT = re.compile(
    rf"(?:{KIN_OWING.pattern}){_W}{{0,8}}?(?:不给(?:我|俺|他|她)?(?:钱|饭吃|生活费|养老钱)|(?:都|也|从来|根本|谁都|谁也)?不管|不养|不来看"
    rf"|没(?:一个|一人|人|谁)(?:管|养|问)|一分钱(?:都|也)?(?:不给|没给))"
)
# the word the knowledge file's support statements are keyed on (legal_routes.yml `&support`)
SUPPORT_TOPIC = "赡养"


def children_fail_parent(text: str | None) -> bool:
    """Grown children told giving a parent no support, in any words ("三个儿子没一个管他的 一分钱不给")."""
    clean = normalize_for_parsing(text or "")
    return bool(KIN_OWING.search(clean)) and bool(SUPPORT_WORD.search(clean) or KIN_NO_SUPPORT.search(clean))


def with_support_topic(told: str) -> str:
    """The story as the knowledge file's `about`/`unless` words are matched against: 赡养 added when the children
    are told failing a parent in other words, so the support statements (no time limit) are said and the 3 years of
    第188条 are not."""
    if SUPPORT_TOPIC in told or not children_fail_parent(told):
        return told
    return f"{told} {SUPPORT_TOPIC}"
