"""A fear that the party treats the citizen or their child worse for reporting is a question about retaliation."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind


@pytest.mark.parametrize(
    "said",
    [
        "反映了 老师会不会对俺娃不好",
        "我怕投诉了医院对我妈更差",
        "投訴咗 老師會唔會對我個女更差？",
        "举报了 厂里会不会对我更凶",
    ],
)
def test_a_fear_of_worse_treatment_asks_about_retaliation(said):
    assert detect_question(said) is QuestionKind.CONFIDENTIALITY


@pytest.mark.parametrize("said", ["学校对我孩子很好", "他对我不好 天天骂我", "老师对俺娃不好 天天罚站"])
def test_worse_treatment_told_is_no_question(said):
    assert detect_question(said) is not QuestionKind.CONFIDENTIALITY
