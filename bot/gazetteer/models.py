"""Result types of the gazetteer (see docs/CONTRACTS.md, `bot/gazetteer/`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Level = Literal["province", "city", "county", "town"]
LEVELS: tuple[Level, ...] = ("province", "city", "county", "town")
CODE_LENGTH_BY_LEVEL: dict[int, int] = {1: 2, 2: 4, 3: 6, 4: 9}


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division; `depth` is 1 (province) to 4 (town/street)."""

    code: str
    name: str
    depth: int
    parent_code: str | None
    full_name: str

    @property
    def level(self) -> Level:
        return LEVELS[self.depth - 1]


@dataclass(frozen=True)
class PlaceCandidate:
    name: str  # full official name, e.g. 北京市朝阳区
    code: str
    level: Level


@dataclass(frozen=True)
class PlaceResolution:
    status: Literal["found", "ambiguous", "none"]
    location: str | None = None
    location_code: str | None = None
    matched_text: str | None = None
    candidates: list[PlaceCandidate] = field(default_factory=list)

    @classmethod
    def none(cls) -> PlaceResolution:
        return cls(status="none")
