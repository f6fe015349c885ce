"""An earlier report told with a second office that came to see, in traditional characters, or as the call to
the hotline the story complains of."""

from __future__ import annotations

import pytest

from bot.parsing.prior_report import (
    extract_prior_report,
    only_the_party_complained_of,
    read_prior_report_answer,
)


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("找过村里 镇上也来看过 没定下来", "镇上"),
        ("找过社区 街道办也派人来看了 还是没解决", "街道办"),
        ("打过12345 城管也来过 没用", "城管"),
        ("找过村里 乡里的干部后来下来调解过", "乡里"),
    ],
)
def test_an_office_that_came_after_the_first_is_kept(text, office):
    assert office in (read_prior_report_answer(text) or "")


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("去年年底跟鎮上農經站說過 說讓我們內部協商", "镇上农经站"),
        ("找過居委會 沒人理", "居委会"),
        ("打過12345 說轉給街道了", "转给街道"),
    ],
)
def test_a_report_in_traditional_characters_is_recorded_in_simplified(text, office):
    assert office in (read_prior_report_answer(text) or "")
    assert office in (extract_prior_report(text) or "")


STORY = "我要投诉12345的一个接线员 态度太差了 话没说完就挂了"


@pytest.mark.parametrize("report", ["就是打12345那个电话", "打过12345"])
def test_the_call_complained_of_is_no_earlier_report(report):
    assert only_the_party_complained_of(report, STORY)


@pytest.mark.parametrize(
    ("report", "story"),
    [
        ("打过12345", "物业不修电梯"),
        ("打过12345 也找过街道", STORY),
        ("找过物业", "我要投诉物业乱收费"),
        ("打过12345", None),
    ],
)
def test_other_reports_stay(report, story):
    assert not only_the_party_complained_of(report, story)
