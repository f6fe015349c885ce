"""Place gazetteer: resolve free text to an official division (name chain + GB/T 2260 / town code)."""

from __future__ import annotations

from bot.gazetteer.gazetteer import Gazetteer, get_gazetteer, resolve
from bot.gazetteer.models import Division, PlaceCandidate, PlaceResolution
from bot.gazetteer.userdict import write_jieba_userdict

__all__ = [
    "Division",
    "Gazetteer",
    "PlaceCandidate",
    "PlaceResolution",
    "get_gazetteer",
    "resolve",
    "write_jieba_userdict",
]
