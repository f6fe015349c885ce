"""Parsing and validation of knowledge/legal_routes.yml into the records of `bot.domain.knowledge_records`."""

from __future__ import annotations

import re
from typing import Any

from bot.domain.knowledge_records import (
    CRISIS_KINDS,
    FAQ_KEYS,
    FILING_KEYS,
    HAZARD_KINDS,
    NOTICE_KINDS,
    ROUTE_CODES,
    ROUTE_VARIANTS,
    Channels,
    CrisisGuide,
    Deadline,
    FaqEntry,
    Hotline,
    Knowledge,
    KnowledgeError,
    Limitation,
    Note,
    RejectionGround,
    Route,
    RouteQuestionText,
    RouteVariant,
    TimeLimit,
)

_HOTLINE_NUMBER = re.compile(r"[0-9]+|0[0-9]{2,3}-[0-9]{7,8}")  # a short line, or a landline "010-82951332"


def _hotline(raw: dict[str, Any], where: str) -> Hotline:
    number = str(raw.get("number", ""))
    if not _HOTLINE_NUMBER.fullmatch(number):
        raise KnowledgeError(f"{where}: hotline number must be ASCII digits, got {number!r}")
    if not raw.get("what"):
        raise KnowledgeError(f"{where}: hotline {number} has no description")
    return Hotline(number=number, what=str(raw["what"]))


def _time_limit(raw: dict[str, Any], where: str) -> TimeLimit:
    if not raw.get("text") or not raw.get("article"):
        raise KnowledgeError(f"{where}: every time limit needs text and article")
    return TimeLimit(
        text=str(raw["text"]),
        article=str(raw["article"]),
        law=str(raw.get("law") or ""),
        unless=_story_words(raw, "unless", f"{where}: a time limit's"),
    )


def _note(raw: Any, where: str) -> Note:
    if isinstance(raw, str):
        return Note(text=raw)
    if not isinstance(raw, dict) or not raw.get("text"):
        raise KnowledgeError(f"{where}: a note needs text")
    return Note(
        text=str(raw["text"]),
        article=str(raw.get("article") or ""),
        law=str(raw.get("law") or ""),
        about=_story_words(raw, "about", f"{where}: a note's"),
        unless=_story_words(raw, "unless", f"{where}: a note's"),
        in_summary=raw.get("in_summary") is True,
    )


def _story_words(raw: dict[str, Any], key: str, whose: str) -> tuple[str, ...]:
    """The words of a story an item's `unless` or `about` lists (a time limit left out, a note said for them)."""
    words = raw.get(key) or ()
    if not isinstance(words, (list, tuple)) or not all(isinstance(word, str) and word for word in words):
        raise KnowledgeError(f"{whose} {key} is a list of words")
    return tuple(words)


_RUNS = re.compile(r"[1-9][0-9]*(?:日|个月|年)")


def _limitation(raw: Any, where: str) -> Limitation | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not all(raw.get(k) for k in ("runs", "what", "counted_from", "article")):
        raise KnowledgeError(f"{where}: a limitation needs runs, what, counted_from and article")
    if not _RUNS.fullmatch(str(raw["runs"])):
        raise KnowledgeError(f"{where}: a limitation runs N日, N个月 or N年, got {raw['runs']!r}")
    return Limitation(
        runs=str(raw["runs"]),
        what=str(raw["what"]),
        counted_from=str(raw["counted_from"]),
        article=str(raw["article"]),
        law=str(raw.get("law") or ""),
        pauses=tuple(_note(p, f"{where}.limitation") for p in raw.get("pauses") or ()),
        about=_story_words(raw, "about", f"{where}: a limitation's"),
        unless=_story_words(raw, "unless", f"{where}: a limitation's"),
        starts=_story_words(raw, "starts", f"{where}: a limitation's"),
    )


_EMPTY = RouteVariant(key="", title="", summary="", where="", hotlines=(), time_limits=(), notes=())


def _variant_notice(raw: dict[str, Any], where: str) -> str | None:
    notice = raw.get("notice")
    if notice is not None and notice not in NOTICE_KINDS:
        raise KnowledgeError(f"{where}: notice must be one of {', '.join(NOTICE_KINDS)}")
    return notice


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
        notice=_variant_notice(raw, where),
        limitation=_limitation(raw["limitation"], where) if "limitation" in raw else base.limitation,
        after_filing=(
            tuple(_time_limit(t, f"{where}.after_filing") for t in raw["after_filing"] or ())
            if "after_filing" in raw
            else base.after_filing
        ),
    )
    if not view.title or not view.where:
        raise KnowledgeError(f"{where}: title and where are required")
    return view


def _route(code: str, raw: dict[str, Any]) -> Route:
    where = f"routes.{code}"
    base = _variant("", raw, where)
    variants = {
        key: _variant(key, vraw or {}, f"{where}.variants.{key}", base)
        for key, vraw in (raw.get("variants") or {}).items()
    }
    missing = [key for key in ROUTE_VARIANTS.get(code, ()) if key not in variants]
    if missing:
        raise KnowledgeError(f"{where}: variants missing: {', '.join(missing)}")
    notice = raw.get("notice")
    if notice not in NOTICE_KINDS:
        raise KnowledgeError(f"{where}: notice must be one of {', '.join(NOTICE_KINDS)}, got {notice!r}")
    if not isinstance(raw.get("led_into"), bool):
        raise KnowledgeError(f"{where}: led_into must be true or false")
    return Route(
        code=code,
        base=base,
        variants=variants,
        notice=notice,
        led_into=raw["led_into"],
        after_filing=tuple(_time_limit(t, f"{where}.after_filing") for t in raw.get("after_filing") or ()),
    )


def _filing(raw: dict[str, Any]) -> dict[str, TimeLimit]:
    missing = [key for key in FILING_KEYS if key not in raw]
    if missing:
        raise KnowledgeError(f"filing: missing {', '.join(missing)}")
    return {key: _time_limit(raw[key] or {}, f"filing.{key}") for key in FILING_KEYS}


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
        filing=_filing(data.get("filing") or {}),
        rejection_grounds=_rejection_grounds(data.get("rejection_grounds") or []),
        route_questions=_route_questions(data.get("route_questions") or []),
        hazard_tips=_hazard_tips(data.get("hazard_tips") or {}),
    )
