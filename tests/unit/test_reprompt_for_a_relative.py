"""Who writes for whom ("俺是她儿子 替她来问问") said at another question is no failed answer: acknowledged, and
the question asked again, without "没太看懂"."""

import pytest

from actions.intake_turn import Turn, TurnResult
from actions.turn_replies import FOR_A_RELATIVE_NOTE, UNREAD_NOTE, reprompt_note

STORY = "俺娘今年七十六了 养老金从九月开始就没打到卡上 去社保局问 说是认证没通过"


def _note(text: str) -> str:
    turn = Turn(text=text, intent="inform", slots={"issue_text": STORY}, requested_slot="location")
    return reprompt_note(turn, TurnResult()).text


@pytest.mark.parametrize(
    "said",
    [
        "俺是她儿子 替她来问问",
        "我是他女儿",
        "我帮我妈反映的",
        "替我爹问一下",
        "我替老人家来问",
        "我是她家属 帮她说",
    ],
)
def test_speaking_for_a_relative_is_acknowledged(said):
    assert _note(said) == FOR_A_RELATIVE_NOTE


@pytest.mark.parametrize("said", ["嗯嗯嗯", "我是个体户", "啊这个"])
def test_other_unread_messages_still_say_so(said):
    assert _note(said) == UNREAD_NOTE
