"""A correction at the summary said with a verb of writing ("X写Y", "那写上…", "填成…"): the value follows the verb,
the remarks after it ("其他对了", "名字我说了的", "三点水的汪") are no part of it, two parties stay two, and the
place of the matter named by "地点" is no postal address."""

from __future__ import annotations

import pytest

from actions.correction_asides import files_after
from actions.correction_parse import CorrectionRequest, parse_corrections
from actions.correction_reading import target_of
from actions.correction_wording import as_parties, is_remark_beside
from bot.parsing.people import people_count_as_said

R = CorrectionRequest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("此前反映情况写没有 其他对了 提交", [R("prior_report", "没有")]),
        ("之前反映写没有，其余都对", [R("prior_report", "没有")]),
        ("對象那寫上長江建築公司 名字我說了的", [R("respondent", "长江建筑公司")]),
        ("反映对象填成丰收农资店 我刚才讲过的", [R("respondent", "丰收农资店")]),
        ("对象写场子名 大海生态养殖场", [R("respondent", "大海生态养殖场")]),
        ("对象写厂子的全名，宏达五金厂", [R("respondent", "宏达五金厂")]),
        ("反映对象改成古城派出所 你少打了个字", [R("respondent", "古城派出所")]),
        ("对象写村长刘大山 人数那写一户", [R("respondent", "村长刘大山"), R("people_count", "一户")]),
        ("人数那填3个人", [R("people_count", "3个人")]),
        ("对象写哈尔滨热力和我们物业 两个都写上", [R("respondent", "哈尔滨热力、物业")]),
        ("对象写镇政府和俺们村委会", [R("respondent", "镇政府、村委会")]),
        ("房东名字是汪洁 三点水的汪 不是王杰", [R("respondent", "汪洁", "王杰")]),
        ("老板名字叫李建国 木子李", [R("respondent", "李建国")]),
        (
            "对象写南海区城管局窗口 还有我之前没反映过",
            [R("respondent", "南海区城管局窗口"), R("prior_report", "还有我之前没反映过")],
        ),
        # what must stay as it was
        ("不对 工地不在鄞州区 是在北仑区", [R(None, "北仑区", "鄞州区")]),
        ("写五马派出所，不是光写派出所", [R(None, "五马派出所", "光写派出所")]),
    ],
)
def test_a_value_written_with_a_verb(text, expected):
    assert parse_corrections(text) == expected


@pytest.mark.parametrize(
    "value",
    ["和平区城管局", "村长贾满仓和他亲戚贾二旦", "华润万家和平路店"],
)
def test_one_party_stays_one(value):
    assert as_parties(value, both=False) == value


@pytest.mark.parametrize(
    "part", ["其他对了", "其它都没问题啦", "名字我说了的", "两个都写上", "你少打了个字", "俺早就说过了"]
)
def test_remarks_beside_a_value(part):
    assert is_remark_beside(part)


@pytest.mark.parametrize("part", ["大海生态养殖场", "说是市场调节价", "其他人也受害了"])
def test_values_are_no_remarks(part):
    assert not is_remark_beside(part)


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("地点写安静街道新阳路268号", "location"),
        ("发生地改成东风路12号", "location"),
        ("地址写详细点 珞狮路123号5栋2单元301", "address"),
        ("地址不寫 別記那個 其他對", "address"),
        ("通讯地址不用写", "address"),
    ],
)
def test_the_place_of_the_matter_or_the_postal_address(text, slot):
    (request,) = parse_corrections(text)
    assert target_of(request, {"location": "黑龙江省哈尔滨市道里区", "address": "同上"}, None) == slot


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("百十户", "百十户"),
        ("全村百十户都吃这口水", "百十户"),
        ("百十户，就是一百来户", "百十户"),
        ("一百一十户", "110户"),
    ],
)
def test_about_a_hundred_is_no_hundred_and_ten(said, kept):
    assert people_count_as_said(said) == kept


@pytest.mark.parametrize(
    ("text", "files"),
    [
        ("此前反映情况写没有 其他对了 提交", True),
        ("你改成没有就行 然后提交", True),
        ("对象写天河区城管局，那就提交吧。", True),
        ("名字改成李四", False),
        ("提交了吗", False),
        ("对象写提交材料的窗口", False),
    ],
)
def test_a_change_that_ends_asking_to_file(text, files):
    assert files_after(text) is files
