"""Someone beaten black and blue ("胳膊上全是青的") is a danger told at once (110)."""

from __future__ import annotations

import pytest

from bot.domain.safety import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "我妈在养老院被护工打了 胳膊上全是青的 我昨天去看她才发现",
        "孩子在学校被同学打了 腿上都是青的",
        "我爷爷被护工打得胳膊青紫",
    ],
)
def test_beaten_black_and_blue_is_a_danger(text):
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "danger"
