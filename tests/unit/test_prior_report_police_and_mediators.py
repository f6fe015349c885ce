"""An earlier report told as the police called by number ("当天就报了110") or as someone in charge who came to
settle it ("妇女主任来劝过两回") names where the matter went, after a "没有" too (hw-011, hv-015)."""

import pytest

from bot.parsing.prior_report import NO_PRIOR_REPORT, extract_prior_report, read_prior_report_answer


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("当天就报了110 后来又去四方坪派出所问过一次 说在查在查", "当天就报了110"),
        ("當天就報了110", "报了110"),
        ("报过一次110 没人管", "报过一次110"),
        ("打了１１０ 警察来了说调解", "警察来了说调解"),  # the digits as written
        ("没有 就妇女主任来劝过", "妇女主任"),
        ("沒有 就婦女主任來勸過", "妇女主任"),
        ("没有 啥都没弄过 村里妇女主任来劝过两回", "妇女主任来劝过两回"),
        ("村里妇女主任上门劝了好几次 没用", "妇女主任"),
        ("居委会来调解了 没用", "居委会来调解"),
        ("村干部上门做工作了", "村干部"),
    ],
)
def test_the_report_is_read(said, kept):
    for read in (extract_prior_report, read_prior_report_answer):
        found = read(said)
        assert found not in (None, NO_PRIOR_REPORT)
        assert kept in found


@pytest.mark.parametrize("said", ["没报110", "还没报110 怕他更凶"])
def test_a_call_denied_is_no_report(said):
    assert read_prior_report_answer(said) == NO_PRIOR_REPORT


@pytest.mark.parametrize(
    "said", ["朋友劝我去找妇联", "妇女主任没来劝过", "物业来看过 说不归他们管", "想报110"]
)
def test_advice_a_denial_or_a_plan_is_no_report_in_a_story(said):
    assert extract_prior_report(said) is None
