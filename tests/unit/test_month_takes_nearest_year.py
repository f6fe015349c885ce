"""A month said without its year takes the year said nearest before it (bot.parsing.time_narrowing)."""

from datetime import date

from bot.parsing.time_narrowing import with_year_said
from bot.parsing.time_rules import Cand

YEAR_2015 = Cand(2, "2015年", date(2015, 1, 1), date(2015, 12, 31))
THIS_YEAR = Cand(11, "今年", date(2026, 1, 1), date(2026, 12, 31))
LAST_YEAR = Cand(0, "去年", date(2025, 1, 1), date(2025, 12, 31))
SEPTEMBER = Cand(20, "九月份", date(2026, 9, 1), date(2026, 9, 30))  # as read alone: this year's


def test_this_year_said_nearest_before_keeps_the_month_in_this_year():
    # "干到2015年矿关了 今年开春咳得厉害 九月份在市里医院查出来的"
    assert with_year_said([YEAR_2015, THIS_YEAR, SEPTEMBER])[2].start == date(2026, 9, 1)


def test_an_earlier_year_said_nearest_before_moves_the_month_into_it():
    # "今年开春… 干到2015年矿关了 九月份走的"
    early_this_year = Cand(0, "今年", date(2026, 1, 1), date(2026, 12, 31))
    year_2015 = Cand(11, "2015年", date(2015, 1, 1), date(2015, 12, 31))
    assert with_year_said([early_this_year, year_2015, SEPTEMBER])[2].start == date(2015, 9, 1)


def test_last_year_beside_the_month_moves_it_there():
    assert with_year_said([LAST_YEAR, SEPTEMBER])[1].start == date(2025, 9, 1)
