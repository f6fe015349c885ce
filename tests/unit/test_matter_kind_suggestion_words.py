"""'能不能装个红绿灯' is a suggestion, like '能不能安装一个'; a repair one is owed stays a complaint."""

import pytest

from actions.matter_kind import COMPLAINT, SUGGESTION, detect_matter_kind


@pytest.mark.parametrize(
    "said",
    [
        "小区门口那个路口能不能装个红绿灯 老人过马路太危险",
        "能不能修个公厕",
        "希望在路口安个摄像头",
        "可不可以在河边加个护栏",
    ],
)
def test_asking_for_something_new_is_a_suggestion(said):
    assert detect_matter_kind(said) == SUGGESTION


@pytest.mark.parametrize("said", ["我家水管坏了 能不能修好", "路灯坏了三个月了 能不能来修一下"])
def test_asking_for_a_repair_is_a_complaint(said):
    assert detect_matter_kind(said) == COMPLAINT


@pytest.mark.parametrize(
    ("story", "kind"),
    [
        ("提个意见 城乡居民医保年年涨 农民交着吃力", SUGGESTION),
        ("给上面提点意见 村里的路灯晚上能不能多开一会", SUGGESTION),
        ("提个意见 你们窗口的人态度太差了 骂人", COMPLAINT),  # something went wrong: a complaint
    ],
)
def test_an_opinion_offered_is_a_proposal_unless_something_went_wrong(story: str, kind: str) -> None:
    assert detect_matter_kind(story) == kind
