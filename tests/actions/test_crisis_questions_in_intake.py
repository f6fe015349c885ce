"""Someone beaten at home asks about divorce or the court while answering (hq-014, hj-019): answered once, with
the answer kept."""

from __future__ import annotations

from actions.crisis import CrisisResponse
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import play

BEATEN = "我老公昨天晚上又打我了 脸上都是青的 我现在不敢回家"
SISTER = "我替我妹妹说 她老公喝了酒又打她 刚才躲在厕所里 他在外面砸门说要弄死她"


async def test_divorce_asked_beside_the_place_is_answered_and_the_place_kept():
    turn = await play(
        ValidateIntakeForm(),
        "武汉洪山区 我现在在我妈家 我能不能离婚 孩子跟谁",
        intent="inform",
        requested_slot="location",
        slots={"urgent": True, "issue_text": BEATEN, "category": "政法"},
    )
    assert turn.said.startswith("能。") and "第1079条" in turn.said and "第1084条" in turn.said
    assert turn.slots["location_code"] == "420111"


async def test_the_protection_order_is_told_once():
    turn = await play(
        CrisisResponse(),
        "没有 能不能让法院不让他靠近我妹",
        intent="domestic_violence",
        confidence=1.0,
        active_loop="intake_form",
        requested_slot="legal_status",
        slots={"urgent": True, "issue_text": SISTER, "category": "政法"},
    )
    assert turn.said.count("法院应当受理") == 1 and "近亲属可以代为申请" in turn.said
