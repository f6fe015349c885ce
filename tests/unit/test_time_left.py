"""The warning of how long a route's period has left (bot.domain.time_left), on a pinned day (tests/clock.py).

Stories written for these tests; the periods are 行政复议法 第20条 (60日), 劳动争议调解仲裁法 第27条 (1年), 工伤保险条例
第17条 (1年), 农村土地承包经营纠纷调解仲裁法 第18条 (2年), 民法典 第188条 (3年), 民事诉讼法 第250条 (2年), 国家赔偿法
第39条 (2年)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot.domain.time_left import limitation_warning, period_end
from tests.clock import TODAY, last_year, month_shift

pytestmark = pytest.mark.dates

EXACT_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _warn(code: str, variant: str | None, occurred_at: str | None, story: str = "") -> str | None:
    return limitation_warning(code, variant, occurred_at, TODAY, story)


def test_periods_end_on_the_same_day_later() -> None:
    start = TODAY - timedelta(days=3)
    assert period_end(start, "60日") == start + timedelta(days=60)
    assert period_end(start, "6个月").day == start.day or start.day > 28
    assert period_end(start, "1年").year == start.year + 1


def test_an_exact_day_gets_the_days_left_and_the_day_it_ends() -> None:
    known = TODAY - timedelta(days=20)
    text = _warn("administrative_review", "review_first", known.isoformat(), "社保局把我的养老金停了")
    assert text is not None
    end = known + timedelta(days=60)
    assert "还剩大约40天" in text and f"{end.year}年{end.month}月{end.day}日" in text
    assert "《行政复议法》第20条" in text and "12348" in text
    assert "不可抗力" in text and "最长不超过" in text  # 第20条第2款, 第3款
    assert "可能已经过了" not in text


def test_little_time_left_is_said_plainly() -> None:
    hurt = TODAY - timedelta(days=350)
    text = _warn("labour_arbitration", "work_injury", hurt.isoformat(), "在工地摔断了腿 老板不给报工伤")
    assert text is not None and "剩下的日子不多了，请马上去办" in text and "《工伤保险条例》第17条" in text
    assert "受伤那天" in text
    assert "中断" not in text  # 第17条 gives no interruption


def test_a_month_gets_when_it_may_end_at_the_earliest_and_no_exact_day() -> None:
    text = _warn("labour_arbitration", None, month_shift(-3), "公司把我辞退了 一分补偿没给")
    assert text is not None and "最早可能再过大约" in text and "个月" in text and "还剩" not in text
    assert not EXACT_DATE.search(text)
    assert "中断" in text and "中止" in text and "离职" in text  # 第27条第2、3、4款


def test_a_period_long_past_may_have_run_out() -> None:
    text = _warn("labour_arbitration", None, month_shift(-14), "厂里把我开除了")
    assert text is not None and "可能已经过了" in text and "还剩" not in text
    assert "知道或者应当知道" in text  # counted from knowing, which may be later


def test_only_the_year_says_may_and_never_a_date() -> None:
    """ "前年的事": a 2-year period from some day of that year may have ended or be about to."""
    text = _warn("land_contract_arbitration", None, str(TODAY.year - 2), "村里把俺的承包地划给别人了")
    assert text is not None and "可能" in text and "第18条" in text
    assert not EXACT_DATE.search(text) and "还剩" not in text


def test_a_year_before_last_year_for_sixty_days_may_have_passed() -> None:
    text = _warn("administrative_review", None, str(TODAY.year - 2), "城管罚了我两千")
    assert text is not None and "可能已经过了" in text


def test_a_stretch_of_months_counts_from_its_first_month_at_the_earliest() -> None:
    start, end = month_shift(-2), month_shift(-1)
    text = _warn("administrative_review", "expropriation", f"{start}-01~{end}-01", "征地补偿太低")
    assert text is not None and "之间" in text and not EXACT_DATE.search(text.split("算，")[0])


@pytest.mark.parametrize(
    "story",
    ["他借了我五万块 写了借条 一直不还", "隔壁装修把我家天花板泡坏了 损失要他赔", "他借錢不還 欠條還在"],
)
def test_a_civil_money_claim_gets_the_three_years_and_how_it_is_interrupted(story: str) -> None:
    text = _warn("litigation", "civil_dispute", str(TODAY.year - 4), story)
    assert text is not None and "可能已经过了" in text
    assert "《民法典》第188条" in text and "第195条" in text and "第194条" in text


@pytest.mark.parametrize(
    "story",
    [
        "儿子不给老娘赡养费 一年多了",  # 第196条: support is not barred
        "邻居把墙砌到我家门口 路都堵了",  # 排除妨碍: no money asked
    ],
)
def test_claims_the_three_years_do_not_bar_get_no_warning(story: str) -> None:
    assert _warn("litigation", "civil_dispute", str(TODAY.year - 4), story) is None


def test_an_enforcement_already_applied_for_gets_no_two_years() -> None:
    story = "判决他还我十万 申请了强制执行 法院给终本了"
    assert _warn("litigation", "enforcement", str(TODAY.year - 3), story) is None
    fresh = _warn("litigation", "enforcement", month_shift(-6), "法院判了他还钱 他一分不给")
    assert fresh is not None and "履行期限" in fresh and "就到期" in fresh


def test_state_compensation_does_not_count_days_in_detention() -> None:
    text = _warn("state_compensation", None, month_shift(-4), "被错抓关了三个月 后来无罪")
    assert text is not None and "羁押" in text and "《国家赔偿法》第39条" in text


@pytest.mark.parametrize(
    ("code", "variant", "occurred_at"),
    [
        ("hotline_12345", None, month_shift(-2)),  # no period
        ("petition", None, month_shift(-2)),
        ("litigation", "court_case", last_year()),
        ("labour_inspection", None, month_shift(-2)),
        ("administrative_review", None, None),  # no time told
        ("administrative_review", None, "未提供"),
        ("administrative_review", None, (TODAY + timedelta(days=5)).isoformat()),  # not yet
    ],
)
def test_no_warning_without_a_period_or_a_past_time(code: str, variant: str | None, occurred_at) -> None:
    assert _warn(code, variant, occurred_at, "罚款") is None


@pytest.mark.parametrize(
    "story",
    [
        "我在这个厂干了三年了 一直比正式工少发一千多",
        "現在還在公司上班 加班費從來不給",  # traditional characters
        "进厂两年了 工资每个月都少给",
        "我们在车间干一样的活 正式工拿的比我们多一倍",  # the work told in the present
    ],
)
def test_a_worker_still_on_the_job_is_not_told_the_year_may_have_passed(story: str) -> None:
    """Pay owed during the job is not bound by the year (劳动争议调解仲裁法 第27条第4款)."""
    assert _warn("labour_arbitration", None, str(TODAY.year - 2), story) is None


@pytest.mark.parametrize(
    "story",
    [
        "去年就辞职了 厂里还欠我三个月工资",  # the job ended: the year runs from then
        "进厂两年了 上个月被辞退 工资没结",
        "在工地干了半年 活干完了 老板一分没给",  # the work is over
    ],
)
def test_a_worker_who_left_is_still_warned(story: str) -> None:
    text = _warn("labour_arbitration", None, str(TODAY.year - 2), story)
    assert text is not None and "第27条" in text
