"""The respondent answer the citizen puts right as they write it, the employer beside its boss's real name, and
an office one asked."""

from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent
from bot.parsing.respondent_answer import read_respondent_answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("物业叫金湖 不对 是金海物业 两个名字老搞混", "金海物业"),
        ("村委会 不对不对 是镇政府", "镇政府"),
        ("先是华联超市，说错了，是华润超市", "华润超市"),
        ("宏达五金厂 记错了 应该是宏达机械厂", "宏达机械厂"),
    ],
)
def test_the_party_put_right_is_the_one_kept(text, expected):
    assert read_respondent_answer(text) == expected


@pytest.mark.parametrize(
    "text",
    ["物业做得不对 他们不管", "是物业 不对吗", "城管 说他们不对也不改"],
)
def test_a_wrong_that_is_no_self_correction_keeps_the_party(text):
    answer = read_respondent_answer(text)
    assert answer and answer.startswith(("物业", "城管"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("罗老板 大名罗永刚 公司叫啥蜀安建设", "蜀安建设"),
        ("包工头老周 大名周建国 公司叫宏图建筑", "宏图建筑"),
    ],
)
def test_the_employer_beats_its_boss_named_in_full(text, expected):
    assert expected in (read_respondent_answer(text) or "")


def test_a_nickname_alone_gives_the_real_name():
    assert read_respondent_answer("王老二 大名王春生") == "王春生"


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("补助少了两百 问退役军人事务局说是政策调整", "退役军人事务局"),
        ("打电话问人社局也不管", "人社局"),
        ("去问街道办 街道办说不归他们管", "街道办"),
        ("咨询公司骗了我的钱", "咨询公司"),
        ("顾问公司不退钱", "顾问公司"),
    ],
)
def test_an_office_asked_is_named_without_the_asking(story, expected):
    assert extract_respondent(story) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("社保局 游仙区的 他走不了路", "游仙区社保局"),
        ("派出所 城关镇那个", "城关镇派出所"),
        ("民政局 雨花区的", "雨花区民政局"),
        ("社保局 我爸腿脚不好", "社保局"),
    ],
)
def test_an_office_takes_its_place_said_after_it_and_not_what_is_said_of_someone(text, expected):
    assert read_respondent_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("民政局 我们县的", "民政局 我们县"),  # no place named
        ("学校 长沙市的", "学校 长沙市"),  # a role: its name is asked, not a place put before it
        ("医院 她女儿 叫张玉梅", "医院 女儿张玉梅"),
    ],
)
def test_no_place_is_put_before_a_role_or_from_our_county(text, expected):
    assert read_respondent_answer(text) == expected
