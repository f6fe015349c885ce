"""Plain answers read as what they say, never "没太看懂": a name said with a stutter or as it is to be written, a
time that has no day ("一直这样") or began at a birth, a service that does not work told as the matter, a party
whose name is not known, and a question thrown back at the office."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.correction_withdrawn import withdrawn_details
from actions.not_known import detail_not_known
from actions.question_detect import asks_at_the_office, complains_why_not, detect_question
from actions.unsure_reading import reads_as_matter
from bot.parsing.name_answer import read_name_answer
from bot.parsing.occurred_at import extract_occurred_at
from bot.parsing.vague_period import says_no_time

NOW = datetime(2026, 12, 6, 9, 0)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("谭 谭秀英", "谭秀英"),
        ("王 王建国", "王建国"),
        ("刘 刘 刘德华", "刘德华"),
        ("李…李秀兰", "李秀兰"),
        ("謝——謝美玲", "谢美玲"),
        ("钱 就写钱先生", "钱先生"),
        ("就写钱先生", "钱先生"),
        ("写王女士吧", "王女士"),
        ("姓钱 就写钱先生", "钱先生"),
        ("赵 赵先生就行", "赵先生"),
        ("王 有 田", "王有田"),
        ("名字就写周吧", "周"),
        ("留个姓吧，姓黄", "黄"),
    ],
)
def test_a_name_said_with_a_stutter_or_as_written_is_the_name(text: str, name: str) -> None:
    assert read_name_answer(text).name == name


@pytest.mark.parametrize(
    "text",
    [
        "这个不是哪天发生的 是一直这样",
        "这不是哪天发生的",
        "不是哪天发生的 一直都这样的",
        "一直这样",
        "没有具体时间",
    ],
)
def test_a_matter_with_no_day_says_no_time(text: str) -> None:
    assert says_no_time(text)


@pytest.mark.parametrize("text", ["2024年开始一直这样", "这事一直这样 没人管", "这个月初"])
def test_a_time_or_more_story_is_no_answer_without_a_time(text: str) -> None:
    assert not says_no_time(text)


@pytest.mark.parametrize(
    ("text", "start"),
    [("孩子生下来就没上成 2024年3月生的", "2024-03-01"), ("孩子出生就没上户口 2023年5月出生", "2023-05-01")],
)
def test_a_matter_that_began_at_the_birth_is_dated_by_it(text: str, start: str) -> None:
    found = extract_occurred_at(text, NOW)
    assert found is not None and found.start.isoformat() == start


@pytest.mark.parametrize("text", ["2024年3月生的", "我1965年出生 养老金少了"])
def test_a_birth_date_alone_still_dates_nothing(text: str) -> None:
    assert extract_occurred_at(text, NOW) is None


def _unsure(text: str) -> dict:
    return {"text": text, "intent_ranking": [{"name": "nlu_fallback"}, {"name": "tell_problem"}]}


@pytest.mark.parametrize(
    "text",
    ["暖气不热 家里才十四五度", "暖氣一直不熱 凍死了", "路灯一直不亮 晚上黑乎乎", "下水道堵了半个月没人来"],
)
def test_a_service_that_does_not_work_is_the_matter(text: str) -> None:
    assert reads_as_matter(_unsure(text))


@pytest.mark.parametrize("text", ["暖气怎么申请", "电梯好用吗"])
def test_a_question_about_a_service_is_no_matter(text: str) -> None:
    assert not reads_as_matter(_unsure(text))


@pytest.mark.parametrize("text", ["姓包的那个 名字不知道", "楼下那家 电话也不清楚", "名字俺不记得了"])
def test_someone_elses_name_not_known(text: str) -> None:
    assert detail_not_known(text)


@pytest.mark.parametrize("text", ["名字不想留", "电话不留", "不知道找谁"])
def test_a_refusal_or_plain_not_knowing_is_no_name_unknown(text: str) -> None:
    assert not detail_not_known(text)


@pytest.mark.parametrize(
    "text",
    [
        "我打了三次12345都无结果 你们又建议我找12345？",
        "你们又让我去找街道？",
        "你们不是信访吗 这还要我说吗",
        "社保局扣钱不说理由 这不是你们该查的吗",
    ],
)
def test_a_question_thrown_back_at_the_office(text: str) -> None:
    assert detect_question(text) is not None and asks_at_the_office(text)


@pytest.mark.parametrize("text", ["你们能不能保密", "我又去了一次", "要收费吗"])
def test_an_ordinary_question_or_statement_is_not_thrown_back(text: str) -> None:
    assert not asks_at_the_office(text)


@pytest.mark.parametrize("text", ["我爸的养老金为啥这个月少了三百多", "工资为什么这个月扣了五百"])
def test_a_why_of_money_paid_short_tells_the_matter(text: str) -> None:
    assert complains_why_not(text)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("那俺名字电话不留了 行不", ["petitioner_name", "phone"]),
        ("姓名和电话都删了 不留", ["petitioner_name", "phone"]),
        ("电话也删了", ["phone"]),
        ("把我电话去掉", ["phone"]),
        ("電話也刪了吧", ["phone"]),
        ("干脆名字电话都不留了", ["petitioner_name", "phone"]),
        ("地址不要了", ["address"]),
    ],
)
def test_contact_details_taken_back(text: str, slots: list[str]) -> None:
    assert withdrawn_details(text) == slots


@pytest.mark.parametrize(
    "text",
    ["名字改成王五", "电话是13800000000", "名字电话都对", "电话不留了 怕他们打过来", "名字删了 电话留着"],
)
def test_a_change_or_more_than_taking_back_is_read_otherwise(text: str) -> None:
    assert withdrawn_details(text) == []
