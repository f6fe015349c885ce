"""Danger now told in few words: another household's people attacking (no family violence of the citizen's),
someone hurt, an ambulance asked for, a door hacked at, a relative in an episode "要砍人" (a danger to the
citizen, never the citizen's own threat: no 扬言, no lecture about 冲击机关)."""

from __future__ import annotations

import pytest

from bot.domain.safety import detect_crisis, matter_told, says_he_is_here


@pytest.mark.parametrize(
    "text",
    [
        "你们能不能马上派人来 隔壁老刘家带着三个儿子拿着锄头在我家地头打人 我男人头破了",
        "邻居家的儿子拿刀追我",
        "楼下邻居家的儿子天天拿棍子堵我",
        "对门两口子带着他们儿子拿着棍子在我家门口骂",
        # someone else's family who cannot rein him in are bystanders
        "楼下那个有精神病的 他家里人根本不管 今天早上又提着斧头在楼梯口砍门",
        "隔壁村那个傻子 她的家里人管不住 拿着砖头砸我家窗户",
        "对门那个疯子拿着刀在走廊里比划 吓死人",
    ],
)
def test_another_households_people_are_a_danger_not_family_violence(text):
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "danger"
    assert "domestic_violence" not in signal.also


@pytest.mark.parametrize(
    "text",
    [
        "他儿子喝了酒就打他",
        "我老公和儿子一起打我",
        "我老公拿着菜刀在砸门",
        "俺家那口子又喝大了 拿菜刀在外屋砸门",
        # his family doing nothing takes nothing from the violence told
        "我男人喝了酒就打我 他家里人也不管",
        "老公拿着菜刀砸门 他家里人都不管",
        "嫁过来三年 他家里人天天打我",
    ],
)
def test_the_citizens_own_family_stays_family_violence(text):
    signal = detect_crisis(text)
    assert signal is not None and "domestic_violence" in (signal.kind, *signal.also)


@pytest.mark.parametrize(
    "text",
    [
        "不是 是他发病要砍人 要不要打110啊",
        "我哥喝多了在砍人",
        "他又犯病了 正在砍人",
        "没有 他现在还在砍门 你们能不能马上派人来",
        "有人在撬我家门 我一个人在家",
        "他拿斧头在劈门",
    ],
)
def test_someone_else_attacking_now_is_a_danger_and_no_threat_of_the_citizen(text):
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "danger"
    assert "violence" not in signal.also


@pytest.mark.parametrize("text", ["他们逼我要杀人", "我要砍死他", "再不给钱 我就去砍人", "大不了一起死"])
def test_the_citizens_own_threat_stays_a_threat(text):
    signal = detect_crisis(text)
    assert signal is not None and "violence" in (signal.kind, *signal.also)


@pytest.mark.parametrize(
    "text",
    ["就现在啊 你们到底来不来人 要不要叫救护车", "快帮我叫个救护车", "要不要打120啊"],
)
def test_an_ambulance_asked_for_is_a_danger(text):
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "danger"


@pytest.mark.parametrize(
    "text",
    ["不是家暴 是邻居打架 我男人头破了流血 云南曲靖市会泽县 娜姑镇", "我男人头破了 在娜姑镇"],
)
def test_an_injury_said_again_in_an_answer_is_no_new_alarm(text):
    """The card was given with the story; the answer beside the injury (the place) must be read, not swallowed."""
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "上次叫救护车半小时才来 医院不管",
        "流血流汗干了一年不给钱",
        "上个月被邻居打得头破了 派出所不处理",
        "去年他把我打得头破血流 到现在也没人管",
    ],
)
def test_hurt_told_as_past_or_an_idiom_is_no_alarm(text):
    assert detect_crisis(text) is None


def test_the_threat_beside_a_matter_is_left_out_of_what_it_is_about():
    story = "村主任王大海把我家低保给停了 给他亲戚了 我明天拿刀去找他 大不了一起死"
    assert "拿刀" not in matter_told(story) and "低保" in matter_told(story)
    assert matter_told("我明天拿刀去找他") == "我明天拿刀去找他"  # nothing else told: kept whole


@pytest.mark.parametrize(
    ("text", "here"),
    [
        ("他来了", True),
        ("他回来了！", True),
        ("我老公回来了", True),
        ("他来了 我先不说了", True),
        ("那个男的来了 等会说", True),
        ("师傅来了吗", False),
        ("他来了以后就开始砸东西", False),
        ("他来了三次都没修好", False),
    ],
)
def test_he_is_here_said_alone(text, here):
    assert says_he_is_here(text) is here


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        ("隔壁天天晚上打小孩 打得哇哇哭 一打就是半个钟头", True),
        ("楼上那家经常半夜打孩子", True),
        ("养老院的护工打老人，我妈身上有好几块青的，2026年11月发现的", False),
    ],
)
def test_a_child_beaten_night_after_night(text, danger):
    signal = detect_crisis(text)
    assert (signal is not None and signal.kind == "danger") is danger
