"""Abandoned conversations: listing from Rasa's events, review marks, filing a case from one."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet
from rasa.shared.core.events import ActionExecuted, SessionStarted

from bot.cases import CaseInput, CaseRepository, session_factory
from bot.cases.crypto import encrypt_id_number
from bot.cases.models import Case
from bot.ops.settings import get_settings
from bot.staff.conversation_actions import file_case_from_conversation, is_reviewed, mark_reviewed
from bot.staff.conversations import conversation_slots, list_abandoned, shown_slots
from bot.staff.models import AuditEntry
from bot.staff.roles import ROLE_ADMIN, ROLE_OFFICER, ROLE_VIEWER, StaffUser
from tests.unit.test_staff_transcripts import T0, RasaDb, bot, listen, slot, user

KEY = Fernet.generate_key().decode()
OFFICER = StaffUser(1, "wangli", "王丽", ROLE_OFFICER)
ADMIN = StaffUser(2, "admin", "管理员", ROLE_ADMIN)
VIEWER = StaffUser(3, "zhao", "赵读", ROLE_VIEWER)
NOW = T0 + timedelta(hours=2)


@pytest.fixture(autouse=True)
def _id_key(monkeypatch):
    monkeypatch.setenv("ID_ENCRYPTION_KEY", KEY)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def rasa_db(tmp_path):
    db = RasaDb(tmp_path / "intake.db")
    yield db
    db.close()


@pytest.fixture
def sessions(rasa_db):
    return session_factory(rasa_db.engine)


@pytest.fixture
def repo(sessions):
    return CaseRepository(sessions, id_encryption_key=KEY)


def wage_conversation(end_minute: float = 5) -> list:
    return [
        SessionStarted(timestamp=T0.timestamp()),
        ActionExecuted("action_session_start", timestamp=T0.timestamp()),
        listen(0),
        user("/greet", 0, intent="greet", channel="wechat"),
        bot("您好！想反映什么事？", 0.1),
        user("老板拖欠我们工资三个月了，一共十二个人", 1, channel="wechat"),
        slot("issue_text", "老板拖欠我们工资三个月了，一共十二个人", 1.1),
        slot("category", "劳动和社会保障", 1.2),
        slot("category_confidence", 0.81, 1.2),
        slot("location", "广东省深圳市南山区", 2),
        slot("location_code", "440305", 2),
        slot("location", "广东省深圳市南山区粤海街道", 3),  # corrected later: the latest value counts
        slot("people_count", "12", 3),
        slot("phone", "13812345678", 4),
        slot("id_number", "110105********002X", 4),
        slot("id_number_encrypted", encrypt_id_number("11010519491231002X", KEY), 4),
        slot("respondent", None, 4),
        slot("urgent", True, 4),
        user("我先不说了，回头再来", end_minute, channel="wechat"),
    ]


def test_idle_boundary_filed_and_payload_only_conversations(rasa_db, repo, sessions) -> None:
    rasa_db.save("idle-31", [user("小区电梯坏了半年没人修", 89)])  # last event 31 min before NOW
    rasa_db.save("idle-30", [user("路灯不亮", 90)])  # exactly 30 min: counts as idle
    rasa_db.save("active-29", [user("我还在打字", 91)])
    rasa_db.save("buttons-only", [user("/greet", 10, intent="greet"), bot("您好", 10.1)])
    rasa_db.save("no-user", [SessionStarted(timestamp=T0.timestamp()), bot("欢迎", 0.1)])
    rasa_db.save("filed", [user("噪音扰民，已经登记过了", 10)])
    repo.file_case(CaseInput(filing_key="filed:1", issue_text="噪音扰民", conversation_id="filed"))

    page = list_abandoned(rasa_db.engine, sessions, idle_minutes=30, now=NOW)
    assert [item.conversation_id for item in page.items] == ["idle-30", "idle-31"]  # latest first
    assert page.total == 2
    longer = list_abandoned(rasa_db.engine, sessions, idle_minutes=28, now=NOW)
    assert {i.conversation_id for i in longer.items} == {"idle-30", "idle-31", "active-29"}


def test_summary_fields_come_from_the_events(rasa_db, sessions) -> None:
    rasa_db.save("wage", wage_conversation())
    [item] = list_abandoned(rasa_db.engine, sessions, now=NOW).items
    assert item.channel == "wechat"
    assert item.first_text == "老板拖欠我们工资三个月了，一共十二个人"  # not "/greet"
    assert item.user_messages == 3
    assert item.started_at == T0 and item.last_at == T0 + timedelta(minutes=5)
    assert item.slots["location"] == "广东省深圳市南山区粤海街道"
    assert item.slots["phone"] == "138****5678"
    assert item.slots["urgent"] is True
    assert "respondent" not in item.slots and "id_number_encrypted" not in item.slots
    assert item.reviewed is False


def test_conversation_slots_keep_secrets_until_shown(rasa_db) -> None:
    rasa_db.save("wage", wage_conversation())
    slots = conversation_slots(rasa_db.engine, "wage")
    assert slots["phone"] == "13812345678" and slots["id_number_encrypted"].startswith("gAAAA")
    shown = shown_slots(slots)
    assert shown["phone"] == "138****5678" and "id_number_encrypted" not in shown
    assert shown["id_number"] == "110105********002X" and shown["people_count"] == "12"
    assert shown_slots({"phone": "未提供"}) == {"phone": "未提供"}
    assert shown_slots({"address": "长沙市岳麓区望月湖街道12栋3单元502"}) == {
        "address": "湖南省长沙市岳麓区****"
    }
    assert shown_slots({"address": "未提供"}) == {"address": "未提供"}
    assert conversation_slots(rasa_db.engine, "nobody") == {}


def test_paging_and_review_filter(rasa_db, sessions) -> None:
    for n in range(7):
        rasa_db.save(f"c{n}", [user(f"第{n}件事：楼上漏水", n)])
    first = list_abandoned(rasa_db.engine, sessions, page=1, per_page=3, now=NOW)
    third = list_abandoned(rasa_db.engine, sessions, page=3, per_page=3, now=NOW)
    assert first.total == third.total == 7
    assert [i.conversation_id for i in first.items] == ["c6", "c5", "c4"]
    assert [i.conversation_id for i in third.items] == ["c0"]
    mark_reviewed(sessions, OFFICER, "c5", note="打过电话，群众说已解决")
    done = list_abandoned(rasa_db.engine, sessions, reviewed=True, now=NOW)
    todo = list_abandoned(rasa_db.engine, sessions, reviewed=False, now=NOW)
    assert [i.conversation_id for i in done.items] == ["c5"] and done.items[0].reviewed
    assert todo.total == 6 and "c5" not in {i.conversation_id for i in todo.items}


def test_no_events_table_lists_nothing(tmp_path) -> None:
    from bot.cases import create_schema, make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'bare.db'}")
    create_schema(engine)
    page = list_abandoned(engine, session_factory(engine), now=NOW)
    assert page.items == [] and page.total == 0
    engine.dispose()


def test_many_conversations_are_aggregated_in_sql(rasa_db, sessions) -> None:
    rows = [
        {
            "sender_id": f"bulk-{n}",
            "type_name": "user",
            "timestamp": T0.timestamp() + n,
            "data": json.dumps(
                {
                    "event": "user",
                    "timestamp": T0.timestamp() + n,
                    "text": f"第{n}条",
                    "input_channel": "rest",
                }
            ),
        }
        for n in range(3000)
    ]
    with rasa_db.engine.begin() as conn:  # test setup only: the code under test never writes events
        conn.execute(
            sa.text(
                "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (:sender_id, :type_name, :timestamp, :data)"
            ),
            rows,
        )
    page = list_abandoned(rasa_db.engine, sessions, per_page=25, now=NOW + timedelta(days=1))
    assert page.total == 3000
    assert page.items[0].conversation_id == "bulk-2999" and page.items[0].first_text == "第2999条"


def test_file_case_from_conversation_maps_slots_to_the_case(rasa_db, repo, sessions) -> None:
    rasa_db.save("wage", wage_conversation())
    filed = file_case_from_conversation(rasa_db.engine, sessions, repo, OFFICER, "wage", ip="10.0.0.7")
    case = filed.case
    assert filed.created
    assert case.filing_key == "staff:wage" and case.conversation_id == "wage"
    assert case.issue_text == "老板拖欠我们工资三个月了，一共十二个人"
    assert case.category == "劳动和社会保障" and case.category_confidence == pytest.approx(0.81)
    assert case.location == "广东省深圳市南山区粤海街道" and case.location_code == "440305"
    assert case.people_count == 12 and case.collective
    assert case.phone == "13812345678" and case.urgent
    assert case.channel == "wechat"
    assert case.route == "labour_inspection"  # from bot.domain.routing: the slots had none
    assert case.id_number_masked == "110105********002X"
    assert repo.reveal_id_number(case.case_number) == "11010519491231002X"
    with sessions() as session:
        entry = session.execute(sa.select(AuditEntry)).scalar_one()
    assert (entry.actor, entry.action, entry.target_type, entry.target_id, entry.ip) == (
        "wangli",
        "conversation.file_case",
        "conversation",
        "wage",
        "10.0.0.7",
    )
    assert json.loads(entry.after) == case.case_number
    assert list_abandoned(rasa_db.engine, sessions, now=NOW).total == 0  # no longer abandoned


def test_filing_twice_is_refused_politely(rasa_db, repo, sessions) -> None:
    rasa_db.save("wage", wage_conversation())
    first = file_case_from_conversation(rasa_db.engine, sessions, repo, ADMIN, "wage")
    with pytest.raises(ValueError, match=f"这段对话已经登记为事项 {first.case.case_number}"):
        file_case_from_conversation(rasa_db.engine, sessions, repo, OFFICER, "wage")
    bot_filed = repo.file_case(CaseInput(filing_key="bot:1", issue_text="噪音", conversation_id="by-bot"))
    rasa_db.save("by-bot", [user("噪音", 1)])
    with pytest.raises(ValueError, match=bot_filed.case.case_number):
        file_case_from_conversation(rasa_db.engine, sessions, repo, OFFICER, "by-bot")


def test_issue_text_falls_back_to_the_typed_messages_or_the_staff_text(rasa_db, repo, sessions) -> None:
    rasa_db.save(
        "short",
        [user("/greet", 0, intent="greet"), user("村里的路被挖断了", 1), user("三个月没修 走不了车", 2)],
    )
    case = file_case_from_conversation(rasa_db.engine, sessions, repo, OFFICER, "short").case
    assert case.issue_text == "村里的路被挖断了\n三个月没修 走不了车"
    assert case.route  # decided even without slots
    rasa_db.save("typed", [user("嗯", 1), slot("issue_text", "物业乱收费", 1)])
    written = file_case_from_conversation(
        rasa_db.engine, sessions, repo, OFFICER, "typed", issue_text="  物业每月多收停车费200元  "
    ).case
    assert written.issue_text == "物业每月多收停车费200元"


def test_filing_refuses_viewers_unknown_and_empty_conversations(rasa_db, repo, sessions) -> None:
    rasa_db.save("wage", wage_conversation())
    with pytest.raises(PermissionError):
        file_case_from_conversation(rasa_db.engine, sessions, repo, VIEWER, "wage")
    with pytest.raises(ValueError, match="找不到这段对话"):
        file_case_from_conversation(rasa_db.engine, sessions, repo, OFFICER, "nobody")
    rasa_db.save("payload", [user("/greet", 1, intent="greet")])
    with pytest.raises(ValueError, match="没有群众反映的内容"):
        file_case_from_conversation(rasa_db.engine, sessions, repo, OFFICER, "payload")
    with sessions() as session:
        assert session.execute(sa.select(sa.func.count()).select_from(Case)).scalar() == 0
        assert session.execute(sa.select(sa.func.count()).select_from(AuditEntry)).scalar() == 0


def test_unparseable_people_count_does_not_block_filing(rasa_db, repo, sessions) -> None:
    rasa_db.save("vague", [user("好多人被骗了", 1), slot("people_count", "好几十个", 1)])
    case = file_case_from_conversation(rasa_db.engine, sessions, repo, OFFICER, "vague").case
    assert case.people_count is None and case.issue_text == "好多人被骗了"


def test_review_marks_are_audited_and_viewers_may_not_mark(rasa_db, sessions) -> None:
    assert not is_reviewed(sessions, "conv-9")
    with pytest.raises(PermissionError):
        mark_reviewed(sessions, VIEWER, "conv-9")
    mark_reviewed(sessions, OFFICER, "conv-9", note="已电话回访", ip="10.0.0.8")
    mark_reviewed(sessions, ADMIN, "conv-9")  # again: still reviewed, no error
    assert is_reviewed(sessions, "conv-9")
    mark_reviewed(sessions, ADMIN, "conv-9", reviewed=False, note="看漏了一段")
    assert not is_reviewed(sessions, "conv-9")
    with sessions() as session:
        entries = session.execute(sa.select(AuditEntry).order_by(AuditEntry.id)).scalars().all()
    assert [(e.actor, e.action, e.target_id) for e in entries] == [
        ("wangli", "conversation.review", "conv-9"),
        ("admin", "conversation.review", "conv-9"),
        ("admin", "conversation.review", "conv-9"),
    ]
    assert json.loads(entries[0].before) == {"reviewed": False}
    assert json.loads(entries[0].after) == {"reviewed": True}
    assert entries[0].reason == "已电话回访" and entries[0].ip == "10.0.0.8"
    assert json.loads(entries[2].after) == {"reviewed": False}


def test_listing_and_transcript_on_postgresql(postgres_url) -> None:
    import uuid

    from rasa.core.tracker_store import SQLTrackerStore

    from bot.cases import create_schema, make_engine
    from bot.staff.transcripts import read_transcript

    schema = f"conv_test_{uuid.uuid4().hex[:10]}"
    admin = make_engine(postgres_url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    engine = make_engine(postgres_url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        create_schema(engine)
        SQLTrackerStore.SQLEvent.__table__.create(engine)  # Rasa's own table definition
        rows = [  # the rows SQLTrackerStore.save writes
            {
                "sender_id": sender,
                "type_name": event.type_name,
                "timestamp": event.timestamp,
                "intent_name": getattr(event, "intent_name", None),
                "data": json.dumps(event.as_dict()),
            }
            for sender, events in (("pg-wage", wage_conversation()), ("pg-buttons", [user("/greet", 1)]))
            for event in events
        ]
        with engine.begin() as conn:
            conn.execute(SQLTrackerStore.SQLEvent.__table__.insert(), rows)
        sessions = session_factory(engine)
        page = list_abandoned(engine, sessions, now=NOW)
        assert [i.conversation_id for i in page.items] == ["pg-wage"]
        assert page.items[0].first_text == "老板拖欠我们工资三个月了，一共十二个人"
        assert page.items[0].slots["location_code"] == "440305"
        turns = read_transcript(engine, "pg-wage")
        assert turns[0].text == "会话开始" and turns[-1].text == "我先不说了，回头再来"
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()
