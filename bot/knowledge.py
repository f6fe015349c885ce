"""Typed, validated access to knowledge/legal_routes.yml, the single reviewed file of legal knowledge.

The YAML is read lazily on first use and cached; tests pass their own path to :func:`load_knowledge`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "knowledge" / "legal_routes.yml"

# DOMAIN.md §5, in routing order.
ROUTE_CODES: tuple[str, ...] = (
    "litigation",
    "administrative_review",
    "labour_arbitration",
    "labour_inspection",
    "land_contract_arbitration",
    "state_compensation",
    "discipline_inspection",
    "suggestion",
    "hotline_12345",
    "petition",
)
CRISIS_KINDS: tuple[str, ...] = ("self_harm", "violence", "domestic_violence", "danger")
FAQ_KEYS: tuple[str, ...] = (
    "what_is_petition",
    "channels",
    "next_steps",
    "how_long",
    "anonymous",
    "why_personal_info",
)
PETITION_LAW = "信访工作条例"

# Said at the end of every route explanation: the matter is recorded and petitioning stays open.
RECORDED = "您反映的事项我们已经如实记录下来了，信访部门会依法登记（《信访工作条例》第22条）。"
STILL_OPEN = "无论您选择哪条途径，都仍然可以通过信访渠道反映诉求，我们会依法登记、认真对待。"


class KnowledgeError(ValueError):
    """The knowledge file is missing something the bot relies on."""


def cite(article: str, law: str = "") -> str:
    """`第20条` + `行政复议法` → `《行政复议法》第20条`; no law means 《信访工作条例》."""
    if not article:
        return ""
    if article.startswith(("最高", "《")):
        return article
    return f"《{law or PETITION_LAW}》{article}"


@dataclass(frozen=True)
class Hotline:
    number: str
    what: str


@dataclass(frozen=True)
class TimeLimit:
    text: str
    article: str
    law: str = ""

    @property
    def citation(self) -> str:
        return cite(self.article, self.law)


@dataclass(frozen=True)
class Note:
    text: str
    article: str = ""


@dataclass(frozen=True)
class RouteVariant:
    """What the citizen is told for one route (or one variant of it)."""

    key: str
    title: str
    summary: str
    where: str
    hotlines: tuple[Hotline, ...]
    time_limits: tuple[TimeLimit, ...]
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class Route:
    code: str
    base: RouteVariant
    variants: dict[str, RouteVariant] = field(default_factory=dict)

    def resolve(self, variant: str | None = None) -> RouteVariant:
        """The variant's text, or the route's own text when no (known) variant is asked for."""
        return self.variants.get(variant or "", self.base)


@dataclass(frozen=True)
class Deadline:
    step: str
    days: int
    working_days: bool
    article: str
    text: str


@dataclass(frozen=True)
class CrisisGuide:
    kind: str
    lines: tuple[Hotline, ...]
    tell: str
    staff: str
    flags: tuple[str, ...]
    lawful: str = ""


@dataclass(frozen=True)
class FaqEntry:
    key: str
    question: str
    answer: str


@dataclass(frozen=True)
class Channels:
    articles: str
    kinds: tuple[tuple[str, str, str], ...]  # (key, name, note)
    progress_query: str
    visits_text: str
    visits_article: str
    max_representatives: int


@dataclass(frozen=True)
class Knowledge:
    routes: dict[str, Route]
    deadlines: dict[str, Deadline]
    crisis: dict[str, CrisisGuide]
    other_lines: tuple[Hotline, ...]
    channels: Channels
    faq: dict[str, FaqEntry]

    def route(self, code: str) -> Route:
        if code not in self.routes:
            raise KeyError(f"unknown route code: {code!r}")
        return self.routes[code]

    def deadline(self, step: str) -> Deadline:
        if step not in self.deadlines:
            raise KeyError(f"unknown deadline step: {step!r}")
        return self.deadlines[step]

    def crisis_guide(self, kind: str) -> CrisisGuide:
        if kind not in self.crisis:
            raise KeyError(f"unknown crisis kind: {kind!r}")
        return self.crisis[kind]


# ---------------------------------------------------------------------------------------------------
# parsing and validation


def _hotline(raw: dict[str, Any], where: str) -> Hotline:
    number = str(raw.get("number", ""))
    if not number.isdigit() or not number.isascii():
        raise KnowledgeError(f"{where}: hotline number must be ASCII digits, got {number!r}")
    if not raw.get("what"):
        raise KnowledgeError(f"{where}: hotline {number} has no description")
    return Hotline(number=number, what=str(raw["what"]))


def _time_limit(raw: dict[str, Any], where: str) -> TimeLimit:
    if not raw.get("text") or not raw.get("article"):
        raise KnowledgeError(f"{where}: every time limit needs text and article")
    return TimeLimit(text=str(raw["text"]), article=str(raw["article"]), law=str(raw.get("law") or ""))


def _note(raw: Any, where: str) -> Note:
    if isinstance(raw, str):
        return Note(text=raw)
    if not isinstance(raw, dict) or not raw.get("text"):
        raise KnowledgeError(f"{where}: a note needs text")
    return Note(text=str(raw["text"]), article=str(raw.get("article") or ""))


_EMPTY = RouteVariant(key="", title="", summary="", where="", hotlines=(), time_limits=(), notes=())


def _variant(key: str, raw: dict[str, Any], where: str, base: RouteVariant = _EMPTY) -> RouteVariant:
    """A variant inherits every field it does not set from the route's own text."""
    view = RouteVariant(
        key=key,
        title=str(raw.get("title", base.title)),
        summary=str(raw.get("summary", base.summary)),
        where=str(raw.get("where", base.where)),
        hotlines=tuple(_hotline(h, where) for h in raw["hotlines"]) if "hotlines" in raw else base.hotlines,
        time_limits=(
            tuple(_time_limit(t, where) for t in raw["time_limits"])
            if "time_limits" in raw
            else base.time_limits
        ),
        notes=tuple(_note(n, where) for n in raw["notes"]) if "notes" in raw else base.notes,
    )
    if not view.title or not view.where:
        raise KnowledgeError(f"{where}: title and where are required")
    return view


