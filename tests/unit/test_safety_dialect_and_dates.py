"""Danger as people say it (dialect spouses, a knife at the door, one of the family beating another) and what
is no danger: a number to call ("打我舅舅的吧"), a beating dated months ago with nobody arrested, a shrug."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.safety import (
    asks_to_keep_away,
    detect_crisis,
    harm_told_as_past,
    tells_domestic_violence,
)
from bot.domain.safety_tense import dated_in_the_past

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "俺家那口子又喝大了 拿菜刀在外屋砸门 俺和孩子锁里屋了 咋整啊",
        "我家那位喝多了拿着刀在客厅比划 我跟孩子躲卧室了",
        "當家的喝醉了 拎著菜刀在砸門",  # traditional characters
        "孩子他爹又拿擀面杖打我",
        "娃他爸喝了酒 抄起斧头追着我砍",
        "俺家老爷们 喝完酒就踹门 俺锁屋里了",
        "我爸爸在湖南老家，这些年一直打我妈，上个礼拜又把她打到肋骨骨折住院。",
        "我后爸喝了酒就打我妈",
        "他在外面砸门 我和孩子锁在里屋了",
        "前夫天天来砸门 我一个人带孩子",
    ],
)
def test_a_family_member_with_a_weapon_or_fists_is_domestic_violence(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "domestic_violence", signal
    assert tells_domestic_violence(text)


@pytest.mark.parametrize(
    "text",
    [
        "啥类不类的 他拿刀要砍俺 门快让他砸开了",
        "门快让他们砸开了 快来人",
        "有个醉汉拿着砖头在砸我家窗户",
        "一个男的提着刀在砸门",
    ],
)
def test_a_weapon_at_the_door_now_is_danger(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "我沒有大陸手機，打我舅舅的吧 13907345218",
        "打我舅舅的吧",
        "白天打我老公的就行",
        "打俺闺女的 138 1234 5678",
        "打我儿子的１３９０７３４５２１８",  # full-width digits
        "打我妈的也行 她一直在家",
        "打我舅舅手机",
    ],
)
def test_whose_number_to_call_is_no_danger(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "他在门口打我儿子的时候我就报警了 现在还在打",  # a beating now, whatever 的 follows
        "我老公打我",
    ],
)
def test_a_beating_with_the_words_of_a_call_nearby_stays_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


LETTER = (
    "尊敬的领导您好！我是广州市天河区棠下街道的居民罗秀英，今年9月12日晚上我儿子在棠下村一家大排档被几个人围殴，"
    "鼻梁骨折，轻伤二级的鉴定都出来了，棠下派出所到现在不抓人，说还在调查，打人的人天天在村里晃。"
    "我去问了不下十次，每次都推。再不处理我就带着儿子去北京！"
)


@pytest.mark.parametrize(
    "text",
    [
        LETTER,
        "九月份被打了 鼻梁骨折 派出所到现在不立案",
        "今年3月5号被人打伤住院 派出所说还在调查",
        "十月二十号晚上我爸被人打得住院 打人的到现在逍遥法外",
        "11月份被保安打伤了 公司一直不处理",
        "以前被打过 缝了六针 打人的到现在没人抓",
    ],
)
def test_a_beating_dated_before_today_with_nobody_arrested_is_the_matter(text: str) -> None:
    assert detect_crisis(text, today=TODAY) is None
    assert harm_told_as_past(text, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "九月份被打了 他现在又来堵我了",
        "10月3号被他打伤 他还天天来威胁",
        "12月4号被人打得鼻子出血",  # yesterday: too close to call it past
        "12月份被打得头破血流",  # this month
        "今年9月12日被打伤 打人的说还要弄死我",
    ],
)
def test_a_dated_beating_with_danger_now_or_too_recent_stays_a_crisis(text: str) -> None:
    assert detect_crisis(text, today=TODAY) is not None
    assert not harm_told_as_past(text, today=TODAY)


def test_without_today_a_date_may_be_yesterdays() -> None:
    assert detect_crisis("9月12日被几个人围殴 鼻梁骨折") is not None


@pytest.mark.parametrize(
    ("said", "today", "past"),
    [
        ("今年9月12日晚上", TODAY, True),
        ("九月份", TODAY, True),
        ("十一月三十号", TODAY, True),
        ("12月3号", TODAY, True),
        ("12月4号", TODAY, False),
        ("12月5日", TODAY, False),
        ("12月份", TODAY, False),
        ("2月30号", TODAY, False),
        ("12月31号", date(2027, 1, 1), False),  # yesterday, across the new year
        ("12月20号", date(2027, 1, 1), True),
        ("没说日子", TODAY, False),
    ],
)
def test_dates_are_read_against_today(said: str, today: date, past: bool) -> None:
    assert dated_in_the_past(said, today) is past


@pytest.mark.parametrize(
    "text",
    [
        "請問能讓法院不讓我爸靠近我媽嗎？",
        "能不能让他离我们娘俩远点",
        "怎么才能不准我前夫再来找我",
        "能讓法院不讓他接近我嗎",
        "可以让孩子他爹别让他靠近孩子吗",
    ],
)
def test_asking_to_keep_him_away_is_the_protection_order(text: str) -> None:
    assert asks_to_keep_away(text)
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "domestic_violence"


@pytest.mark.parametrize(
    "text",
    ["不让我找工作", "他们不让我们进小区", "村里不让我家盖房"],
)
def test_being_kept_out_of_something_is_no_protection_order(text: str) -> None:
    assert not asks_to_keep_away(text)


@pytest.mark.parametrize("text", ["活著沒意思", "活著真累 不想活著了", "我不想再活著了"])
def test_traditional_zhe_in_living_on(text):
    """著 stays 著 in the simplification table; in 活著 it is 着 (a gap fixer B found)."""
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "self_harm"
