"""Splits a story that lists several matters ("一是…，二是…", "一个是…，另一个是…", "1. … 2. …") into one story each.

What the citizen says around the list ("都在株洲市荷塘区") belongs to every matter and is kept with each one.
"""

from __future__ import annotations

import re

# each series of markers: the same kind must appear at least twice, in order
SERIES = (
    r"(?<![不只])(?:[一二三四五])是",
    r"第[一二三四五](?:件|个|点|条)?(?:事|问题)?(?:是|[，,、：:])?",
    r"其[一二三四五][，,、：:]?",
    r"(?:一个是|另一个是|另外一个是|还有一个是)",
    r"[①②③④⑤]",
    r"(?<!\d)[1-5][.、．)）]",
    r"(?<![\u4e00-\u9fff])[一二三四五]、",
)
# what only announces the list ("我要反映两件事") is no part of either matter
_ANNOUNCE = re.compile(r"(?:两|二|三|几|好几|多)(?:件|个|桩)(?:事情?|问题)")
_CLAUSE_END = re.compile(r"[，,。；;：:]")
# what follows the list and speaks of all of it ("都在…", "这两件事都…")
_SHARED_TAIL = re.compile(r"[，,。；;]\s*((?:都|全|均|两件|这两|以上|上面)[^。；;]*)$")
_EDGES = "，,。；;：: "


def split_matters(text: str) -> list[str]:
    """One story per matter when the text lists two or more; [] when it tells one matter."""
    text = (text or "").strip()
    for pattern in SERIES:
        marks = list(re.finditer(pattern, text))
        if len(marks) < 2:
            continue
        head = "，".join(
            clause.strip(_EDGES)
            for clause in _CLAUSE_END.split(text[: marks[0].start()])
            if clause.strip(_EDGES) and not _ANNOUNCE.search(clause)
        )
        bodies = [text[m.end() : n.start()] for m, n in zip(marks, marks[1:], strict=False)]
        last = text[marks[-1].end() :]
        tail_match = _SHARED_TAIL.search(last)
        tail = tail_match.group(1).strip(_EDGES) if tail_match else ""
        if tail_match:
            last = last[: tail_match.start()]
        bodies.append(last)
        stories = [body.strip(_EDGES) for body in bodies]
        if sum(1 for story in stories if len(story) >= 4) < 2:
            continue
        return ["，".join(part for part in (head, story, tail) if part) for story in stories if story]
    return []
