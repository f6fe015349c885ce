"""A name said alone at another question, of two characters too ("胡敏"), never an everyday word; a refusal in
Wu ("名字勿想讲"); a name to be written as the citizen is called ("就写张阿婆好了")."""

from __future__ import annotations

import pytest

from bot.parsing.name_alone import name_alone, name_said_alone
from bot.parsing.name_answer import read_name_answer


@pytest.mark.parametrize("said", ["胡敏", "何静", "吴 敏", "胡敏。", "周秀兰"])
def test_a_bare_name_at_the_court_question_is_the_name(said):
    assert name_said_alone(said, "legal_status") == said.replace(" ", "").rstrip("。")


@pytest.mark.parametrize(
    "said", ["白天", "方便", "周末", "没有", "同上", "马上", "钱包", "黄河", "王某", "文明"]
)
def test_an_everyday_word_of_two_characters_is_no_name(said):
    assert name_alone(said) is None


def test_a_bare_name_at_the_respondent_question_is_not_taken_for_the_citizens():
    assert name_said_alone("胡敏", "respondent") is None


@pytest.mark.parametrize("said", ["名字勿想讲 讲了怕他们扣得更多", "名字不想讲", "勿留名字", "名字就不讲了"])
def test_a_refusal_in_wu_or_with_讲_is_a_refusal(said):
    answer = read_name_answer(said)
    assert answer.refused and answer.name is None


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("勿讲名字 就写张阿婆好了", "张阿婆"),
        ("不留全名 写李大爺就行", "李大爷"),  # traditional characters
        ("名字就写王阿姨吧", "王阿姨"),
        ("写陈师傅好了", "陈师傅"),
        ("姓钱 就写钱先生", "钱先生"),
    ],
)
def test_a_name_to_be_written_as_the_citizen_is_called(said, name):
    assert read_name_answer(said).name == name
