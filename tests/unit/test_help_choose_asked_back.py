"""At the category question, "乱收费 算哪个" asks which class it is: the bot picks from the story (not "记下了")."""

import pytest

from actions.category_help import asks_which_class


@pytest.mark.parametrize(
    "said",
    [
        "乱收费 算哪个",
        "这个属于哪一类啊？",
        "算哪类",
        "那归哪一类呢",
        "醫保的事 算哪個",
        "算哪一类？",
        "邻里纠纷吧 有这个类吗",  # a class of their own words, asked about
        "噪音扰民 有没有这个类",
    ],
)
def test_which_class_asked_back(said):
    assert asks_which_class(said)


@pytest.mark.parametrize(
    "said",
    [
        "劳动和社会保障",
        "算社保吧",
        "城乡建设",
        "乱收费",
        "哪个都不像 选其他",
        "不晓得是哪个领的 村里经办的是村文书",
    ],
)
def test_a_class_named_or_more_story_is_no_request(said):
    assert not asks_which_class(said)
