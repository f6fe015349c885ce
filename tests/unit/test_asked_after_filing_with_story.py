"""A question about one's own matter asked after the filing ("那我这个到底算不算工伤"): the story told before the
filing (the slots are cleared) decides the answer; "低保一个月能领多少钱" then "俺婆婆能申请不 要找谁" names 民政."""

from __future__ import annotations

from actions.matter_split import LATER_MATTER_NOTE, answer_and_later_matter
from actions.not_a_matter import answer_instead_of_filing
from bot.domain.knowledge import faq_answer

FILED = {"case_number": "XF20261205-0001", "route": "labour_arbitration", "route_variant": "work_injury"}
STORY = "我是送外卖的 被小汽车撞了 平台说我不是他们员工 不算工伤"


def test_the_story_before_the_filing_answers() -> None:
    said = answer_instead_of_filing(FILED, "那我这个到底算不算工伤", [STORY, "就我一个", "李文军"])
    assert said == [faq_answer("work_injury_employer_unclear")]


def test_without_the_story_no_guess() -> None:
    said = answer_instead_of_filing(FILED, "那我这个到底算不算工伤", [])
    assert said != [faq_answer("work_injury_employer_unclear")]


def test_a_benefit_asked_of_then_for_someone_else() -> None:
    said = answer_instead_of_filing({}, "那俺婆婆七十多了一个人过 能申请不 要找谁", ["低保一个月能领多少钱"])
    assert said and "民政" in said[0] and "乡镇" in said[0]


def test_answer_then_another_matter_is_one_reading() -> None:
    later = answer_and_later_matter("没有 还有个事 村里低保都给了他亲戚", {"pending_matters": ["路灯坏了"]})
    assert later is not None and later.answer == "没有"
    assert later.note == LATER_MATTER_NOTE.format("村里低保都给了他亲戚")
    assert later.updates == {"pending_matters": ["路灯坏了", "村里低保都给了他亲戚"], "more_matters": True}
    assert answer_and_later_matter("没有 我问下能不能起诉", {}) is None
