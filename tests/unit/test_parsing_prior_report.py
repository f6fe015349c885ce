from __future__ import annotations

import pytest

from bot.parsing.prior_report import (
    NO_PRIOR_REPORT,
    REPORTED_NO_DETAILS,
    extract_prior_report,
    is_bare_answer,
    is_plan,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("打过12345", "打过12345"),
        ("去年找过街道办，没回复", "去年找过街道办，没回复"),
        (
            "我打过12345，他们说会转给街道，但是一个月了没人来。希望尽快解决",
            "我打过12345，他们说会转给街道，但是一个月了没人来",
        ),
        ("找过社区好几次，都说不归他们管", "找过社区好几次，都说不归他们管"),
        ("在市长信箱留过言，石沉大海", "在市长信箱留过言，石沉大海"),
        ("上个月给劳动监察打电话，说让我们等", "上个月给劳动监察打电话，说让我们等"),
        ("我打12345没人接", "我打12345没人接"),
        ("去年3月去信访局上访，给了答复但是没落实", "去年3月去信访局上访，给了答复但是没落实"),
        ("第一次去街道办的时候他们说等通知", "第一次去街道办的时候他们说等通知"),
        # recorded in simplified characters, as every other detail is
        ("找過居委會，他們推來推去", "找过居委会，他们推来推去"),
        ("我們小區電梯壞了。去年找過物業，說沒錢修。", "去年找过物业，说没钱修"),
        ("反映过", "反映过"),
        ("有", REPORTED_NO_DETAILS),
        ("有的", REPORTED_NO_DETAILS),
        ("没有", NO_PRIOR_REPORT),
        ("沒有", NO_PRIOR_REPORT),
        ("第一次反映", NO_PRIOR_REPORT),
        ("这是第一次", NO_PRIOR_REPORT),
        ("没找过", NO_PRIOR_REPORT),
        ("没有找过任何部门", NO_PRIOR_REPORT),
        ("没打过12345", NO_PRIOR_REPORT),
        ("之前没有反映过，这是第一次", NO_PRIOR_REPORT),
    ],
)
def test_extract_prior_report(text: str, expected: str) -> None:
    assert extract_prior_report(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "物业没修电梯",
        "电梯坏了三个月",
        "养老保险交了7年后断交，能转回吗",  # paying is no report
        "这些政策让我们得到了实惠",
        "什么时候可以在人社官网参保",
        "在县政府网站上看到一篇公示",
        "你好",
        "不知道",
        "   ",
        "",
        None,
    ],
)
def test_no_prior_report_info(text: str | None) -> None:
    assert extract_prior_report(text) is None


def test_span_is_bounded() -> None:
    text = "去年找过街道办，" + "他们说等等，" * 40
    found = extract_prior_report(text)
    assert found is not None and found.startswith("去年找过街道办") and len(found) <= 80


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("没有", True),
        ("沒有。", True),
        ("有的", True),
        ("第一次", True),
        ("没呢", True),
        ("没有找过", False),
        ("第一次反映", False),
        ("打过12345，说会处理但没下文", False),
        ("", False),
        (None, False),
    ],
)
def test_is_bare_answer(text: str | None, bare: bool) -> None:
    assert is_bare_answer(text) is bare


def test_a_space_ends_a_clause_for_those_who_type_no_commas():
    from bot.parsing.prior_report import extract_prior_report

    text = "我们小区物业乱收停车费 每个月多收两百 找过物业也打过12345都没用"
    assert extract_prior_report(text) == "找过物业也打过12345都没用"


def test_the_channel_first_and_the_denial_after_it():
    from bot.parsing.prior_report import NO_PRIOR_REPORT, extract_prior_report

    assert extract_prior_report("12345没打过") == NO_PRIOR_REPORT
    assert extract_prior_report("信访局也没去") == NO_PRIOR_REPORT
    assert extract_prior_report("冇找过") == NO_PRIOR_REPORT
    assert extract_prior_report("头一回反映") == NO_PRIOR_REPORT
    assert extract_prior_report("打过12345") == "打过12345"


def test_last_year_is_no_visit_to_an_office():
    story = "我家的承包地去年被村委会收回去了，说是要搞什么产业园，一分钱补偿都没给"
    assert extract_prior_report(story) is None  # was read as "去…村委会" (a visit) with "说" as its reply
    assert extract_prior_report("去年去过街道办 没人管") == "去年去过街道办 没人管"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("找过村主任好几次", "找过村主任好几次"),  # people and places told plainly
        ("我多次找村主任，他都说上面的钱没拨下来", "我多次找村主任，他都说上面的钱没拨下来"),
        ("找过执行局好几次", "找过执行局好几次"),
        ("找过镇里没答复", "找过镇里没答复"),
        ("公司拒绝给我报工商", None),  # "给我" is no contact
        ("沒有，第一次", "未曾反映"),  # traditional characters
        ("冇啊 第一次搵你哋", "未曾反映"),  # Cantonese
        ("没有 这是第一次", "未曾反映"),
        ("跟院长说过", "跟院长说过"),  # the person in charge, told first
        ("我向区政府申请公开征地补偿的文件，到现在都没答复", None),  # an application is the matter itself
    ],
)
def test_earlier_contacts_told_plainly(text, span):
    assert extract_prior_report(text) == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # something given away to someone is no report to them
        ("我们村的低保名额都给村干部的亲戚了 真正困难的户评不上", None),
        ("补助款都给了村长家里人", None),
        ("地都给村委会收走了", None),
        # 给 with what was said, written or sent is a report
        ("给镇民政办说过 没得人理", "给镇民政办说过 没得人理"),
        ("給村委會寫過信", "给村委会写过信"),  # recorded in simplified characters
        ("给12345打过电话", "给12345打过电话"),
        ("打电话给社区，说不归他们管", "打电话给社区，说不归他们管"),
        # an app that does not open is no call made
        ("现在APP打不开了，客服也联系不上", None),
        ("app打开就闪退", None),
        # a police station where the case was reported
        ("上个月去派出所报案，警察说不归他们管", "上个月去派出所报案，警察说不归他们管"),
        ("在派出所报过警 没下文", "在派出所报过警 没下文"),
    ],
)
def test_given_away_is_no_report_and_an_app_that_fails_is_no_call(text, span):
    assert extract_prior_report(text) == span


@pytest.mark.parametrize(
    "text",
    ["没有起诉 先看你们怎么处理 处理不好我再去法院", "等你们处理完我再去法院", "解决不了的话我就去法院"],
)
def test_a_court_meant_if_this_fails_is_no_earlier_report(text):
    assert extract_prior_report(text) is None
    assert is_plan(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("打過１２３４５ 說轉給街道了", "12345"),
        ("上个月打了１２３１５投诉，没下文", "12315"),
        ("找过市场监管局 电话是１２３１５", "12315"),
    ],
)
def test_full_width_digits_are_recorded_half_width(text: str, expected: str) -> None:
    found = extract_prior_report(text)
    assert expected in found and not any("０" <= ch <= "９" for ch in found)
