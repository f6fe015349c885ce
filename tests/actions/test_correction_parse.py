"""The pure reader of correction requests: which details, which new values, in every common form."""

from __future__ import annotations

import pytest

from actions.correction_parse import (
    CorrectionRequest,
    is_explicit_correction,
    parse_corrections,
    slot_by_old_value,
)

R = CorrectionRequest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X改成Y"
        ("反映对象改成健坤潇楚实验学校", [R("respondent", "健坤潇楚实验学校")]),
        ("此前反映情况改成：没有", [R("prior_report", "没有")]),
        ("帮我把类别改成劳动和社会保障", [R("category", "劳动和社会保障")]),
        ("把人数改成一百人", [R("people_count", "一百人")]),
        ("诉讼情况改成没有打官司", [R("legal_status", "没有打官司")]),
        ("更正一下电话：13800001111", [R("phone", "13800001111")]),
        ("问题发生地改成：县城关镇", [R("location", "县城关镇")]),
        ("姓名更正为刘娟", [R("petitioner_name", "刘娟")]),
        ("电话换成0731-84561234", [R("phone", "0731-84561234")]),
        # "X不对，是Y" / "X说错了，…"
        ("反映对象不对，是组里那个养猪场", [R("respondent", "组里那个养猪场")]),
        ("时间不对，应该是2023年", [R("occurred_at", "2023年")]),
        ("电话写错了应该是13812345679", [R("phone", "13812345679")]),
        ("人数说错了，是五十多户", [R("people_count", "五十多户")]),
        ("打官司那个说错了，已经判了", [R("legal_status", "已经判了")]),
        ("地址说错了，是天河区不是海珠区", [R("location", "天河区", "海珠区")]),
        ("名字写错了，是王建华不是王建国", [R("petitioner_name", "王建华", "王建国")]),
        ("改一下，对方是宏达公司不是宏大公司", [R("respondent", "宏达公司", "宏大公司")]),
        ("人数不是这么多，只有十个", [R("people_count", "十个", "这么多")]),
        ("刚才名字说错了，我叫周敏", [R("petitioner_name", "周敏")]),
        ("名字写全一点，叫向桂芝", [R("petitioner_name", "向桂芝")]),
        ("哦我记错了，电话是13974612385", [R("phone", "13974612385")]),
        ("之前反映的情况不对，其实没找过", [R("prior_report", "没找过")]),
        # no detail named: the old value or the new value's kind tells which
        ("不是上周是上个月", [R(None, "上个月", "上周")]),
        ("帮我更正一下，是村主任不是村支书", [R(None, "村主任", "村支书")]),
        ("写的是白云区，其实是黄埔区", [R(None, "黄埔区", "白云区")]),
        ("你记成了海珠区，应该是荔湾区", [R(None, "荔湾区", "海珠区")]),
        ("哦我记错了，是13974612385", [R("phone", "13974612385")]),  # a phone number names its detail
        ("不对不对 还是第一个对 18980123456", [R("phone", "18980123456")]),
        ("不对 地方说错了 不是朝阳 是北京通州", [R("location", "北京通州", "朝阳")]),  # spaces as pauses
        ("我刚才说错了，还没起诉", [R(None, "还没起诉")]),
        # the value said apart from its label
        ("不是物业，是开发商，被投诉的写错了", [R("respondent", "开发商", "物业")]),
        # several in one message, each with its own value
        (
            "类别改成劳动和社会保障，反映对象改成包工头",
            [R("category", "劳动和社会保障"), R("respondent", "包工头")],
        ),
        (
            "时间改成去年五月，地点改成越秀区北京街道",
            [R("occurred_at", "去年五月"), R("location", "越秀区北京街道")],
        ),
        ("我的名字改成张三，电话改成13912345678", [R("petitioner_name", "张三"), R("phone", "13912345678")]),
        (
            "两个地方要改：反映对象是东风砖厂，人数是十来个",
            [R("respondent", "东风砖厂"), R("people_count", "十来个")],
        ),
        # "补充" adds to the story instead of replacing it
        ("问题描述补充一下：老板还叫人把我们赶出来", [R("issue_text", "老板还叫人把我们赶出来", adds=True)]),
        # a story's own words are no second correction
        ("问题改成：电话没人接，地址也找不到", [R("issue_text", "电话没人接，地址也找不到")]),
        # the detail named, no value yet: the form asks again
        ("地址不对", [R("location", "")]),
        ("时间说错了", [R("occurred_at", "")]),
        ("電話號碼錯了", [R("phone", "")]),
    ],
)
def test_parse_corrections(text, expected):
    assert parse_corrections(text) == expected


@pytest.mark.parametrize("text", ["需要修改", "等一下我刚才说错了", "", "   "])
def test_nothing_specific(text):
    assert parse_corrections(text) == []


