"""Transcripts read from a real Rasa SQL tracker store, and masking of personal numbers in free text."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.cases import create_schema, make_engine
from bot.parsing.masking import mask_personal_numbers
from bot.staff.transcripts import read_transcript

SLOT_NAMES = [
    "issue_text",
    "category",
    "category_confidence",
    "location",
    "location_code",
    "occurred_at",
    "respondent",
    "legal_status",
    "prior_report",
    "people_count",
    "petitioner_name",
    "phone",
    "id_number",
    "id_number_encrypted",
    "route",
    "urgent",
    "threat_flag",
    "case_number",
    "intake_id",
    "intake_turns",
    "awaiting_confirmation",
    "evidence",
]
DOMAIN = Domain.from_yaml(
    "version: '3.1'\nslots:\n"
    + "".join(f"  {name}:\n    type: any\n    mappings: [{{type: custom}}]\n" for name in SLOT_NAMES)
)
T0 = datetime(2026, 11, 27, 2, 0, tzinfo=timezone.utc)  # 10:00 in Beijing


def at(minutes: float) -> float:
    return (T0 + timedelta(minutes=minutes)).timestamp()


def user(text: str, minutes: float, intent: str = "report_issue", confidence: float = 0.87, channel="rest"):
    parse = {"intent": {"name": intent, "confidence": confidence}, "entities": [], "text": text}
    return UserUttered(text, parse["intent"], parse_data=parse, timestamp=at(minutes), input_channel=channel)


def bot(text: str, minutes: float, buttons: list[dict] | None = None) -> BotUttered:
    return BotUttered(text, {"buttons": buttons} if buttons else {}, timestamp=at(minutes))


def slot(name: str, value, minutes: float) -> SlotSet:
    return SlotSet(name, value, timestamp=at(minutes))


def listen(minutes: float) -> ActionExecuted:
    return ActionExecuted("action_listen", timestamp=at(minutes))


class RasaDb:
    """One SQLite file holding Rasa's `events` (written by Rasa itself) and the case store."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.store = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(path))
        self.engine = make_engine(f"sqlite:///{path}")
        create_schema(self.engine)

    def save(self, sender: str, events: list[Event]) -> None:
        tracker = DialogueStateTracker.from_events(sender, events, DOMAIN.slots)
        asyncio.run(self.store.save(tracker))

    def close(self) -> None:
        self.engine.dispose()
        self.store.engine.dispose()


@pytest.fixture
def rasa_db(tmp_path):
    db = RasaDb(tmp_path / "intake.db")
    yield db
    db.close()


def noise_conversation() -> list[Event]:
    return [
        SessionStarted(timestamp=at(0)),
        ActionExecuted("action_session_start", timestamp=at(0)),
        listen(0),
        user("/greet", 0.1, intent="greet", confidence=1.0),
        bot("您好，我是信访受理助手。想反映什么事？", 0.2),
        listen(0.2),
        user("我家楼下烧烤店噪音扰民，晚上十二点还在营业😡", 1, confidence=0.912),
        ActiveLoop("intake_form", timestamp=at(1.1)),
        slot("issue_text", "我家楼下烧烤店噪音扰民，晚上十二点还在营业😡", 1.1),
        slot("intake_turns", 1.0, 1.1),
        bot(
            "这件事属于哪一类？",
            1.2,
            [
                {"title": "生态环境", "payload": '/choose{"category": "生态环境"}'},
                {"title": "其他", "payload": "/other"},
            ],
        ),
        listen(1.2),
        user('/choose{"category": "生态环境"}', 2, intent="choose", confidence=1.0),
        slot("category", "生态环境", 2.1),
        user(
            "<script>alert('x')</script> 朝阳區 电话１３８１２３４５６７８",
            3,
            intent="inform",
            confidence=0.55,
        ),
        slot("location", "北京市朝阳区", 3.1),
        slot("phone", "13812345678", 3.1),
        ActiveLoop(None, timestamp=at(3.2)),
        slot("case_number", "XF20261127-0001", 3.3),
        bot("已经帮您登记好了。", 3.4),
        listen(3.4),
    ]


def test_turns_come_in_order_with_times_and_intents_for_user_turns_only(rasa_db) -> None:
    rasa_db.save("conv-noise", noise_conversation())
    turns = read_transcript(rasa_db.engine, "conv-noise")
    assert [t.speaker for t in turns] == [
        "event",  # session start
        "user",
        "bot",
        "user",
        "event",  # form starts
        "event",  # 记录：反映的问题
        "bot",
        "user",
        "event",
        "user",
        "event",
        "event",
        "event",  # form ends
        "event",  # case filed
        "bot",
    ]
    assert turns[0].text == "会话开始"
    noise = turns[3]
    assert noise.text == "我家楼下烧烤店噪音扰民，晚上十二点还在营业😡"
    assert noise.intent == "report_issue" and noise.confidence == pytest.approx(0.912)
    assert noise.at == T0 + timedelta(minutes=1)
    assert noise.detail == "rest"
    assert all(t.intent is None and t.confidence is None for t in turns if t.speaker != "user")
    assert [t.at for t in turns] == sorted(t.at for t in turns)


def test_buttons_are_listed_and_a_pressed_button_shows_its_title(rasa_db) -> None:
    rasa_db.save("conv-noise", noise_conversation())
    turns = read_transcript(rasa_db.engine, "conv-noise")
    asking = next(t for t in turns if t.text == "这件事属于哪一类？")
    assert asking.buttons == ("生态环境", "其他")
    pressed = turns[turns.index(asking) + 1]
    assert pressed.speaker == "user" and pressed.text == "生态环境"
    assert pressed.detail == '按钮 /choose{"category": "生态环境"}'
    assert pressed.intent == "choose"


