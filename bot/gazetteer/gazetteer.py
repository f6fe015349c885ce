"""The Gazetteer: national divisions indexed once, resolved from free text in about a millisecond."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.domain.text import normalize_for_parsing
from bot.gazetteer.aliases import Entry, build_index
from bot.gazetteer.data import default_data_dir, load_divisions
from bot.gazetteer.matcher import Mention, find_mentions, lengths_by_first_char
from bot.gazetteer.models import Division, PlaceResolution
from bot.gazetteer.resolver import resolve_mentions

# "菏泽 曹县 青菏街道 不对 是普连集镇": the place taken back is not read, the one said after it is
_TAKEN_BACK_RE = re.compile(
    r"^\s*[,，]?\s*(?:不对|错了|说错了|写错了|打错了)\s*[,，]?\s*(?:应该是|其实是|改成|是)"
)


def not_taken_back(text: str, mentions: list[Mention]) -> list[Mention]:
    """The places named, but those the citizen took back in the same breath."""
    return [m for m in mentions if not _TAKEN_BACK_RE.match(text[m.end :])]


@dataclass(frozen=True)
class Gazetteer:
    divisions: dict[str, Division]
    index: dict[str, tuple[Entry, ...]]
    lengths: dict[str, tuple[int, ...]]

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Gazetteer:
        divisions = load_divisions(Path(data_dir) if data_dir else default_data_dir())
        index = build_index(divisions.values())
        import jieba  # late: importing jieba takes ~0.7 s

        jieba.initialize()  # the matcher checks word boundaries with jieba; load its dictionary now
        return cls(divisions, index, lengths_by_first_char(list(index)))

    def get(self, code: str) -> Division | None:
        return self.divisions.get(code)

    def mentions(self, text: str) -> list[Mention]:
        return find_mentions(normalize_for_parsing(text or ""), self.index, self.lengths)

    def resolve(self, text: str, context_code: str | None = None) -> PlaceResolution:
        normalized = normalize_for_parsing(text or "")
        mentions = not_taken_back(normalized, find_mentions(normalized, self.index, self.lengths))
        return resolve_mentions(normalized, mentions, self.divisions, context_code)


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    return Gazetteer.load()


def resolve(text: str, context_code: str | None = None) -> PlaceResolution:
    return get_gazetteer().resolve(text, context_code)
