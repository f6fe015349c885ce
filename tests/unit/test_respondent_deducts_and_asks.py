"""An office that deducts or stops a payment ("社保局扣钱不说理由", "人社局停发了") is whom the matter is against,
and a question that asks ("你们不是信访吗") is no denial that blanks the party told after it
(bot.parsing.respondent, bot.parsing.respondent_context)."""

from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent


@pytest.mark.parametrize(
    ("said", "party"),
    [
        ("你们不是信访吗 这还要我说吗 社保局扣钱不说理由 这不是你们该查的吗", "社保局"),
        ("社保局扣了我爸三百多", "社保局"),
        ("人社局停发了我的养老金", "人社局"),
        ("社保局少发三百多 也不说为啥", "社保局"),
        ("老板扣押我身份证", "老板"),
        ("社保局扣錢不說理由", "社保局"),  # traditional
        ("你们不是管这个的吗 医保局扣款也没个说法", "医保局"),
    ],
)
def test_the_party_that_deducts_is_read_at_another_question(said: str, party: str) -> None:
    assert extract_respondent(said, strict=True) == party


@pytest.mark.parametrize(
    ("said", "party"),
    [
        ("不是物业的事 是开发商", "开发商"),  # a denial still blanks what it denies
        ("不是物业 是开发商偷工减料", "开发商"),
        ("这不是物业的责任吗", "物业"),  # a question that asks says whose it is
    ],
)
def test_denials_and_questions(said: str, party: str) -> None:
    assert extract_respondent(said) == party


@pytest.mark.parametrize(
    "said",
    ["邵阳市双清区", "钱被扣了 不知道谁扣的", "我扣了", "扣钱的事", "不是村委会，是镇上收的钱"],
)
def test_no_party(said: str) -> None:
    assert extract_respondent(said, strict=True) is None
