"""Building work at night near homes ("这个许可证能随便发吗 夜里十二点还能干?"): not as a rule; only with a paper and a
notice (噪声污染防治法 第43条). A question beside a story of a noisy site, answered, never taken as more story."""

from __future__ import annotations

import pytest

from actions.consultation import service_answer
from actions.question_detect import detect_question
from actions.questions import answered_aside

STORY = "我们小区对面的工地天天晚上十一二点还在打桩 吵得人睡不着"


@pytest.mark.parametrize(
    "question",
    [
        "这个许可证能随便发吗 夜里十二点还能干?",
        "半夜还在打桩 这合法吗",
        "夜间施工要什么证明",
        "晚上十一點還能施工嗎",
    ],
)
def test_night_building_work_is_answered_with_the_law(question):
    answer = service_answer(question, STORY)
    assert answer and "第43条" in answer and "证明" in answer and "12345" in answer


def test_the_question_beside_the_story_is_answered_not_stored():
    assert detect_question("这个许可证能随便发吗 夜里十二点还能干?") is not None
    assert answered_aside("这个许可证能随便发吗 夜里十二点还能干?", STORY)
