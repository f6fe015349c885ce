"""A dispute over tax owed (纳税争议) is reviewed first: 税收征收管理法 第88条 asks the tax and late fees paid, or a
guarantee given, and then 行政复议; only after the review may it be sued. A tax office's fine alone may be reviewed
or sued (第88条第2款), so only what is owed (补税, 少交了税, 滞纳金, 税款) makes it one.
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

REVIEW_FIRST = "administrative_review/review_first"
ADMINISTRATIVE_REVIEW = "administrative_review"

_TAX_OFFICE = re.compile(r"税务|地税|国税|税局|税务所|税务分局")
# what is owed, not a fine: who pays, how much, at what rate (实施细则 第100条)
_TAX_OWED = re.compile(
    r"补(?:交|缴|税)|少(?:交|缴)了?[^,.!?。]{0,3}税|漏(?:交|缴)|欠税|滞纳金|税款|税率|计税|核定[^,.!?。]{0,4}税|多(?:收|征|交|缴)了?[^,.!?。]{0,3}税|征税"
)


def tax_dispute(text: str | None) -> bool:
    """A dispute with a tax office over the tax owed ("税务局说我少交了个税 要补八万多还有滞纳金")."""
    clean = normalize_for_parsing(text or "")
    return bool(_TAX_OFFICE.search(clean) and _TAX_OWED.search(clean))


def apply_tax_rule(scores: dict[str, float], text: str | None) -> list[str]:
    """Moves the administrative reading's mass to review first for a tax owed; in words for staff, why."""
    if not tax_dispute(text):
        return []
    moved = sum(
        p for label, p in scores.items() if label.startswith(ADMINISTRATIVE_REVIEW) and label != REVIEW_FIRST
    )
    if not moved:
        return []
    for label in [
        label for label in scores if label.startswith(ADMINISTRATIVE_REVIEW) and label != REVIEW_FIRST
    ]:
        scores[label] = 0.0
    scores[REVIEW_FIRST] = scores.get(REVIEW_FIRST, 0.0) + moved
    return ["纳税争议要先缴税款、滞纳金或者提供担保，再申请行政复议，不能直接起诉（税收征收管理法第88条）"]
