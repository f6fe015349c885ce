"""A refusal ("不打官司") and an asked next step ("要先仲裁啊") are no procedure started."""

from __future__ import annotations

import pytest

from bot.parsing.legal_status import detect_legal_status


@pytest.mark.parametrize(
    "said",
    [
        "没有 我们当兵的不打官司",
        "我们不打官司",
        "咱不打官司，打不起",
        "俺们农村人不上法院",
        "我們不打官司",
        "不打官司 就想要个说法",
    ],
)
def test_a_bare_bu_before_suing_refuses_it(said):
    assert detect_legal_status(said) == "none"


@pytest.mark.parametrize(
    "said",
    [
        "哦 要先仲裁啊 那我先在这登记一下吧",
        "是不是得先仲裁",
        "必须先仲裁吗",
        "要先去法院起诉吗",
    ],
)
def test_a_step_asked_about_says_nothing(said):
    assert detect_legal_status(said) is None


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("已经先申请仲裁了", "in_arbitration"),
        ("先仲裁了 没结果", "in_arbitration"),
        ("获得仲裁支持了", "in_arbitration"),
        ("不服判决", "judged"),
    ],
)
def test_a_step_taken_first_still_counts(said, status):
    assert detect_legal_status(said) == status
