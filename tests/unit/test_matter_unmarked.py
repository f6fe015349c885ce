"""Several matters told without list marks are split, one story each; more of one matter is never split; the
citizen's word that what was told is several matters, and a short question after one of them, are read."""

import pytest

from actions.matter_split import split_matters
from actions.matter_unmarked import (
    asks_after_matter,
    asks_to_split,
    names_told,
    speaks_of_matters,
    unmarked_matters,
)


@pytest.mark.parametrize(
    ("story", "first", "second"),
    [
        # 另外 opening another part of the citizen's life
        (
            "我妈的高龄补贴三个月没发了 社区让我们等 另外我家楼下的路灯坏了一个多月",
            "我妈的高龄补贴三个月没发了 社区让我们等",
            "我家楼下的路灯坏了一个多月",
        ),
        (
            "单位欠了我半年的工资一直拖着不给 另外俺们村的自来水停了十来天",
            "单位欠了我半年的工资一直拖着不给",
            "俺们村的自来水停了十来天",
        ),
        # the matters counted ("两个事", "俩事"), anywhere in the message
        (
            "我要反映两个事 老板拖欠工资三个月了 还有宿舍漏水一直没人修",
            "老板拖欠工资三个月了",
            "宿舍漏水一直没人修",
        ),
        (
            "社保断缴了半年没人管 还有孩子上学的学位没给安排 俩事",
            "社保断缴了半年没人管",
            "孩子上学的学位没给安排",
        ),
        # another matter announced in words
        ("工资拖了三个月没给 再一个 宿舍没有热水一个多月了", "工资拖了三个月没给", "宿舍没有热水一个多月了"),
        ("楼道灯坏了好久了没人修 再就是垃圾站天天臭得很", "楼道灯坏了好久了没人修", "垃圾站天天臭得很"),
        ("村里的路坏了两年没人修 第二个事 小学的围墙塌了", "村里的路坏了两年没人修", "小学的围墙塌了"),
        (
            "两个事 一个是楼下广场舞天天跳到十点多 还有一个 小区门口的路灯坏了俩月",
            "楼下广场舞天天跳到十点多",
            "小区门口的路灯坏了俩月",
        ),
        # an emoji ends the first as punctuation would
        (
            "村干部把低保给了自己亲戚😡另外俺们村的自来水停了一个礼拜了",
            "村干部把低保给了自己亲戚",
            "俺们村的自来水停了一个礼拜了",
        ),
        # traditional characters, full-width punctuation
        (
            "我們社區的電梯壞了兩個月，另外我家樓下的下水道堵了一週",
            "我們社區的電梯壞了兩個月",
            "我家樓下的下水道堵了一週",
        ),
        (
            "有兩件事：物業亂收停車費好幾年了，還有小區綠地被人圈起來種菜",
            "物業亂收停車費好幾年了",
            "小區綠地被人圈起來種菜",
        ),
    ],
)
def test_matters_told_without_marks_are_split(story, first, second):
    assert split_matters(story) == [first, second]


def test_where_every_matter_is_goes_with_each():
    matters = split_matters(
        "村里修路的账三年没公示 还有俺家的低保也被停了 两个事 都是广西百色田林县 潞城瑶族乡的"
    )
    assert matters == [
        "村里修路的账三年没公示，都是广西百色田林县 潞城瑶族乡的",
        "俺家的低保也被停了 都是广西百色田林县 潞城瑶族乡的",
    ]
    place_last = split_matters(
        "补贴停了半年了 社区说让我等 另外我家楼下坡道天天被电动车堵 济南历下区 甸柳新村街道"
    )
    assert place_last[0].endswith("济南历下区 甸柳新村街道") and "坡道" not in place_last[0]


@pytest.mark.parametrize(
    "story",
    [
        "就是厂里拖了两个月工资没发 还有社保也一直没给我们交",  # the same employer goes on
        "房子漏水物业不管 另外墙皮也掉了一大块",  # 另外 adds to the same flat
        "老板欠工资 还有我家里老人等着钱看病",  # why the money matters, no second matter
        "邻居天天半夜装修吵得睡不着 另外他们还把建筑垃圾堆在楼道里",
        "两项补贴停了半年了 社区说是系统问题让我等",
        "派出所不立案 另外我家被偷的电动车也没找回来",  # 也: the theft goes on
        "物业费涨了一倍 另外我们小区的停车位被物业卖了",  # two complaints of one kind
        "我们小区的电梯坏了两个月 另外我家楼下的下水道也堵了",
        "楼上漏水 还有个事 物业不管",  # too short to be a matter of its own
        "我和我老公 还有两个帮工",
        "另外我家楼下的路灯坏了一个多月",  # nothing before: one matter
    ],
)
def test_more_of_one_matter_is_not_split(story):
    assert split_matters(story) == []


def test_asked_to_split_a_bare_also_separates():
    story = "门口的路灯坏了一个多月了 还有小区的垃圾三天没人收了"
    assert unmarked_matters(story) == []
    assert unmarked_matters(story, asked=True) == ["门口的路灯坏了一个多月了", "小区的垃圾三天没人收了"]


@pytest.mark.parametrize(
    "text",
    [
        "这是两件事啊",
        "这是两个事 你给分开登记",
        "不对 俺说的是两个事 要分开记",
        "这是两回事",
        "不要写一起",
        "別寫在一起 分開登記",  # traditional
        "房子那个是另外一个事",
        "能单独登记吗",
    ],
)
def test_the_citizen_says_they_are_several(text):
    assert asks_to_split(text)


@pytest.mark.parametrize(
    "text",
    [
        "就一件事",
        "我和我老公 还有两个帮工",
        "对 提交",
        "两个人",
        "一起去的",
        "不是两件事 就一件",
        "没有两个事",
    ],
)
def test_no_split_asked(text):
    assert not asks_to_split(text)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("那坡道的呢", "坡道"),
        ("房子那个呢", "房子"),
        ("那低保的事呢？", "低保"),
        ("我儿子学校那个事呢", "儿子学校"),
        ("那個路燈的呢", "路灯"),
    ],
)
def test_asking_after_a_matter_told(text, what):
    assert asks_after_matter(text) == what


@pytest.mark.parametrize("text", ["然后呢", "那我呢", "他要是晚上再来咋办", "结果呢", "你们的呢"])
def test_no_matter_asked_after(text):
    assert asks_after_matter(text) is None


def test_a_matter_is_named_by_two_characters_of_it():
    assert names_told("儿子学校", "我儿子在学校被打了学校不管")
    assert names_told("坡道", "我家楼下盲道和无障碍坡道天天被电动车堵")
    assert not names_told("房子", "我儿子在学校被打了")


@pytest.mark.parametrize(
    ("text", "speaks"),
    [("我和我老公 还有两个帮工", False), ("三个人", False), ("这是两件事", True), ("分开登记", True)],
)
def test_a_head_count_speaks_of_no_matters(text, speaks):
    assert speaks_of_matters(text) is speaks
