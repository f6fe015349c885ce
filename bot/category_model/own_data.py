"""The project's own labelled examples for the category model (no dataset rows, only what the repo ships).

- every phrase of knowledge/categories.yml (second-level classes and keywords) labelled with its class, so
  all 17 classes exist in the model even when a department's archive uses fewer;
- hand-written example messages, one file per class, in knowledge/category_examples/*.yml
  (`category:` and `examples:`; written for this project, no dataset text);
- the `tell_problem` examples of data/nlu/ that the keyword classifier labels confidently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
NLU_DIR = ROOT / "data" / "nlu"
EXAMPLES_DIR = ROOT / "knowledge" / "category_examples"
_ANNOTATION = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}")


@dataclass(frozen=True)
class LabelledText:
    text: str
    category: str
    source: str  # "lexicon" | "examples" | "nlu" | an archive file name


def lexicon_examples() -> list[LabelledText]:
    from bot.category import CATEGORIES, load_lexicon

    lex = load_lexicon()
    return [
        LabelledText(phrase, name, "lexicon") for name in CATEGORIES for phrase, _weight in lex.phrases[name]
    ]


def written_examples(examples_dir: Path = EXAMPLES_DIR) -> list[LabelledText]:
    """knowledge/category_examples/*.yml: each file names one of the 17 classes and lists messages."""
    from bot.category import CATEGORIES

    out: list[LabelledText] = []
    for file in sorted(examples_dir.glob("*.yml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        category = data.get("category")
        if category not in CATEGORIES:
            raise ValueError(f"{file}: category {category!r} is not one of the 17 classes")
        out += [LabelledText(str(t).strip(), category, "examples") for t in data.get("examples") or () if t]
    return out


def _strip_annotations(example: str) -> str:
    return _ANNOTATION.sub(lambda m: m.group(1) or m.group(2) or "", example).strip()


def nlu_problem_texts(nlu_dir: Path = NLU_DIR) -> list[str]:
    texts: list[str] = []
    for file in sorted(nlu_dir.glob("*.yml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or ():
            if block.get("intent") != "tell_problem":
                continue
            for line in str(block.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    texts.append(_strip_annotations(line[2:]))
    return [t for t in texts if t]


def nlu_examples(nlu_dir: Path = NLU_DIR) -> list[LabelledText]:
    """tell_problem examples with the class the keyword lexicon is sure of (the others carry no label)."""
    from bot.category import classify_category, is_confident, load_lexicon

    lex = load_lexicon()
    out: list[LabelledText] = []
    for text in nlu_problem_texts(nlu_dir):
        scores = classify_category(text, lexicon=lex)
        if is_confident(scores):
            out.append(LabelledText(text, scores[0].name, "nlu"))
    return out


@lru_cache(maxsize=1)
def own_examples() -> tuple[LabelledText, ...]:
    return tuple(lexicon_examples() + written_examples() + nlu_examples())
