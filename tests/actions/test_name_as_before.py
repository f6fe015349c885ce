"""At the name question, "名字跟上次一样" is the name left earlier in the chat; with none left here it is said plainly
that no name is on record and the intake goes on, never the name question again and again, whether the classifier
took the message for an answer or for a correction."""

from __future__ import annotations

import pytest

from actions.corrections import CorrectDetail
from actions.same_as_before import NO_NAME_BEFORE, says_name_as_before
from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

NEXT_MATTER = {
    "issue_text": "村口的桥栏杆断了两个月了 小孩上学天天从那过",
    "category": "交通运输",
    "location": "河北省保定市莲池区",
    "location_code": "130606",
}


def at_the_name(text: str, intent: str, earlier_name: str | None = None):
    tracker = make_tracker(text, intent=intent, requested_slot="petitioner_name", slots=NEXT_MATTER)
    if earlier_name:
        tracker.events.insert(0, {"event": "slot", "name": "petitioner_name", "value": earlier_name})
    return tracker


@pytest.mark.parametrize(
    "said", ["名字跟上次一样", "姓名同上", "名字还是之前那个", "名字跟刚才的一樣", "名也和上回一样"]
)
def test_said_as_before(said):
    assert says_name_as_before(said)


@pytest.mark.parametrize("said", ["名字不一样", "我叫李同上", "跟上次一样的问题又来了"])
def test_not_said_as_before(said):
    assert not says_name_as_before(said)


@pytest.mark.parametrize("intent", ["inform", "correct_detail"])
async def test_the_name_left_earlier_is_taken(intent):
    action = ValidateIntakeForm() if intent == "inform" else CorrectDetail()
    slots, dispatcher, _ = await run_action(action, at_the_name("名字跟上次一样", intent, "赵秀英"))
    assert slots["petitioner_name"] == "赵秀英"
    assert "重新填一下" not in texts(dispatcher)


@pytest.mark.parametrize("intent", ["inform", "correct_detail"])
async def test_no_name_left_here_is_said_and_not_asked_again(intent):
    action = ValidateIntakeForm() if intent == "inform" else CorrectDetail()
    slots, dispatcher, _ = await run_action(action, at_the_name("名字和上回一樣 電話也一樣", intent))
    assert slots["petitioner_name"] == NOT_PROVIDED
    assert NO_NAME_BEFORE in texts(dispatcher)
