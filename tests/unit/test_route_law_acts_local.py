"""Village and street acts the law places (bot.route_model.law_acts_local): a married-out daughter's share, seeds
or pesticide that ruined a crop, irrigation water cut off, a farmland subsidy not paid, a fine on one's homestead, a
police fine, an enforcement officer who hurt someone. Phrasings written for these tests (dialect, traditional
characters, full-width digits, no punctuation), none a corpus message or a route example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.law_acts_local import (
    built_without_leave,
    enforcer_hurt_someone,
    farm_input_ruined_crop,
    farm_subsidy_unpaid,
    fined_over_land,
    irrigation_cut_off,
    police_fined,
    share_withheld_from_member,
    traffic_fined,
)


def _route(text: str, category: str | None = None, respondent: str | None = None, status: str = "none"):
    return decide_route(text, category, status, respondent=respondent)


@pytest.mark.parametrize(
    ("text", "respondent", "code"),
    [
        ("俺姑娘嫁出去了户口没迁 村里分征地款说外嫁女不给分", "村委会", "litigation"),
        ("村裏分紅 出嫁的閨女一分沒有 戶口還在村裏", None, "litigation"),
        ("买的玉米种子不出苗 七亩地绝收了 店里不认", "农资店", "litigation"),
        ("喷了他家卖的除草剂 麦子死了一大片", None, "litigation"),
        ("上游那个村把渠堵了 俺们浇不上地 秧都快干死了", "上游村委会", "litigation"),
        ("今年的种粮补贴没发 别人都发了 俺家没有", None, "administrative_review"),
        ("耕地地力保護補貼 兩年沒打到卡上", None, "administrative_review"),
        ("镇里说俺家院子多占了 罚款三千 还要拆一半", "镇国土所", "administrative_review"),
        ("派出所调解不成 反倒被罚了３００", "派出所", "administrative_review"),
        ("城管把我爸推倒了 腿摔伤了 他七十多了", "城管局", "state_compensation"),
    ],
)
def test_the_law_places_the_act(text: str, respondent: str | None, code: str) -> None:
    assert _route(text, respondent=respondent).code == code


@pytest.mark.parametrize(
    ("reading", "text"),
    [
        (share_withheld_from_member, "村支书把外嫁女的补偿款贪了"),  # a cadre keeping it: a report
        (share_withheld_from_member, "嫁出去以后村里把我的责任田收回了 没分给我地"),  # land, not money
        (farm_input_ruined_crop, "他喝了农药 送医院了"),  # a person, not a crop
        (farm_input_ruined_crop, "种子店卖的种子挺好的 就是贵"),  # nothing lost
        (irrigation_cut_off, "小区停水三天了 没有通知"),  # a supply cut, not a neighbour's dam
        (farm_subsidy_unpaid, "想问问种粮补贴怎么申请"),  # nothing withheld
        (fined_over_land, "交警罚了我两百 闯红灯"),  # no land
        (police_fined, "派出所不给立案 打我的人没事"),  # no fine
        (enforcer_hurt_someone, "城管不让在这摆摊 天天来赶"),  # nobody hurt
        (enforcer_hurt_someone, "城管把我的三轮车拖走了 菜全烂了"),  # goods taken: a seizure, not a blow
        (
            farm_input_ruined_crop,
            "买的假农药把苗打死了 找市场监管所半个月不处理",
        ),  # regulator slow: chased first
    ],
)
def test_near_stories_are_not_read(reading, text: str) -> None:
    assert not reading(text)


def test_the_reason_names_the_law_for_staff() -> None:
    decided = _route("外嫁女户口在村里 分征地补偿款没有她的份", respondent="村委会")
    assert "第22条" in decided.reason


@pytest.mark.parametrize(
    "text",
    [
        "隔壁那家在楼顶上搭了个彩钢房 挡住我家窗户",
        "楼上在天台加盖了一层 漏水到我家",
        "對面在院子裏蓋了間鐵皮屋 擋光",  # traditional characters
    ],
)
def test_a_shed_put_up_without_leave_goes_to_the_city_line(text: str) -> None:
    decided = _route(text, category="城乡建设", respondent="邻居")
    assert (decided.code, decided.variant) == ("hotline_12345", "housing"), decided.reason


@pytest.mark.parametrize(
    "text",
    [
        "城管说我家门口的雨棚是违建 限我三天拆",  # the citizen's own, called so by an office
        "镇上把我家的房子强拆了 说是违章建筑",
        "楼顶风大 晒被子都吹跑了",  # nothing built
    ],
)
def test_the_citizen_s_own_house_or_nothing_built_is_no_shed(text: str) -> None:
    assert not built_without_leave(text)


@pytest.mark.parametrize(
    "text",
    [
        "闯红灯被电子眼拍了 罚了两百 扣六分 那个灯是坏的",
        "高速上说我超速 罰款兩百 扣３分 测速点根本没标",
        "违停贴了罚单 罚150 我就停了两分钟",
    ],
)
def test_a_traffic_fine_is_a_penalty_to_review(text: str) -> None:
    assert traffic_fined(text)
    assert _route(text, "交通运输", respondent="交警大队").code == "administrative_review"


@pytest.mark.parametrize("text", ["小区门口违停的车太多 交警也不管", "交警态度很差 骂人", "限速牌被树挡住了"])
def test_traffic_without_a_fine_on_the_citizen_is_no_penalty(text: str) -> None:
    assert not traffic_fined(text)
