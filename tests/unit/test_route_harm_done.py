"""What a story of harm done by slow public works is not: 国家赔偿 is for an organ's wrongful act on a person or
property (国家赔偿法 第3条, 第4条), and a harm already done is no proposal for the future (第29条). Stories
written for these tests."""

from __future__ import annotations

import pytest

from actions.route_slots import fresh_decision
from bot.domain.routing import decide_route
from bot.route_model.questions import denied_by_story

WORKS = [
    "镇上修下水道 路挖开三个月了没人管 店都开不了门 损失谁补",
    "区里搞的改造工程 围挡把我的铺面挡了一年 生意全垮了",
    "修地铁的围挡围了半年多 说好两个月完工 客人进不来",
    "市政修路挖了我家门口 拖了几个月 做不成生意😭",
    "街道修管網圍擋圍了八個月 損失誰來賠",  # traditional characters
]


@pytest.mark.parametrize("story", WORKS)
def test_slow_public_works_are_no_state_compensation(story: str) -> None:
    decision = decide_route(story, "城乡建设", "none", respondent="区政府")
    assert decision.code != "state_compensation", decision.reason
    for answer in (decision.question.yes, decision.question.no) if decision.question else ():
        assert answer.code != "state_compensation"


@pytest.mark.parametrize("story", WORKS)
def test_a_harm_done_is_not_asked_whether_it_is_a_proposal(story: str) -> None:
    decision = fresh_decision({"issue_text": story, "category": "城乡建设", "legal_status": "none"})
    assert decision.code != "suggestion"
    assert decision.question is None or decision.question.key != "suggestion"


@pytest.mark.parametrize(
    "story",
    [
        "被派出所错抓关了二十天 后来说搞错了 要求赔偿",
        "派出所扣了我的货车两年 案子撤了 车都锈坏了 谁赔",
        "法院查封了我的账户 后来说查错人了",
        "申请国家赔偿 赔偿义务机关不理",
    ],
)
def test_a_wrongful_act_of_power_keeps_state_compensation(story: str) -> None:
    assert decide_route(story, "政法", "none").code == "state_compensation"


@pytest.mark.parametrize(
    ("story", "denied"),
    [
        ("围挡围了八个月 生意全垮了", True),
        ("说好三个月完工 到现在还没完", True),
        ("建议在小区门口装个红绿灯", False),
        ("希望公交车晚上多开一班", False),
    ],
)
def test_the_story_says_no_to_a_proposal_only_when_harm_is_done(story: str, denied: bool) -> None:
    assert denied_by_story("suggestion", story) is denied


@pytest.mark.parametrize(
    ("story", "denied"),
    [
        ("路一直没修 钱是不是叫人贪了俺不敢乱说 俺就是想要条路", True),
        ("补贴没发下来 我不是要举报谁 就想问问啥时候发", True),
        ("村书记把低保给了他亲戚 我要举报他", False),
        ("镇长收了开发商的钱 这事我敢说", False),
        ("不是告派出所 是告那个辅警 姓邓", False),
        ("我说了不是举报干部 就问扣得对不对", True),
    ],
)
def test_the_story_says_no_to_a_report_only_when_it_accuses_no_one(story: str, denied: bool) -> None:
    assert denied_by_story("misconduct", story) is denied
