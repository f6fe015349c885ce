"""A party recorded only by its kind is given its name later, at another question or at the summary (hf-004,
hf-009, hf-018, hf-023, hf-026): the name is recorded, never "我记着呢" with the name lost."""

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = "村里的账几年都没公开过"


@pytest.mark.parametrize(
    ("known", "said", "recorded"),
    [
        ("合作社", "合作社的名儿是丰源种植专业合作社", "丰源种植专业合作社"),
        ("供热公司", "时间不对 还有供热公司全名叫讷河市宏达热力有限公司", "讷河市宏达热力有限公司"),
        ("村主任", "村主任名字叫马占山 东团堡村的", "村主任马占山"),
        ("村支书", "村支书系大坑村嘅 叫黄志明", "村支书黄志明"),
        ("农资店", "那店叫丰收农资门市 老板孙大勇", "丰收农资门市"),
        ("物业公司", "物业公司叫金碧物业", "金碧物业"),
        # the role without where it is held: "书记叫孙德海" for "村书记"
        ("村书记", "书记叫孙德海", "村书记孙德海"),
        ("村主任", "主任名字叫李国强", "村主任李国强"),
    ],
)
@pytest.mark.parametrize("pending", ["legal_status", "people_count", None])
async def test_the_name_of_the_party_known_by_its_kind_is_recorded(known, said, recorded, pending):
    slots = {"issue_text": STORY, "respondent": known, "category": "城乡建设"}
    tracker = make_tracker(
        said, slots=slots, requested_slot=pending, active_loop="intake_form" if pending else None
    )
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("respondent") == recorded


@pytest.mark.parametrize(
    ("known", "said", "pending"),
    [
        ("村支书", "我叫黄志明", "petitioner_name"),  # the citizen's own name
        ("王大成", "王大成是村里的会计 叫他老王就行", "legal_status"),  # already a person's name
        ("物业公司", "我家的狗叫旺财", "legal_status"),  # no word about the party
        ("村书记", "书记是个坏人 谁都知道", "legal_status"),  # the role, but no name
    ],
)
async def test_no_other_name_is_taken_for_the_party(known, said, pending):
    slots = {"issue_text": STORY, "respondent": known, "category": "城乡建设"}
    tracker = make_tracker(said, slots=slots, requested_slot=pending)
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("respondent", known) == known


@pytest.mark.parametrize(
    ("known", "said", "recorded"),
    [
        # a nickname on record, the whole name given after it
        ("王老五", "王老五 大名叫王德胜", "王德胜"),
        # a platform on record, the firm the rider signed with named before its kind
        ("平台", "美团那个平台 合同是跟一家叫众包通的劳务公司签的", "众包通劳务公司"),
        # a unit on record said again with its place in front, and nothing else
        ("社区卫生服务中心", "社区卫生服务中心 花园路社区卫生服务中心", "花园路社区卫生服务中心"),
    ],
)
async def test_a_party_known_by_a_nickname_a_kind_or_a_plain_name_is_refined(known, said, recorded):
    slots = {"issue_text": STORY, "respondent": known, "category": "城乡建设"}
    tracker = make_tracker(said, slots=slots, requested_slot="legal_status", active_loop="intake_form")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("respondent") == recorded


async def test_an_office_on_record_said_by_its_whole_name_is_recorded_by_it():
    slots = {"issue_text": STORY, "respondent": "小店区行政审批局", "category": "其他"}
    said = "小店区行政审批服务管理局 决定是上个月下的"
    tracker = make_tracker(said, slots=slots, requested_slot="people_count", active_loop="intake_form")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("respondent") == "小店区行政审批服务管理局"
