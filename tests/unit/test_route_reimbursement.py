"""A bill the 医保 will not cover, with no harm from the care (bot.route_model.readings_insurance),
is a matter of insurance benefits, the 医疗保障 office's refusal reviewed or sued: no medical dispute with the clinic.
Phrasings written for these tests, none a corpus message or a route example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.readings_insurance import clinic_says_not_covered, reimbursement_refused


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("我妈在县医院住了半个月 回来医保局说用的药是目录外的 不给报", "县医保局"),
        ("住院花了两万多 农合办说是自费药 一分报不了", None),
        ("在外地住院回来 医保不给报 说没备案", None),
        ("鄉裡醫保站說我那個檢查醫保不能報銷 要自己出", None),  # traditional characters
    ],
)
def test_a_bill_not_covered_is_no_medical_dispute(text: str, respondent: str | None) -> None:
    assert reimbursement_refused(text)
    decision = decide_route(text, "劳动和社会保障", "none", respondent=respondent)
    assert decision.code == "administrative_review", decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "在镇卫生院住院 卫生院说这个药医保报不了 是目录外的",
        "醫院講呢個檢查唔在目錄 醫保報唔到",  # Cantonese, traditional characters
    ],
)
def test_only_the_clinic_saying_so_is_no_review_first(text: str) -> None:
    assert clinic_says_not_covered(text)
    decision = decide_route(text, "卫生计生", "none", respondent="卫生院")
    assert decision.code in ("petition", "hotline_12345", "administrative_review"), decision.reason
    assert decision.variant != "review_first" and decision.code != "litigation"


@pytest.mark.parametrize(
    "text",
    [
        "手术做坏了 后遗症一大堆 医保还不给报",  # harm from the care: a medical dispute after all
        "医保报销要带什么材料",  # a question, nothing refused
        "住院的钱医保都给报了 就是医生态度差",
    ],
)
def test_what_is_no_refused_reimbursement(text: str) -> None:
    assert not reimbursement_refused(text)
