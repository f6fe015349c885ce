"""Whether this is the government, and whether a matter can be told here, are answered, not passed over."""

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind


@pytest.mark.parametrize(
    "asked",
    [
        "你们这个是政府的吗",
        "你先回答我 你们是不是政府的",
        "这里是信访局吗",
        "你们算不算官方的",  # 算 … 官方
        "你們是政府的嗎",
        "你是机器人吗",
        "领导能看到吗 还是就你们机器看看",  # lead-081: whether people read it, not whether it stays secret
        "会有人看吗",
        "有没有人看啊 还是发了就完了",
    ],
)
def test_who_answers_is_asked(asked):
    assert detect_question(asked) is QuestionKind.ARE_YOU_A_BOT


@pytest.mark.parametrize(
    "asked",
    ["这个能反映吗", "可以在这里投诉吗", "能不能跟你们反映", "我儿子在学校被同学打了 老师不管 这个能反映吗"],
)
def test_whether_it_can_be_told_here_is_asked(asked):
    assert detect_question(asked) is QuestionKind.WILL_YOU_ACT


@pytest.mark.parametrize(
    "told", ["我想反映一下村里的事", "我要投诉物业", "政府的补贴没发", "我是政府退休的老干部"]
)
def test_a_matter_told_is_no_question(told):
    assert detect_question(told) is None
