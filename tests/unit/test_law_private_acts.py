"""A worker's report of the boss's tax evasion or of a site's hazards goes to the regulator, and a fine a rider's
station takes is a labour dispute, not an administrative penalty (bot.route_model.law_private_acts)."""

from __future__ import annotations

import pytest

from bot.route_model.law_private_acts import (
    apply_private_act_rules,
    fined_by_employer,
    prepaid_business_gone,
    reports_site_hazard,
    reports_tax_evasion,
    school_orders_placement,
)


def _scores() -> dict[str, float]:
    return {
        "labour_arbitration": 0.4,
        "labour_inspection": 0.3,
        "administrative_review": 0.2,
        "hotline_12345": 0.1,
    }


@pytest.mark.parametrize(
    "story",
    [
        "我要举报我们老板偷税漏税 工资走个人卡 开票都不开",
        "檢舉老闆逃稅 收錢不開發票",
        "想举报下公司 卖货从来不开票",
    ],
)
def test_a_report_of_tax_evasion_goes_to_the_regulator(story: str) -> None:
    scores = _scores()
    used = apply_private_act_rules(scores, story)
    assert reports_tax_evasion(story)
    assert scores["labour_arbitration"] == scores["labour_inspection"] == 0.0
    assert scores["hotline_12345"] == pytest.approx(0.8)
    assert any("税收征收管理法第13条" in why for why in used)


@pytest.mark.parametrize(
    "story",
    [
        "我要举报 工地上塔吊证都是假的 安全员也没有 工人不系安全带",
        "举报一下 厂里脚手架早就松了 迟早出人命",
    ],
)
def test_a_report_of_a_sites_hazards_goes_to_the_regulator(story: str) -> None:
    scores = _scores()
    apply_private_act_rules(scores, story)
    assert reports_site_hazard(story)
    assert scores["labour_arbitration"] == 0.0


@pytest.mark.parametrize(
    "story",
    [
        "老板欠了我们三个月工资 还偷税",  # no report: his own wages stay his own dispute
        "工地上摔伤了 包工头不给医药费",  # his own injury, no report of hazards
    ],
)
def test_a_workers_own_matter_keeps_its_route(story: str) -> None:
    scores = _scores()
    assert apply_private_act_rules(scores, story) == []
    assert scores == _scores()


@pytest.mark.parametrize(
    "story",
    ["我是美团骑手 站长乱罚款 这个月罚了我800多块", "在厂里上班 老板动不动就罚钱 这个月扣了我五百"],
)
def test_a_fine_by_the_employer_is_a_labour_dispute(story: str) -> None:
    scores = _scores()
    apply_private_act_rules(scores, story)
    assert fined_by_employer(story)
    assert scores["administrative_review"] == 0.0
    assert scores["labour_arbitration"] == pytest.approx(0.6)


@pytest.mark.parametrize(
    "story",
    [
        "城管罚了我两千 说我占道经营",
        "我是外卖骑手 交警罚了我200 说我闯红灯",
        "市场监管局罚了老板五千 员工都知道",
    ],
)
def test_a_fine_by_an_organ_stays_a_penalty(story: str) -> None:
    assert not fined_by_employer(story)


@pytest.mark.parametrize(
    "story",
    [
        "舞蹈班说关门就关门 我给闺女交了八千的学费 才上了三节",
        "健身房老板卷钱跑了 我上个月刚充了三千的卡",
        "美髮店倒閉了 辦的卡裡還有兩千沒用",  # traditional
        "驾校联系不上了 报名费交了４５００",  # full-width digits
        "游泳馆关门了 年卡充了两千\n怎么是劳动仲裁 我是会员又不是他们员工",  # a worker denied
    ],
)
def test_a_customer_who_paid_ahead_has_a_civil_claim_not_a_labour_one(story: str) -> None:
    assert prepaid_business_gone(story)
    scores = _scores()
    assert apply_private_act_rules(scores, story)
    assert scores["labour_arbitration"] == scores["labour_inspection"] == 0.0
    assert scores["litigation/civil_dispute"] == pytest.approx(0.7)


@pytest.mark.parametrize(
    "story",
    [
        "我在培训班上课 课时费三个月没发 老板跑了",  # a teacher owed pay: a worker
        "交了学费 孩子在学校被欺负",  # nothing shut
        "培训班关门了 我们老师的工资还没结",
        # a worker owed his pay by a boss who ran, whose own child's fee is due: still a worker
        "包工头卷钱跑了 欠俺八个月工钱 娃下学期的学费都交不起",
        "廠裡老闆跑路了 三個月工資沒發 女兒學費還等着交",  # traditional characters
        "老板跑了，工资２万没给，孩子学费没着落",  # full-width digit
    ],
)
def test_staff_of_the_business_or_no_closure_keep_their_reading(story: str) -> None:
    assert not prepaid_business_gone(story)


@pytest.mark.parametrize(
    "story",
    [
        "技校强制我们去厂里顶岗实习 一个月才八百",
        "辅导员说不去实习的话就拿不到毕业证",
        "學院逼學生去流水線實習",  # traditional characters
    ],
)
def test_a_school_ordering_a_placement_is_no_labour_dispute(story: str) -> None:
    assert school_orders_placement(story)
    scores = _scores()
    assert apply_private_act_rules(scores, story)
    assert scores["labour_arbitration"] == scores["labour_inspection"] == 0.0
    assert scores["petition"] == pytest.approx(0.7)


@pytest.mark.parametrize(
    "story",
    [
        "实习公司不给工资 学校还要我们必须交实习证明",  # the company's pay: a worker's claim
        "学校食堂太贵了 逼着我们在里面吃",  # no placement
        "公司逼我们加班 不去就扣工资",
    ],
)
def test_an_intern_s_own_pay_or_other_school_matters_keep_their_reading(story: str) -> None:
    assert not school_orders_placement(story)
