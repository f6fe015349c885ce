"""The citizen's own shop is not the one complained about ("我在大良开了个小超市 市场监管局罚我两万"); words of time or
of coming back are no part of a unit's name ("上礼拜市场监管局", "休完产假回来公司说"); a farm named after its kind
("有个养猪场 叫兴旺生态养殖场") is recorded by its name."""

from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent
from bot.parsing.respondent_answer import read_respondent_answer


@pytest.mark.parametrize(
    ("story", "respondent"),
    [
        ("我在佛山顺德大良开了个小超市 上礼拜市场监管局来检查 说我有两包饼干过期了 罚我两万", "市场监管局"),
        ("我开了个饭店 城管天天来罚款", "城管"),
        ("俺家开的小卖部被工商局罚了三千", "工商局"),
        ("我们家在镇上开了间面馆 昨天城管把桌子收了", "城管"),
        ("我在杭州余杭区一家公司上班 休完产假回来公司说我的岗位没了", "公司"),
        ("我们村旁边有个养猪场 叫兴旺生态养殖场 往河里排猪粪水", "兴旺生态养殖场"),
        ("村口那个养殖场往河里排粪水 臭死了", "养殖场"),
        ("去年县环保局来查过 后来没下文", "县环保局"),
    ],
)
def test_the_one_complained_about(story, respondent):
    assert extract_respondent(story) == respondent


@pytest.mark.parametrize(
    ("answer", "respondent"),
    [
        ("王老二 大名王春生", "王春生"),  # a nickname, then the name he goes by officially
        ("刘老三，真名叫刘长河", "刘长河"),
        ("枫叶物业 全名叫西安枫叶物业服务有限公司", "西安枫叶物业服务有限公司"),
        ("厂名字叫金龙花炮厂", "金龙花炮厂"),
    ],
)
def test_the_whole_name_said_after_another(answer, respondent):
    assert read_respondent_answer(answer) == respondent


@pytest.mark.parametrize(
    ("story", "respondent"),
    [
        ("我是城东一家饭店的老板 税务局把发票锁了", "税务局"),
        ("本人是个小厂的厂长 环保局下了停产决定", "环保局"),
        ("我姐在镇上开了个理发店 城管把招牌拆了", "城管"),
        ("我是宁波的 开了个五金厂 工商局罚了我一万", "工商局"),
    ],
)
def test_the_writers_or_a_relatives_business_is_not_the_party(story, respondent):
    assert extract_respondent(story) == respondent


@pytest.mark.parametrize("story", ["我爸在县城开了个超市 市场监管罚了五千", "我是一家小作坊的老板 被罚了"])
def test_no_own_business_recorded(story):
    found = extract_respondent(story) or ""
    assert "超市" not in found and "作坊" not in found


@pytest.mark.parametrize(
    ("story", "respondent"),
    [
        ("开理发店的 城管把招牌拆了", "城管"),  # who the writer is, without 我
        ("在镇上开粉店的，卫健局说我健康证过期罚了两千", "卫健局"),
        ("去申请食品经营许可证 想开家面馆 区市监局一直不批", "区市监局"),  # the shop a licence is asked for
        ("辦營業執照 開個奶茶店 市場監管局說不行", "市场监管局"),  # traditional characters
        (
            "我是渝中区民族路开火锅店的 门口修管网围了八个月",
            None,
        ),  # the writer's shop; who fenced it is asked
    ],
)
def test_the_shop_the_writer_runs_or_opens_is_not_the_party(story, respondent):
    assert extract_respondent(story) == respondent


@pytest.mark.parametrize(
    ("story", "respondent"),
    [
        ("隔壁开饭店的 天天油烟熏死人", "饭店"),  # a neighbour's shop is the party
        ("楼下开烧烤店的 半夜还在吵", "烧烤店"),
        ("对面那家开麻将馆的 天天吵到半夜", "麻将馆"),
    ],
)
def test_a_neighbours_shop_stays_the_party(story, respondent):
    assert extract_respondent(story) == respondent
