""" "没有" to the question of a suit, then the office already told: the court status and the earlier report are both
taken, so the next answer goes to the next question (read as a denial, every later answer fell one question late)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import play

KNOWN = {
    "issue_text": "楼下那户人家养的狗不拴绳 把我孙子腿咬了 他家一分钱不赔",
    "category": "政法",
    "location": "湖南省永州市冷水滩区梅湾街道",
    "respondent": "楼下101那家",
}


@pytest.mark.parametrize(
    ("said", "where"),
    [
        ("没有 找过社区 社区说让我们自己协商", "社区"),
        ("没有 找过物业 物业说管不了", "物业"),
        ("没有 报过警 派出所说让我们自己调解", "报过警"),
        ("没 去过居委会 说等通知", "居委会"),
        ("没有 打过12345 说转给街道了", "12345"),
    ],
)
async def test_no_suit_and_the_office_told_fill_both(said, where):
    turn = await play(
        ValidateIntakeForm(),
        said,
        intent="deny",
        slots={**KNOWN, "legal_status": None, "prior_report": None},
        requested_slot="legal_status",
    )
    assert turn.slots.get("legal_status") == "none"
    assert where in (turn.slots.get("prior_report") or "")
