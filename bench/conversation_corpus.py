"""The conversation corpus (tests/conversations/*.yml): loading, date templates and the field checks.

The format is described in tests/conversations/README.md. Expected values are what a careful clerk would
record; the checks here say how a recorded value is compared with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from actions.slots import INTAKE_SLOTS
from bot.parsing.people import extract_people_count

CORPUS_DIR = Path(__file__).resolve().parents[1] / "tests" / "conversations"

# the case columns a conversation may expect: the intake slots as filed, plus the route
CASE_FIELDS = (
    *("location_code" if s == "location" else s for s in INTAKE_SLOTS),
    "route",
    "route_variant",
)
# the slot a correction of each field may also change (derived values)
DERIVED_SLOTS = {
    "location": ("location_code", "location_candidates"),
    "category": ("category_confidence", "category_candidates"),
}
TURN_KEYS = {"say", "answer", "question", "corrects", "reply_has", "reply_lacks", "later"}
EXPECT_KEYS = {"case", "cases", "filed", "say", "never_say"}


@dataclass(frozen=True)
class Turn:
    say: str | None = None
    answers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # said in turn when asked again
    question: bool = False  # the message asks something: it must not become a value
    corrects: tuple[str, ...] = ()  # the fields this message corrects: nothing else may change
    reply_has: tuple[str, ...] = ()
    reply_lacks: tuple[str, ...] = ()
    later: bool = False  # the citizen comes back another day: a new chat (a fresh sender), nothing remembered


@dataclass(frozen=True)
class Conversation:
    id: str
    tags: tuple[str, ...]
    ci: bool
    turns: tuple[Turn, ...]
    cases: tuple[dict[str, Any], ...]  # expected filed cases, in order of filing
    say: tuple[str, ...] = ()
    never_say: tuple[str, ...] = ()
    source: str = ""


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _turn(raw: Any, where: str) -> Turn:
    if isinstance(raw, str):
        return Turn(say=raw)
    unknown = set(raw) - TURN_KEYS
    if unknown or ("say" in raw) == ("answer" in raw):
        raise ValueError(f"{where}: a turn has either `say` or `answer` (unknown keys: {sorted(unknown)})")
    answers = {str(k): _strings(v) for k, v in (raw.get("answer") or {}).items()}
    return Turn(
        say=None if raw.get("say") is None else str(raw["say"]),
        answers=answers,
        question=bool(raw.get("question")),
        corrects=_strings(raw.get("corrects")),
        reply_has=_strings(raw.get("reply_has")),
        reply_lacks=_strings(raw.get("reply_lacks")),
        later=bool(raw.get("later")),
    )


def _conversation(raw: dict[str, Any], kind: str, source: str) -> Conversation:
    where = f"{source}: {raw.get('id')}"
    expect = raw.get("expect") or {}
    unknown = set(expect) - EXPECT_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown expect keys {sorted(unknown)}")
    if "case" in expect:
        cases: tuple[dict[str, Any], ...] = (expect["case"],)
    elif "cases" in expect:
        cases = tuple(expect["cases"])
    elif expect.get("filed") is False:
        cases = ()
    else:
        raise ValueError(f"{where}: expect needs `case`, `cases` or `filed: false`")
    for case in cases:
        bad = set(case) - set(CASE_FIELDS)
        if bad:
            raise ValueError(f"{where}: unknown case fields {sorted(bad)}")
    tags = tuple(dict.fromkeys([kind, *_strings(raw.get("tags"))]))  # the file's kind first
    return Conversation(
        id=str(raw["id"]),
        tags=tags,
        ci=bool(raw.get("ci")),
        turns=tuple(_turn(t, where) for t in raw["turns"]),
        cases=cases,
        say=_strings(expect.get("say")),
        never_say=_strings(expect.get("never_say")),
        source=source,
    )


def load_corpus(directory: Path = CORPUS_DIR) -> list[Conversation]:
    """Every conversation of every `*.yml` file except threshold.yml; ids must be unique."""
    out: list[Conversation] = []
    for path in sorted(directory.glob("*.yml")):
        if path.name == "threshold.yml":
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        kind = str(data.get("kind") or path.stem)
        out += [_conversation(raw, kind, path.name) for raw in data.get("conversations") or []]
    seen: set[str] = set()
    for conv in out:
        if conv.id in seen:
            raise ValueError(f"duplicate conversation id {conv.id}")
        seen.add(conv.id)
    return out


def load_threshold(directory: Path = CORPUS_DIR) -> float:
    data = yaml.safe_load((directory / "threshold.yml").read_text(encoding="utf-8")) or {}
    return float(data["ci_all_right_share"])


# {Y} this year, {Y-1}; {M-2} the month two months ago (YYYY-MM); {D-3} three days ago (YYYY-MM-DD);
# {W-1:5} Friday of last week (weeks start on Monday: 1 Monday … 7 Sunday), for "上周五"
_TEMPLATE = re.compile(r"\{([YMDW])(?:-(\d+))?(?::([1-7]))?\}")


def expand_dates(text: str, today: date) -> str:
    def one(match: re.Match[str]) -> str:
        unit, back = match.group(1), int(match.group(2) or 0)
        if unit == "W":
            monday = today - timedelta(days=today.isoweekday() - 1 + 7 * back)
            return (monday + timedelta(days=int(match.group(3) or 1) - 1)).isoformat()
        if unit == "Y":
            return str(today.year - back)
        if unit == "M":
            index = today.year * 12 + today.month - 1 - back
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        return (today - timedelta(days=back)).isoformat()

    return _TEMPLATE.sub(one, text)


def _empty(value: Any) -> bool:
    return value is None or str(value).strip() in ("", "未提供")


def _one_matches(name: str, expected: Any, got: Any, today: date) -> bool:
    if expected is None:
        return _empty(got)
    if _empty(got):
        return False
    got_text = str(got).strip()
    want = expand_dates(str(expected), today).strip()
    if name == "location_code":
        return got_text.startswith(want)
    if name == "occurred_at":  # the recorded period starts in the period the clerk would write
        return got_text.split("~")[0].startswith(want)
    if name in ("issue_text", "respondent", "prior_report"):
        return want in got_text
    if name == "people_count":  # a number, or the words as said ("三十几户") when kept as text
        if isinstance(expected, str):
            return want in got_text
        try:
            return int(float(got_text)) == int(expected)
        except ValueError:  # kept in words: the number they name
            return extract_people_count(got_text) == int(expected)
    return got_text == want


def said(phrase: str, replies: str) -> bool:
    """A reply phrase; "人社|12333" means either."""
    return any(option in replies for option in phrase.split("|"))


def field_matches(name: str, expected: Any, got: Any, today: date) -> bool:
    """A list of expected values means any of them."""
    options: Iterable[Any] = expected if isinstance(expected, list) else (expected,)
    return any(_one_matches(name, option, got, today) for option in options)
