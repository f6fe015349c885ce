from __future__ import annotations

import logging
import random
from datetime import date, datetime

import pytest

from bot.parsing.occurred_at import OccurredAt, extract_occurred_at, span_of
from bot.parsing.vague_period import is_estimate, read_vague_period, replaces_estimate, says_no_time

NOW = datetime(2026, 3, 15, 10, 0)  # a Sunday, Asia/Shanghai local time
_EARLIEST = 1949  # older "dates" are misreadings or birth years


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("去年三月开始拖欠工资", "2025-03"),
        ("上周五他们来拆房子", "2026-03-06"),
        ("2023.5.1那天出的事", "2023-05-01"),
        ("2023年5月1日发生的", "2023-05-01"),
        ("２０２３年５月１日", "2023-05-01"),
        ("二〇二三年五月", "2023-05"),
        ("2023-05-01", "2023-05-01"),
        ("前年8月份", "2024-08"),
        ("两年前", "2024"),
        ("十年前买的房子", "2016"),
        ("上个月15号", "2026-02-15"),
        ("从去年开始一直没给", "2025"),
        ("從去年開始一直沒給", "2025"),
        ("2019年至今", "2019"),
        ("去年的3月份", "2025-03"),
        ("2021年下半年", "2021-07-01~2021-12-31"),
        ("今年年初", "2026-01-01~2026-02-28"),
        ("去年冬天", "2025-11-07~2026-02-02"),
        ("昨天晚上8点他们来闹", "2026-03-14"),
        ("前天", "2026-03-13"),
        ("去年国庆", "2025-10-01"),
        ("九八年下岗的", "1998"),
        ("2023/5/1", "2023-05-01"),
        # jionlp gives nothing for these; the rules fill in
        ("上个月", "2026-02"),
        ("12月份的事", "2025-12"),
        ("九月份开始的", "2025-09"),
        ("前几天", "2026-03-08~2026-03-14"),
    ],
)
def test_extract_occurred_at(text: str, normalized: str) -> None:
    found = extract_occurred_at(text, NOW)
    assert found is not None
    assert found.normalized == normalized
    assert found.end <= NOW.date()


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("三个月了还没解决", "2025-12"),  # anchored: about three months ago
        ("已经两年多了", "2024"),
        ("已经半年没发工资", "2025-09"),
        ("三天了", "2026-03-12"),
    ],
)
def test_anchored_durations(text: str, normalized: str) -> None:
    found = extract_occurred_at(text, NOW)
    assert found is not None and found.normalized == normalized


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("5月1日", "2025-05-01"),  # without a year: the last 1 May that passed
        ("20号那天", "2026-02-20"),
        ("6月3号到现在", "2025-06-03"),
        ("国庆节", "2025-10-01"),
    ],
)
def test_never_in_the_future(text: str, normalized: str) -> None:
    found = extract_occurred_at(text, NOW)
    assert found is not None
    assert found.normalized == normalized
    assert found.start <= NOW.date()


@pytest.mark.parametrize(
    "text",
    [
        "拖欠了三个月工资",  # a bare duration
        "干了10年",
        "八点半",  # clock time only
        "上午十点",
        "每天晚上都很吵",  # recurring
        "明年",  # the future
        "下周一",
        "我住在5栋3号楼",
        "地铁2号线太挤",
        "孩子上一年级",
        "第二天他们又来了",
        "13812345678",
        "现在是几年没看到考试了",  # "now" alone is no event date
        "白天晚上都很吵",
        "三五年就能建好",  # three to five years, not 1935
        "初一（四）班的老师",  # a school grade, not lunar new year
        "三楼以上4/5的住户",
        "1935年",
        "110105199003071234",
        "XF202611270001",
        "我们50多人",
        "物业乱收费",
        "",
    ],
)
def test_no_time(text: str) -> None:
    assert extract_occurred_at(text, NOW) is None


def test_earliest_time_wins() -> None:
    found = extract_occurred_at("我在2019年买的房子，去年开始漏水", NOW)
    assert found is not None
    assert found.normalized == "2019"
    assert found.text == "2019年"


def test_birth_year_is_not_the_event() -> None:
    found = extract_occurred_at("我1965年出生，2019年开始在厂里上班", NOW)
    assert found is not None and found.normalized == "2019"


