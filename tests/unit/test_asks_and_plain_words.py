"""Questions before any story, plain words at the summary and after an answer, and what a refusal says, as
villagers and city residents write them (held-out chats V and W)."""

from __future__ import annotations

import pytest

from actions.asking_only import puts_off_filing
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.question_only import asks_without_matter
from actions.summary_accept import accepts_summary
from actions.unclear_replies import UNDERSTOOD_REPLY, unclear_reply
from bot.parsing.people_alone import counts_nobody
from bot.parsing.respondent_answer import read_respondent_answer
from bot.parsing.vague_period import says_no_time


@pytest.mark.parametrize(
    "text",
    [
        "大兄弟 我想问问 反映问题要花钱不 我家里困难",
        "請問反映問題要收費嗎",
        "问下 能保密吗",
    ],
)
def test_a_question_with_no_matter_beside_it_is_only_a_question(text: str) -> None:
    assert asks_without_matter(text)


def test_a_visit_asked_of_with_no_matter_is_only_a_question() -> None:
    assert asks_without_matter("去省里上访犯法不 我们这边的事镇上都不管")


def test_what_to_do_may_come_before_the_matter() -> None:
    assert not asks_without_matter("我有个事情想反映一下，请帮帮忙看看怎么办")


@pytest.mark.parametrize(
    "text",
    [
        "我家低保被停了 反映要花钱吗",
        "老板欠我三个月工资 反映要收费吗",
        "能告老板欠工资吗",
        "低保被停了能告吗",
        "我家房子漏水 楼上不管",  # no question at all
    ],
)
def test_a_question_beside_a_matter_keeps_the_matter(text: str) -> None:
    assert not asks_without_matter(text)


@pytest.mark.parametrize(
    "text",
    ["俺是问 去北京上访犯不犯法", "那就是不让去呗 去了犯法不", "去省城上访违不违法", "要是去了会被拘留吗"],
)
def test_whether_going_to_petition_is_lawful(text: str) -> None:
    assert detect_question(text) is QuestionKind.VISIT_LAWFUL


def test_going_elsewhere_is_not_asked_as_a_visit() -> None:
    assert detect_question("去医院犯法不") is not QuestionKind.VISIT_LAWFUL


@pytest.mark.parametrize(
    "text", ["对 俺就等你们信", "好的 等你们消息", "对的 盼着早点给解决", "行 希望尽快处理", "对 等你们回复"]
)
def test_a_yes_while_waiting_for_the_answer_files(text: str) -> None:
    said = accepts_summary(text)
    assert said is not None and said.awaits


@pytest.mark.parametrize("text", ["对 等一下", "对 等等 电话错了", "好 等你们信 多久能回"])
def test_a_wait_or_a_question_is_no_bare_yes(text: str) -> None:
    said = accepts_summary(text)
    assert said is None or not said.awaits


@pytest.mark.parametrize(
    "text", ["行了 俺知道了", "哦 明白了", "懂了懂了", "好的 我知道了", "晓得了", "明白了！"]
)
def test_an_answer_taken_in_gets_a_kind_word(text: str) -> None:
    assert unclear_reply(text) == UNDERSTOOD_REPLY


@pytest.mark.parametrize("text", ["我不知道了", "知道了 他又来闹了", "明白了 那低保呢"])
def test_more_than_taking_it_in_is_not_an_acknowledgement(text: str) -> None:
    assert unclear_reply(text) != UNDERSTOOD_REPLY


@pytest.mark.parametrize(
    "text", ["公交站台归公交公司还是市政我也不知道 跳过", "是物业还是开发商我也不清楚", "归谁管我不知道"]
)
def test_which_party_not_known_names_nobody(text: str) -> None:
    assert read_respondent_answer(text) is None


def test_a_party_named_is_still_read() -> None:
    assert read_respondent_answer("石垌村村委会啊 说了两遍了") == "石垌村村委会"


@pytest.mark.parametrize("text", ["一直就没有啊 这是个建议", "这是个建议", "没有 就是提个建议", "一直没有"])
def test_a_suggestion_has_no_date(text: str) -> None:
    assert says_no_time(text)


def test_a_date_is_a_date() -> None:
    assert not says_no_time("去年三月")


@pytest.mark.parametrize(
    "text", ["算了先不交了 那人在镇上有人", "先别提交 我再想想", "暂时不登记", "算了 不交了"]
)
def test_filing_put_off_is_no_story(text: str) -> None:
    assert puts_off_filing(text)


@pytest.mark.parametrize("text", ["老板不交社保", "他们不交了物业费", "房租不交了 房东就断水"])
def test_money_not_paid_is_the_story(text: str) -> None:
    assert not puts_off_filing(text)


@pytest.mark.parametrize("text", ["俺怕他找俺麻烦", "怕他们为难俺", "会不会整俺"])
def test_a_fear_in_dialect_asks_to_be_reassured(text: str) -> None:
    assert detect_question(text) is QuestionKind.CONFIDENTIALITY


@pytest.mark.parametrize("text", ["没有", "无", "不涉及"])
def test_no_head_count_to_give(text: str) -> None:
    assert counts_nobody(text)
