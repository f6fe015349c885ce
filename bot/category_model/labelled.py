"""A text with its category and where the pair came from: what the category models learn from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelledText:
    text: str
    category: str
    source: str  # "lexicon" | "examples" | "nlu" | "no-matter" | "letters" | an archive file name