def test_start_anchor_keeps_text() -> None:
    found = extract_occurred_at("我们从去年三月开始就没拿到工资", NOW)
    assert found == OccurredAt(text="从去年三月开始", start=date(2025, 3, 1), end=date(2025, 3, 31))


@pytest.mark.parametrize(
    ("start", "end", "normalized"),
    [
        (date(2023, 5, 1), date(2023, 5, 1), "2023-05-01"),
        (date(2025, 3, 1), date(2025, 3, 31), "2025-03"),
        (date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
        (date(2025, 1, 1), date(2025, 12, 31), "2025"),
        (date(2025, 3, 1), date(2025, 5, 31), "2025-03-01~2025-05-31"),
        (date(2025, 3, 2), date(2025, 3, 31), "2025-03-02~2025-03-31"),
    ],
)
def test_normalized_forms(start: date, end: date, normalized: str) -> None:
    assert OccurredAt("x", start, end).normalized == normalized


@pytest.mark.parametrize(
    "text",
    [
        "我家祖宅至今已有210年历史，现在被强拆了",  # jionlp writes year 210 as "210-01-01 ": crashed
        "我家有300年历史的老宅",
        "99999个月了",  # a duration before year 1
        "在国家提倡依法治国的今天，我们还被欺负",  # "today" is the present, not a day
        "直到今天还没解决",
        "我今年七十三了，腿脚不好",  # an age, not a date
        "我妈今年五十八岁在服装厂做缝纫工",
        "不是今天的事",  # negated
        "这不是今天才有的事",
    ],
)
def test_not_a_date_of_the_matter(text: str) -> None:
    assert extract_occurred_at(text, NOW) is None


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("两个多月了", "2026-01"),  # about two months ago, not a year
        ("已经两个多月了还没人管", "2026-01"),
        ("不是去年，是今年", "2026-01-01~2026-03-15"),  # the negated time is not taken
        ("不是前年，是去年", "2025"),
        ("是不是去年三月我记不清了", "2025-03"),  # a question, not a denial
        ("今天的事", "2026-03-15"),
        ("今年三月他们来拆", "2026-03-01~2026-03-15"),
        ("今年两次了", "2026-01-01~2026-03-15"),  # a count after 今年 is no age
    ],
)
def test_context_around_the_time(text: str, normalized: str) -> None:
    found = extract_occurred_at(text, NOW)
    assert found is not None and found.normalized == normalized


_FUZZ_PIECES = (
    "年月日号天周前后了多个半至今已有历史今明去上下这本初第从开始以来到现在不是的岁周"
    "零〇一二两三四五六七八九十百千万0123456789 .-/:,，。！？XxAB\u200b\t\n"
)


