"""Earlier reports told with their steps: the petition's 复查/复核 (hl-018), a review or an enforcement applied for,
asked where the matter went (hl-021), a platform's 客服 (hk-033); a suit won at court is the court status (hj-023)."""

from __future__ import annotations

import pytest

from bot.parsing.prior_report import NO_PRIOR_REPORT, extract_prior_report, read_prior_report_answer


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("反映过 省信访局复核过 2020年", "复核"),
        ("县里市里省里都去了 复查复核都做了 都是维持", "复查复核"),
        ("除了申请复议 还给县政府打过几次电话 都说在办", "复议"),
        ("申请过强制执行 法院说没财产", "强制执行"),
        ("打过平台客服 还有12328 12328说让找平台", "客服"),
        ("找了售后三次都不给换", "售后"),
        ("派出所去了三次 没有别的", "派出所"),
    ],
)
def test_the_steps_are_the_earlier_report(text, kept) -> None:
    found = read_prior_report_answer(text)
    assert found and kept in found


@pytest.mark.parametrize("text", ["想申请复议", "打算明年去省里", "现在APP打不开了，客服也联系不上"])
def test_a_step_only_meant_or_a_service_that_fails_is_none(text) -> None:
    assert read_prior_report_answer(text) in (None, NO_PRIOR_REPORT)


def test_a_review_denied_is_no_report() -> None:
    assert read_prior_report_answer("没有 没申请过复议") == NO_PRIOR_REPORT


@pytest.mark.parametrize(
    "text",
    [
        "他2024.3.5在石嘴山大武口区法院打赢了官司",
        "去年在区法院胜诉了 判决他还钱",
        "我家的承包地去年被村委会收回去了",
    ],
)
def test_a_suit_or_a_taking_is_no_earlier_report(text) -> None:
    assert extract_prior_report(text) is None
