"""No thanks told is no praise: a question about a small pension, however its words resemble a story of help, is not
routed as 表扬 (bot.route_model.law_rules); thanks told keep the praise. Phrasings written for these tests."""

from __future__ import annotations

import pytest

from actions.route_slots import fresh_decision

SLOTS = {"category": "劳动和社会保障", "legal_status": "none", "respondent": None}


@pytest.mark.parametrize(
    "story",
    [
        "我帮我奶奶问 她在河南农村 新农保每个月才一百来块钱 为啥这么少啊",
        "俺娘领的农村养老金一个月一百二 咋这么少",
        "我爸的城乡居民养老保险每月才一百多 是不是少发了",
        "外婆新農保每個月才一百多塊 為什麼這麼少",  # traditional characters
        "奶奶七十多了 养老钱每月１１０块 够干啥的",  # full-width digits
    ],
)
def test_no_thanks_told_is_no_praise(story: str) -> None:
    decision = fresh_decision({**SLOTS, "issue_text": story})
    assert decision.code != "praise", decision.reason
    if decision.question is not None:
        assert "praise" not in (decision.question.yes.code, decision.question.no.code)


@pytest.mark.parametrize(
    "story",
    [
        "表扬一下社保所的小王 帮我奶奶把养老金的事办好了",
        "感谢街道的网格员 帮我们把停了半年的养老金补发了",
        "给县医院的李医生点个赞 态度特别好",
    ],
)
def test_thanks_told_stay_praise(story: str) -> None:
    assert fresh_decision({**SLOTS, "issue_text": story}).code == "praise"


def test_thanks_loosely_put_stay_praise() -> None:
    story = "感谢区政务中心的窗口工作人员，下班了还加班帮我把营业执照办好了，非常感谢"
    assert fresh_decision({**SLOTS, "category": "党务政务", "issue_text": story}).code == "praise"


@pytest.mark.parametrize(
    "story",
    [
        "班主任对我们留守的孩子特别好 我在外打工也放心",  # a compliment with no word of thanks
        "政务大厅的窗口服务很好 跑一次就办好了",
    ],
)
def test_a_compliment_is_thanks_enough(story: str) -> None:
    assert fresh_decision({**SLOTS, "category": "其他", "issue_text": story}).code == "praise"
