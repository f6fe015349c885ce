"""The respondent answer keeps who, not what they do ("电话都不接"), a household told by its door ("1802室那家")
beside the unit that does nothing, an office with why it is the one ("低保是他们管的"), and a unit by its name
after what it was called first ("交通执法的 …支队")."""

import pytest

from actions.respondent_naming import named_in_role
from bot.parsing.respondent_answer import read_respondent_answer
from bot.parsing.respondent_elsewhere import names_only_a_party


@pytest.mark.parametrize(
    ("said", "kept", "left_out"),
    [
        ("房东姓刘 叫刘德顺 电话也不接", "刘德顺", "不接"),
        ("老板叫黄志强 人也找不到", "黄志强", "找不到"),
        ("包工头赵大勇 微信把我拉黑了", "赵大勇", "拉黑"),
        ("房東姓何 叫何建國 一直不露面", "何建国", "露面"),
    ],
)
def test_what_they_will_not_do_goes(said, kept, left_out):
    answer = read_respondent_answer(said)
    assert kept in answer and left_out not in answer


@pytest.mark.parametrize(
    ("said", "parties"),
    [
        ("2203室那家 名字不知道 还有物业 碧桂园物业", ("2203", "碧桂园物业")),
        ("楼下那户 还有物业", ("楼下那户", "物业")),
        ("601的 還有物業 綠城物業", ("601", "绿城物业")),
    ],
)
def test_a_household_by_its_door_and_the_unit(said, parties):
    answer = read_respondent_answer(said)
    assert all(p in answer for p in parties)


@pytest.mark.parametrize(
    ("said", "party"),
    [("南开区民政局吧 补贴是他们管的", "南开区民政局"), ("县人社局 欠薪归他们管", "县人社局")],
)
def test_an_office_with_why_it_is_the_one(said, party):
    assert names_only_a_party(said) == party


def test_the_unit_by_its_name_after_its_kind():
    assert read_respondent_answer("扣车的 南京市交通运输综合执法支队") == "南京市交通运输综合执法支队"


@pytest.mark.parametrize(
    ("known", "said", "kept"),
    [
        ("郑州市交通运输综合执法支队", "交通执法", "郑州市交通运输综合执法支队"),
        ("万科物业", "物业", "万科物业"),
        ("万科物业", "保利物业", "保利物业"),  # another party: corrected
        ("房东汪洁", "汪杰", "房东汪杰"),  # a name put right
    ],
)
def test_a_looser_wording_keeps_the_full_name(known, said, kept):
    assert named_in_role(known, said, f"不是 是{said}") == kept


@pytest.mark.parametrize(
    ("answer", "party"),
    [
        ("中国人寿 河南分公司", "中国人寿河南分公司"),
        ("好利来 万达店", "好利来万达店"),
        ("太平洋保險 廣東分公司", "太平洋保险广东分公司"),  # traditional characters
    ],
)
def test_a_branch_after_the_unit_keeps_the_unit(answer: str, party: str) -> None:
    assert read_respondent_answer(answer) == party


def test_two_units_listed_are_both_kept() -> None:
    said = read_respondent_answer("长沙市医保局岳麓分局 还有那个医院 湖南省第二人民医院 他们都说不给报")
    assert said is not None and "医保局岳麓分局" in said and "第二人民医院" in said
