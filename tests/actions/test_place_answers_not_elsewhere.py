"""A place said at the respondent question is where, not who; a street in the postal address is the citizen's home,
not the place of the matter."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

KNOWN = {
    "issue_text": "离职了公司扣着我最后一个月工资不发 公司在济南高新区",
    "category": "劳动和社会保障",
    "location": "山东省济南市济南高新技术产业开发区",
    "location_code": "370176",
    "occurred_at": "2026-10-31",
}


@pytest.mark.parametrize("text", ["济南高新区啊 舜华路街道", "舜华路街道", "在济南高新区 舜華路街道那边"])
async def test_a_place_at_the_respondent_question_is_no_respondent(text):
    """hk-037 filed "济南高新区 舜华路街道" as the company complained about."""
    slots, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker(text, requested_slot="respondent", slots=KNOWN)
    )
    assert not slots.get("respondent")
    assert (slots.get("location_code") or "370176").startswith("370176")


async def test_an_office_with_its_place_is_still_a_respondent():
    slots, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker("济南高新区管委会", requested_slot="respondent", slots=KNOWN)
    )
    assert "管委会" in (slots.get("respondent") or "")


@pytest.mark.parametrize(
    ("text", "party"), [("王家峪煤矿", "王家峪煤矿"), ("就是红星铁矿啊 我说过了", "红星铁矿")]
)
async def test_a_mine_named_after_its_village_is_a_respondent(text, party):
    """A mine bears its village's name: it is the party, not the place (no "记为未提供" after it)."""
    slots, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker(text, requested_slot="respondent", slots=KNOWN)
    )
    assert slots.get("respondent") == party


@pytest.mark.parametrize("text", ["夷陵区小溪塔街道 东湖二路", "园区唯亭街道青剑湖花园12幢1003"])
async def test_a_street_in_the_postal_address_keeps_the_place(text):
    """hk-024, hk-008: the place of the matter took the street of the citizen's home."""
    known = {**KNOWN, "location": "湖北省宜昌市夷陵区", "location_code": "420506"}
    if "园区" in text:
        known = {**KNOWN, "location": "江苏省苏州市苏州工业园区", "location_code": "320576"}
    slots, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker(text, requested_slot="address", slots=known)
    )
    assert slots.get("address")
    assert "location_code" not in slots
