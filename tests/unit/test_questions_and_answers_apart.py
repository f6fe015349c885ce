"""What a message asks beside its answer, read apart from it: a wh-word the citizen cannot fill ("几号记不得了") asks
nothing; "咋整" is "怎么办"; "复议前置是啥意思" asks what 复议前置 means; the citizen's own family described ("俺闺女是
临时工") is no party complained about; "电话还是一样" points back to the number given before."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question, question_clauses
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context
from bot.parsing.phone import refers_to_phone_said
from bot.parsing.respondent_answer import names_a_party, read_respondent_answer


@pytest.mark.parametrize(
    "text",
    ["九月中旬吧 几号记不得了", "具体是哪一天我想不起来了", "好像是周三 哪个周三记不住", "具體哪天記不住了"],
)
def test_a_day_not_remembered_asks_nothing(text):
    assert question_clauses(text) == []


@pytest.mark.parametrize("text", ["哪天能办好？", "你们哪天上班", "什么时候能办好"])
def test_a_real_question_about_a_day_still_asks(text):
    assert question_clauses(text)


@pytest.mark.parametrize("text", ["低保给停了 这可咋整", "厂子不发钱 俺们怎么整啊", "房子漏雨咋整？"])
def test_zazheng_asks_where_to_turn(text):
    assert detect_question(text) is QuestionKind.WHICH_OFFICE


def test_how_it_came_about_is_no_question_where_to_turn():
    assert detect_question("这房子咋整的 裂成这样") is not QuestionKind.WHICH_OFFICE


@pytest.mark.parametrize(
    "text",
    ["复议前置是啥意思", "啥叫行政复议前置？", "復議前置是什麼意思", "这个复议前置是什么意思啊 俺不懂"],
)
def test_what_review_first_means_is_answered(text):
    kind = detect_question(text)
    assert kind is QuestionKind.WHAT_IS_REVIEW_FIRST
    answer = answer_in_context(kind, text, story="低保停发了 民政局不给说法")
    assert "先申请行政复议" in answer and "第23条" in answer


def test_what_review_means_keeps_its_own_answer():
    assert detect_question("复议是啥意思") is QuestionKind.WHAT_IS_REVIEW


@pytest.mark.parametrize(
    "text", ["俺闺女是临时工", "我男人也是合同工", "我老伴是退休职工", "我兒子是外地戶口的", "我家孩子是学徒"]
)
def test_own_family_described_names_no_party(text):
    assert read_respondent_answer(text) is None
    assert not names_a_party(text)


@pytest.mark.parametrize(
    ("text", "party"),
    [("我儿子", "我儿子"), ("是我儿子不养我", "儿子"), ("我闺女是被厂里老板打的", "老板")],
)
def test_family_as_the_party_is_still_read(text, party):
    assert party in (read_respondent_answer(text) or "")


@pytest.mark.parametrize(
    "text", ["就刚刚那个186的", "电话还是一样", "手機號跟剛才的一樣", "前面那个150开头的", "号码跟之前一样"]
)
def test_the_number_pointed_back_to(text):
    assert refers_to_phone_said(text)


@pytest.mark.parametrize("text", ["电话不一样", "13800138000", "刚才那个事你再说一遍"])
def test_no_number_pointed_back_to(text):
    assert not refers_to_phone_said(text)
