"""Who a story is against when it names the unit in its own way: a KTV by its name, a hospital's department, a
school called "孩子学校" first and by its name later, and not an office blamed second-hand."""

from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent
from bot.parsing.respondent_roles import is_role_only


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("小区楼下新开的“金嗓子KTV”天天唱到凌晨两三点", "金嗓子KTV"),
        ("楼下的欢乐歌厅吵死了 天天到两点", "欢乐歌厅"),
        ("对面新开的夜色酒吧音响震天响，派出所来过一次", "夜色酒吧"),
    ],
)
def test_a_place_of_entertainment_is_named_by_its_name(story, expected):
    assert extract_respondent(story) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("我想表扬一下宁波市鄞州区人民医院急诊科的陈医生和护士们", "宁波市鄞州区人民医院急诊科"),
        ("感谢一下市中心医院儿科的护士们", "市中心医院儿科"),
        ("我想表扬一下县人民医院骨科的李医生", "县人民医院骨科"),
    ],
)
def test_praise_names_the_hospital_and_its_department_without_the_verb(story, expected):
    assert extract_respondent(story) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("孩子学校强制让买教辅资料 每个学生380块 南宁市青秀区的滨湖路小学", "滨湖路小学"),
        ("我儿子学校乱收费 学校叫实验中学", "实验中学"),
        ("娃的学校强制订校服 就是城南幼儿园", "城南幼儿园"),
        ("我是公办小学的代课老师 学校拖欠我们绩效工资", "学校"),  # a kind said twice names none: asked
    ],
)
def test_a_school_called_by_its_kind_first_is_the_one_named_later(story, expected):
    assert extract_respondent(story) == expected


@pytest.mark.parametrize("party", ["孩子学校", "娃的学校", "装潢公司", "一家裝潢公司", "公办小学"])
def test_a_unit_said_only_by_its_kind_is_asked_by_name(party):
    assert is_role_only(party)


@pytest.mark.parametrize("party", ["滨湖路小学", "昆山美家装潢工程有限公司", "金嗓子KTV"])
def test_a_named_unit_is_no_bare_role(party):
    assert not is_role_only(party)


@pytest.mark.parametrize(
    "story",
    [
        "补偿款到现在一分钱冇看到 村上说镇上冇发 镇上说县里冇拨 踢皮球踢了两年哒",
        "问村里 村里说镇里没给钱",
    ],
)
def test_an_office_blamed_second_hand_is_no_party(story):
    assert extract_respondent(story) is None


@pytest.mark.parametrize(
    ("story", "expected"), [("镇上一直没发补偿款", "镇政府"), ("村里把俺家的地收了", "村委会")]
)
def test_an_office_that_acts_is_still_the_party(story, expected):
    assert extract_respondent(story) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我爸在市二院做了个胆囊手术 医院说是并发症不认", "市二院"),  # a hospital by its number
        ("在县一院生的孩子 医院乱收费", "县一院"),
        ("附一院的大夫态度太差", "附一院"),
        ("在湘雅二院做的手术 花了五万", "湘雅二院"),
        ("孩子在县妇幼保健院出生的 乱收费", "县妇幼保健院"),
        ("市妇幼乱收费", "市妇幼"),
        ("结果人设局说不予认定 说我是下班以后伤的", "人设局"),  # a decision refused, "结果" no part of it
        ("申请了低保 民政局说不予批准", "民政局"),
        ("后来派出所不予立案", "派出所"),
    ],
)
def test_the_party_of_a_story(text, expected):
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "两个儿子都不管我 老大在长沙开店 老二在广东打工",
        "他在外地办厂 一年回来一次",
        "一院子的人都看见了",
        "住在四合院里",
    ],
)
def test_what_someone_does_for_a_living_is_no_party(text):
    assert extract_respondent(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("小孩读的幼儿园 学费交了一学期 能退吗 园长说不退", "幼儿园"),  # what the head said is not the party
        ("我们组长收明年的医保钱 他每人多收二十", None),  # a group head with no name: asked for
    ],
)
def test_a_head_who_only_said_it(text, expected):
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an office does, inside its name, is part of it
        ("投诉小店区行政审批服务管理局 许可拖着不批", "小店区行政审批服务管理局"),
        ("县综合行政执法局的人把摊子掀了", "县综合行政执法局"),
        # the head of a rider's station, with the platform the writer works through
        ("我是饿了么骑手 站长扣了我三百块", "饿了么站长"),
        ("俺在顺丰当快递员 站点老板拖欠工资", "顺丰站点老板"),
    ],
)
def test_an_office_by_what_it_does_and_a_station_by_its_platform(text, expected):
    assert extract_respondent(text) == expected
