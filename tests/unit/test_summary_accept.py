"""A yes to "以上信息对吗？" with more said beside it (hm-002, hm-006, hn-009, hn-015, hn-025): read as a yes, and
what follows it kept for the answer; a yes that also changes something is no yes."""

import pytest

from actions.summary_accept import accepts_summary, gives_up_unsure


@pytest.mark.parametrize(
    ("said", "rest"),
    [
        ("对的 交吧 要多久有回复", "要多久有回复"),
        # "是不是", "行不行", "对不对" ask: no "不是" of a no
        ("对 提交 假酒是不是能赔十倍", "假酒是不是能赔十倍"),
        ("对 提交 先调解行不行", "先调解行不行"),
        ("对 提交 我这样说对不对", "我这样说对不对"),
        ("没问题 提交 能不能快点", "能不能快点"),
        ("可以 谢谢你啊", "谢谢你啊"),
        ("好了 提交 辛苦了", "辛苦了"),
        ("對 提交 謝謝", "谢谢"),
        ("对，提交，复议要花钱不", "复议要花钱不"),
        ("对对对 提交吧", ""),
        ("算了 先提交吧", ""),
        ("确认无误，提交。", ""),
        ("是的没错提交吧谢谢", "谢谢"),
        ("啱 提交", ""),
        ("OK 提交", ""),
        ("对头 交上去嘛", "嘛"),
        ("对 拜拜", "拜拜"),
        ("对 提交 会不会被报复啊", "会不会被报复啊"),
        ("提交 交不起会不会被拘留啊", "交不起会不会被拘留啊"),
        ("对的对的 辛苦你了😊", "辛苦你了😊"),
        # a clear yes with a question beside it files; the question is answered after (hr-012)
        ("对 仲裁要多久", "仲裁要多久"),
        # what someone else said is no "不是" of the citizen's
        ("对 交吧 公司说不是他们的人 那到底找谁赔", "公司说不是他们的人 那到底找谁赔"),
        ("对 提交 村里老说不是他们管的 到底归谁管", "村里老说不是他们管的 到底归谁管"),
        ("对 多久能有结果", "多久能有结果"),
        ("没问题 要等多久啊", "要等多久啊"),
        ("对。能不能快点？", "能不能快点?"),
        # a thanks in other words, Cantonese or pinyin (hr-003, hr-015)
        ("对 麻烦你们了", "麻烦你们了"),
        ("對 麻煩你們了", "麻烦你们了"),
        ("係，冇問題，唔該晒", "谢谢晒"),
        ("是 谢谢", "谢谢"),
        ("dui xie xie", "xie xie"),
    ],
)
def test_a_yes_and_what_is_said_beside_it(said, rest):
    yes = accepts_summary(said)
    assert yes is not None and yes.rest == rest


@pytest.mark.parametrize(
    "said", ["行吧就这样", "没问题", "好", "对", "就这样吧", "中 提交", "dui", "Dui de", "shi de", "係", "ok"]
)
def test_a_plain_yes(said):
    assert accepts_summary(said) is not None


@pytest.mark.parametrize(
    "said",
    [
        "不对 我没打官司啊",
        "对 不是这个地址",
        "对 名字是不是写错了",
        "对 但是电话错了",
        "对 名字改成张三",
        "对 先别提交",
        "对 不是他们的人 是包工头找的",  # the citizen's own "不是": a correction
        "时间写好几个月了 其他对的 提交吧",  # a change beside the filing: the change first
        "对 交吧 不过他说的不是真的 名字写错了",
        "对 不过时间写错了",
        "对 提交 我爸那个名字也写上吧",
        "对 还有我电话是13812345678",
        "好 我想问一下 复议要钱吗",  # "好" may only be listening
        "嗯 那复议要钱吗",
        "对 他们太过分了",  # no question, no filing asked for: read elsewhere
        "是我",
        "是不是要交钱",
        "duibuqi 我说错了",
        "对的。另外问一下，这种事一般多久能有个说法？",  # asked first, in so many words (hj-001)
        "对 顺便问下 复议要钱吗",
        "算了 不弄了",
        "算了 我还是去找街道吧",
        "我想问问复议要钱吗",
        "",
    ],
)
def test_no_yes_to_file_on(said):
    assert accepts_summary(said) is None


@pytest.mark.parametrize(
    "said", ["算了 我还是去找街道吧", "算了算了 我自己去法院", "那算了 我还是找村里吧", "我自己去找劳动局"]
)
def test_giving_up_unsure_is_asked_about(said):
    assert gives_up_unsure(said)


@pytest.mark.parametrize("said", ["算了 先提交吧", "算了 不登记了", "算了 不弄了", "对 提交"])
def test_a_clear_answer_is_not_asked_about(said):
    assert not gives_up_unsure(said)


def test_a_bare_giving_up_is_left_to_the_stop():
    assert not gives_up_unsure("算了")


@pytest.mark.parametrize(
    "said",
    ["这个转到哪个部门了 我要不要自己去劳动监察", "是不是得我自己去找劳动局？", "我能不能自己去法院告他"],
)
def test_asking_whether_to_go_oneself_gives_nothing_up(said):
    assert not gives_up_unsure(said)
