"""A crisis after filing told of someone else ("我爸…说要跳下去"): the writer hears how to help, the case is urgent."""

from __future__ import annotations

from actions.crisis import CrisisResponse
from tests.actions.conftest import make_tracker, run_action, texts

FILED = {"case_number": "XF20261205-0407", "route": "labour_arbitration"}


async def test_a_son_afraid_for_his_father_after_filing_is_told_to_stay_with_him():
    tracker = make_tracker(
        "我爸这两天老念叨 说再要不回来就从公司楼上跳下去 我真怕他想不开",
        intent="self_harm",
        active_loop=None,
        confidence=1.0,
        slots=FILED,
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "12356" in said and "陪" in said and "110" in said
    assert "我们很担心您。" not in said and "请让家人或朋友陪着您" not in said
    assert "XF20261205-0407" in said and slots["urgent"] is True


async def test_the_writer_in_despair_still_hears_we_care_for_them():
    tracker = make_tracker(
        "登上了有啥用 俺是真不想活了", intent="self_harm", active_loop=None, confidence=1.0, slots=FILED
    )
    _, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "12356" in said and "请让家人或朋友陪着您" in said
