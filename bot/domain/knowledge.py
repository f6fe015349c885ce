"""Typed, validated access to knowledge/legal_routes.yml, the single reviewed file of legal knowledge.

The YAML is read lazily on first use and cached; tests pass their own path to :func:`load_knowledge`.
What each cited article says is in docs/legal.md.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bot.domain.knowledge_parse import parse_knowledge
from bot.domain.knowledge_records import (
    CRISIS_KINDS,
    FAQ_KEYS,
    FILING_KEYS,
    HAZARD_KINDS,
    NOTICE_KINDS,
    PETITION_LAW,
    ROUTE_CODES,
    ROUTE_VARIANTS,
    Channels,
    CrisisGuide,
    Deadline,
    FaqEntry,
    Hotline,
    Knowledge,
    KnowledgeError,
    Note,
    RejectionGround,
    Route,
    RouteQuestionText,
    RouteVariant,
    TimeLimit,
    cite,
)
from bot.domain.text import normalize_for_parsing
from bot.domain.yaml_read import safe_load

__all__ = [
    "CRISIS_KINDS",
    "DEFAULT_PATH",
    "FAQ_KEYS",
    "FILING_KEYS",
    "HAZARD_KINDS",
    "NOTICE_KINDS",
    "PETITION_LAW",
    "RECORDED",
    "ROUTE_CODES",
    "ROUTE_VARIANTS",
    "Channels",
    "CrisisGuide",
    "Deadline",
    "FaqEntry",
    "Hotline",
    "Knowledge",
    "KnowledgeError",
    "Note",
    "RejectionGround",
    "Route",
    "RouteQuestionText",
    "RouteVariant",
    "TimeLimit",
    "after_filing_lines",
    "cite",
    "deadline",
    "explain_route",
    "faq_answer",
    "has_notice_address",
    "hazard_tip",
    "load_knowledge",
    "notice_line",
    "route_brief",
]

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "legal_routes.yml"

# Said at the start of every route explanation: the matter is recorded whatever its route.
RECORDED = "您反映的事项我们已经如实记录下来了，信访部门会依法登记（《信访工作条例》第22条）。"


@lru_cache(maxsize=4)
def load_knowledge(path: Path | str | None = None) -> Knowledge:
    """Read and validate the knowledge file (default knowledge/legal_routes.yml); cached per path."""
    file = Path(path) if path else DEFAULT_PATH
    with file.open(encoding="utf-8") as fh:
        data = safe_load(fh)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{file}: not a YAML mapping")
    return parse_knowledge(data)


# ---------------------------------------------------------------------------------------------------
# citizen-facing text


def _hotline_text(lines: tuple[Hotline, ...]) -> str:
    return "；".join(f"{h.number}（{h.what}）" for h in lines)


def _cited(text: str, citation: str) -> str:
    text = text.rstrip("。")
    return f"{text}（{citation}）。" if citation else f"{text}。"


def hazard_tip(kind: str, knowledge: Knowledge | None = None) -> str:
    """What to do now about a hazard the story tells (HAZARD_KINDS), cited where the law says it."""
    tip = (knowledge or load_knowledge()).hazard_tips[kind]
    return _cited(tip.text, tip.citation)


def explain_route(
    code: str,
    variant: str | None = None,
    knowledge: Knowledge | None = None,
    *,
    hazards: tuple[str, ...] = (),
    story: str | None = None,
) -> str:
    """Warm, plain Chinese: what the route is, where to go, hotlines, time limits with articles.

    A matter of another statutory procedure ends with what is true of it: the petition does not replace
    that procedure nor stop its time limits (第28条, 第31条). `hazards` (from `bot.domain.safety.hazards_in`)
    add what to do now, whatever the route. A note that concerns only some matters (taxes, a pension) is said
    only when the `story` speaks of them.
    """
    kb = knowledge or load_knowledge()
    route = kb.route(code)
    view = route.resolve(variant)
    parts = [RECORDED, f"根据您说的情况，比较合适的途径是：{view.title}。"]
    if view.summary:
        parts.append(view.summary)
    parts.append(f"去哪里办：{view.where}。")
    if view.hotlines:
        parts.append(f"可以打电话咨询：{_hotline_text(view.hotlines)}。")
    told = normalize_for_parsing(story) if story is not None else None
    said_limits = [t for t in view.time_limits if t.concerns(told)]  # a support claim: no 3 years of 第188条
    if said_limits:
        limits = "\n".join(f"· {_cited(t.text, t.citation)}" for t in said_limits)
        parts.append(f"时间上请留意：\n{limits}")
    parts += [hazard_tip(kind, kb) for kind in hazards]  # what to do now comes before the route's notes
    parts += [_cited(note.text, note.citation) for note in view.notes if note.concerns(told)]
    if route.led_into:
        closing = kb.filing["led_into_closing"]
        parts.append(_cited(closing.text, closing.citation))
    return "\n".join(parts)


def route_brief(code: str, variant: str | None = None, knowledge: Knowledge | None = None) -> str:
    """The route in two or three sentences, for an answer in the middle of the conversation ("能不能直接去北京").

    A statutory route says where to go and its first time limit, and that a petition does not replace it; an
    ordinary petition says what the handling organ owes (the 60-day 意见书, 第34条); the rest name the route.
    """
    kb = knowledge or load_knowledge()
    route = kb.route(code)
    view = route.resolve(variant)
    parts = [f"按您说的情况，这件事比较合适的途径是：{view.title}。去哪里办：{view.where}。"]
    if view.hotlines:
        parts.append(f"可以打电话咨询：{_hotline_text(view.hotlines)}。")
    if route.led_into:
        if view.time_limits:
            first = view.time_limits[0]
            parts.append(f"时间上请留意：{_cited(first.text, first.citation)}")
        closing = kb.filing["led_into_closing"]
        parts.append(_cited(closing.text, closing.citation))
    else:
        parts += [_cited(step.text, step.citation) for step in view.after_filing]
    return "".join(parts)


def route_time_lines(
    code: str, variant: str | None = None, knowledge: Knowledge | None = None, *, story: str | None = None
) -> list[str]:
    """Every time limit of a route, each cited ("那我好久能拿到钱": asked after filing); for a route that is no
    other statutory procedure, what the handling organ owes after registration. With `story`, only the limits
    that concern it (no 赡养费 to a question about pigeons)."""
    kb = knowledge or load_knowledge()
    route = kb.route(code)
    view = route.resolve(variant)
    limits = view.time_limits if route.led_into else view.after_filing
    return [_cited(item.text, item.citation) for item in limits if item.concerns(story)]


def after_filing_lines(
    code: str, *, identified: bool, variant: str | None = None, knowledge: Knowledge | None = None
) -> list[str]:
    """What happens after registration for this route, each line cited (the filing message).

    `identified`: the citizen gave name and address, without which no written notice is sent (第23条).
    The 60-day 信访处理意见书 is said only where the route's `after_filing` says it (route `petition`).
    """
    kb = knowledge or load_knowledge()
    route = kb.route(code)
    notice = notice_line(code, identified=identified, variant=variant, knowledge=kb)
    steps = ([kb.filing["led_into"]] if route.led_into else []) + list(route.resolve(variant).after_filing)
    return ([notice] if notice else []) + [_cited(step.text, step.citation) for step in steps]


def has_notice_address(case: object) -> bool:
    """第23条: a written notice needs the name and the address (an `address` field, when the case has one)."""
    return bool(getattr(case, "petitioner_name", None)) and bool(getattr(case, "address", None))


def notice_line(
    code: str, *, identified: bool, variant: str | None = None, knowledge: Knowledge | None = None
) -> str | None:
    """The 第23条 acceptance notice for this route, cited and without a date (it counts from the handling
    organ's receipt); None for routes with nothing to accept (praise, questions)."""
    kb = knowledge or load_knowledge()
    notice = kb.route(code).notice_for(variant)
    if notice == "written":
        line = kb.filing["notice_written" if identified else "notice_missing_identity"]
    elif notice == "own_rules":
        line = kb.filing["notice_own_rules"]
    else:
        return None
    return _cited(line.text, line.citation)


def faq_answer(key: str, knowledge: Knowledge | None = None) -> str:
    """The reviewed Chinese answer for a FAQ key (see FAQ_KEYS)."""
    kb = knowledge or load_knowledge()
    if key not in kb.faq:
        raise KeyError(f"unknown faq key: {key!r}")
    return kb.faq[key].answer


def deadline(step: str, knowledge: Knowledge | None = None) -> Deadline:
    """One step of docs/legal.md §2, e.g. ``deadline("handling").days == 60``."""
    return (knowledge or load_knowledge()).deadline(step)
