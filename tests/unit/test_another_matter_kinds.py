"""A second matter announced as a suggestion or an opinion ("还有个建议…") is another matter, like "还有件事…"."""

import pytest

from actions.matter_split import another_matter


@pytest.mark.parametrize(
    ("said", "story"),
    [
        (
            "对了还有个建议 小区门口那个路口能不能装个红绿灯 老人过马路太危险",
            "小区门口那个路口能不能装个红绿灯 老人过马路太危险",
        ),
        ("还有一条意见：公交车太少了，等一个小时", "公交车太少了，等一个小时"),
        ("还有点小建议 图书馆晚上能不能开到十点", "图书馆晚上能不能开到十点"),
        ("另外还有个诉求，希望补发拖欠的加班费", "希望补发拖欠的加班费"),
        ("還有個建議 公園廁所太少", "公園廁所太少"),
    ],
)
def test_a_suggestion_announced_after_a_matter_is_another_matter(said, story):
    assert another_matter(said) == story


@pytest.mark.parametrize("said", ["还有个建议", "我建议你们快点处理", "还有就是他们态度很差"])
def test_no_new_matter_without_one_told(said):
    assert another_matter(said) is None
