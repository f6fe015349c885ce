"""What the citizen says about the matters while one is being filed: "那坡道的呢", "先登补贴的" (which one is
filed now), "这是两件事啊" of a list already split. Pure: the note to say, nothing of any case changes."""

from __future__ import annotations

import re

from actions.matter_unmarked import asks_after_matter, asks_to_split, names_told
from bot.domain import text as textutil

NOW_FILING_NOTE = "现在登记的就是这件：“{}”。我们接着往下。"
WAITING_NOTE = "“{}”这件我记着呢，现在这件提交以后马上接着登记，姓名和电话不用再说一遍。"
ALREADY_SPLIT_NOTE = "好的，已经分开了：现在登记的是“{}”，提交以后接着登记“{}”，姓名和电话不用再说一遍。"

# "先登补贴的", "先登记五保那个", "先说坡道的事": which matter the citizen wants filed first
_EDGES = "，,。；;：: 、"
_FIRST = re.compile(
    r"先(?:登记?|记|说|办|交|弄|处理)(?:一下)?(?P<what>[\u4e00-\u9fff]{2,8}?)(?:的|那个|那件|这个|这件)(?:事情?)?"
)


def named_first(text: str | None) -> str | None:
    """What "先登补贴的" names, or None."""
    found = _FIRST.search(textutil.normalize_for_parsing(text or ""))
    return found["what"] if found else None


def without_first_named(text: str, story: str) -> str:
    """ "先登补贴的 对象是历下区残联" while the subsidy is filed: the answer alone ("对象是历下区残联")."""
    clean = textutil.normalize_for_parsing(text or "")
    found = _FIRST.search(clean)
    if found is None or not names_told(found["what"], story):
        return text
    rest = (clean[: found.start()] + " " + clean[found.end() :]).strip(_EDGES)
    return rest if textutil.cjk_count(rest) >= 2 else text


def asked_after_note(what: str, story: str, pending: list[str]) -> str | None:
    """ "那坡道的呢": the matter being filed now, or the one that waits for it; None when it names neither."""
    if names_told(what, story):
        return NOW_FILING_NOTE.format(story)
    waiting = next((told for told in pending if names_told(what, told)), None)
    return WAITING_NOTE.format(waiting) if waiting else None


def matters_note(text: str | None, slots: dict) -> str | None:
    """The note for a message during the intake that only speaks of the matters told, when they are already
    split (the question asked is then asked again); None when the message is something else."""
    story = slots.get("issue_text") or ""
    pending = list(slots.get("pending_matters") or [])
    if not story:
        return None
    what = asks_after_matter(text) or named_first(text)
    if what and without_first_named(text or "", story) == text:  # "先登补贴的 对象是…" is read as the answer
        return asked_after_note(what, story, pending)
    if asks_to_split(text) and pending:
        return ALREADY_SPLIT_NOTE.format(story, pending[0])
    return None
