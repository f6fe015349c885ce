"""What a citizen says before listing matters belongs to each of them, even without punctuation; a greeting
belongs to none."""

import pytest

from actions.matter_split import split_matters


@pytest.mark.parametrize(
    ("story", "kept", "left_out"),
    [
        (
            "喂 你好 我是四川省南充市营山县绿水镇的 我想说两个事 一个是我的养老金少了两百多块 "
            "第二个是隔壁邻居家的树把我的排水沟堵了",
            "营山县绿水镇",
            "你好",
        ),
        (
            "领导你好！我住在长沙市雨花区 反映三个问题 1.物业乱收费 2.电梯老坏 3.消防通道被占",
            "雨花区",
            "领导",
        ),
        ("同志 俺是河南周口郸城的 说两件事 一是低保被取消了 二是村里的路没人修", "郸城", "同志"),
        ("您好，我們是東莞市長安鎮的，有兩件事：第一，工資拖欠三個月；第二，宿舍沒有熱水", "長安鎮", "您好"),
        # a folk call with the greeting: "老乡你好", "师傅您好" is said to the reader, no part of either matter
        ("老乡你好 俺是周口郸城的 两个事 一是低保停了 二是村道没人修", "郸城", "老乡"),
        ("师傅您好，我在株洲荷塘区，两件事：第一，电梯老坏；第二，物业乱收费", "荷塘区", "师傅"),
        (
            "大姐您好 我們在株洲荷塘區 兩件事 一是路燈壞了 二是垃圾沒人收",
            "荷塘區",
            "大姐",
        ),  # traditional characters
    ],
)
def test_the_opening_goes_with_every_matter_and_the_greeting_with_none(story, kept, left_out):
    matters = split_matters(story)
    assert len(matters) >= 2
    for matter in matters:
        assert kept in matter
        assert not matter.startswith(left_out)


def test_an_announcement_without_punctuation_is_left_out():
    matters = split_matters("我想说两个事 一个是工资拖欠 另一个是社保没交")
    assert matters == ["工资拖欠", "社保没交"]


def test_a_question_in_the_opening_ends_its_clause():
    matters = split_matters("你好？我是郴州市北湖区的？有两件事 一是路灯不亮 二是井盖丢了")
    assert matters == ["我是郴州市北湖区的，路灯不亮", "我是郴州市北湖区的，井盖丢了"]


@pytest.mark.parametrize(
    ("story", "second"),
    [
        (
            "喂 你好 我是帮我妈问的 她七十九了 住在广西玉林市玉州区名山街道 她的高龄补贴从今年五月就没有了 "
            "去社区问说是系统里没她的名字 还有一个事 小区门口那个下水道堵了一个多月了 臭得很",
            "小区门口那个下水道堵了一个多月了 臭得很",
        ),
        ("拖欠工资三个月 另外一件事情 宿舍没有热水已经两个月了", "宿舍没有热水已经两个月了"),
        ("村里的路坏了两年没人修，还有个事，村小学的围墙塌了也没人管", "村小学的围墙塌了也没人管"),
    ],
)
def test_another_matter_announced_without_a_full_stop(story, second):
    """lead-038: "…没她的名字 还有一个事 小区门口那个下水道…" was filed as one case with both matters."""
    matters = split_matters(story)
    assert len(matters) == 2 and matters[1] == second
    assert "下水道" not in matters[0] and "热水" not in matters[0] and "围墙" not in matters[0]


@pytest.mark.parametrize(
    "story",
    [
        "工资拖了三个月，还有一个问题是社保也没交",
        "楼上漏水 还有个事 物业不管",
        "他打人 还有件事我想问问要不要钱",
    ],
)
def test_more_of_the_same_matter_is_not_split(story):
    assert split_matters(story) == []


@pytest.mark.parametrize(
    ("story", "kept"),
    [
        (
            "我要反映两个事情第一个是我们村的自来水三天两头停水第二个是村里的垃圾没人拉都堆在河边臭死了"
            "我们是湖北黄冈市浠水县兰溪镇的",
            "浠水县兰溪镇",
        ),
        ("一是路灯坏了 二是井盖丢了 俺们住在河南省周口市郸城县", "郸城县"),
    ],
)
def test_where_we_live_said_last_goes_with_every_matter(story, kept):
    matters = split_matters(story)
    assert len(matters) == 2
    assert all(kept in matter for matter in matters)
