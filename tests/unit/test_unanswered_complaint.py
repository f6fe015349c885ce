"""A complaint that a question went unanswered ("你还没回答我") talks about the bot: it is never a detail (it was
stored as the respondent at the respondent question), and the question beside it is still a question."""

from __future__ import annotations

import pytest

from actions.turn_context import Part, reading_text, spans


@pytest.mark.parametrize(
    "text",
    [
        "你还没回答我 能不能报警",
        "你还没回答我",
        "您都没回答我的问题",
        "你咋不回答我嘛，报警有没有用",
        "你還沒回答我",  # traditional characters
    ],
)
def test_a_complaint_of_no_answer_gives_no_detail(text) -> None:
    assert any(part is Part.QUESTION for *_, part in spans(text))
    assert "回答" not in reading_text(text) and "回答" not in reading_text(text, frozenset({Part.QUESTION}))


@pytest.mark.parametrize(
    "text", ["房东 姓杨 杨国华", "找过村主任好几回 他都没回我电话", "回答不了就算了 房东叫杨国华"]
)
def test_other_words_stay_readable(text) -> None:
    assert "杨国华" in reading_text(text) or "村主任" in reading_text(text)
