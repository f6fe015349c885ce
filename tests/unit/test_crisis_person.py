"""Whose life is at risk: the one writing about a father who talks of jumping is told how to help him."""

from __future__ import annotations

import pytest

from bot.domain.crisis_person import at_risk_is_another, crisis_for_another_reply


@pytest.mark.parametrize(
    "text",
    [
        "我爸这两天老念叨 说再要不回来就从公司楼上跳下去 我真怕他想不开",
        "我妈天天说活着没意思",
        "俺娘说活着没啥意思 要喝药",
        "我弟失业了 天天说不想活了",
        "女儿被欺负了 她说不想活了",
        "我同事说要喝农药",
        "我老公欠了一屁股债 说不想活了",
    ],
)
def test_someone_else_speaking_of_ending_it_is_another(text):
    assert at_risk_is_another(text)


@pytest.mark.parametrize(
    "text",
    [
        "我不想活了",
        "儿子不管我 活着也没意思了",
        "我老公打我 我不想活了",
        "老板不给钱 我就从楼上跳下去",
        "特困的钱也停了 药也买不起 活着也没意思了",
        "我爸欠我工钱不给 我真的不想活了",
        "我妈走了以后我也不想活了",
        "小区门口垃圾站臭死了",
    ],
)
def test_the_writer_in_despair_is_not_another(text):
    assert not at_risk_is_another(text)


def test_the_reply_tells_the_son_to_stay_with_his_father_and_whom_to_call():
    reply = crisis_for_another_reply("我爸这两天老念叨 说再要不回来就从公司楼上跳下去 我真怕他想不开")
    assert "陪" in reply and "父亲" in reply and "12356" in reply and "110" in reply and "120" in reply
    assert "我们很担心您" not in reply


def test_a_mother_is_she():
    reply = crisis_for_another_reply("我妈天天说活着没意思")
    assert "她身边" in reply and "母亲" in reply
