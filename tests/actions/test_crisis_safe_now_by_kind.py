"""The all-clear is answered for the danger that was told (no 119 after a beating, no 110 after a gas leak), and
someone standing in a gas smell now gets out first, however long it has smelled."""

from __future__ import annotations

import pytest

from actions.crisis import GET_SAFE_FIRST, CrisisResponse
from bot.domain.safety import SAFE_NOW_REPLY, safe_now_reply
from tests.actions.conftest import make_tracker, run_action, texts


def _with_earlier(tracker, *earlier: str):
    """The tracker with the citizen's earlier messages before its latest one."""
    before = [{"event": "user", "text": text, "parse_data": {}} for text in earlier]
    tracker.events[:0] = before
    return tracker


async def _all_clear(earlier: str, text: str):
    """The slots, the first reply and the events of an all-clear said after `earlier`."""
    tracker = _with_earlier(
        make_tracker(
            text, intent="domestic_violence", active_loop=None, confidence=1.0, slots={"urgent": True}
        ),
        earlier,
    )
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    return slots, dispatcher.messages[0]["text"], events


def _followups(events: list) -> list[str]:
    return [e.get("name") for e in events if e.get("event") == "followup"]


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("我替我妹妹说 她老公喝了酒又打她 躲在厕所里 他在外面砸门说要弄死她", "警察到了 把他带走了"),
        ("我老公喝醉了拿着菜刀在外面砸门 说要砍死我", "警察来了 把他带走了 我没事"),
        ("隔壁拿着锄头堵在我家门口 说要打死我", "派出所的人来了 把他劝走了"),
    ],
)
async def test_after_a_beating_the_all_clear_names_110_not_119(earlier, text):
    tracker = _with_earlier(
        make_tracker(
            text, intent="domestic_violence", active_loop=None, confidence=1.0, slots={"urgent": True}
        ),
        earlier,
    )
    _, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    first = dispatcher.messages[0]["text"]
    assert "110" in first and "119" not in first and "燃气" not in first


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("家里煤气味好重 是不是漏了", "关了阀 窗子打开了 人都出来了"),
        ("厨房着火了 烟好大", "都跑出来了 在楼下"),
        ("我是网格员 现在在老人家里 一进门一股煤气味", "已经带老人出来了 在楼下 燃气公司说二十分钟到"),
    ],
)
async def test_after_gas_or_fire_the_all_clear_says_wait_outside_and_119(earlier, text):
    tracker = _with_earlier(
        make_tracker(
            text, intent="domestic_violence", active_loop=None, confidence=1.0, slots={"urgent": True}
        ),
        earlier,
    )
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    first = dispatcher.messages[0]["text"]
    assert "119" in first and "110" not in first
    assert "issue_text" not in slots and not _followups(events)


def test_an_all_clear_with_no_crisis_known_names_both():
    assert safe_now_reply(None) == SAFE_NOW_REPLY


@pytest.mark.parametrize(
    "text",
    [
        "我是哈尔滨香坊区通天街道的网格员 现在在一个独居老人家里 一进门一股煤气味 老人说闻了好几天了 怎么办",
        "刚进门就闻到煤气味 我妈说一直有味好几天了",
        "現在在我奶奶家 一進屋一股煤氣味 她說好幾天了",
        "人还在屋里 液化气味好几天了 越来越重",
    ],
)
async def test_someone_in_a_gas_smell_now_gets_out_first_however_long_it_smelled(text):
    tracker = make_tracker(text, intent="domestic_violence", active_loop=None, confidence=1.0)
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    assert "119" in dispatcher.messages[0]["text"]
    assert GET_SAFE_FIRST in texts(dispatcher)
    assert "issue_text" not in slots and "intake_form" not in _followups(events)
