"""A house number is never a date, and a named place said again is the place told before."""

from __future__ import annotations

import pytest

from bot.domain.text import normalize_for_parsing
from bot.parsing.address import is_door_number, names_place_told, read_address_answer


@pytest.mark.parametrize(
    ("text", "said", "asked"),
    [
        ("红旗路18号", "18号", False),
        ("衡山县开云镇红旗路18号", "18号", False),
        ("县城东街三号", "三号", False),
        ("住在新民路3号", "3号", False),
        ("12号", "12号", True),
        ("6号", "6号", True),
        ("阳光小区9号", "9号", False),
        ("桃花村二十号", "二十号", False),
        ("18号楼", "18号", False),
    ],
)
def test_a_house_number_is_a_door(text, said, asked):
    assert is_door_number(text, said, address_asked=asked)


@pytest.mark.parametrize(
    ("text", "said", "asked"),
    [
        ("18号晚上吵到半夜", "18号晚上", False),
        ("他18号来的", "18号", False),
        ("10月12号新搬的", "10月12号", True),
        ("上个月18号开始的", "上个月18号开始", False),
        ("12号", "12号", False),
    ],
)
def test_a_date_stays_a_date(text, said, asked):
    assert not is_door_number(text, said, address_asked=asked)


TOLD = "天津市 河西区 友谊路街道 那个公园叫水上公园"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("就是水上公园里面的厕所 上个月开始的", TOLD),
        ("水上公园东门", TOLD),
        ("还是阳光小区门口那个垃圾站", "海淀区 学院路街道 阳光小区"),
        ("人民醫院門口", "长沙市 芙蓉区 人民医院"),
    ],
)
def test_the_named_place_told_before(text, told):
    assert names_place_told(normalize_for_parsing(text), told)  # callers read the normalised text


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("那个公园的厕所", TOLD),
        ("人民公园", TOLD),
        ("水上公园", ""),
        ("小区门口", "咱们小区旁边"),
    ],
)
def test_no_named_place_in_common(text, told):
    assert not names_place_told(text, told)


@pytest.mark.parametrize("text", ["免", "免啦", "免了", "地址就免了吧"])
def test_minnan_no_need_declines_the_address(text):
    answer = read_address_answer(text)
    assert answer is not None and answer.refused


def test_an_address_may_start_with_mian():
    answer = read_address_answer("免税店旁边的红旗路3号")
    assert answer is not None and not answer.refused
