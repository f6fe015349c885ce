"""Typed, validated access to knowledge/legal_routes.yml, the single reviewed file of legal knowledge.

The YAML is read lazily on first use and cached; tests pass their own path to :func:`load_knowledge`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

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
    "litigation",
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


@lru_cache(maxsize=4)
def load_knowledge(path: Path | str | None = None) -> Knowledge:
    """Read and validate the knowledge file (default knowledge/legal_routes.yml); cached per path."""
    file = Path(path) if path else DEFAULT_PATH
    with file.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{file}: not a YAML mapping")
    from bot.knowledge_parse import parse_knowledge  # it builds this module's records

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
