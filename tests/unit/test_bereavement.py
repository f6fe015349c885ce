from __future__ import annotations

import pytest

from bot.domain.bereavement import HURT_NOTE, LOSS_NOTE, hardship_note


@pytest.mark.parametrize(
    "text",
    [
        "我男人上个月在工地上摔死了 包工头跑了 到现在一分钱赔偿都莫得",
        "我爸在厂里被机器压死了，老板不认账",
        "俺娘去年冬天去世了 村里不给丧葬费",
        "我儿子去年车祸身亡 肇事的跑了",
        "我爷爷病死在医院里 医院不给说法",
        "我女儿在医院生孩子 人没了命",
        "我媽在醫院去世了，醫院說不清楚",  # traditional characters
        "俺家老汉在矿上被砸死了😭",
        "我老婆 上个月 过世了 单位抚恤金一直不发",
        "我老公上个月下班骑电动车回家路上被货车撞了 人没了 厂里说不算工伤",  # the clause ends in 人没了
        "俺儿子在工地上干活从架子上掉下来 人当场就没了",
        "我爸前天送到医院抢救了一晚上，人还是走了",
        "你好 我老伴去年腊月走了 他是退休工人 抚恤金一直没发",  # an old person who 走了 has died
        "俺爹前年走了 地让村里收了",
        "我奶奶已经走了三年了",
        "老伴走了以后低保就停了",
        "我妈走了之后 房子被舅舅占了",
    ],
)
def test_a_death_in_the_family_gets_a_condolence(text):
    assert hardship_note(text) == LOSS_NOTE


@pytest.mark.parametrize(
    "text",
    [
        "我儿子在学校被打断了腿，学校不管",
        "我老伴儿中风瘫痪在床 低保还给停了",
        "我家老汉在煤矿上砸断了腿 老板只给两千",
        "我爸在工地摔成重伤 现在还在ICU",
    ],
)
def test_a_grave_injury_in_the_family_is_acknowledged(text):
    assert hardship_note(text) == HURT_NOTE


@pytest.mark.parametrize(
    "text",
    [
        "我老公差点摔死，工地连护栏都没有",  # almost
        "我妈被吓死了都，楼上天天装修",  # a way of speaking
        "我儿子被气死了都",
        "累死我了 老板三个月不给钱",
        "孩子他爹走了以后村里就不给低保了",  # left or died: not sure, no condolence
        "邻居家狗吓死人",
        "老板说死了也不管",
        "楼下烧烤店吵死了",
        "我家的鸡被毒死了三只",  # not a person
        "我老公找了半天 那个人没了影",  # vanished, not died
        "我儿子说那钱没了 老板跑了",
        "我爸走了好几家医院都不收",  # walked, not died
        "我老伴走了一趟县里 没人理",
        "我妈走了两个小时山路才到镇上",
        "我老公走了 不管我们娘俩了",  # a husband who left
        "他爸走了",
        "",
    ],
)
def test_other_stories_get_no_such_word(text):
    assert hardship_note(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "我爸在医院死了 就刚才 做个胆囊手术人就没了 医生说是意外 我们一家人现在就在医院走廊 怎么办啊",
        "我妈刚刚在医院去世了 医生说抢救不过来",
        "我老公今天做手术死了 医院说是意外",
    ],
)
def test_a_death_in_hospital_just_now_hears_the_first_hours(text):
    note = hardship_note(text)
    assert note.startswith(LOSS_NOTE)
    assert "封存" in note and "48小时" in note and "尸检" in note and "14天" in note


@pytest.mark.parametrize(
    "text",
    ["我妈去年在医院去世 医院一直不给说法", "我男人上个月在工地上摔死了", "学生黄小宇的父亲今天在医院去世了"],
)
def test_a_death_long_ago_or_elsewhere_hears_the_condolence_only(text):
    assert "尸检" not in (hardship_note(text) or "")
