"""Where the harm happened, told beside where the citizen is now: "株洲市芦淞区建设街道 家是在荷塘区 他打我是在家里"
(hx-017) names the mother's street she fled to first; the beating was at home, so the home's place is the place of
the matter. Only when the message says both where home is and that it happened at home."""

from __future__ import annotations

import re

# "家是在荷塘区", "我家在城关镇", "住的地方是在雨花区": the home's place, up to the end of the clause
_HOME_IS_IN = re.compile(
    r"(?:家|家里|住的地方|住处)(?:是|就)?(?:在|住)(?P<place>[^\s,，。!！;；?？]{2,20}?)(?=[\s,，。!！;；?？]|的|$)"
)
# "他打我是在家里", "在家里打的", "在家动的手": it happened at home
_AT_HOME = re.compile(
    r"(?:打|骂|砸|掐|踢|动手|出事)(?:了)?(?:我|俺|她|孩子)?(?:是|都是|就是)?在家"
    r"|在家(?:里|中)?[^\s,，。!！;；?？]{0,4}?(?:打|骂|砸|掐|踢|动的手|动手|出的事)"
)


def home_scene_said(text: str) -> str | None:
    """The home's place when the message says the harm happened at home ("家是在荷塘区 他打我是在家里"), else None."""
    home = _HOME_IS_IN.search(text)
    if home is None or not _AT_HOME.search(text):
        return None
    return home.group("place")
