from __future__ import annotations

import pytest

from bot.parsing.people import (
    chinese_to_int,
    count_told_ahead,
    extract_people_count,
    people_count_as_said,
)
from bot.parsing.people_alone import counts_nobody


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们三十多户", 30),
        ("50多人", 50),
        ("好几十个人", 20),
        ("就我一个", 1),
        ("就我一个人", 1),
        ("我们一家三口", 3),
        ("全村200多户", 200),
        ("全村200多户，1000多人", 1000),
        ("十几户人家", 10),
        ("上百名工人", 100),
        ("我们５０多名农民工", 50),
        ("幾十個人", 20),
        ("一百零五户", 105),
        ("我们村有几百户", 200),
        ("好几个人", 3),
        ("共有12位业主", 12),
        ("我们俩", 2),
        ("两口子", 2),
        ("俺老两口", 2),  # Northern speech: an old couple
        ("就我们小两口", 2),
        ("三千五百人", 3500),
        ("我家3口人", 3),
        ("三十多", 30),  # the whole answer is a number
        ("大概50个", 50),
        # who, then the number alone, as the whole answer
        ("还是咱们六个", 6),
        ("就俺们十二个", 12),
        ("我們７個", 7),  # traditional, full-width digit
        ("一共我们三十多个", 30),
        ("30", 30),
        ("约２０人左右", 20),
        ("三十多家商户", 30),
        ("三名工作人员", 3),
        ("10万人", 100000),
        ("初一(四)班60余名学生", 60),
    ],
)
def test_extract_people_count(text: str, expected: int) -> None:
    assert extract_people_count(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "欠了5000多人民币",  # money, not people
        "物业一个人也不来",  # "nobody came"
        "三个月没发工资",
        "3号楼的电梯坏了",
        "高二学生们",
        "西地省第四人民医院",  # 第四人民医院 is a hospital
        "一家名为农夫生鲜的店",
        "3万元",
        "春游收费130元一个人",  # a price per head
        "每月工资3000元",
        "没有",
        "不知道",
        "0",
        "2023年5月1日",
        "",
        "物业乱收费",
        "打过12345",
        "13812345678",
        "包工头姓王 叫王老四 人跑了电话也不接",  # a nickname by the place among brothers
        "村里的刘老三 人可凶了",
        "隔壁王老五人不坏",
        "一个车位卖十几万 业主都不知道",  # a price, then the people it concerns
        "这房子花了三百万 业主还没拿到证",
    ],
)
def test_no_count(text: str) -> None:
    assert extract_people_count(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三十", 30),
        ("十", 10),
        ("十二", 12),
        ("两百", 200),
        ("三千五", 3500),
        ("一万二", 12000),
        ("一百零五", 105),
        ("几十", 20),
        ("十几", 10),
        ("二十几", 20),
        ("上百", 100),
        ("上千", 1000),
        ("123", 123),
        ("abc", None),
    ],
)
def test_chinese_to_int(text: str, value: int | None) -> None:
    assert chinese_to_int(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [("我们这栋楼三十多户都受影响", 30), ("这栋楼二十几户", 20), ("楼上楼下一百多户", 100)],
)
def test_a_count_is_read_whole_after_a_place_word(text, expected):
    assert extract_people_count(text) == expected


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("几十户", "几十户"),
        ("十几个人", "十几个人"),
        ("三十多户", "三十多户"),
        ("不止十个人", "不止十个人"),
        ("差不多二十户", "差不多二十户"),
        ("就我家", "就我家"),
        ("全村人", "全村人"),
        ("就我跟我老伴两个", "2"),
        ("12个人", "12"),
        ("一家五口", "5"),
        ("我一个老人家打么子官司", None),
    ],
)
def test_people_count_as_said(text, said):

    assert people_count_as_said(text) == said


def test_my_home_counts_only_when_the_head_count_is_asked():
    from bot.parsing.people import people_count_as_said

    assert people_count_as_said("我家门口的路坏了", own_household=False) is None


@pytest.mark.parametrize(("text", "lowest"), [("五六个人", 5), ("估计有两三百人", 200), ("七八十户", 70)])
def test_a_range_counts_its_lower_bound(text, lowest):
    assert extract_people_count(text) == lowest


@pytest.mark.parametrize(
    "text", ["我", "我一个", "就我", "我自己", "只有我", "俺一个", "就我吧", "就我自己。"]
)
def test_the_citizen_alone_answers_the_head_count_question(text):
    assert people_count_as_said(text) == "1"
    assert people_count_as_said(text, own_household=False) in (None, "1")  # outside the question: no guess


@pytest.mark.parametrize("text", ["我们", "我叫王有田", "我家门口"])
def test_other_answers_starting_with_me_are_not_one_person(text):
    assert people_count_as_said(text) != "1"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("十二个保安", 12),  # a whole answer that counts people by what they are
        ("六个快递员", 6),
        ("我们三个老食堂工", 3),
        ("十一个司机", 11),
        ("我家四口", 4),
        ("一个单元十八户", 18),  # 单元, not money
        ("好多家长 至少二十个", 20),
        ("俺们一起采茶的有十五个", 15),
        ("两个保安把我拦住了", None),  # the guards in a story are not the people concerned
        ("等了至少二十个小时", None),
        ("花了一万元三个月", None),
        ("交了五百元", None),
    ],
)
def test_counts_by_role_unit_and_quantifier(text, count):
    assert extract_people_count(text) == count


