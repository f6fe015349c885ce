"""A count of households said with "at least" at the end of a clause ("起码有五六家") is a head count, and the
larger, later one wins over "好几个老人" (hw-008); "一家饭店" stays a shop."""

import pytest

from bot.parsing.people import count_told_ahead, extract_people_count, people_count_as_said


@pytest.mark.parametrize(
    ("said", "words", "value"),
    [
        ("我们楼好几个老人都给过 起码有五六家", "五六家", 5),
        ("起码有五六家", "五六家", 5),
        ("我们村好几户 少说有七八家", "七八家", 7),
        ("至少十来家", "十来家", 10),
        ("差不多有二十家吧", "二十家", 20),
        ("那个楼好多人家 大概有十几家吧", "十几家", 10),
        ("大概有三十个", "三十个", 30),
    ],
)
def test_households_at_least(said, words, value):
    assert words in people_count_as_said(said)
    assert extract_people_count(said) == value


@pytest.mark.parametrize("said", ["起码有一家饭店", "一共花了三万", "差不多有一家超市那么大"])
def test_no_count_of_people(said):
    assert extract_people_count(said) is None
    assert count_told_ahead(said) is None


def test_an_exact_household_count_stays_households():
    assert people_count_as_said("得有二十户") == "20户"