def test_event_lines_only_for_meaningful_slots_and_forms(rasa_db) -> None:
    rasa_db.save("conv-noise", noise_conversation())
    events = [t.text for t in read_transcript(rasa_db.engine, "conv-noise") if t.speaker == "event"]
    assert "开始填写登记表" in events and "表单结束" in events
    assert "记录：问题类别 = 生态环境" in events
    assert "记录：问题发生地 = 北京市朝阳区" in events  # the label the citizen saw in the summary
    assert "记录：联系电话 = 138****5678" in events  # never the clear phone in an event line
    assert "已登记为事项 XF20261127-0001" in events
    assert not any("intake_turns" in e or "action_listen" in e or "1.0" in e for e in events)


def test_address_line_shows_only_the_county(rasa_db) -> None:
    rasa_db.save(
        "conv-address",
        [slot("address", "北京市朝阳区建国路88号院3号楼1202", 1), slot("address", "未提供", 2)],
    )
    events = [t.text for t in read_transcript(rasa_db.engine, "conv-address") if t.speaker == "event"]
    assert events == ["记录：通讯地址 = 北京市朝阳区****", "记录：通讯地址 = 未提供"]


def test_script_text_is_returned_verbatim_and_masking_is_opt_in(rasa_db) -> None:
    rasa_db.save("conv-noise", noise_conversation())
    raw = read_transcript(rasa_db.engine, "conv-noise")
    script = next(t for t in raw if "<script>" in t.text)
    assert script.text == "<script>alert('x')</script> 朝阳區 电话１３８１２３４５６７８"
    assert script.confidence == pytest.approx(0.55)
    masked = read_transcript(rasa_db.engine, "conv-noise", mask=True)
    assert masked[raw.index(script)].text == "<script>alert('x')</script> 朝阳區 电话138****5678"


def test_all_sessions_are_read_and_other_conversations_are_not(rasa_db) -> None:
    rasa_db.save("conv-a", [SessionStarted(timestamp=at(0)), user("第一次来问问", 1)])
    rasa_db.save("conv-b", [user("别人的对话", 1)])
    rasa_db.save(
        "conv-a",
        [
            SessionStarted(timestamp=at(0)),
            user("第一次来问问", 1),
            SessionStarted(timestamp=at(600)),
            user("我又来了，上次的事还没人管", 601),
        ],
    )
    texts = [t.text for t in read_transcript(rasa_db.engine, "conv-a")]
    assert texts == ["会话开始", "第一次来问问", "会话开始", "我又来了，上次的事还没人管"]


def test_missing_table_or_unknown_conversation_give_an_empty_transcript(tmp_path, rasa_db) -> None:
    bare = make_engine(f"sqlite:///{tmp_path / 'no-events.db'}")
    create_schema(bare)
    assert read_transcript(bare, "conv-x") == []
    assert "events" not in sa.inspect(bare).get_table_names()  # reading never creates it
    bare.dispose()
    assert read_transcript(rasa_db.engine, "nobody") == []
    assert read_transcript(rasa_db.engine, "") == []


def test_reading_never_writes_the_events_table(rasa_db) -> None:
    rasa_db.save("conv-noise", noise_conversation())
    with rasa_db.engine.connect() as conn:
        before = conn.execute(sa.text("SELECT count(*), max(id) FROM events")).one()
    read_transcript(rasa_db.engine, "conv-noise", mask=True)
    with rasa_db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*), max(id) FROM events")).one() == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我的电话是13812345678，白天打", "我的电话是138****5678，白天打"),
        ("电话：１３８１２３４５６７８", "电话：138****5678"),
        ("手机 138 1234 5678 找李阿姨", "手机 138****5678 找李阿姨"),
        ("+86 138-1234-5678", "138****5678"),
        ("座机（０２０）８７６５４３２１转１２３", "座机020-****4321转１２３"),
        ("打0755-86543210或者13912345678都行", "打0755-****3210或者139****5678都行"),
        ("一三八一二三四五六七八 是我电话", "138****5678 是我电话"),
        ("身份证11010519491231002X", "身份证110105********002X"),
        ("身份证 110105 19491231 002x 谢谢", "身份证 110105********002X 谢谢"),
        ("ID：１１０１０５１９４９１２３１００２Ｘ", "ID：110105********002X"),
        ("身份证110105194912310021（可能输错了）", "身份证110105********0021（可能输错了）"),
        ("2023-10-12 打了13812345678没人接", "2023-10-12 打了138****5678没人接"),
        ("tel13812345678ok", "tel138****5678ok"),
    ],
)
def test_mask_personal_numbers_masks_phones_and_id_numbers(text: str, expected: str) -> None:
    assert mask_personal_numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "欠薪35000元，3号楼502室，2024年3月15日开始",
        "事项编号XF20261127-0042，查询码123456",
        "12345热线说让我找信访局",
        "1381234567 少了一位",
        "一二三四五六 不是电话",
        "<b>物业</b> 收费 ¥1,380 每月 😡",
        "",
    ],
)
def test_mask_personal_numbers_keeps_everything_else(text: str) -> None:
    assert mask_personal_numbers(text) == text


def test_mask_personal_numbers_handles_none_and_many_numbers() -> None:
    assert mask_personal_numbers(None) == ""
    text = "，".join(f"139{n:08d}" for n in range(12345670, 12345680))
    masked = mask_personal_numbers(text)
    assert masked.count("139****") == 10 and "12345670" not in masked
