"""Two corrections said in one breath are both applied (my chat at 00:30, hf-018, he-022: only the first was)."""

import pytest

from actions.correction_parse import parse_corrections
from actions.corrections import CorrectDetail
from tests.actions.conftest import make_tracker, run_action
from tests.actions.test_filing_and_progress import filled


def known():
    # built per test: the ID number in it is encrypted with the key the fixtures set
    return filled(phone="13871234567", occurred_at="2026年11月", prior_report="打过12345", people_count="3")


@pytest.mark.parametrize(
    ("said", "changed"),
    [
        ("时间不对是十月底 还有电话尾号是4568不是4567", {"phone": "13871234568"}),
        ("此前反映改成没有；人数就我一个", {"prior_report": "未曾反映", "people_count": "1"}),
        ("电话尾号是4568", {"phone": "13871234568"}),
        ("电话最后四位是4568", {"phone": "13871234568"}),
    ],
)
async def test_each_detail_named_is_changed(said, changed):
    tracker = make_tracker(
        said, intent="correct_detail", slots={**known(), "awaiting_confirmation": True}, active_loop=None
    )
    updates, _, _ = await run_action(CorrectDetail(), tracker)
    for slot, value in changed.items():
        assert updates[slot] == value


def test_the_time_and_the_phone_are_two_requests():
    requests = parse_corrections("时间不对是十月底 还有电话尾号是4568不是4567")
    assert [r.slot for r in requests] == ["occurred_at", "phone"]
    assert requests[0].value == "十月底"


@pytest.mark.parametrize("said", ["人数就我一个", "涉及人数一共三十户"])
def test_a_count_right_after_its_label_is_a_correction_of_it(said):
    assert [r.slot for r in parse_corrections(said)] == ["people_count"]
