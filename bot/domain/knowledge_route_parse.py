"""The routes of knowledge/legal_routes.yml: each route and its variants, with their hotlines, time limits, notes
and limitation period, parsed and validated into the records of `bot.domain.knowledge_records`."""

from __future__ import annotations

import re
from typing import Any

from bot.domain.knowledge_records import (
    NOTICE_KINDS,
    ROUTE_VARIANTS,
    Hotline,
    KnowledgeError,
    Limitation,
    Note,
    Route,
    RouteVariant,
    TimeLimit,
)

_HOTLINE_NUMBER = re.compile(r"[0-9]+|0[0-9]{2,3}-[0-9]{7,8}")  # a short line, or a landline "010-82951332"


def parse_hotline(raw: dict[str, Any], where: str) -> Hotline:
    """A hotline: its number in ASCII digits (or a landline with its area code) and what it is for."""
    number = str(raw.get("number", ""))
    if not _HOTLINE_NUMBER.fullmatch(number):
        raise KnowledgeError(f"{where}: hotline number must be ASCII digits, got {number!r}")
    if not raw.get("what"):
        raise KnowledgeError(f"{where}: hotline {number} has no description")
    return Hotline(number=number, what=str(raw["what"]))


def parse_time_limit(raw: dict[str, Any], where: str) -> TimeLimit:
    """A time limit or a step, always with its article."""
    if not raw.get("text") or not raw.get("article"):
        raise KnowledgeError(f"{where}: every time limit needs text and article")
    return TimeLimit(
        text=str(raw["text"]),
        article=str(raw["article"]),
        law=str(raw.get("law") or ""),
        unless=_story_words(raw, "unless", f"{where}: a time limit's"),
        about=_story_words(raw, "about", f"{where}: a time limit's"),
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
        hotlines=tuple(parse_hotline(h, where) for h in raw["hotlines"])
        if "hotlines" in raw
        else base.hotlines,
        time_limits=(
            tuple(parse_time_limit(t, where) for t in raw["time_limits"])
            if "time_limits" in raw
            else base.time_limits
        ),
        notes=tuple(_note(n, where) for n in raw["notes"]) if "notes" in raw else base.notes,
        notice=_variant_notice(raw, where),
        limitation=_limitation(raw["limitation"], where) if "limitation" in raw else base.limitation,
        after_filing=(
            tuple(parse_time_limit(t, f"{where}.after_filing") for t in raw["after_filing"] or ())
            if "after_filing" in raw
            else base.after_filing
        ),
    )
    if not view.title or not view.where:
        raise KnowledgeError(f"{where}: title and where are required")
    return view


def parse_route(code: str, raw: dict[str, Any]) -> Route:
    """One route of the `routes:` section, with every variant the route model may name."""
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
        after_filing=tuple(
            parse_time_limit(t, f"{where}.after_filing") for t in raw.get("after_filing") or ()
        ),
    )
