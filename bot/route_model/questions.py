"""One question a citizen can answer when the story fits two routes that need different advice.

Questions are tried in the order of 第31条's precedence (court, misconduct, then the statutory procedures);
the first one that separates the two routes is asked. "Yes" leads to the route the question describes, "no"
to the other one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.route_model.examples import split_label


@dataclass(frozen=True)
class QuestionKind:
    key: str
    text: str
    describes: Callable[[str], bool]  # route label → does "yes" mean this route?


def _code(label: str) -> str:
    return split_label(label)[0]


QUESTION_KINDS: tuple[QuestionKind, ...] = (
    QuestionKind(
        "court",
        "这件事是不是已经在法院打官司，或者已经判决了？",
        lambda label: label == "litigation/court_case",
    ),
    QuestionKind(
        "misconduct",
        "您是要举报干部或公职人员违纪违法吗？",
        lambda label: _code(label) == "discipline_inspection",
    ),
    QuestionKind(
        "state_compensation",
        "是被公安、法院等国家机关错误关押、扣押或处理，要求国家赔偿吗？",
        lambda label: _code(label) == "state_compensation",
    ),
    QuestionKind(
        "expropriation",
        "是政府征收、拆迁的补偿或者强拆的问题吗？",
        lambda label: label == "administrative_review/expropriation",
    ),
    QuestionKind(
        "employer",
        "对方是您的用人单位（老板、公司、包工头）吗？",
        lambda label: _code(label) in ("labour_arbitration", "labour_inspection"),
    ),
    QuestionKind(
        "wages",
        "主要是要讨拖欠的工资，或者单位不给交社保吗？",
        lambda label: _code(label) == "labour_inspection",
    ),
    QuestionKind(
        "police",
        "是报警以后公安不立案、不处理吗？",
        lambda label: label == "litigation/police_inaction",
    ),
    QuestionKind(
        "domestic_violence",
        "是家里人对您动手或者威胁您吗？",
        lambda label: label == "litigation/domestic_violence",
    ),
    QuestionKind(
        "land_contract",
        "是您家承包的耕地、林地的承包或流转纠纷吗？",
        lambda label: _code(label) == "land_contract_arbitration",
    ),
    QuestionKind(
        "land_title",
        "是宅基地、山林或土地归谁所有、归谁使用的争议吗？",
        lambda label: label == "litigation/land_title",
    ),
    QuestionKind(
        "admin_decision",
        "是对政府部门的罚款、决定或者不办事不服吗？",
        lambda label: _code(label) == "administrative_review",
    ),
    QuestionKind(
        "review_first",
        "是当场开的罚款，或者政府部门对您的申请一直不办、不答复吗？",
        lambda label: label == "administrative_review/review_first",
    ),
    QuestionKind(
        "medical",
        "是看病、治疗过程中出的问题吗？",
        lambda label: label == "litigation/medical",
    ),
    QuestionKind(
        "private",
        "对方是个人或者企业（不是政府部门）吗？",
        lambda label: label == "litigation/civil_dispute",
    ),
    QuestionKind(
        "suggestion",
        "您是想提个建议，而不是投诉一件已经发生的事吗？",
        lambda label: _code(label) == "suggestion",
    ),
)
# pairs that need no question: the advice is the same or close enough (12345 lines, thanks vs a question)
_NO_QUESTION = frozenset({"hotline_12345", "praise", "consultation"})


def question_for(first: str, second: str) -> tuple[QuestionKind, str, str] | None:
    """(question, label for yes, label for no) separating two route labels, or None if none is worth asking."""
    if _code(first) in _NO_QUESTION and _code(second) in _NO_QUESTION:
        return None
    for kind in QUESTION_KINDS:
        a, b = kind.describes(first), kind.describes(second)
        if a != b:
            return (kind, first, second) if a else (kind, second, first)
    return None


def question_kind(key: str) -> QuestionKind | None:
    return next((k for k in QUESTION_KINDS if k.key == key), None)
