"""A question beside a short answer, or put to the bot in so many words, gets a reply (lead-036, lead-044 were
answered by the next question only); a rhetorical question inside a story still needs none."""

from __future__ import annotations

import pytest

from actions.question_forms import asks_the_bot
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

SHOP = {
    "issue_text": "城管的人说我们门口要改造 让我们关门两个月 没有给文件 我们损失很大",
    "category": "城乡建设",
    "location": "新疆维吾尔自治区乌鲁木齐市天山区解放南路街道",
    "location_code": "650102005",
    "occurred_at": "2026-11-28",
    "respondent": "城管",
}


@pytest.mark.parametrize("said", ["没有 我问你能不能赔偿", "没有 你先回答我 损失谁来赔", "没打过 这种能赔吗"])
async def test_the_answer_is_taken_and_the_question_answered(said):
    tracker = make_tracker(said, requested_slot="legal_status", slots=SHOP)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("legal_status") == "none"
    said_back = texts(dispatcher)
    assert any(word in said_back for word in ("您问的", "赔", "复议", "起诉"))


@pytest.mark.parametrize(
    ("clean", "rest", "asks"),
    [
        ("没有 我问你能不能赔偿", "没有", True),
        ("请问这个归谁管", "这个归谁管", True),
        ("老板欠了三个月工资 到处找人都找不到 这不是糊弄人吗", "老板欠了三个月工资 到处找人都找不到", False),
    ],
)
def test_which_questions_are_put_to_the_bot(clean, rest, asks):
    assert asks_the_bot(clean, rest) is asks


@pytest.mark.parametrize("said", ["这个能不能赔偿", "死的羊能赔不", "损失谁来赔", "没有 我问你能不能赔偿"])
def test_whether_a_loss_is_made_good_is_asked_as_compensation(said):
    from actions.question_detect import detect_question
    from actions.question_kinds import QuestionKind

    assert detect_question(said) is QuestionKind.COMPENSATION


@pytest.mark.parametrize("said", ["法院判他赔我钱", "赔偿款一直没给", "他赔了我两千"])
def test_a_compensation_told_is_no_question(said):
    from actions.question_detect import detect_question

    assert detect_question(said) is None


FAMILY = {
    "issue_text": "我爸走了以后 我弟弟把老宅占了 门锁也换了 不让我们姐妹进",
    "category": "政法",
    "respondent": "弟弟",
    "occurred_at": "2025",
}


@pytest.mark.parametrize(
    ("said", "slot", "value"),
    [
        ("还没起诉呢 打官司要多少钱啊", "legal_status", "none"),
        ("沒打過官司 請律師貴不貴", "legal_status", "none"),  # traditional characters
        ("之前没反映过 你们收费吗", "prior_report", "未曾反映"),
        ("我叫赵春梅 电话１３９０７３１５２６８ 多久能有结果", "phone", "13907315268"),
    ],
)
@pytest.mark.parametrize("intent", ["ask_what_is_petition", "ask_duration", "express_frustration"])
async def test_details_said_beside_a_question_are_kept(said, slot, value, intent):
    """Taken for a question at the place question, the message still gives what it states plainly."""
    tracker = make_tracker(said, intent=intent, requested_slot="location", slots=FAMILY)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get(slot) == value
    assert "location" not in slots


@pytest.mark.parametrize("said", ["诉讼费一般收多少", "要是没打官司能不能先找你们", "不起诉行不行"])
async def test_a_question_alone_sets_nothing(said):
    tracker = make_tracker(said, intent="ask_what_is_petition", requested_slot="location", slots=FAMILY)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "legal_status" not in slots and "prior_report" not in slots
