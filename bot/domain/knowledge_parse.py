"""Parsing and validation of knowledge/legal_routes.yml into the records of `bot.domain.knowledge_records`: the
document as a whole, and its sections besides the routes (filing, deadlines, crisis, channels, FAQ, route
questions); the routes themselves are `bot.domain.knowledge_route_parse`."""

from __future__ import annotations

import re
from typing import Any

from bot.domain.knowledge_records import (
    CRISIS_KINDS,
    FAQ_KEYS,
    FILING_KEYS,
    HAZARD_KINDS,
    ROUTE_CODES,
    ROUTE_VARIANTS,
    Channels,
    CrisisGuide,
    Deadline,
    FaqEntry,
    Knowledge,
    KnowledgeError,
    RejectionGround,
    RouteQuestionText,
    TimeLimit,
)
from bot.domain.knowledge_route_parse import parse_hotline, parse_route, parse_time_limit


def _filing(raw: dict[str, Any]) -> dict[str, TimeLimit]:
    missing = [key for key in FILING_KEYS if key not in raw]
    if missing:
        raise KnowledgeError(f"filing: missing {', '.join(missing)}")
    return {key: parse_time_limit(raw[key] or {}, f"filing.{key}") for key in FILING_KEYS}


def _hazard_tips(raw: dict[str, Any]) -> dict[str, TimeLimit]:
    missing = [key for key in HAZARD_KINDS if not (raw.get(key) or {}).get("text")]
    if missing:
        raise KnowledgeError(f"hazard_tips: missing {', '.join(missing)}")
    # a tip may be plain advice with no article
    return {
        key: TimeLimit(
            text=str(raw[key]["text"]),
            article=str(raw[key].get("article") or ""),
            law=str(raw[key].get("law") or ""),
        )
        for key in HAZARD_KINDS
    }


def _rejection_grounds(raw: list[Any]) -> tuple[RejectionGround, ...]:
    grounds = tuple(
        RejectionGround(
            key=str(g.get("key", "")), article=str(g.get("article", "")), text=str(g.get("text", ""))
        )
        for g in raw
    )
    if not grounds or not all(g.key and g.article and g.text for g in grounds):
        raise KnowledgeError("rejection_grounds: each needs key, article and text")
    return grounds


def _known_route(label: str) -> bool:
    code, _, variant = label.partition("/")  # the route model's label: code or code/variant
    return code in ROUTE_CODES and (not variant or variant in ROUTE_VARIANTS.get(code, ()))


def _route_questions(raw: list[Any]) -> tuple[RouteQuestionText, ...]:
    questions: list[RouteQuestionText] = []
    for i, item in enumerate(raw):
        where = f"route_questions[{i}]"
        if not isinstance(item, dict) or not item.get("key") or not item.get("text"):
            raise KnowledgeError(f"{where}: key and text are required")
        means = tuple(str(label) for label in item.get("yes_means") or ())
        if not means:
            raise KnowledgeError(f"{where}: yes_means names no route")
        unknown = [label for label in means if not _known_route(label)]
        if unknown:
            raise KnowledgeError(f"{where}: unknown route {unknown[0]!r}")
        if any(q.key == item["key"] for q in questions):
            raise KnowledgeError(f"{where}: key {item['key']!r} twice")
        questions.append(RouteQuestionText(str(item["key"]), str(item["text"]), means))
    if not questions:
        raise KnowledgeError("route_questions is empty")
    return tuple(questions)


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
    lines = tuple(parse_hotline(h, where) for h in raw.get("lines") or ())
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
    routes = {code: parse_route(code, routes_raw[code]) for code in routes_raw}

    deadlines = {d.step: d for d in (_deadline(raw) for raw in data.get("process_deadlines") or ())}
    if not deadlines:
        raise KnowledgeError("process_deadlines is empty")

    crisis_raw = data.get("crisis") or {}
    missing = [kind for kind in CRISIS_KINDS if kind not in crisis_raw]
    if missing:
        raise KnowledgeError(f"crisis kinds missing: {', '.join(missing)}")
    crisis = {kind: _crisis(kind, crisis_raw[kind]) for kind in CRISIS_KINDS}
    other_lines = tuple(parse_hotline(h, "crisis.other_lines") for h in crisis_raw.get("other_lines") or ())

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
        filing=_filing(data.get("filing") or {}),
        rejection_grounds=_rejection_grounds(data.get("rejection_grounds") or []),
        route_questions=_route_questions(data.get("route_questions") or []),
        hazard_tips=_hazard_tips(data.get("hazard_tips") or {}),
    )