def test_value_keeps_the_whole_name():
    (request,) = parse_corrections("反映对象改成健坤潇楚实验学校")
    assert request.value == "健坤潇楚实验学校"


def test_slot_by_old_value():
    known = {"respondent": "小区物业", "location": "广东省广州市白云区", "issue_text": "物业乱收费"}
    assert slot_by_old_value("物业", known) == "respondent"  # the story is never the target
    assert slot_by_old_value("白云区", known) == "location"
    assert slot_by_old_value("", known) is None
    assert slot_by_old_value("开发商", known) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X不在A 是在B": the place denied is the old value, the one after 在 the new
        ("不对 工地不在鄞州区 是在北仑区", [R(None, "北仑区", "鄞州区")]),
        ("厂子不在萧山 在余杭", [R(None, "余杭", "萧山")]),
        ("事情不在鄞州區 是在北侖區", [R(None, "北仑区", "鄞州区")]),  # traditional characters
        ("不是在海珠区，是在天河区", [R(None, "天河区", "海珠区")]),
        ("是在北仑区 不在鄞州区", [R(None, "北仑区", "鄞州区")]),
        ("地方不在城关镇，应该在东关街道", [R("location", "东关街道", "城关镇")]),
        ("搞错了 小区并不在雨花区 其实在天心区", [R(None, "天心区", "雨花区")]),
        # hl-004: "不是河北" (no 在) after the place said was taken as the new place
        ("地方错了 俺在陕西米脂县桃镇 不是河北", [R("location", "陕西米脂县桃镇", "河北")]),
        ("在天河 不是海珠", [R(None, "天河", "海珠")]),
    ],
)
def test_a_place_denied_then_given(text, expected):
    assert parse_corrections(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reason said after the value is no part of it
        ("不对 反映对象应该是派出所 是他们不作为", [R("respondent", "派出所")]),
        ("反映对象改成物业，因为他们一直不管", [R("respondent", "物业")]),
        ("对象写错了 应该是街道办 就是他们拆的", [R("respondent", "街道办")]),
        ("不对 应该是城管 他们天天来收钱", [R(None, "城管")]),
        ("投诉对象是镇卫生院，由于他们乱收费", [R("respondent", "镇卫生院")]),
        # words that are the value stay: "他们村" names the village
        ("对象改成他们村的村委会", [R("respondent", "他们村的村委会")]),
        # an earlier report is told in full, its "是他们说…" included
        (
            "之前反映情况改成找过村委会，是他们说不归他们管",
            [R("prior_report", "找过村委会，是他们说不归他们管")],
        ),
    ],
)
def test_a_reason_after_the_value_is_left_out(text, expected):
    assert parse_corrections(text) == expected


def test_the_time_denied_is_the_first_word_after_bushi():
    """lead-011: "不是今年 三年前就坏了" with 2023 on record denies 今年, which is not on record: nothing to correct."""
    from actions.correction_parse import slot_by_old_value

    assert slot_by_old_value("今年，三年前", {"occurred_at": "2023"}) is None
    assert slot_by_old_value("8月", {"occurred_at": "2026-08"}) == "occurred_at"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("反映对象错了 我就是房东 要反映的是租客李斌", "租客李斌"),  # who the writer is leads to the party
        ("对象就写 租客李斌", "租客李斌"),
        ("反映对象写全名就行 西安枫叶物业服务有限公司", "西安枫叶物业服务有限公司"),
        ("反映对象不对，是组里那个养猪场", "组里那个养猪场"),
    ],
)
def test_a_corrected_respondent_is_the_party_alone(text, value):
    assert [(r.slot, r.value) for r in parse_corrections(text)][0] == ("respondent", value)


def test_write_it_as_is_a_change():
    assert is_explicit_correction("对象就写 租客李斌", {"respondent": "房东"})


@pytest.mark.parametrize("old", ["我", "俺们", "他", "这个"])
def test_a_pronoun_denied_names_no_detail(old):
    """ "不对 我就是觉得赔少了": 我 is in many a record ("我们组…"), and names none of them."""
    known = {"people_count": "我们组二十来户", "respondent": "我们村委会", "prior_report": "我找过镇里"}
    assert slot_by_old_value(old, known) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("反映对象写街道办 社区我也找过了没用", "街道办"),
        ("对象改成县人社局 12345打过好几回", "县人社局"),
        ("反映對象改成鎮政府 12345打過", "镇政府"),  # traditional characters
        ("反映对象写县医院 他们不管", "县医院"),
    ],
)
def test_an_earlier_report_said_after_the_new_party_is_no_part_of_it(text, value):
    respondent = [r for r in parse_corrections(text) if r.slot == "respondent"]
    assert [r.value for r in respondent] == [value]
