"""Which time dates the matter: a promised pay day, a threat's day, "提前一个月", a judgment left unpaid,
a time conceded before a "but", month stretches and dotted dates."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.parsing.occurred_at import extract_occurred_at

DECEMBER = datetime(2026, 12, 5, 10)
MARCH = datetime(2026, 3, 20, 10)


def _found(text: str, now: datetime = DECEMBER) -> str | None:
    result = extract_occurred_at(text, now)
    return result.normalized if result else None


@pytest.mark.parametrize(
    "text",
    [
        "包工头老杨：钱过完年一起结 别催了",  # hk-022: the boss's pay day, pasted from a chat
        "他说过完年就给",
        "老板讲年底统一结",
        "过完年肯定给你 别急",
        "今天再不给钱我就从塔吊上跳下去",  # the day of a threat's condition
        "今天还不解决我就去市里",
        "工资欠着 不想活了 今晚就从厂房楼顶跳下去",  # what one means to do tonight
        "今天晚上我要去他家讨说法",
        "明明提前一个月提的",  # how far ahead, no date
        "提前30天交接",
        "最后一个月工资不发",
        "推后两天再说",
    ],
)
def test_no_date_of_the_matter(text):
    assert _found(text) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("过完年就给了一半 剩下的没给", "2026-02-17~2026-12-05"),  # paid: it happened
        ("今天又来闹了", "2026-12-05"),
        ("今晚他又打我了", "2026-12-05"),  # tonight with no plan after it happened
        ("上个月开始一直不发", "2026-11"),
    ],
)
def test_times_that_did_happen_stay(text, found):
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("离职是10.31", "2026-10-31"),  # hk-037: was read from "提前一个月" as January
        ("10.31离职的 工资一直没发", "2026-10-31"),
        ("11.20被辞退", "2026-11-20"),
        ("12.3号那天", "2026-12-03"),
        ("欠了3.5万", None),  # an amount
        ("买的时候花了8.6w", None),  # 万 written w, 千 written k
        ("说好一个月1.2W 干了三个月", None),
        ("每个月工资6.5k", None),
        ("身高1.75米", None),
        ("涨了1.5倍", None),
        ("10.5公里", None),
    ],
)
def test_dotted_dates(text, found):
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "now", "found"),
    [
        ("活是今年八九月份干的", DECEMBER, "2026-08-01~2026-09-30"),  # hk-022: was September
        ("八九月份干的活", DECEMBER, "2026-08-01~2026-09-30"),
        ("8-9月份干的活", DECEMBER, "2026-08-01~2026-09-30"),
        ("8月到9月干的", DECEMBER, "2026-08-01~2026-09-30"),
        ("七、八月份", DECEMBER, "2026-07-01~2026-08-31"),
        ("十一二月的时候", DECEMBER, "2026-11-01~2026-12-05"),
        ("九十月份开始", MARCH, "2025-09-01~2025-10-31"),  # not come yet this year: last year's
        ("干了五六个月", DECEMBER, None),  # months of work, not May and June
    ],
)
def test_two_months_said_as_one_stretch(text, now, found):
    assert _found(text, now) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "2019年我与村民张某某因借款纠纷诉至会宁县人民法院，法院于2021年判决张某某归还借款，判决生效后至今分文未付",
            "2021",
        ),
        ("前年打的官司，去年判的，到现在一分钱没给", "2025"),
        ("2020年打官司 2022年判决 对方拒不履行", "2022"),
        ("2019年起诉 2021年判决 已经执行完了", "2019"),  # nothing left unpaid: the suit dates it
    ],
)
def test_a_judgment_left_unpaid_dates_the_matter(text, found):
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("时间不太对 卡是年初办的 但健身房是上个月底关门跑路的", "2026-11-25~2026-11-30"),  # hk-005
        ("虽然是前年签的合同 但是去年才开始拖", "2025"),
        ("房子是2019年买的，可是去年才开始漏水", "2025"),
        ("2019年买的房 但是去年开始漏水", "2019"),  # no concession: the earliest time
    ],
)
def test_a_time_conceded_before_but_gives_way(text, found):
    assert _found(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "我在郑州航空港区工地开塔吊 干了一年 包工头欠我三万六 今天再不给钱我就从塔吊上跳下去",
        "干了三个月 老板跑了 工资没给",
    ],
)
def test_how_long_the_work_went_on_is_no_date(text):
    """How long they worked says nothing of when the pay stopped: the clerk asks (dc-002, hd-025 answer it)."""
    assert _found(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # when the job began is its history: the dismissal, the injury or the unpaid month is the matter (hs-005)
        ("长沙 开福区 一家公司 我十月份进去的 说好试用期三个月 上个礼拜五突然叫我明天不用来了", "2026-11-27"),
        ("我是今年5月进的厂，8月份干活时手被机器压了", "2026-08"),
        ("2023年进的公司 今年3月开始不发工资", "2026-03"),
        ("去年三月入职 上个月15号被辞退", "2026-11-15"),
        ("我是3月份来的 前天被打了", "2026-12-03"),
        # only the joining told: it is all there is
        ("十月份进去的 一直没签合同", "2026-10"),
        ("去年三月入职 老板到现在一分钱没给", "2025-03"),
        # a house bought is no job begun: the earliest time stays
        ("2019年买的房，去年开始漏水", "2019"),
    ],
)
def test_joining_a_job_gives_way_to_what_happened_in_it(text, expected):
    assert _found(text) == expected
