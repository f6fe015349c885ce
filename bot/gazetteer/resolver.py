"""Pick the deepest place the text supports: every candidate scores one point per mention of itself or an
ancestor (北京 + 朝阳区 → 北京市朝阳区); ties become `ambiguous`; context only breaks ties."""

from __future__ import annotations

import re

from bot.gazetteer.aliases import CHILD, COMMON, STRONG, WEAK, Entry
from bot.gazetteer.matcher import Mention
from bot.gazetteer.models import Division, PlaceCandidate, PlaceResolution

MAX_CANDIDATES = 5
_GAP_CHARS = "的 ,，、"
# A message that is only a place ("天河", "在朝阳区", "鼓楼的") answers a location question.
_FILLER_RE = re.compile(
    r"^(我们?|我家|家)?(现在|目前)?(住在|住|在|是|位于|来自|属于)?(.+?)(的|人|这边|那边|附近|这里|那里|呢|啊|吧)*$"
)
_NON_CJK_RE = re.compile(r"[^\u4e00-\u9fff]")

Key = tuple[int, str]  # (mention index, code)


def resolve_mentions(
    text: str, mentions: list[Mention], divisions: dict[str, Division], context_code: str | None
) -> PlaceResolution:
    if not mentions:
        return PlaceResolution.none()
    context = (context_code or "").strip() or None
    valid = _validate(text, mentions, context)
    if not valid:
        return PlaceResolution.none()
    scores = {key: _score(key, valid, context) for key in valid}
    best = max(scores.values())
    top = _named_in_full(
        _highest_level_per_mention([key for key, score in scores.items() if score == best], valid), valid
    )
    codes = sorted({code for _, code in _not_under_another_county(top, valid)})
    if len(codes) == 1:
        winner = next(key for key in top if key[1] == codes[0])
        div = divisions[codes[0]]
        return PlaceResolution("found", div.full_name, div.code, _matched_text(text, mentions, winner, valid))
    candidates = [_candidate(divisions[c]) for c in codes[:MAX_CANDIDATES]]
    first = mentions[min(mi for mi, _ in top)]
    return PlaceResolution("ambiguous", None, None, first.text, candidates)


def _is_ancestor(ancestor: str, code: str) -> bool:
    return len(ancestor) < len(code) and code.startswith(ancestor)


def _in_context(code: str, context: str | None) -> bool:
    return context is not None and (code.startswith(context) or context.startswith(code))


def _adjacent(text: str, before: Mention, after: Mention) -> bool:
    gap = after.start - before.end
    return gap == 0 or (gap == 1 and text[before.end] in _GAP_CHARS)


def _validate(text: str, mentions: list[Mention], context: str | None) -> dict[Key, Entry]:
    whole = len(mentions) == 1 and _is_whole_message(text, mentions[0])
    valid: dict[Key, Entry] = {}
    pending: list[tuple[int, Entry]] = []
    for mi, mention in enumerate(mentions):
        for entry in mention.entries:
            if entry.strength == STRONG or (whole and entry.strength in (WEAK, COMMON)):
                valid[(mi, entry.code)] = entry
            else:
                pending.append((mi, entry))
    changed = True
    while changed and pending:  # chains: 北京 → 朝阳 → 建国门
        changed = False
        for item in list(pending):
            if _backed(text, mentions, item, valid, context):
                valid[(item[0], item[1].code)] = item[1]
                pending.remove(item)
                changed = True
    return valid


def _backed(
    text: str, mentions: list[Mention], item: tuple[int, Entry], valid: dict[Key, Entry], context: str | None
) -> bool:
    mi, entry = item
    if entry.strength == WEAK and _in_context(entry.code, context):
        return True
    for (mj, code), anchor in valid.items():
        if mj == mi or not _is_ancestor(code, entry.code):
            continue
        if entry.strength == WEAK:
            return True
        adjacent = mj < mi and _adjacent(text, mentions[mj], mentions[mi])
        if adjacent and (entry.strength == COMMON or (entry.strength == CHILD and anchor.depth == 3)):
            return True
    return False


def _score(key: Key, valid: dict[Key, Entry], context: str | None) -> float:
    mi, code = key
    supporters = {mj for (mj, other) in valid if mj != mi and _is_ancestor(other, code)}
    return 1 + len(supporters) + (0.5 if _in_context(code, context) else 0)


def _highest_level_per_mention(top: list[Key], valid: dict[Key, Entry]) -> list[Key]:
    # 吉林 is the province before the city; 东莞 the city before its single county row.
    kept: list[Key] = []
    for mi in sorted({mi for mi, _ in top}):
        keys = [key for key in top if key[0] == mi]
        shallowest = min(valid[key].depth for key in keys)
        kept.extend(key for key in keys if valid[key].depth == shallowest)
    return kept


def _named_in_full(top: list[Key], valid: dict[Key, Entry]) -> list[Key]:
    """ "城关区 公积金中心在南关那个营业部": a county named with its suffix outweighs another county's bare short
    form (南关, a neighbourhood there, not 长春's 南关区); a province's short form still counts (湖南 天河区)."""
    full_depths = {valid[key].depth for key in top if not valid[key].short}
    kept = [
        key
        for key in top
        if not (valid[key].short and valid[key].depth >= 3 and valid[key].depth in full_depths)
    ]
    return kept or top


_COUNTY_CODE_LENGTH = 6


def _not_under_another_county(top: list[Key], valid: dict[Key, Entry]) -> list[Key]:
    """ "临泉县 城关镇": a town of another county (太和县城关镇) is no reading when a county is named and the town is
    not in it."""
    counties = {code for _, code in valid if len(code) == _COUNTY_CODE_LENGTH}
    kept = [
        key
        for key in top
        if len(key[1]) <= _COUNTY_CODE_LENGTH or not counties or any(key[1].startswith(c) for c in counties)
    ]
    return kept or top


def _matched_text(text: str, mentions: list[Mention], winner: Key, valid: dict[Key, Entry]) -> str:
    mi, code = winner
    used = {mi} | {mj for (mj, other) in valid if mj != mi and _is_ancestor(other, code)}
    start = min(mentions[m].start for m in used)
    end = max(mentions[m].end for m in used)
    covered = sum(mentions[m].end - mentions[m].start for m in used)
    if end - start <= covered + 2 * (len(used) - 1):
        return text[start:end]
    return mentions[mi].text


def _is_whole_message(text: str, mention: Mention) -> bool:
    core = _NON_CJK_RE.sub("", text)
    found = _FILLER_RE.match(core)
    return found is not None and found.group(4) == mention.text


def _candidate(div: Division) -> PlaceCandidate:
    return PlaceCandidate(div.full_name, div.code, div.level)
