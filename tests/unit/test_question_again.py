"""What a short question may refer back to (actions.question_again.said_since_filing): the citizen's earlier
messages since the last filing, the latest left out."""

from __future__ import annotations

from actions.question_again import said_since_filing


def _user(text: str) -> dict:
    return {"event": "user", "text": text}


def test_the_earlier_messages_without_the_latest() -> None:
    events = [
        _user("养老金今年涨了没有啊"),
        {"event": "bot", "text": "…"},
        _user("企业退休的"),
        _user("那到底涨没涨"),
    ]
    assert said_since_filing(events) == "养老金今年涨了没有啊\n企业退休的"


def test_a_filed_case_starts_afresh() -> None:
    events = [
        _user("楼道灯坏了"),
        {"event": "slot", "name": "case_number", "value": "XF20261206-0001"},
        _user("还有个事 养老金咋没涨"),
        _user("那到底涨没涨"),
    ]
    assert said_since_filing(events) == "还有个事 养老金咋没涨"


def test_nothing_before_the_first_message() -> None:
    assert said_since_filing([_user("你好")]) == ""
