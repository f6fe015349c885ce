"""A legal step denied with 不是 ("不是行政复议 是信访复核") or a court kept out of it ("家丑不想闹到法院") is no
suit (hr-024, hh-016); a judgment asked about or another step said stays."""

import pytest

from bot.parsing.legal_status import detect_legal_status, names_procedure


@pytest.mark.parametrize(
    "said",
    [
        "我要的是信访复核 不是行政复议 复核是不是30天内要提",
        "不是行政复议",
        "不是打官司 是信访",
        "没有 家丑不想闹到法院",
        "家丑不想闹到法院",
        "不愿意上法庭",
        "我不想去法院",
        "俺不想告到法院 都是一家人",
    ],
)
def test_no_suit(said):
    assert detect_legal_status(said) == "none"
    assert names_procedure(said)


@pytest.mark.parametrize(
    ("said", "status"),
    [("判决不是下来了吗", "judged"), ("已经起诉了 不是调解", "in_court"), ("不是仲裁 是法院判的", "judged")],
)
def test_the_step_taken_stays(said, status):
    assert detect_legal_status(said) == status
