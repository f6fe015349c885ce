"""Someone writing while another is in danger this minute is asked to call for help first, with no question yet;
"已经打了110 警察说马上到" is acknowledged with what to do until the police come, and the call is kept as what was
already done (not the bare "此前反映情况我记下了"); after the all-clear it is only an answer."""

from __future__ import annotations

import pytest

from actions.crisis import CrisisResponse
from actions.crisis_timing import HELP_COMING, HOLD_FOR_ANOTHER, danger_to_another_now, help_called
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, play, run_action, texts


async def _outside_the_form(
    text: str, slots: dict, intent: str = "domestic_violence", confidence: float = 1.0
):
    """The crisis action on `text` with no form active: the slots it set, what was said, its events."""
    tracker = make_tracker(text, intent=intent, active_loop=None, confidence=confidence, slots=slots)
    slots_set, dispatcher, events = await run_action(CrisisResponse(), tracker)
    return slots_set, texts(dispatcher), events


STORY = "我替我妹妹说 她老公喝了酒又打她 刚才打电话哭着说躲在厕所里 他在外面砸门说要弄死她 合肥瑶海区"


@pytest.mark.parametrize(
    "text",
    [
        STORY,
        "我姐打电话说她男人拿着刀在砸门 她躲在卧室里",
        "帮我闺女问问 她对象喝多了在外面砸门 她锁在屋里不敢出来",
        "我替我妈说 我爸喝醉了拿着菜刀要砍死她 她躲在邻居家",
    ],
)
def test_another_in_danger_this_minute(text):
    assert danger_to_another_now(text)


@pytest.mark.parametrize(
    "text",
    [
        "救命 我老公喝醉了拿着菜刀在外面砸门 说要砍死我 我和女儿锁在卫生间里",
        "救命 我老公又喝多了在砸门 我抱着孩子躲在卫生间 在南京市鼓楼区",
        "我邻居家天天打孩子，小孩哭得很惨，身上都是伤",
        "帮我妈反映 我爸天天打她 去年还打断过她胳膊",
    ],
)
def test_the_writer_in_danger_or_harm_not_unfolding_now_is_not(text):
    assert not danger_to_another_now(text)


@pytest.mark.parametrize(
    ("text", "called"),
    [
        ("我已经打了110了 警察说马上到 就是刚才 今天晚上", True),
        ("已经打了110 警察说马上到", True),
        ("报了警了 民警说在路上", True),
        ("以前报过一次警 警察来了调解一下就走了", False),
        ("打过12345 没人管", False),
        # a call only asked about is no call made (hv-015: "报了警就好" to one who had not called)
        ("昨儿黑 以前也打 打了好几年了 报警了他回来会不会打得更狠", False),
        ("要是报了警 他会不会报复我", False),
        ("報警了他會不會更兇", False),
        ("报了警有用吗", False),
        # asked beside a call made, it stays made
        ("已经报警了 他会不会跑", True),
        ("报警了 有用吗 警察说马上到", True),
    ],
)
def test_help_called_now(text, called):
    assert help_called(text) is called


async def test_a_sister_writing_while_she_hides_hears_call_110_and_no_question():
    tracker = make_tracker(STORY, intent="domestic_violence", active_loop=None, confidence=1.0)
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "110" in dispatcher.messages[0]["text"] and HOLD_FOR_ANOTHER in said
    assert "什么时候" not in said and "哪一类" not in said
    assert slots["issue_text"] == STORY and slots["urgent"] is True
    assert not [e for e in events if e.get("event") == "followup"]


@pytest.mark.parametrize("asked", [None, "location", "occurred_at"])
async def test_help_called_is_acknowledged_and_kept_as_what_was_done(asked):
    turn = await play(
        ValidateIntakeForm(),
        "我已经打了110了 警察说马上到 就是刚才 今天晚上",
        intent="inform",
        requested_slot=asked,
        slots={"urgent": True, "issue_text": STORY, "category": "政法"},
    )
    assert HELP_COMING in turn.said and "此前反映情况我记下了" not in turn.said


