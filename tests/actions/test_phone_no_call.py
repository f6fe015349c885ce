"""At the phone question, a message that asks for no call at all ("电话也别打 家里人会接"), with its reason, is a
refusal said once: the phone is left empty and not asked again; a time not to call ("晚上别打") is no refusal."""

from __future__ import annotations

import pytest

from actions.phone_answers import refuses_phone
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

MATTER = {
    "issue_text": "网上借了钱 催收的人天天打电话骚扰",
    "category": "政法",
    "location": "广东省深圳市龙华区",
    "location_code": "440309",
    "petitioner_name": "未提供",
}


@pytest.mark.parametrize(
    "said",
    [
        "手机也别打 家里人会看到",
        "千万别往我家打电话 我老公接",
        "不要给我打电话 我在单位不方便",
        "電話也不要打來 我媽會聽到",
        "别联系我了 怕被他知道",
        "电话就甭打了",
    ],
)
def test_no_call_at_all_is_a_refusal(said):
    assert refuses_phone(said) and refuses_phone(said, declined_only=True)


@pytest.mark.parametrize(
    "said",
    [
        "白天打，晚上别打",
        "晚上别打 孩子睡觉",
        "打电话之前先发个短信",
        "能不能打我电话",
        "电话别打太早 我上夜班",
    ],
)
def test_a_time_or_a_way_to_call_is_no_refusal(said):
    assert not refuses_phone(said, declined_only=True)


async def test_the_form_leaves_the_phone_empty_and_asks_no_more():
    tracker = make_tracker("手机也别打 我爸妈会接到", intent="inform", requested_slot="phone", slots=MATTER)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["phone"] == "未提供"
    assert "请留一个联系电话" not in texts(dispatcher)
