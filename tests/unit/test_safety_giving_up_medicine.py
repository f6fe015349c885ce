"""Giving up the medicine or treatment one lives on is despair ("药没了就算了"), read as self-harm; a shop out of
stock, a refused refund or a question about a cure is not."""

from __future__ import annotations

import pytest

from bot.domain.safety import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "你们慢慢弄吧 反正我也不想拖了 药没了就算了",
        "药没了就算了",
        "药斷了就算了 活一天算一天",
        "降压药停了就停了 拉倒",
        "病也不治了 就这样吧",
        "病不看了 算了",
        "没钱看病 只能在家等死",
        "医院不给报 俺就回家等死",
        "这药买不起 就算了",
    ],
)
def test_giving_up_medicine_or_treatment_is_despair(text):
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "我妈的药没了 医院说明天才有",
        "药店药没了 换一家就算了",
        "这个病不治了吗",
        "药费报销不了就算了",
        "算了 不反映了",
        "感冒药吃完了就不吃了",
        "等死人了 排队排了三个小时",
    ],
)
def test_a_shortage_a_refund_or_a_question_is_no_crisis(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    ["登记了有啥用 今天钱能到账吗 不到我真跳了", "我真跳了啊", "今天不给钱我马上跳", "再不给 俺马上跳下去"],
)
def test_saying_one_will_jump_now_is_self_harm(text):
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "self_harm"


@pytest.mark.parametrize("text", ["我真跳槽了", "我真跳了一下 吓死了", "我马上跳过这个问题"])
def test_jumping_elsewhere_is_not(text):
    assert detect_crisis(text) is None
