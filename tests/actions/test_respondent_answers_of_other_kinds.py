"""At and around the respondent question: the role a story gave kept when the name is skipped ("我老公又打我了",
lead-062); where the citizen lives or where to write is no party (hh-016, hk-014); a person told by role and
surname at the time question is the party (hk-014)."""

import pytest

from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

BEATEN = {"issue_text": "我老公又打我了 不过你们别报警 我不想闹大 孩子还小", "category": "政法"}
NANNY = {
    "issue_text": "我在广州天河给一户人家做住家保姆 最后两个月工资九千块不给了",
    "category": "劳动和社会保障",
}


@pytest.mark.parametrize(("said", "intent"), [("跳过", "skip"), ("没有", "deny"), ("不知道", "inform")])
async def test_the_husband_the_story_names_is_kept_when_no_name_is_given(said, intent):
    tracker = make_tracker(said, intent=intent, slots=BEATEN, requested_slot="respondent")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent") == "老公"


@pytest.mark.parametrize(
    "said", ["寄给我奶奶 后楼村南街3号", "现在住老乡家 白云区同和街道 具体门牌我问问", "我住在天河区石牌街道"]
)
async def test_where_one_lives_is_no_party(said):
    tracker = make_tracker(said, slots=NANNY, requested_slot="respondent")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent") in (None, NOT_PROVIDED)


async def test_a_person_by_surname_at_the_time_question_is_the_party():
    said = "雇主姓郑 郑先生 住在天河区猎德那边的汇景新城"
    tracker = make_tracker(said, slots=NANNY, requested_slot="occurred_at")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent") == "雇主郑先生"