async def test_the_110_call_told_after_the_all_clear_is_only_the_answer():
    turn = await play(
        ValidateIntakeForm(),
        "就今天打了110",
        earlier=[{"event": "user", "text": "警察来了 把他带走了 我没事", "parse_data": {}}],
        intent="inform",
        requested_slot="prior_report",
        slots={"urgent": True, "issue_text": STORY, "category": "政法"},
    )
    assert HELP_COMING not in turn.said and "110" in (turn.slots.get("prior_report") or "")


async def test_no_crisis_before_no_police_advice():
    turn = await play(
        ValidateIntakeForm(),
        "打了110 警察说马上到",
        intent="inform",
        requested_slot="prior_report",
        slots={"issue_text": "小区门口天天有人占道摆摊"},
    )
    assert HELP_COMING not in turn.said


async def test_the_all_clear_at_the_summary_reminds_to_confirm_and_asks_for_no_story():
    tracker = make_tracker(
        "警察到了 把他带走了",
        intent="domestic_violence",
        active_loop=None,
        confidence=1.0,
        slots={"urgent": True, "issue_text": STORY, "awaiting_confirmation": True},
    )
    _, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "对，提交" in said and "跟我说说是怎么回事" not in said


async def test_the_all_clear_after_the_story_was_kept_starts_the_questions():
    _, said, events = await _outside_the_form("警察到了 把他带走了", {"urgent": True, "issue_text": STORY})
    assert "跟我说说是怎么回事" not in said
    assert [e.get("name") for e in events if e.get("event") == "followup"] == ["intake_form"]


async def test_a_sister_asking_to_keep_him_away_hears_she_may_apply_for_her():
    tracker = make_tracker(
        "没有 能不能让法院不让他靠近我妹",
        intent="domestic_violence",
        confidence=1.0,
        requested_slot="legal_status",
        slots={"urgent": True, "issue_text": STORY},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "人身安全保护令" in said and "近亲属可以代为申请" in said and "第23条" in said
    assert slots.get("legal_status") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "救命 我老公又喝多了 拿着菜刀在客厅砸东西 我跟孩子锁在卧室里 在开封龙亭区",
        "救命 我老公喝醉了拿着菜刀在外面砸门 说要砍死我 我和女儿锁在卫生间里",
        "俺男人拿着斧头在院里追俺 俺躲在柴房里 在梨树县",
    ],
)
async def test_a_weapon_in_the_house_holds_the_questions_until_she_is_safe(text):
    tracker = make_tracker(text, intent="domestic_violence", active_loop=None, confidence=1.0)
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "110" in said and "什么时候" not in said and "先顾人身安全" in said
    assert slots["issue_text"] == text and not [e for e in events if e.get("event") == "followup"]


@pytest.mark.parametrize(
    "text",
    [
        "救命 他又喝多了在砸门 我和孩子躲在卧室里",
        "救命 我老公又喝多了在砸门 我抱着孩子躲在卫生间 在南京市鼓楼区",
        "快来人 隔壁王老二拿着锄头堵在我家门口 说我截了他的水 要打死我",
    ],
)
async def test_hiding_inside_or_him_at_the_door_holds_the_questions(text):
    slots, said, events = await _outside_the_form(text, {})
    assert "110" in said and "先顾人身安全" in said and "发生在哪里" not in said
    assert slots["issue_text"] == text and not [e for e in events if e.get("event") == "followup"]


@pytest.mark.parametrize(
    "text",
    [
        "我老公喝了酒就打我 昨天晚上又打了 我脸上都是伤 我带着孩子躲在我妈家 我在石家庄市长安区",
        "我屋隔壁那个张二娃 昨天晚上拿起锄头在我门口吼 说要弄死我 就因为他屋头的阴沟水往我田坎放",
        "村主任带人把我爹打了 打得头都破了 现在在镇卫生院",
    ],
)
async def test_safe_at_a_refuge_or_told_as_past_the_intake_starts(text):
    _, said, events = await _outside_the_form(text, {})
    assert "先顾人身安全" not in said
    assert "intake_form" in [e.get("name") for e in events if e.get("event") == "followup"]


