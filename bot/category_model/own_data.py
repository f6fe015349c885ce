"""The project's own labelled examples for the category model (no dataset rows, only what the repo ships).

- every phrase of knowledge/categories.yml (second-level classes and keywords) labelled with its class, so
  all 17 classes exist in the model even when a department's archive uses fewer;
- hand-written example messages, one file per class, in knowledge/category_examples/*.yml
  (`category:` and `examples:`; written for this project, no dataset text);
- the `tell_problem` examples of data/nlu/ that the keyword classifier labels confidently;
- letter-style texts joined from the written examples (bot.category_model.augment), as board posts are long;
- messages of other intents (greetings, answers, questions about the process) labelled NO_MATTER, so the
  model learns that "在吗" or "我叫张三" name no category: its NO_MATTER share is not given to any class.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bot.category_model.augment import letters
from bot.category_model.labelled import LabelledText
from bot.domain.category_lexicon import CATEGORIES, classify_by_keywords, is_confident, load_lexicon
from bot.domain.yaml_read import safe_load

ROOT = Path(__file__).resolve().parents[2]
NLU_DIR = ROOT / "data" / "nlu"
EXAMPLES_DIR = ROOT / "knowledge" / "category_examples"
NO_MATTER = "(none)"
# intents whose messages carry no matter to classify (crisis intents are left out: they may name one)
NO_MATTER_INTENTS = frozenset(
    {"greet", "goodbye", "thanks", "affirm", "deny", "stop", "skip", "inform", "correct_detail",
     "check_progress", "out_of_scope", "ask_what_is_petition", "ask_privacy", "ask_next_steps",
     "ask_human", "ask_duration", "ask_channels"}
)  # fmt: skip
_ANNOTATION = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}")


def lexicon_examples() -> list[LabelledText]:
    lex = load_lexicon()
    return [
        LabelledText(phrase, name, "lexicon") for name in CATEGORIES for phrase, _weight in lex.phrases[name]
    ]


def written_examples(examples_dir: Path = EXAMPLES_DIR) -> list[LabelledText]:
    """knowledge/category_examples/*.yml: each file names one of the 17 classes and lists messages."""
    out: list[LabelledText] = []
    for file in sorted(examples_dir.glob("*.yml")):
        data = safe_load(file.read_text(encoding="utf-8")) or {}
        category = data.get("category")
        if category not in CATEGORIES:
            raise ValueError(f"{file}: category {category!r} is not one of the 17 classes")
        out += [LabelledText(str(t).strip(), category, "examples") for t in data.get("examples") or () if t]
    return out


def _strip_annotations(example: str) -> str:
    return _ANNOTATION.sub(lambda m: m.group(1) or m.group(2) or "", example).strip()


def nlu_problem_texts(nlu_dir: Path = NLU_DIR) -> list[str]:
    return nlu_texts(frozenset({"tell_problem"}), nlu_dir)


def nlu_texts(intents: frozenset[str], nlu_dir: Path = NLU_DIR) -> list[str]:
    """Examples of the given intents in data/nlu/*.yml, entity annotations removed."""
    texts: list[str] = []
    for file in sorted(nlu_dir.glob("*.yml")):
        data = safe_load(file.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or ():
            if block.get("intent") not in intents:
                continue
            for line in str(block.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    texts.append(_strip_annotations(line[2:]))
    return [t for t in texts if t]


def nlu_examples(nlu_dir: Path = NLU_DIR) -> list[LabelledText]:
    """tell_problem examples with the class the keyword lexicon is sure of (the others carry no label)."""
    lex = load_lexicon()
    out: list[LabelledText] = []
    for text in nlu_problem_texts(nlu_dir):
        scores = classify_by_keywords(text, lexicon=lex)
        if is_confident(scores, lead=None):  # the labels the own model's weights were chosen with
            out.append(LabelledText(text, scores[0].name, "nlu"))
    return out


# chosen on archive.csv bodies as a dev set: written messages count most; bare lexicon phrases, the
# lexicon-labelled NLU examples (whose label is only the lexicon's guess) and the letters joined from written
# examples (bot.category_model.augment) count less (nlu 0.3 → 0.1: 0.836 → 0.840, lexicon 0.5 → 0.3: +0.004)
SOURCE_WEIGHTS = {"lexicon": 0.3, "examples": 1.0, "nlu": 0.1, "no-matter": 0.5, "letters": 0.5}


@lru_cache(maxsize=1)
def own_examples() -> tuple[LabelledText, ...]:
    return own_examples_from(written_examples())


def own_examples_from(written: list[LabelledText]) -> tuple[LabelledText, ...]:
    """Everything the own model learns from, with `written` as the written examples (the letters are
    joined from them): the development folds of bench.category_tuning leave some out."""
    no_matter = [LabelledText(t, NO_MATTER, "no-matter") for t in nlu_texts(NO_MATTER_INTENTS)]
    return tuple(lexicon_examples() + written + letters(written) + nlu_examples() + no_matter)


def weight_of(example: LabelledText) -> float:
    """Training weight: own sources by SOURCE_WEIGHTS, a department's archive rows 1."""
    return SOURCE_WEIGHTS.get(example.source, 1.0)
