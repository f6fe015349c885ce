"""What a correction keeps: the value written, not the one denied beside it, the fake, the failing act or the
relative's role word ("名字写我爸李保国" is 李保国)."""

from __future__ import annotations

import pytest

from actions.correction_parse import CorrectionRequest, parse_corrections
from actions.correction_values import erases
from actions.correction_wording import value_and_old
from bot.parsing.respondent_answer import read_respondent_answer
from bot.parsing.respondent_written import as_written

R = CorrectionRequest


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("写五马派出所，不是光写派出所", ("五马派出所", "光写派出所")),
        ("五马派出所，不是派出所", ("五马派出所", "派出所")),
        ("写上城管，不是街道", ("城管", "街道")),
        ("公安局是骗子冒充的，是四方坪派出所", ("四方坪派出所", "公安局")),
        ("那个客服是假的，其实是美居旗舰店", ("美居旗舰店", "那个客服")),
        # unchanged forms
        ("写字楼物业", ("写字楼物业", "")),
        ("写的是公安局", ("公安局", "")),
        ("不是海珠区，是天河区", ("天河区", "海珠区")),
    ],
)
def test_the_value_kept(segment, expected):
    assert value_and_old(segment) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("反映对象写五马派出所 不是光写派出所", [R("respondent", "五马派出所", "光写派出所")]),
        ("名字写我爸李保国", [R("petitioner_name", "李保国")]),
        ("名字写我爸何建民 手术的是他 我是代他反映", [R("petitioner_name", "何建民")]),
        ("姓名写我妈的 她叫赵秀英", [R("petitioner_name", "赵秀英")]),
        ("名字改成俺老伴的 王桂兰", [R("petitioner_name", "王桂兰")]),
        ("名字写李娟", [R("petitioner_name", "李娟")]),
        ("反映对象主要是社保所", [R("respondent", "社保所")]),
    ],
)
def test_parse(text, expected):
    assert parse_corrections(text) == expected


def test_three_details_with_also_before_a_label():
    said = parse_corrections("电话不对 打我手机15036927480 还有反映对象主要是社保所 名字写我爸李保国")
    assert [(r.slot, r.value) for r in said][1:] == [("respondent", "社保所"), ("petitioner_name", "李保国")]


@pytest.mark.parametrize(
    ("value", "party"),
    [
        ("四方坪派出所不给立案", "四方坪派出所"),
        ("五马派出所不给办", "五马派出所"),
        ("红星物业一直不管", "红星物业"),
        ("街道办推来推去", "街道办"),
        ("福寿康老年公寓", "福寿康老年公寓"),
        ("不动产登记中心", "不动产登记中心"),
    ],
)
def test_the_party_without_what_it_fails_to_do(value, party):
    assert as_written(value) == party


@pytest.mark.parametrize("said", ["对门那家 姓董 董老头", "对门的老王", "对面那家饭店", "对过的小卖部"])
def test_across_the_way_keeps_its_dui(said):
    assert read_respondent_answer(said).startswith("对")


def test_a_yes_before_the_party_still_goes():
    assert read_respondent_answer("对 是红星物业") == "红星物业"


@pytest.mark.parametrize(
    "said", ["电话删掉 我不想留了", "我说把电话号码去掉 不留电话", "电话不留了", "电话号码不要写了"]
)
def test_the_phone_erased(said):
    requests = parse_corrections(said)
    assert [r.slot for r in requests] == ["phone"]
    assert erases(requests[0].value)


def test_a_phone_changed_is_not_erased():
    assert not erases(parse_corrections("我说电话改成13912345678")[0].value)
