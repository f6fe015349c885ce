"""Fear that the danger comes back, the danger being over, and asking to keep him away (docs/legal.md §8).

Written from how frightened people type: dialect, traditional characters, no punctuation; and the look-alikes
that are no danger (a repairman coming back, 打击报复 at work, a verdict 出来了)."""

from __future__ import annotations

import pytest

from bot.domain.safety import asks_to_keep_away, detect_crisis, fears_return, says_safe_now

FEARS = [
    "他要是晚上再来咋办",
    "他今晚要是又来了怎么办啊",
    "怕他晚上再来 我一个人在家",
    "担心他回来报复我们",
    "他会不会回来报复我",
    "那个男的还会找上门吗 好怕",
    "他們要是再來咋辦",  # traditional
    "要是今晚他又来堵我咋整",
    "他说还要来 那我咋个办嘛",  # Sichuan
    "佢再嚟点算",  # Cantonese
    "好惊佢今晚又返嚟",  # Cantonese: afraid he comes back tonight
    "前夫要是再找上门来怎么办",
    "他又来了 在门口骂 拿着棍子",
    "我好怕他半夜又来",
]


@pytest.mark.parametrize("text", FEARS)
def test_fear_that_he_comes_back_is_a_danger_with_its_own_advice(text):
    signal = detect_crisis(text)
    assert signal is not None and signal.kind in {"danger", "domestic_violence"}
    assert fears_return(text)


@pytest.mark.parametrize(
    "text",
    [
        "修水管的师傅还会来吗",
        "物业要是再来收费咋办",
        "我举报了村书记 怕他打击报复",
        "维修的人要是再来检查怎么办",
        "他们说下周还会来量地 要准备啥",
        "要是明天又来停水怎么办",
        "城管还会来吗 我的摊子还能摆不",
        "他又来电话催款了",
    ],
)
def test_a_visit_or_a_worry_at_work_is_no_danger(text):
    assert detect_crisis(text) is None
    assert not fears_return(text)


@pytest.mark.parametrize(
    "text",
    [
        "关了阀 窗子打开了 人都出来了",
        "警察来了 把他带走了 我没事",
        "民警到了 人被带走了",
        "煤气阀关好了 都在楼下了",
        "關了閥 人都出來了",  # traditional
        "我们都跑出来了 在院子里",
        "火已经灭了",
        "派出所的人把他劝走了",
        "我还好 不会去做傻事 就是心里难过",
        "俺还行，就是想找人说说话",
        "我還好 不會做傻事的 只是難受",  # traditional
    ],
)
def test_the_danger_being_over_is_recognised(text):
    assert says_safe_now(text)
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "警察来了也不管",
        "警察来了吗",
        "判决结果出来了",
        "我没事 就是想问问",
        "我还好 就是想从楼上跳下去",
        "不是我没事找事",
        "工资条出来了 少了两百",
        "人都出来了 他还拿着刀在门口",  # danger still there: a crisis, not an all-clear
        "孩子出来了 他又来了 在门口骂",
    ],
)
def test_no_all_clear_when_nothing_was_over_or_danger_goes_on(text):
    assert not says_safe_now(text)


@pytest.mark.parametrize(
    "text",
    [
        "能让法院不让他靠近我吗",
        "没有 我想离婚 能让法院不让他靠近我吗",
        "有没有办法不准他再来找我",
        "怎么才能禁止他接近我和孩子",
        "能不能不讓他靠近我",  # traditional
        "能不能让法院不让他回来 你先回答我",  # lead-041: keep him out of the home
        "法院能不能不让他回家",
        "警察能不能禁止他再上门",
    ],
)
def test_asking_to_keep_him_away_is_the_protection_order(text):
    assert asks_to_keep_away(text)
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "domestic_violence"


@pytest.mark.parametrize(
    "text",
    [
        "他不让我靠近工地",
        "领导不准我们找他",
        "村里不让我们进去看",
        "老板不让他回来上班",
        "妈妈不让他回家吃饭",
    ],
)
def test_being_kept_away_oneself_is_no_protection_order(text):
    assert not asks_to_keep_away(text)


@pytest.mark.parametrize(
    "text", ["我老公 赵永强 他明天放出来会不会再来打我", "他会不会再来找我麻烦", "那男的还会再来砍我们吗"]
)
def test_the_worry_he_comes_back_asked_as_a_question(text):
    assert fears_return(text)


@pytest.mark.parametrize("text", ["他会再来修吗", "物业会不会再来收费", "社区的人会不会再来登记"])
def test_a_visit_that_is_the_matter_is_no_fear_of_return(text):
    assert not fears_return(text)
