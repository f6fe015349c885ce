"""A hospital bill the 医保 will not cover ("目录外", "不给报"), with no harm from the care told: insurance benefits,
not a medical dispute with the clinic.

- Refused by the 医保 office or the 农合办 itself: its decision on the claim is an administrative act, reviewed or
  sued (the 12393 line answers questions).
- Only the clinic's word that it is not covered ("卫生院讲是目录外的"): nothing an organ decided yet to review; the
  citizen asks the 医疗保障 office, a petition (or 12345), never a 复议前置 matter.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.domain.text import normalize_for_parsing
from bot.route_model.readings_money import care_harmed

REVIEW = "administrative_review"
PETITION = "petition"
_NOT_A_CARE_DISPUTE = (
    "litigation/medical",
    "litigation/civil_dispute",
    "labour_inspection",
    "labour_arbitration",
)

_INSURANCE = re.compile(r"医保|医疗保险|新农合|合作医疗|农合|居民医保|报销")
_NOT_COVERED = re.compile(
    r"不给报|不能报|报不了|不让报|不予报|拒报|拒绝报|没给报|报不下来|不报销|报销不了|目录外|不在目录|自费药|全自费"
    r"|要自己(?:出|掏|付)"
)
# only the clinic said no: "卫生院讲不给报", "医院说是目录外的"
_CLINIC_SAYS = re.compile(r"(?:医院|卫生院|卫生室|诊所|药房)(?:的人|里)?(?:讲|说|告诉|讲是|说是)")
_INSURER = re.compile(
    r"医保局|医保中心|医保办|医保站|医保经办|医疗保障局|农合办|合作医疗办|社保局|社保中心|经办机构"
)


def reimbursement_refused(text: str | None) -> bool:
    """A bill the 医保 will not cover, no harm from the care told ("住院的钱医保不给报 说是目录外的药")."""
    clean = normalize_for_parsing(text or "")
    told = _INSURANCE.search(clean) and _NOT_COVERED.search(clean)
    return bool(told) and not care_harmed(clean)


def clinic_says_not_covered(text: str | None) -> bool:
    """Only the clinic says the bill is not covered ("医保报销卫生院讲不给报 讲是什么目录外的")."""
    clean = normalize_for_parsing(text or "")
    return reimbursement_refused(clean) and bool(_CLINIC_SAYS.search(clean)) and not _INSURER.search(clean)


def refused_by_insurer(text: str | None) -> bool:
    """The 医保 itself refused the claim ("医保不给报 说异地没备案", "农合办说转院手续不全 一分不给报")."""
    return reimbursement_refused(text) and not clinic_says_not_covered(text)


# (reading, labels whose mass goes, where it goes, words for staff): the shape of law_acts.ACT_RULES
INSURANCE_RULES: tuple[tuple[Callable[[str | None], bool], tuple[str, ...], str, str], ...] = (
    (
        refused_by_insurer,
        _NOT_A_CARE_DISPUTE,
        REVIEW,
        "医保经办机构不给报销，是医保待遇的事，不是医疗纠纷：对不予报销的决定可以申请行政复议或起诉，也可以打12393咨询",
    ),
    (
        clinic_says_not_covered,
        (*_NOT_A_CARE_DISPUTE, "administrative_review/review_first"),
        PETITION,
        "医院说不能用医保报销（比如说是目录外），是医保待遇的事，不是医疗纠纷：向医疗保障部门反映、问清楚（12393）",
    ),
)
