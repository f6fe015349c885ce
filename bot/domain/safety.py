"""Crisis detection (docs/legal.md §8): self-harm, threats of violence, domestic violence, people in danger.

High recall on everyday phrasing; common exaggerations (气死我了, 笑死, 杀价, 跳楼价 …) are removed before
matching. Precedence when several kinds match: domestic violence, a third person in danger, self-harm,
then violence; the others are kept in `also` so staff can still set the 扬言 flag. The phrasings live in
`bot.domain.safety_patterns`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.knowledge import CRISIS_KINDS, HAZARD_KINDS, Knowledge, load_knowledge
from bot.domain.safety_patterns import HARMLESS_RE as _HARMLESS
from bot.domain.safety_patterns import HAZARDS_RE as _HAZARDS
from bot.domain.safety_patterns import PATTERNS_RE as _PATTERNS
from bot.domain.text import normalize_for_parsing


@dataclass(frozen=True)
class CrisisSignal:
    kind: str
    matched: str
    also: tuple[str, ...] = ()


def detect_crisis(text: str | None) -> CrisisSignal | None:
    """The most urgent crisis kind in `text`, with the phrase that matched, or None."""
    if not text:
        return None
    clean = _HARMLESS.sub("　", normalize_for_parsing(text))  # a placeholder so words either side stay apart
    found: list[tuple[str, str]] = []
    for kind in CRISIS_KINDS:
        match = _PATTERNS[kind].search(clean)
        if match:
            found.append((kind, match.group(0)))
    if not found:
        return None
    kind, matched = found[0]
    return CrisisSignal(kind=kind, matched=matched, also=tuple(k for k, _ in found[1:]))


def hazards_in(text: str | None) -> tuple[str, ...]:
    """The hazards a story tells (HAZARD_KINDS: a blocked fire escape, e-bikes charged in the stairwell)."""
    if not text:
        return ()
    clean = normalize_for_parsing(text)
    return tuple(kind for kind in HAZARD_KINDS if _HAZARDS[kind].search(clean))


def crisis_reply(kind: str, knowledge: Knowledge | None = None) -> str:
    """Citizen text: hotlines first, a humane sentence, that staff are alerted, lawful ways for threats."""
    guide = (knowledge or load_knowledge()).crisis_guide(kind)
    lines = "\n".join(f"☎ {line.number}：{line.what}" for line in guide.lines)
    parts = [f"请先看这里，需要时马上拨打：\n{lines}", guide.tell]
    if guide.lawful:
        parts.append(guide.lawful)
    parts.append("我们已经通知值班工作人员，会尽快有人跟进和您联系。")
    return "\n".join(parts)


def crisis_check_in(kind: str, knowledge: Knowledge | None = None) -> str:
    """Citizen text when only the classifier guessed a crisis: the same hotlines, asked gently, no alarm."""
    guide = (knowledge or load_knowledge()).crisis_guide(kind)
    lines = "\n".join(f"☎ {line.number}：{line.what}" for line in guide.lines)
    return f"先跟您确认一下：您和身边的人都还安全吧？如果需要帮助，可以拨打：\n{lines}"


_CLAUSE_RE = re.compile(r"[^，,。！!？?；;\s]+[，,。！!？?；;\s]*")


# what the citizen says they might do: how desperate they are, not what the matter is (harm done to someone,
# by a partner or a carer, is the matter itself and stays)
_OWN_THREATS = frozenset({"self_harm", "violence"})


def without_crisis_clauses(text: str) -> str:
    """The text without the clauses where the citizen threatens harm ("我活着也没意思了", "明天就去县政府门口喝农药"),
    so what a matter is about is read from the matter, not from the threat ("农药" is no farming matter)."""
    return "".join(c for c in _CLAUSE_RE.findall(text or "") if _threat_kind(c) not in _OWN_THREATS)


def _threat_kind(clause: str) -> str | None:
    signal = detect_crisis(clause)
    return signal.kind if signal else None
