"""The party told as the one who owes or wronged the citizen, the praised person, two parties in one answer,
and a court that only heard the suit."""

from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent
from bot.parsing.respondent_answer import names_a_party, read_respondent_answer
from bot.parsing.respondent_debtor import debtor_named
from bot.parsing.respondent_praised import praised_party


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("欠我钱的任大庆 他包了我的核桃园 承包费三年没给 一共四万五", "任大庆"),
        ("拖欠俺们工钱的是包工头刘保军", "刘保军"),
        ("打我的那个人叫王强", "王强"),
        ("欠我钱的张三跑了", "张三"),
        ("欠俺家钱的叫李德福，村东头的", "李德福"),
    ],
)
def test_the_person_who_owes_is_named(said, name):
    assert debtor_named(said) == name


@pytest.mark.parametrize("said", ["欠我钱的人跑了", "欠我们工资的老板姓张", "骗我的是个中介", "我欠银行的钱"])
def test_no_name_no_debtor(said):
    assert debtor_named(said) is None


def test_the_debtor_named_answers_the_respondent_question():
    assert read_respondent_answer("欠我钱的任大庆 他包了我的核桃园 承包费三年没给") == "任大庆"


@pytest.mark.parametrize(
    "story",
    ["我在沁源县法院打赢了官司 判决书下来半年了 对方还是不给钱", "在县法院告赢了 对方不执行"],
)
def test_the_court_a_suit_was_won_in_is_no_respondent(story):
    assert "法院" not in (extract_respondent(story) or "")


def test_a_court_complained_of_is_still_the_respondent():
    assert extract_respondent("我去年在法院告了我们村的砖厂 案子到现在还没判 法院一直拖") is not None


@pytest.mark.parametrize(
    ("said", "parties"),
    [
        ("就是学校 杭州市西湖区文三街小学 还有西湖区教育局", "杭州市西湖区文三街小学、西湖区教育局"),
        ("华强电子厂 和 人社局", "华强电子厂、人社局"),
    ],
)
def test_two_parties_are_both_kept(said, parties):
    assert read_respondent_answer(said) == parties


def test_one_unit_by_its_name_is_not_two():
    assert read_respondent_answer("物业 叫什么粤华物业") == "粤华物业"


@pytest.mark.parametrize(
    "said", ["跳广场舞那帮老太太 我也不知道叫啥 领头的是个姓郭的", "就那伙小年轻", "带头的是个姓王的"]
)
def test_a_group_or_its_leader_by_surname_names_a_party(said):
    assert names_a_party(said)


@pytest.mark.parametrize(
    ("story", "praised"),
    [
        (
            "我要表扬我们社区的网格员小刘 刘佳佳 我老伴住院那阵子她天天来帮我买菜",
            "我们社区的网格员小刘 刘佳佳",
        ),
        ("我想表扬人民医院骨科的李医生，手术做得好", "人民医院骨科的李医生"),
        ("非常感谢派出所的民警帮我找回了孩子", "派出所的民警"),
        ("我们单位食堂的饭菜很好吃 我想表扬一下后勤处的王师傅", "后勤处的王师傅"),
        ("表揚一下人民醫院心內科的張醫生，對病人特別耐心", "人民医院心内科的张医生"),
    ],
)
def test_whom_a_praise_is_for(story, praised):
    assert praised_party(story) == praised


def test_a_praise_of_no_one_named():
    assert praised_party("表扬环卫工人 下大雪凌晨四点就在扫路") is None
