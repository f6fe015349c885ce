"""The northwestern 额 for 我 ("额叫…", "额家四口人") is read as Mandarin, one character for one; the words that
end or begin with 额 (金额, 名额, 额头, 额外, 额度) are left as they are."""

import pytest

from bot.domain.dialect_pronouns import fold_dialect_pronouns
from bot.domain.text import fold_keeping_offsets, normalize_for_parsing
from bot.parsing.name_answer import read_name_answer
from bot.parsing.people import extract_people_count


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("额叫王秀芳", "我叫王秀芳"),
        ("额们村的地叫人占咧", "我们村的地叫人占咧"),
        ("额不同意 他就停电", "我不同意 他就停电"),
        ("那额就说一下", "那我就说一下"),
        ("额娃在学校叫人打咧", "我娃在学校叫人打咧"),
    ],
)
def test_the_pronoun_is_read_as_wo(said, read):
    assert fold_dialect_pronouns(said) == read
    assert len(fold_keeping_offsets(said)) == len(said)


@pytest.mark.parametrize(
    "said",
    [
        "金额是三千",
        "名额不够",
        "额头撞破了",
        "额外收费",
        "额度不够",
        "余额不足",
        "营业额是多少",
        "工资额不对",
        "前额受伤",
    ],
)
def test_words_with_e_stay(said):
    assert fold_dialect_pronouns(said) == said


def test_traditional_and_full_width_are_read_too():
    assert normalize_for_parsing("額家５口人") == "我家5口人"


@pytest.mark.parametrize(("said", "count"), [("额家四口", 4), ("额们一家五口人", 5), ("就额一个", 1)])
def test_head_count_in_dialect(said, count):
    assert extract_people_count(said) == count


@pytest.mark.parametrize(
    ("said", "name"),
    [("那算咧 额叫张秀兰", "张秀兰"), ("额姓高 叫高建平", "高建平"), ("額是李淑芬", "李淑芬")],
)
def test_name_in_dialect(said, name):
    assert read_name_answer(said).name == name