def _fuzz_texts(count: int) -> list[str]:
    rng = random.Random(20261204)
    texts = []
    for _ in range(count // 2):  # random strings from time words, digits and marks
        texts.append("".join(rng.choice(_FUZZ_PIECES) for _ in range(rng.randint(1, 30))))
    templates = (
        "至今已有{n}年历史",
        "{n}年{m}月{d}日",
        "已经{n}个月了",
        "{n}天了",
        "{n}年前",
        "今年{n}了",
        "{n}周了",
        "从{n}年开始",
        "{m}月{d}号到现在",
        "不是{n}年，是{m}年",
    )
    for _ in range(count - len(texts)):  # well-formed expressions with absurd numbers
        numbers = {
            k: rng.choice((0, 1, 13, 32, 99, 210, 999, 1948, 2026, 9999, 10**6, 10**12)) for k in "nmd"
        }
        texts.append(rng.choice(templates).format(**numbers))
    return texts


def test_never_raises_on_any_text(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.parsing.occurred_at")
    for text in _fuzz_texts(3000):
        found = extract_occurred_at(text, NOW)
        assert found is None or (date(_EARLIEST, 1, 1) <= found.start <= found.end <= NOW.date()), text
    # the safety net inside must not have been needed: every path handles what jionlp returns
    assert not [r for r in caplog.records if r.name == "bot.parsing.occurred_at"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("这几个月", "2026-09-04~2026-12-04"),
        ("就这几个月吧", "2026-09-04~2026-12-04"),
        ("最近", "2026-11-04~2026-12-04"),
        ("前阵子", "2026-11-04~2026-12-04"),
        ("这半年", "2026-06-04~2026-12-04"),
        ("这两年", "2024-12-04~2026-12-04"),
        ("今年以来", "2026-01-01~2026-12-04"),
        ("最近楼下老是很吵", None),  # inside a story "最近" is no answer to the question
        ("一直都这样", None),
        ("一直都这样 得有大半年了", "2026-06-04~2026-12-04"),
        ("差不多快半年了吧", "2026-06-04~2026-12-04"),
        ("反正最近一直这样", "2026-11-04~2026-12-04"),
        ("好几个月了 天天这样", "2026-09-04~2026-12-04"),  # how often, beside the stretch
        ("几个月了 每天晚上都吵", None),  # more of the story than a how-often
        ("不是最近 是去年", None),  # a negated stretch is no answer here
        ("好几年了", "2023-12-04~2026-12-04"),
        ("这几年一直这样", "2023-12-04~2026-12-04"),
        ("好几年了 从老伴走了以后就这样", "2023-12-04~2026-12-04"),  # since when, said after it
        ("最近 自打他上任以后", "2026-11-04~2026-12-04"),
        ("好几年了 我也记不清", None),  # not a since-clause: the message says more than the stretch
        ("几年前的事", None),  # a point in the past, not a stretch up to today
    ],
)
def test_a_vague_recent_stretch_as_the_whole_answer(text, period):
    found = read_vague_period(text, datetime(2026, 12, 4, 10))
    assert (found.normalized if found else None) == period


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "我們社區的垃圾沒人清理，堆了一個星期，夏天蒼蠅很多",
            None,
        ),  # a season without a year says how things are
        ("楼上装修天天早上七点就开始砸墙 星期天也不停", None),  # every Sunday
        (
            "我在一家公司上班五年了，2026年10月公司突然把我辞退了",
            "2026-10",
        ),  # tenure is not the matter's time
        ("去年夏天开始的", "2025-05-05~2025-08-06"),
        ("上周日他们又来了", "2026-11-29"),
        ("工资拖了三个月了", "2026-09"),
    ],
)
def test_seasons_weekdays_and_tenure(text, found):
    result = extract_occurred_at(text, datetime(2026, 12, 4, 10))
    assert (result.normalized if result else None) == found


def test_a_span_holding_a_more_exact_one_says_less():
    text = "2025年10月我们小区交房，开发商承诺的车库没建。我们去年找过区住建局"
    assert extract_occurred_at(text, datetime(2026, 12, 4, 10)).normalized == "2025-10"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("11.20买的", "2026-11-20"),
        ("在超市买的 11.20", "2026-11-20"),
        ("12.25买的", "2025-12-25"),
        ("价格是12.50元", None),
    ],
)
def test_a_month_and_day_with_a_dot(text, found):
    result = extract_occurred_at(text, datetime(2026, 12, 4, 10))
    assert (result.normalized if result else None) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("我家门口的下水道堵了半个月 污水漫到路上", "2026-11-19"),
        ("电梯坏了一个多月了", "2026-11"),
        ("半个月了", "2026-11-19"),
    ],
)
def test_a_state_that_has_lasted_since(text, found):
    assert extract_occurred_at(text, datetime(2026, 12, 4, 10)).normalized == found


SATURDAY = datetime(2026, 12, 5, 10)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("我六十多了给人看大门 工资欠了五个月 老板说年底给", "2026-07"),  # owed since then
        ("工钱拖了四个月，一直不给", "2026-08"),
        ("欠了五个月的工资没给", None),  # five months' pay, whenever it was
        ("老板答应年底给", None),  # a promise not yet due is not when it happened
        ("说好月底前发，到现在也没发", None),
        ("他说去年就给了", "2025"),  # what was said of the past still dates it
    ],
)
def test_a_debt_that_has_lasted_and_a_promise(text, found):
    result = extract_occurred_at(text, SATURDAY)
    assert (result.normalized if result else None) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("舉報單位領導公車私用，週末開公車帶家人去旅遊", None),  # weekends: a habit, no date
        ("周末也在加班，没有加班费", None),
        ("这个周末", None),  # not over yet
        ("礼拜天他们又来闹了", "2026-11-29"),  # said on a Saturday: the Sunday before, not a year ago
        ("周日物业又停水了", "2026-11-29"),
        ("上个周末他们又来了", "2026-11-29"),
    ],
)
def test_weekends_and_weekdays_said_on_a_saturday(text, found):
    result = extract_occurred_at(text, SATURDAY)
    assert (result.normalized if result else None) == found


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("从今年过了年就开始扣了", "2026-02-17"),  # after this year's Spring Festival
        ("過完年回來廠子就關門了", "2026-02-17"),
        ("年后开始扣的", "2026-02-17"),
        ("去年过了年就不发了", "2025-01-29"),
        ("从今年就开始扣", "2026-01-01"),  # "从…" with no end: since then
        ("从去年起一直没发", "2025-01-01"),
        ("村卫生室的医生经常不在，2026年以来一直这样", "2026-01-01"),
    ],
)
def test_since_this_year_and_after_the_new_year(text, start):
    result = extract_occurred_at(text, SATURDAY)
    assert result is not None and result.start.isoformat() == start, result