def _route(code: str, raw: dict[str, Any]) -> Route:
    base = _variant("", raw, f"routes.{code}")
    variants = {
        key: _variant(key, vraw or {}, f"routes.{code}.variants.{key}", base)
        for key, vraw in (raw.get("variants") or {}).items()
    }
    return Route(code=code, base=base, variants=variants)


def _deadline(raw: dict[str, Any]) -> Deadline:
    step = str(raw.get("step", ""))
    if not raw.get("article"):
        raise KnowledgeError(f"process_deadlines.{step}: article is required")
    days = raw.get("days")
    if not isinstance(days, int) or days <= 0:
        raise KnowledgeError(f"process_deadlines.{step}: days must be a positive integer")
    return Deadline(
        step=step,
        days=days,
        working_days=bool(raw.get("working_days", False)),
        article=str(raw["article"]),
        text=str(raw.get("text", "")),
    )


def _crisis(kind: str, raw: dict[str, Any]) -> CrisisGuide:
    where = f"crisis.{kind}"
    lines = tuple(_hotline(h, where) for h in raw.get("lines") or ())
    if not lines or not raw.get("tell") or not raw.get("staff"):
        raise KnowledgeError(f"{where}: lines, tell and staff are required")
    return CrisisGuide(
        kind=kind,
        lines=lines,
        tell=str(raw["tell"]),
        staff=str(raw["staff"]),
        flags=tuple(raw.get("flags") or ()),
        lawful=str(raw.get("lawful") or ""),
    )


