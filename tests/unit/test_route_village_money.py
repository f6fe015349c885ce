"""Money held in the village, the housing fund, works that damaged property, housing aid, a home with no work: the
law places them, whatever the route model reads."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.law_readings import home_not_work
from bot.route_model.readings_property import works_damage_unpaid
from bot.route_model.readings_services import housing_aid_not_granted, housing_fund_matter
from bot.route_model.readings_village_money import (
    compensation_held_by_cadre,
    premium_kept_by_collector,
    relief_shorted_by_cadre,
    subsidy_lost_between_levels,
)


@pytest.mark.parametrize(
    "story",
    [
        "组长把征地补偿款扣了一半不发",
        "村支书把修路的占地补償款扣著不給 說是村裡要用",
        "村长说补偿款要先还村里的债 不发给我们",
        "修水库占了我们组的地 青苗费会计一直压着 只发了一半",
    ],
)
def test_compensation_a_cadre_holds_is_a_report_not_a_review_of_the_taking(story):
    assert compensation_held_by_cadre(story)
    decision = decide_route(story, "国土资源", "none", respondent="村干部")
    assert decision.code in ("discipline_inspection", "petition"), decision.reason
    assert decision.code != "administrative_review"


@pytest.mark.parametrize(
    "story",
    [
        "政府征地补偿标准太低了 一亩才两万",
        "我是外嫁女 村里分征地补偿款不给我 组长说没我的份",
        "拆迁补偿款开发商一直拖着不给",
    ],
)
def test_the_taking_itself_or_a_members_share_is_not_a_cadre_holding_money(story):
    assert not compensation_held_by_cadre(story)


@pytest.mark.parametrize(
    "story",
    [
        "养老保险钱交给村会计了 结果没给交上去 现在领不了养老金",
        "醫保費交給網格員了 結果去醫院說欠費報不了",
        "新农合的钱每年都交给组长 今年看病才知道没参上",
        "去卫生院看病说俺的医保断了 钱年年交给村里的协管员",
    ],
)
def test_a_premium_a_collector_kept_is_a_petition_not_labour_or_medical(story):
    assert premium_kept_by_collector(story)
    decision = decide_route(story, "劳动和社会保障", "none", respondent="协管员")
    assert decision.code in ("petition", "discipline_inspection"), decision.reason


@pytest.mark.parametrize("story", ["我在厂里上班 老板没给我交社保", "医保报销比例太低了"])
def test_a_premium_an_employer_owes_or_a_rate_is_no_collector(story):
    assert not premium_kept_by_collector(story)


def test_a_subsidy_sent_down_and_never_received_is_a_petition_not_a_review():
    story = "乡里说粮补早就发下去了 可我们一分钱没见到 问村里说没收到"
    assert subsidy_lost_between_levels(story)
    assert decide_route(story, "农村农业", "none").code in ("petition", "discipline_inspection")
    # a subsidy simply not paid stays the government's act, reviewed first
    assert not subsidy_lost_between_levels("种粮补贴今年没发")
    assert decide_route("种粮补贴今年到现在没发", "农村农业", "none").code == "administrative_review"


@pytest.mark.parametrize(
    ("story", "respondent"),
    [
        ("辞职了想把公积金取出来 窗口说外地户口要等半年 还要开一堆证明", "公积金中心"),
        ("公司一直不给我们交住房公积金", "公司"),
        ("公積金貸款審批卡了兩個月 打電話沒人接", None),
    ],
)
def test_the_housing_fund_is_its_centres_not_a_labour_dispute(story, respondent):
    assert housing_fund_matter(story)
    decision = decide_route(story, "城乡建设", "none", respondent=respondent)
    assert decision.code not in ("labour_arbitration", "labour_inspection"), decision.reason


@pytest.mark.parametrize(
    ("story", "respondent"),
    [
        ("供电所架高压线砍了俺家承包山上二十多棵杉树 一分钱没赔", "供电所"),
        ("电力公司拉线路把我家果园里的果树砍了十几棵 一直不给赔偿", "电力公司"),
        ("燃气公司挖管道把我家门口的菜地毁了 一分没给", "燃气公司"),
    ],
)
def test_works_that_damaged_trees_or_crops_unpaid_are_a_civil_claim(story, respondent):
    assert works_damage_unpaid(story)
    decision = decide_route(story, "农村农业", "none", respondent=respondent)
    assert (decision.code, decision.variant) == ("litigation", "civil_dispute"), decision.reason


@pytest.mark.parametrize(
    "story", ["政府征地把我家的树砍了 补偿一直没给", "邻居把我家的树砍了", "供电所来砍树了"]
)
def test_a_taking_a_neighbour_or_a_cut_paid_for_is_not_works_damage(story):
    assert not works_damage_unpaid(story)


def test_housing_aid_not_granted_is_a_petition_not_a_hotline_request():
    story = "俺娘住的土坯房漏雨 申请危房改造三年了 镇上说没指标"
    assert housing_aid_not_granted(story)
    assert decide_route(story, "城乡建设", "none", respondent="镇政府").code == "petition"
    assert not housing_aid_not_granted("危房改造的补助标准是多少")


@pytest.mark.parametrize(
    ("story", "home"),
    [
        ("前几年买了村里盖的小产权房 现在村里要收回去 只给一点补偿", True),
        ("宅基地上的老房子被堂哥占了", True),
        ("在工地干活 老板欠了我三个月工资 我住的工棚房子也漏", False),
        ("他欠我的钱一直不给", False),
    ],
)
def test_a_home_with_no_work_told_is_no_labour_matter(story, home):
    assert home_not_work(story) is home
    if home:
        decision = decide_route(story, "城乡建设", "none", respondent="村委会")
        assert decision.code not in ("labour_arbitration", "labour_inspection"), decision.reason


@pytest.mark.parametrize(
    "story",
    [
        "今年村里发的救济煤 村主任说每户五百斤 俺家就拉来二百来斤 剩下的不知道弄哪去了",
        "上面给困难户发的过冬煤 村长只给了一半",
        "村裡發的救濟糧 書記說每家一袋 我家才領了半袋",
        "慰问金说是每户五百 支书就给了三百 剩下的去向不明",
        "今年的取暖补贴村会计少发了我们家二百块",
        "民政给贫困户的救灾物资 村委私分了",
    ],
)
def test_relief_a_cadre_hands_out_short_is_a_report(story):
    assert relief_shorted_by_cadre(story)
    assert decide_route(story, None, "none").code == "discipline_inspection"


@pytest.mark.parametrize(
    "story",
    [
        "村里发的救济煤质量太差 都是煤矸石",
        "救济煤今年还没发 村主任说等通知",
        "我想申请救济 村主任说我不够条件",
        "村主任说每户五百斤 俺家拉来五百斤",
        "村里修路占了我家地 村主任只给了两千块补偿",
        "超市的慰问品是过期的",
    ],
)
def test_relief_not_short_or_no_relief_is_not_that_report(story):
    assert not relief_shorted_by_cadre(story)
