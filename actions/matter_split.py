"""Splits a story that lists several matters ("一是…，二是…", "一个是…，另一个是…", "1. … 2. …") into one story each.

What the citizen says around the list ("都在株洲市荷塘区") belongs to every matter and is kept with each one.
"""

from __future__ import annotations

import re

from bot.domain import text as textutil

# each series of markers: the same kind must appear at least twice, in order
SERIES = (
    r"(?<![不只])(?:[一二三四五])是",
    r"第[一二三四五](?:件|个|点|条)?(?:事|问题)?(?:是|[，,、：:])?",
    r"其[一二三四五][，,、：:]?",
    r"(?:一个是|另一个是|另外一个是|还有一个是|第[二三四五]个是)",
    r"[①②③④⑤]",
    r"(?<!\d)[1-5][.、．)）]",
    r"(?<![\u4e00-\u9fff])[一二三四五]、",
)
# what only announces the list ("我要反映两件事") is no part of either matter
_ANNOUNCE = re.compile(r"(?:两|二|三|几|好几|多)(?:件|个|桩)(?:事情?|问题)")
_CLAUSE_END = re.compile(r"[，,。；;：:]")
# what follows the list and speaks of all of it ("都在…", "这两件事都…")
_SHARED_TAIL = re.compile(r"[，,。；;]\s*((?:都|全|均|两件|这两|以上|上面)[^。；;]*)$")
# a place said last, after the list ("…第二个是…盖房子了 甘肃省定西市安定区"): where both matters are
_PLACE_TAIL = re.compile(r"[，,。；;\s]\s*([\u4e00-\u9fff]{2,14}(?:省|市|区|县|镇|乡|街道|村))[。.!！\s]*$")
_EDGES = "，,。；;：: "
# "还有一件事 小区电梯也老坏", "另外一个问题：…", "我再反映个事，…": another matter told during an intake
_ANOTHER_MATTER = re.compile(
    r"^\s*(?:对了|哦|噢|啊|还有|然后)?[，,。\s]*(?:我|俺)?"
    r"(?:还有|另外还有|另外|再|还要|还想|顺便|顺带)(?:反映|说|问|讲|提)?(?:一|1|另)?(?:件|个|桩)(?:别的)?(?:事情?|问题)"
    r"(?:要(?:反映|说))?[：:，,。！!\s]*"
)
MIN_ANOTHER_MATTER_CHARS = 4


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
        tail_match = _SHARED_TAIL.search(last) or _PLACE_TAIL.search(last)
        tail = tail_match.group(1).strip(_EDGES) if tail_match else ""
        if tail_match:
            last = last[: tail_match.start()]
        bodies.append(last)
        stories = [body.strip(_EDGES) for body in bodies]
        if sum(1 for story in stories if len(story) >= 4) < 2:
            continue
        return ["，".join(part for part in (head, story, tail) if part) for story in stories if story]
    return []


def another_matter(text: str) -> str | None:
    """The story of another matter a message opens with "还有一件事…", or None (also when only announced)."""
    text = text or ""
    found = _ANOTHER_MATTER.match(textutil.to_simplified(text))  # one character for one: the slice holds
    if not found:
        return None
    rest = text[found.end() :].strip(_EDGES)
    return rest if textutil.cjk_count(rest) >= MIN_ANOTHER_MATTER_CHARS else None


LATER_MATTER_NOTE = (
    "好的，这件事我也记下了：“{}”。咱们先把第一件登记完，提交以后接着登记这件，姓名和电话不用再说一遍。"
)


def later_matter_updates(slots: dict, story: str) -> dict:
    """Slots that keep another matter for after this case is filed (action_offer_next_matter takes it up)."""
    return {"pending_matters": [*(slots.get("pending_matters") or []), story], "more_matters": True}
