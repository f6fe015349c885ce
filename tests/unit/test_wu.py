"""Written Wu read as Mandarin (bot.domain.wu), and through the normaliser every reader uses."""

import pytest

from actions.question_detect import detect_question
from bot.domain.text import fold_keeping_offsets, normalize_for_parsing
from bot.domain.wu import fold_wu


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("阿拉小区一户勿同意", "我们小区一户不同意"),
        ("伊拉讲装勿了", "他们讲装不了"),
        ("名字覅写了", "名字不写了"),
        ("居委会寻过三趟", "居委会找过三趟"),
        ("侬先回答我", "你先回答我"),
        ("伊勿肯签字", "他不肯签字"),
        ("是伐", "是吗"),
        ("一户勿同意到底好装伐？", "一户不同意到底好装吗？"),
        ("老早的工人新村", "以前的工人新村"),
        ("啥辰光有人来", "啥时候有人来"),
        ("哪能办", "怎么办"),
    ],
)
def test_wu_words_are_read_as_mandarin(said, read):
    assert fold_wu(said) == read


@pytest.mark.parametrize(
    "mandarin",
    [
        "内蒙古阿拉善盟阿拉善左旗",
        "新疆阿拉尔市",
        "阿拉山口市",
        "阿拉伯语翻译",
        "黑龙江伊春市",
        "新疆伊犁州伊宁市",
        "伊利牛奶",
        "伊斯兰教协会",
        "寻求帮助",
        "追寻真相",
        "寻衅滋事",
        "村里盗伐林木",
        "砍伐了三棵树",
        "步伐要快",
    ],
)
def test_mandarin_words_and_places_with_the_same_characters_stay(mandarin):
    assert fold_wu(mandarin) == mandarin


def test_length_is_kept_so_offsets_point_into_what_was_said():
    said = "伊拉勿肯 阿拉寻过居委会 是伐"
    assert len(fold_keeping_offsets(said)) == len(said)


def test_the_normaliser_reads_wu_with_cantonese_and_traditional_characters():
    assert normalize_for_parsing("阿拉樓裡一戶勿同意") == "我们楼里一户不同意"
    assert normalize_for_parsing("佢哋唔肯 伊拉也勿肯") == "他们不肯 他们也不肯"


@pytest.mark.parametrize("asked", ["一户勿同意到底好装伐", "电梯到底能装勿能装", "啥辰光有人来寻阿拉"])
def test_questions_in_wu_are_questions(asked):
    assert detect_question(asked) is not None
