"""Write a jieba user dictionary of place names (and the project's lexicon) for Rasa's JiebaTokenizer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bot.gazetteer.aliases import STRONG, short_form
from bot.gazetteer.data import is_placeholder
from bot.gazetteer.gazetteer import Gazetteer, get_gazetteer
from bot.ops.settings import PROJECT_ROOT

# Enough for 天河区石牌街道 → 天河区/石牌街道 (jieba alone gives 石牌/街道). Known limit of any
# dictionary weight: 北京市长 becomes 北京市/长.
FULL_NAME_FREQ = 2000
SHORT_NAME_FREQ = 1000
PLACE_TAG = "ns"


def default_terms_path() -> Path:
    return PROJECT_ROOT / "data" / "lexicon" / "terms.txt"


def place_lines(gazetteer: Gazetteer) -> Iterator[str]:
    """`word freq ns` for full names (3+ chars) and unambiguous short forms of provinces, cities, counties."""
    strong_shorts = {
        key
        for key, entries in gazetteer.index.items()
        if any(e.short and e.strength == STRONG for e in entries)
    }
    for div in gazetteer.divisions.values():
        if is_placeholder(div.name):
            continue
        if len(div.name) >= 3:
            yield f"{div.name} {FULL_NAME_FREQ} {PLACE_TAG}"
        short = short_form(div.name, div.depth) if div.depth <= 3 else None
        # 2-char county forms (天河, 南山) stay at jieba's own weight so 街道里 never becomes 街/道里.
        if short and short in strong_shorts and (div.depth <= 2 or len(short) >= 3):
            yield f"{short} {SHORT_NAME_FREQ} {PLACE_TAG}"


def term_lines(path: Path) -> Iterator[str]:
    if not path.exists():
        return
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            yield line


def write_jieba_userdict(
    path: str | Path, terms_path: Path | None = None, gazetteer: Gazetteer | None = None
) -> int:
    """Write the user dictionary (parent directories created); returns the number of lines written."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    lines: list[str] = []
    for line in [*place_lines(gazetteer or get_gazetteer()), *term_lines(terms_path or default_terms_path())]:
        word = line.split()[0]
        if word not in seen:
            seen.add(word)
            lines.append(line)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)