def parse_knowledge(data: dict[str, Any]) -> Knowledge:
    """Build and validate a :class:`Knowledge` from the YAML document."""
    routes_raw = data.get("routes") or {}
    missing = [code for code in ROUTE_CODES if code not in routes_raw]
    if missing:
        raise KnowledgeError(f"routes missing: {', '.join(missing)}")
    routes = {code: _route(code, routes_raw[code]) for code in routes_raw}

    deadlines = {d.step: d for d in (_deadline(raw) for raw in data.get("process_deadlines") or ())}
    if not deadlines:
        raise KnowledgeError("process_deadlines is empty")

    crisis_raw = data.get("crisis") or {}
    missing = [kind for kind in CRISIS_KINDS if kind not in crisis_raw]
    if missing:
        raise KnowledgeError(f"crisis kinds missing: {', '.join(missing)}")
    crisis = {kind: _crisis(kind, crisis_raw[kind]) for kind in CRISIS_KINDS}
    other_lines = tuple(_hotline(h, "crisis.other_lines") for h in crisis_raw.get("other_lines") or ())

    ch = data.get("channels") or {}
    visits = ch.get("visits") or {}
    channels = Channels(
        articles=str(ch.get("articles", "")),
        kinds=tuple((str(k["key"]), str(k["name"]), str(k.get("note") or "")) for k in ch.get("kinds") or ()),
        progress_query=str(ch.get("progress_query", "")),
        visits_text=str(visits.get("text", "")),
        visits_article=str(visits.get("article", "")),
        max_representatives=int(visits.get("max_representatives", 0)),
    )
    if not channels.kinds or not channels.articles or not channels.visits_article:
        raise KnowledgeError("channels: kinds, articles and visits.article are required")

    faq_raw = data.get("faq") or {}
    missing = [key for key in FAQ_KEYS if not (faq_raw.get(key) or {}).get("answer")]
    if missing:
        raise KnowledgeError(f"faq answers missing: {', '.join(missing)}")
    faq = {
        # folded YAML lines join with spaces, which Chinese text must not have
        key: FaqEntry(
            key=key, question=str(raw.get("question", "")), answer=re.sub(r"\s+", "", str(raw["answer"]))
        )
        for key, raw in faq_raw.items()
    }
    return Knowledge(
        routes=routes,
        deadlines=deadlines,
        crisis=crisis,
        other_lines=other_lines,
        channels=channels,
        faq=faq,
    )


@lru_cache(maxsize=4)
def load_knowledge(path: Path | str | None = None) -> Knowledge:
    """Read and validate the knowledge file (default knowledge/legal_routes.yml); cached per path."""
    file = Path(path) if path else DEFAULT_PATH
    with file.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{file}: not a YAML mapping")
    return parse_knowledge(data)


# ---------------------------------------------------------------------------------------------------
# citizen-facing text


def _hotline_text(lines: tuple[Hotline, ...]) -> str:
    return "；".join(f"{h.number}（{h.what}）" for h in lines)


def explain_route(code: str, variant: str | None = None, knowledge: Knowledge | None = None) -> str:
    """Warm, plain Chinese: what the route is, where to go, hotlines, time limits with articles.

    Always says the matter is recorded and that petitioning remains open.
    """
    kb = knowledge or load_knowledge()
    view = kb.route(code).resolve(variant)
    parts = [RECORDED, f"根据您说的情况，比较合适的途径是：{view.title}。"]
    if view.summary:
        parts.append(view.summary)
    parts.append(f"去哪里办：{view.where}。")
    if view.hotlines:
        parts.append(f"可以打电话咨询：{_hotline_text(view.hotlines)}。")
    if view.time_limits:
        limits = "\n".join(f"· {t.text}（{t.citation}）。" for t in view.time_limits)
        parts.append(f"时间上请留意：\n{limits}")
    for note in view.notes:
        suffix = f"（{cite(note.article)}）" if note.article else ""
        text = note.text.rstrip("。")
        parts.append(f"{text}{suffix}。")
    parts.append(STILL_OPEN)
    return "\n".join(parts)


def faq_answer(key: str, knowledge: Knowledge | None = None) -> str:
    """The reviewed Chinese answer for a FAQ key (see FAQ_KEYS)."""
    kb = knowledge or load_knowledge()
    if key not in kb.faq:
        raise KeyError(f"unknown faq key: {key!r}")
    return kb.faq[key].answer


def deadline(step: str, knowledge: Knowledge | None = None) -> Deadline:
    """One step of DOMAIN.md §4, e.g. ``deadline("handling").days == 60``."""
    return (knowledge or load_knowledge()).deadline(step)