@pytest.mark.parametrize("text", ["报警了 警察还没到 他在踹门", "他还在砸门 我好怕"])
async def test_while_the_danger_goes_on_the_story_kept_no_question_is_asked(text):
    story = "救命 我老公又喝多了 拿着菜刀在客厅砸东西 我跟孩子锁在卧室里 在开封龙亭区"
    tracker = make_tracker(
        text,
        intent="domestic_violence",
        active_loop=None,
        confidence=1.0,
        slots={"urgent": True, "issue_text": story},
    )
    _, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "110" in said and "什么时候" not in said and "跟我说说发生了什么" not in said
    assert not [e for e in events if e.get("event") == "followup"]


@pytest.mark.parametrize("text", ["没有 能让法院不让他靠近俺不", "没有 能不能让法院不准他靠近我和孩子"])
async def test_asking_to_keep_him_away_in_dialect_gets_the_protection_order(text):
    tracker = make_tracker(
        text,
        intent="domestic_violence",
        confidence=1.0,
        requested_slot="legal_status",
        slots={"urgent": True, "issue_text": "俺家那口子喝了酒就打俺 昨晚又打了"},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "人身安全保护令" in texts(dispatcher) and slots.get("legal_status") == "none"


async def test_help_called_while_he_is_still_at_the_door_keeps_holding():
    story = "快点 隔壁的拿着菜刀在我家门口砍门 说要砍死我男人 因为田埂的事 咋办啊"
    _, said, events = await _outside_the_form(
        "打了110了 警察还没到 他还在外面骂 我把门顶住了",
        {"urgent": True, "issue_text": story},
        intent="threat_violence",
        confidence=0.5,
    )
    assert HELP_COMING in said and "门" in said and "什么时候" not in said
    assert not [e for e in events if e.get("event") == "followup"]


async def test_the_form_started_while_he_is_still_at_the_door_asks_nothing():
    turn = await play(
        ValidateIntakeForm(),
        "报警了 警察还没来 他在外面骂",
        intent="tell_problem",
        slots={"urgent": True, "issue_text": "救命 他又喝多了在砸门 我和孩子躲在卧室里"},
    )
    assert HELP_COMING in turn.said
    assert any(e.get("name") == "action_listen" for e in turn.events if e.get("event") == "followup")


async def test_police_called_while_held_is_kept_as_what_was_done():
    _, said, events = await _outside_the_form(
        "报警了 警察还没来 他在外面骂",
        {"urgent": True, "issue_text": "救命 他又喝多了在砸门 我和孩子躲在卧室里"},
        intent="tell_problem",
        confidence=0.5,
    )
    kept = [e.get("value") for e in events if e.get("name") == "prior_report"]
    assert HELP_COMING in said and kept == ["报警了 警察还没来 他在外面骂"]


async def test_asking_for_the_answer_is_no_answer_to_the_question_asked():
    tracker = make_tracker(
        "能不能让法院不让他回来 你先回答我",
        intent="domestic_violence",
        confidence=1.0,
        requested_slot="prior_report",
        slots={"urgent": True, "issue_text": "救命 他又喝多了在砸门 我和孩子躲在卧室里"},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "人身安全保护令" in texts(dispatcher) and "prior_report" not in slots


@pytest.mark.parametrize(
    "story",
    [
        "我想自杀 被骗了十几万 都是借亲戚的 活不下去了",  # hr-016: despair over a fraud
        "厨房里全是煤气味 我闻着头晕",
    ],
)
async def test_a_police_report_after_despair_or_a_leak_gets_no_door_advice(story):
    turn = await play(
        ValidateIntakeForm(),
        "报了警 派出所说在查",
        intent="inform",
        requested_slot="occurred_at",
        slots={"urgent": True, "issue_text": story, "category": "政法"},
    )
    assert HELP_COMING not in turn.said and "别开门" not in turn.said


async def test_despair_said_again_with_a_question_goes_to_the_crisis_reply():
    # hr-016: "能不能帮我把钱要回来 不然我真的不想活了" got only the route answer, no hotline
    turn = await play(
        ValidateIntakeForm(),
        "你们能不能帮我把钱要回来 不然我真的不想活了",
        intent="self_harm",
        requested_slot="occurred_at",
        slots={
            "urgent": True,
            "issue_text": "我想自杀 被骗了十几万 都是借亲戚的 活不下去了",
            "category": "政法",
        },
    )
    assert turn.said == "" and not turn.slots  # the form lets the crisis rule answer
