"""A seizure handed over on paper ("给了张单子 说暂扣") and a fine told with its amount are administrative decisions,
even when the paper for the fine was not given ("罚了200 没给决定书"); pay an employer holds back is none. Phrasings
written for these tests (dialect, traditional characters, full-width digits), none a corpus message."""

from __future__ import annotations

import pytest

from bot.parsing.legal_status import detect_legal_status


@pytest.mark.parametrize(
    "text",
    [
        "没打官司 城管开了张暂扣单 把秤拿走了",
        "交警把电动车拖走 给了个扣押凭证",
        "冇打官司 畀咗張暫扣憑證",  # traditional characters, Cantonese
        "罚了３００ 收据都没给",  # full-width digits
        "罚了我五百 决定书也没有",
        "打么子官司 罚款两千 连个单子都冇开",
    ],
)
def test_a_seizure_on_paper_or_a_fine_imposed_is_a_decision(text: str) -> None:
    assert detect_legal_status(text) == "administrative_decision"


@pytest.mark.parametrize(
    "text",
    [
        "老板开了张条子 说暂扣工资",  # an employer holds pay back: no administrative act
        "厂里罚了我两百 没打官司",  # an employer's fine
    ],
)
def test_pay_held_back_by_an_employer_is_no_decision(text: str) -> None:
    assert detect_legal_status(text) != "administrative_decision"


@pytest.mark.parametrize(
    "text",
    [
        "跑外卖的 超时罚50 差评罚20 申诉都驳回了",
        "送外賣 差評罰了我兩百",  # traditional characters
        "骑手 超时一单扣５块",  # full-width digits
        "迟到一次罚两百 厂里定的",
        "没打卡罚了一百",
    ],
)
def test_a_fault_at_work_fined_is_no_decision(text: str) -> None:
    assert detect_legal_status(text) != "administrative_decision"


@pytest.mark.parametrize(
    "text", ["超速罚款200 扣6分", "闯红灯罚了200", "城管罚了我五千", "投诉了没用 被罚了三千"]
)
def test_an_organs_fine_stays_a_decision(text: str) -> None:
    assert detect_legal_status(text) == "administrative_decision"
