"""Letter-style training texts built from the project's own short examples.

A department's board receives long letters (a greeting, several sentences about one matter, a plea to act);
the written examples are mostly one or two chat-like sentences. Joining a few examples of one class between
greetings and closings that every class shares teaches the model that the matter decides the class and that
the letter's politeness does not. Deterministic (seeded), so the own model's fingerprint stays meaningful.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence

from bot.category_model.labelled import LabelledText

# written for this project: how letters to a government board commonly open and close
OPENINGS = (
    "",
    "",
    "尊敬的领导：您好！",
    "领导您好，",
    "您好！我想反映一个问题。",
    "尊敬的市长：",
    "我是本市居民，",
)
CLOSINGS = (
    "",
    "",
    "希望有关部门尽快处理，谢谢！",
    "请领导重视，给我们一个答复。",
    "盼回复。",
    "恳请相关部门调查处理。",
)
SOURCE = "letters"


def letters(
    examples: Sequence[LabelledText], per_example: float = 1.0, parts: tuple[int, int] = (2, 4), seed: int = 0
) -> list[LabelledText]:
    """About `per_example` letters per written example of each class, each joining 2–4 of its examples."""
    rng = random.Random(seed)
    by_class: dict[str, list[str]] = defaultdict(list)
    for example in examples:
        if example.source == "examples":
            by_class[example.category].append(example.text.rstrip("。！？!?"))
    out: list[LabelledText] = []
    for category, texts in sorted(by_class.items()):
        for _ in range(int(per_example * len(texts))):
            chosen = rng.sample(texts, min(len(texts), rng.randint(*parts)))
            body = "。".join(chosen) + "。"
            out.append(LabelledText(rng.choice(OPENINGS) + body + rng.choice(CLOSINGS), category, SOURCE))
    return out
