"""An answer the classifier took for a request for a person or for a plain "好的" is read as the answer."""

import pytest

from actions import services
from actions.conversation import Handoff
from actions.validate_intake import ValidateIntakeForm
from bot.parsing.occurred_at import extract_occurred_at
from tests.actions.conftest import make_tracker, run_action, texts

STORY = {"issue_text": "在美团点的外卖吃坏肚子了 上吐下泻 去医院花了600多 商家就说赔我30块"}


@pytest.mark.parametrize("said", ["跟美团客服投诉了", "在饿了么上找过客服 没用", "跟平台客服反映过两次"])
async def test_an_earlier_report_to_a_platforms_service_desk_is_no_request_for_a_person(said):
    tracker = make_tracker(said, intent="ask_human", slots=STORY, requested_slot="prior_report")
    slots, dispatcher, _ = await run_action(Handoff(), tracker)
    assert "想找工作人员" not in texts(dispatcher)
    assert "handoff_requested" not in slots
    assert slots.get("prior_report")  # taken as the answer, so the question is not asked again


async def test_a_real_request_for_a_person_is_still_noted():
    tracker = make_tracker(
        "找过客服了 没用 给我转人工", intent="ask_human", slots=STORY, requested_slot="prior_report"
    )
    slots, dispatcher, _ = await run_action(Handoff(), tracker)
    assert "想找工作人员" in texts(dispatcher)
    assert slots["handoff_requested"] is True


@pytest.mark.parametrize(("said", "kept"), [("滴滴出行平台", "滴滴"), ("货拉拉平台", "货拉拉")])
async def test_a_respondent_the_classifier_took_for_a_yes_is_taken(said, kept):
    story = {"issue_text": "平台无缘无故把我账号封了 申诉三次都是自动回复"}
    tracker = make_tracker(said, intent="affirm", slots=story, requested_slot="respondent")
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert kept in (slots.get("respondent") or "")
    assert "好的。" not in texts(dispatcher)


FRAUD = "我被网上刷单骗了三万六 去派出所报案 做了笔录就让我回去等 一个多月了 问就说在查"


async def test_a_date_volunteered_after_an_estimate_is_taken():
    estimate = extract_occurred_at(FRAUD, services.now_local())
    slots = {"issue_text": FRAUD, "occurred_at": estimate.normalized, "location": "福建省福州市仓山区"}
    tracker = make_tracker("10月28号被骗的 第二天去报的案", slots=slots, requested_slot="respondent")
    updates, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    taken = extract_occurred_at("10月28号", services.now_local()).normalized
    assert updates.get("occurred_at") == taken
    assert "发生时间改成" not in texts(dispatcher)  # no longer only hinted at