def test_after_the_new_year_said_in_january_is_the_last_festival():
    result = extract_occurred_at("过了年就没发过", datetime(2027, 1, 20, 10))
    assert result is not None and result.start == date(2026, 2, 17)


@pytest.mark.parametrize("text", ["成年后一直没有户口", "三年后才知道被骗了", "2030年后再说"])
def test_years_later_is_no_new_year(text):
    result = extract_occurred_at(text, SATURDAY)
    assert result is None or result.text not in ("年后",), result


@pytest.mark.parametrize("text", ["13627101234 上班时间别打 下午六点以后可以", "晚上十点以后只能打黑车"])
def test_a_clock_time_with_no_end_is_no_date(text):
    assert extract_occurred_at(text, SATURDAY) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("08年下岗的", "2008"),  # a year said with two digits, also at the start of a message
        ("19年买的房 到现在没交房", "2019"),
        ("18年的事了", "2018"),
        ("5年没涨工资", "2021"),  # one digit: how long (five years without), not 2005
        ("在厂里干了20年被辞退", None),
        ("这两天又开始了", "2026-12-03~2026-12-05"),  # the last couple of days, not the week before
        ("我弟弟这两天又犯了 拿菜刀砍门", "2026-12-03~2026-12-05"),
        ("这一两天老是停水", "2026-12-03~2026-12-05"),
        ("最近几天晚上一直在挖", "2026-11-28~2026-12-04"),
    ],
)
def test_two_digit_years_and_the_last_few_days(text, found):
    result = extract_occurred_at(text, SATURDAY)
    assert (result.normalized if result else None) == found


@pytest.mark.parametrize(
    "text", ["没有", "沒有啊", "没有具体时间", "没有具体的时间", "一直都这样", "不是哪一天的事", "无"]
)
def test_an_answer_that_gives_no_date(text):
    assert says_no_time(text)


@pytest.mark.parametrize("text", ["没有人管", "没有打官司", "去年", "一直", "不知道", "没有了吗", ""])
def test_other_answers_are_not_no_date(text):
    assert not says_no_time(text)


DEC_5 = datetime(2026, 12, 5, 9, 0)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a blurred range: more than half a year, up to three quarters, as the stretch of months it allows
        ("判决都生效大半年了", "2026-03-01~2026-06-30"),
        ("都生效大半年了", "2026-03-01~2026-06-30"),
        ("厂里欠我们工资大半年了", "2026-03-01~2026-06-30"),
        ("廠裡欠我們工資大半年了", "2026-03-01~2026-06-30"),
        ("这事拖了大半年了还没人管", "2026-03-01~2026-06-30"),
        ("俺家地让人占了得有大半年了", "2026-03-01~2026-06-30"),
        ("下水道堵了大半个月", "2026-11-13~2026-11-20"),  # half to three quarters of a month
        ("工資拖了大半個月了", "2026-11-13~2026-11-20"),
        ("半年了", "2026-06"),  # not blurred: about six months back
        ("拖了大半年的工钱", None),  # how much pay, not since when
    ],
)
def test_a_blurred_duration_is_read_without_error(text, found, caplog):
    with caplog.at_level(logging.WARNING):
        result = extract_occurred_at(text, DEC_5)
    assert "while reading a time" not in caplog.text  # it used to fail inside and log AttributeError
    assert (result.normalized if result else None) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("补偿款按十年前的标准算 一平才两千", None),  # the standard is old, the matter is not
        ("按十年前的标准算", None),
        ("还是按2016年的价格给的补偿", None),
        ("用的是五年前的老政策", None),
        ("按照2015年的征收补偿标准赔", None),
        ("補償按十年前嘅標準計", None),  # Cantonese, traditional characters
        ("补偿款按十年前的标准算 今年5月签的协议", "2026-05"),  # the date of the matter is still taken
        ("十年前的事了 一直没解决", "2016"),  # a time of the matter itself stays
        ("2016年的时候他们就占了我家的地", "2016"),
    ],
)
def test_the_age_of_a_standard_is_no_date_of_the_matter(text, found):
    result = extract_occurred_at(text, DEC_5)
    assert (result.normalized if result else None) == found


