"""A head count or a name said plainly while another question waits is kept, not lost (lead-017)."""

import pytest

from actions.validate_intake import ValidateIntakeForm
from bot.parsing.people import count_told_ahead
from tests.actions.conftest import make_tracker, run_action

STORY = {"issue_text": "我妈八十多了 她的高龄补贴去年就没发了", "category": "民政"}


@pytest.mark.parametrize("said", ["就我妈一个", "只有俺自己", "就俺娘一个", "就我爸一个人吧", "就我一个人"])
async def test_a_head_count_said_at_the_court_question_is_kept(said):
    tracker = make_tracker(said, slots=STORY, requested_slot="legal_status")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("people_count") == "1"


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("我是她女儿 叫李秋菊", "李秋菊"),
        ("我是他儿子，名字叫张建国", "张建国"),
        ("俺是她闺女 叫王秀兰", "王秀兰"),
    ],
)
async def test_a_name_said_after_who_the_writer_is_is_kept(said, name):
    tracker = make_tracker(said, slots=STORY, requested_slot="people_count")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("petitioner_name") == name


@pytest.mark.parametrize("said", ["我妈", "就他一个", "就我妈", "叫张三的那个人打了我妈"])
def test_no_head_count_is_made_up_ahead(said):
    assert count_told_ahead(said) is None
