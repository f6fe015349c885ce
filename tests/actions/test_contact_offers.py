"""At the phone question an ID number, a WeChat id or an e-mail address is answered plainly and kept, never
taken for a question about ID cards, never stored as the phone, never dropped without a word."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import play

SLOTS = {
    "issue_text": "开发商把地下车位月租从300涨到800",
    "category": "城乡建设",
    "location": "北京市昌平区回龙观街道",
    "petitioner_name": "贾文博",
}


async def _at_phone(text: str, intent: str = "inform"):
    return await play(ValidateIntakeForm(), text, intent=intent, requested_slot="phone", slots=SLOTS)


@pytest.mark.parametrize("intent", ["inform", "ask_question"])
@pytest.mark.parametrize(
    "text",
    [
        "身份证号110114198206153018可以吗",
        "用身份证号行不行 110105194912310021",
        "我给您留身份证号吧11010519491231002X",
    ],
)
async def test_an_id_number_offered_for_a_phone_is_no_question_about_id_cards(text, intent):
    turn = await _at_phone(text, intent)
    assert "派出所" not in turn.said and "没太看懂" not in turn.said and "不完整" not in turn.said
    assert "没法用来联系您" in turn.said and "跳过" in turn.said
    assert "phone" not in turn.slots


async def test_a_valid_id_number_offered_is_kept_masked():
    turn = await _at_phone("身份证11010519491231002X 行吗")
    assert turn.slots["id_number"] == "110105********002X" and "110105********002X" in turn.said
    assert "11010519491231002X" not in turn.said


async def test_an_email_instead_of_a_phone_is_answered_and_kept():
    turn = await _at_phone("电话不想留 能不能留邮箱 fangwd@163.com", intent="ask_question")
    assert turn.slots["phone"] == "未提供"
    assert "fangwd@163.com" in turn.slots["contact_note"] and "可以" in turn.said


async def test_a_wechat_id_beside_a_landline_is_kept_beside_it():
    turn = await _at_phone("我国内手机号停了，加我微信吧 liusiyuan_ca88，或者打我爸的座机0451-84623017")
    assert turn.slots["phone"] == "0451-84623017"
    assert "liusiyuan_ca88" in turn.slots["contact_note"] and "liusiyuan_ca88" in turn.said


async def test_a_wechat_id_alone_is_kept_and_the_phone_still_asked():
    turn = await _at_phone("加我微信吧 liusiyuan_ca88")
    assert "phone" not in turn.slots and "liusiyuan_ca88" in turn.slots["contact_note"]
    assert "手机或座机" in turn.said and "没太看懂" not in turn.said


async def test_a_nursing_home_landline_keeps_whom_to_ask_for():
    turn = await _at_phone("养老院座机0553-3826471 找护工小何")
    assert turn.slots["phone"] == "0553-3826471" and "找护工小何" in turn.slots["contact_note"]


@pytest.mark.parametrize(
    "text",
    [
        "电话别打 他会看我手机 发短信可以吗 18977130526",
        "18977130526 能不能只发短信",
        "短信联系行不行 18977130526",
    ],
)
async def test_asking_whether_a_text_message_will_do_is_answered_and_kept(text):
    turn = await _at_phone(text)
    assert turn.slots["phone"] == "18977130526"
    assert "短信" in turn.said and "短信" in (turn.slots.get("contact_note") or "")


@pytest.mark.parametrize("intent", ["ask_privacy", "ask_channels", "inform"])
@pytest.mark.parametrize(
    "text", ["我叫张秀芝 电话别打 他会看我手机 你们发短信行不行", "电话别打 发短信可以吗", "能不能只发短信"]
)
async def test_a_text_message_asked_for_with_no_number_needs_one(text, intent):
    # lead-062: taken for a privacy question, it got the FAQ on personal data and no word on how to be reached
    turn = await _at_phone(text, intent)
    assert "phone" not in turn.slots
    assert "手机号" in turn.said and "查询码" in turn.said and "跳过" in turn.said
    assert "已经记在联系备注里了" not in turn.said