@pytest.mark.parametrize(
    "story",
    [
        "小区物业不修楼顶，顶楼的几户家里都漏水了",
        "楼下好几户都被污水淹了，物业不管",
        "好几个人都看见他收钱了",
        "有幾戶人家的牆都裂了",  # traditional characters
        "厂里几个人都没拿到加班费",
    ],
)
def test_a_story_naming_no_number_leaves_the_question_to_be_asked(story):
    assert count_told_ahead(story) is None


@pytest.mark.parametrize(
    ("story", "has"),
    [
        ("土地流转到期了 我们十几户都找不到老板", "十几户"),
        ("电镀厂夜里排气，附近几百户居民都闻得到", "几百户"),
        ("装饰公司拖欠我们六个油漆工的工资，一共四万多，没打官司", "六个油漆工"),
        ("老板欠我们５个保安三个月工资", "5"),  # full-width digit
        ("我们整栋楼三十多户都睡不好", "三十多户"),
    ],
)
def test_a_story_with_a_number_gives_the_count_at_once(story, has):
    told = count_told_ahead(story)
    assert told is not None and has in told, told
    assert len(told) <= 12  # the count, never the whole message


@pytest.mark.parametrize(
    "story",
    [
        "我们两个组为了一片山林的归属吵了好多年",
        "我们两个村共用一条水渠，上游截水",
        "我们两个单位合用一栋楼，电费分摊不清",
        "拖欠工资一共四万多，老板跑了",  # a sum, not people
        "欠了我的工钱，总共三千五",
        "一共花了八百，东西是坏的",
    ],
)
def test_groups_and_sums_are_no_head_count(story):
    assert extract_people_count(story) is None
    assert count_told_ahead(story) is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("他们矿上好几个人都有 至少五个", 5),  # the number said beats "好几个"
        ("好几户 起码七户", 7),
        ("俺们村的老人都扣了 好几十个", 20),
        ("厂里工友都没拿到 三十多个", 30),
        ("我们两个都被打了", 2),
        ("我们俩", 2),
    ],
)
def test_the_number_said_is_the_count(text, count):
    assert extract_people_count(text) == count


@pytest.mark.parametrize(
    ("text", "has"),
    [("他们矿上好几个人都有 至少五个", "至少五个"), ("俺们村的老人都扣了 好几十个", "好几十个")],
)
def test_an_answer_with_a_lower_bound_is_kept_as_said(text, has):
    said = people_count_as_said(text)
    assert said is not None and has in said


@pytest.mark.parametrize(
    "text", ["我屋里", "过路的都危险", "坐这路车的都这样", "住这条街的都受不了", "老年人", "乘客"]
)
def test_who_is_concerned_in_words_is_kept_as_said(text):
    assert people_count_as_said(text) == text
    assert count_told_ahead(text) is None  # no number: in a story nobody is counted


@pytest.mark.parametrize("text", ["不涉及", "不涉及别人", "没涉及其他人", "不涉及啊。"])
def test_a_head_count_that_does_not_fit(text):
    assert counts_nobody(text)
    assert people_count_as_said(text) is None


@pytest.mark.parametrize("text", ["涉及三十多户", "不知道", "我家", "涉及的人很多", ""])
def test_other_answers_do_count_or_are_unsure(text):
    assert not counts_nobody(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("买了的人都被骗了 不知道多少人", "买了的人都被骗了"),  # the clause that says who, not a fragment
        ("每天上下班的人 好几百", "每天上下班的人 好几百"),
    ],
)
def test_a_longer_answer_keeps_the_clause_that_says_who(text, said):
    assert people_count_as_said(text) == said


@pytest.mark.parametrize(
    ("text", "count", "said"),
    [
        ("一百来号人", 100, "一百来号人"),  # 号 counts people in speech
        ("几十号人都没拿到钱", 20, "几十号人"),
        ("两百多号工人", 200, "两百多号工人"),
        ("五十好几户", 50, "五十好几户"),  # fifty-odd, not "好几户"
        ("约莫三十来个", 30, "约莫三十来个"),
        ("一百出头", 100, "一百出头"),
        ("将近一百人", 100, "将近一百人"),  # nearly: kept in words, not an exact 100
        ("近百人", 100, "近百人"),
        ("廿几个人", 20, "廿几个人"),  # 廿: twenty
        ("一家老小五口", 5, "5"),
        ("就俺娘俩", 2, "2"),
        ("我们母子俩", 2, "2"),
    ],
)
def test_counts_as_people_say_them(text, count, said):
    assert extract_people_count(text) == count
    assert people_count_as_said(text) == said


@pytest.mark.parametrize("text", ["3号", "5号楼的住户", "12号楼"])
def test_a_day_or_a_building_number_is_no_count(text):
    assert extract_people_count(text) is None


@pytest.mark.parametrize(
    ("text", "said"), [("附近几十户", "几十户"), ("附近十几户", "十几户"), ("附近幾百戶", "几百户")]
)
def test_nearby_is_no_approximation(text, said):
    assert people_count_as_said(text) == said
