"""Readings of money and of mould that decide a route: a loan's terms disputed under harassment stay a civil matter
(民法典 第670条), a subsidy kept by someone with no public office goes to the organ that granted it (a petition, not
纪检监察), savings gone with a fundraising company go to the police, and a leak's mould on the wall is no spoiled food
(a neighbour's leak is a civil matter, 民法典 第288条). Phrasings written for these tests (dialect, traditional
characters, full-width digits, no punctuation, negations), none a corpus message or a route example."""

from __future__ import annotations

import pytest

from actions.route_slots import fresh_decision, redecided, without_denied_routes
from bot.domain.routing import decide_route
from bot.route_model.law_readings import food_unsafe
from bot.route_model.readings_money import (
    harassed_over_disputed_loan,
    harassed_over_owed_debt,
    investment_fraud,
    loan_terms_disputed,
    public_funds_kept,
)


@pytest.mark.parametrize(
    "text",
    [
        "借了６０００ 到手才4500 催收天天打我爸妈电话",
        "网贷砍头息扣了一千 利息太高了 天天打电话威胁我",
        "借款平台利滚利 本来借两千现在要还一万 还爆我通讯录",
    ],
)
def test_a_disputed_loan_under_harassment_is_for_a_court(text: str) -> None:
    assert loan_terms_disputed(text) and harassed_over_disputed_loan(text)
    assert not harassed_over_owed_debt(text)
    decision = decide_route(text, "经济管理", "none", respondent="某某贷款平台")
    assert (decision.code, decision.variant) == ("litigation", "civil_dispute"), decision.reason


@pytest.mark.parametrize(
    "text",
    ["网贷逾期了 催收天天给我同事发短信", "欠了信用卡 催债的上门堵门"],
)
def test_harassment_over_a_debt_not_disputed_keeps_the_hotline(text: str) -> None:
    assert not loan_terms_disputed(text)
    assert harassed_over_owed_debt(text)


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("合作社理事长把上面拨的农机补贴扣着不发 社员都没拿到", "理事长"),
        ("養殖合作社的頭頭把國家給的補助款私吞了", "合作社"),
        ("公司老板把发给我们贫困户的扶贫款截留了一半", "老板"),
    ],
)
def test_public_money_kept_by_no_official_is_a_petition(text: str, respondent: str) -> None:
    assert public_funds_kept(text)
    decision = decide_route(text, "农村农业", "none", respondent=respondent)
    assert decision.code != "discipline_inspection"
    assert "petition" in (decision.code, decision.question and decision.question.no.code), decision.reason


def test_an_official_keeping_public_money_stays_with_discipline() -> None:
    decision = decide_route("村支书把扶贫款贪了", "农村农业", "none", respondent="村支书")
    assert decision.code == "discipline_inspection"


@pytest.mark.parametrize(
    "text",
    [
        "前年投了八万块养老项目 说每月返一千利息 现在公司关门老板跑了",
        "这算不算非法集资 好多老人都投了钱",
        "买了他们的理财 五万 现在人联系不上了",
    ],
)
def test_savings_gone_with_the_company_are_a_police_matter(text: str) -> None:
    assert investment_fraud(text)
    decision = fresh_decision(
        {"issue_text": text, "category": "其他", "legal_status": "none", "respondent": "某某公司"}
    )
    assert (decision.code, decision.variant) == ("litigation", None), decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "老板跑路了 欠我们三个月工资",  # wages: labour
        "朋友借了我两万说给利息 现在人跑了",  # a loan to a friend: civil
        "健身房关门了 卡里还有两千",  # a prepaid card, no investment
    ],
)
def test_what_is_no_investment_fraud(text: str) -> None:
    assert not investment_fraud(text)


@pytest.mark.parametrize(
    "text",
    [
        "楼上漏水 我家墙都发霉了",
        "樓上衛生間滲水 天花板霉變了",
        "卫生间顶上一直滴水 柜子都发霉了 楼上说不关他事",
    ],
)
def test_mould_from_a_leak_is_no_spoiled_food(text: str) -> None:
    assert not food_unsafe(text)
    decision = decide_route(text, "城乡建设", "none", respondent="楼上住户")
    assert (decision.code, decision.variant) == ("litigation", "civil_dispute"), decision.reason


@pytest.mark.parametrize("text", ["超市买的月饼发霉了", "买的牛奶变质了 喝了拉肚子"])
def test_spoiled_food_is_still_food(text: str) -> None:
    assert food_unsafe(text)


def test_a_route_the_citizen_denies_is_not_read_as_the_story() -> None:
    slots = {
        "issue_text": "收购商拉走了我家五千斤梨 说好月底结账 到现在一分没给",
        "category": "商贸旅游",
        "legal_status": "none",
        "respondent": "收购商老刘",
        "route": "litigation",
    }
    complaint = "怎么是行政复议 又不是告政府 我是要他给货款"
    again = redecided(slots, complaint)
    assert again.code == "litigation", again.reason
    # the complaint kept with the story, as the summary keeps more of it, is no evidence for review either
    kept = fresh_decision({**slots, "issue_text": f"{slots['issue_text']}\n{complaint}"})
    assert kept.code == "litigation" and kept.question is None, kept.reason


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("咋是行政复议 我们是要他还钱", "我们是要他还钱"),
        ("怎么成了12345了 我要告他", "我要告他"),
        ("法院不是判了吗 他还不给", "法院不是判了吗"),  # no route denied
        ("不是他家的狗咬的", "不是他家的狗咬的"),
    ],
)
def test_only_a_denied_route_is_left_out(text: str, kept: str) -> None:
    assert kept in without_denied_routes(text)
