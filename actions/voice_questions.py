"""Where the question starts in a long clause typed without a stop (voice input): "我是送外卖的…被一辆小汽车撞了…
想问问这个算不算公伤" tells the matter first and asks only at the end; the story before the question is kept."""

from __future__ import annotations

import re

# a clause this long with no stop in it is a story told in one breath, not one question
LONG_CLAUSE = 24
# what begins the question at its end: "想问问", "请问", "我就想知道", "这个算不算"
_ASKING_START = re.compile(
    r"(?:我|俺)?(?:就|只)?(?:想|要)?(?:问问|问一下|问下|请问|咨询一下|想知道|打听一下)"
    r"|(?:那|这个|这种|这样)(?:情况)?(?:算不算|能不能|可不可以|是不是|该不该|要不要|有没有|合不合法|犯不犯法)"
)
# the question must leave this much of the story before it
MIN_STORY_BEFORE = 12


def question_start(clause: str) -> int:
    """The offset in `clause` where its closing question begins, or 0 when the whole clause is the question."""
    if len(clause) < LONG_CLAUSE:
        return 0
    starts = [m.start() for m in _ASKING_START.finditer(clause) if m.start() >= MIN_STORY_BEFORE]
    return starts[-1] if starts else 0
