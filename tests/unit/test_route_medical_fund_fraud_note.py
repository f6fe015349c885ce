"""A 医保 card charged for care never given is fraud the 医疗保障 office investigates (医疗保障基金使用监督管理条例
第40条): the petition's explanation names the office and 12393 for such a story, and for no other. Phrasings written
for these tests."""

from __future__ import annotations

import pytest

from bot.domain.knowledge import explain_route


@pytest.mark.parametrize(
    "story",
    [
        "村里诊所拿我的医保卡刷药 我根本没去看过病",
        "我爸的医保记录上多了五次住院 他一次都没住过 是医院骗保",
        "藥店盜刷我媽的醫保卡",  # traditional characters
    ],
)
def test_a_fund_fraud_story_is_told_the_medical_security_office(story: str) -> None:
    said = explain_route("petition", story=story)
    assert "12393" in said and "医保局" in said and "第40条" in said


def test_another_petition_is_not_told_of_fund_fraud() -> None:
    said = explain_route("petition", story="村里修路把排水沟堵了 一下雨就淹")
    assert "12393" not in said
