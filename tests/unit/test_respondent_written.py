"""A party given in a correction: remarks, "就行" and a role said before the name go; a party added is kept."""

from __future__ import annotations

import pytest

from bot.parsing.respondent_written import as_written, is_remark


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # a remark on the wording or on what was said before
        ("衡阳市民政局，没有问字", "衡阳市民政局"),
        ("鑫源物业，多了个的字", "鑫源物业"),
        ("龙辉物业，我前面说了", "龙辉物业"),
        ("华联超市 我刚才都说过了", "华联超市"),
        ("城南派出所，他们是说我儿子", "城南派出所"),
        ("宏达公司 名字老是搞混", "宏达公司"),
        # what the party fails to do
        ("街道办，他们一直不管", "街道办"),
        # enough of it
        ("杨家饭馆就行", "杨家饭馆"),
        ("写县医院就可以了", "县医院"),
        # one more party to write beside it
        ("李记烧烤就行，还有把城管也写上", "李记烧烤、城管"),
        ("學校 還有把教育局也寫上", "学校、教育局"),
        ("开发商，再加上住建局", "开发商、住建局"),
        # a role said before the name of that unit
        ("物业，锦绣物业服务有限公司", "锦绣物业服务有限公司"),
        ("学校 红旗路小学", "红旗路小学"),
        # kept as they are
        ("华发物业，老板姓周", "华发物业，老板姓周"),
        ("老板 张三", "老板，张三"),
        ("写字楼物业", "写字楼物业"),
    ],
)
def test_only_the_party_is_kept(value, expected):
    assert as_written(value) == expected


@pytest.mark.parametrize(
    "part", ["没有问字", "我前面说了", "名字差不多老是搞混", "他走不了路是说我爸", "少了个局字"]
)
def test_remarks(part):
    assert is_remark(part)


@pytest.mark.parametrize("part", ["金湖物业", "说明书公司", "老板姓周", "县医院骨科"])
def test_parties_are_no_remarks(part):
    assert not is_remark(part)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("钱海涛 他那个砖厂 其余不动 俺没想不开 不用标紧急", "钱海涛，他那个砖厂"),
        ("光明物业 我又没想死 别给我标紧急", "光明物业"),
        ("宏达置業 我沒想不開", "宏达置业"),  # traditional characters
    ],
)
def test_words_of_the_citizen_and_the_flag_are_not_written(said, written):
    """ "俺没想不开", "不用标紧急" speak of the citizen and the urgent flag, never of the party."""
    assert as_written(said) == written