@pytest.mark.parametrize(
    ("text", "estimate"),
    [
        ("一个多月了", True),
        ("大半年了", True),
        ("三年多了", True),
        ("半个月了", True),
        ("两个礼拜了", True),
        ("去年三月", False),
        ("2023年", False),
        ("08年下岗的", False),
        ("10月28号", False),
        ("上个月", False),
    ],
)
def test_a_time_estimated_from_how_long_ago(text, estimate):
    assert is_estimate(extract_occurred_at(text, DEC_5)) is estimate


FRAUD = "我被网上刷单骗了三万六 去派出所报案 做了笔录就让我回去等 一个多月了 问就说在查"


@pytest.mark.parametrize(
    ("said", "replaces"),
    [
        ("10月28号被骗的 第二天去报的案", True),  # exact, and before the estimate ends
        ("10月28日那天被骗的", True),
        ("上個月3號被騙的", True),
        ("上个月又去问了一次", False),  # as wide as the estimate: nothing more exact
        ("12月1号又去派出所问了", False),  # after the estimate: a later step, not the matter
        ("去年10月", False),
    ],
)
def test_a_date_told_later_replaces_the_storys_estimate(said, replaces):
    known = extract_occurred_at(FRAUD, DEC_5).normalized
    assert replaces_estimate(FRAUD, known, extract_occurred_at(said, DEC_5), DEC_5) is replaces


def test_an_exact_date_in_the_story_is_not_replaced():
    story = "10月28号被骗了三万六 一个多月了还没立案"
    known = extract_occurred_at(story, DEC_5).normalized
    assert known == "2026-10-28"
    assert not replaces_estimate(story, known, extract_occurred_at("11月3号", DEC_5), DEC_5)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # jionlp glues the two across the space and finds nothing
        ("今年夏天开始的 每天晚上到一两点", "2026-05"),
        ("上个月开始的 天天晚上吵到两三点", "2026-11"),
        ("去年冬天开始 每晚十点以后", "2025-11"),
    ],
)
def test_a_time_and_a_recurring_hour_parted_only_by_a_space_are_read(text, month):
    result = extract_occurred_at(text, datetime(2026, 12, 5, 10))
    assert result is not None and result.normalized.startswith(month[:4])
    assert result.start.strftime("%Y-%m") == month


def test_a_time_said_in_pieces_stays_one_time():
    result = extract_occurred_at("去年 三月", datetime(2026, 12, 5, 10))
    assert result.start.strftime("%Y-%m") == "2025-03"


@pytest.mark.parametrize(
    ("known", "expected"),
    [
        ("2025", (date(2025, 1, 1), date(2025, 12, 31))),
        ("2025-02", (date(2025, 2, 1), date(2025, 2, 28))),
        ("2025-02-09", (date(2025, 2, 9), date(2025, 2, 9))),
        ("2026-01-01~2026-12-05", (date(2026, 1, 1), date(2026, 12, 5))),
        ("未提供", None),
        ("2025-13", None),
    ],
)
def test_a_recorded_time_names_its_period(known, expected):
    assert span_of(known) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("两年前 前年十月申请嘅", "2024-10"),  # the piece that says the same time more exactly
        ("两年前 前年十月申请的 一直没批", "2024-10"),
        ("去年 好像是九月份", "2025-09"),
    ],
)
def test_a_piece_more_exact_than_another_wins(text, found):
    result = extract_occurred_at(text, SATURDAY)
    assert result is not None and result.normalized == found
