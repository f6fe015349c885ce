"""Audited staff actions on a case (bot.staff.case_actions), on SQLite and once on PostgreSQL."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select

from bot.cases import CaseInput, CaseRepository, create_schema, make_engine, session_factory
from bot.staff import case_actions
from bot.staff.case_queries import CaseFilter, get_case_detail, search_cases
from bot.staff.models import AuditEntry, CaseNote, CaseTag
from bot.staff.roles import StaffUser

KEY = Fernet.generate_key().decode()
ID_NUMBER = "11010519491231002X"
ADDRESS = "广东省深圳市南山区粤海街道科技园8栋1203"
FILED = datetime(2026, 1, 5, 2, 0, tzinfo=timezone.utc)  # 10:00 in Beijing
OFFICER = StaffUser(1, "li.officer", "李接访", "officer")
ADMIN = StaffUser(2, "wang.admin", "王管理", "admin")
VIEWER = StaffUser(3, "zhao.viewer", "赵只读", "viewer")


def at(day: int, month: int = 1, hour: int = 2) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=timezone.utc)


@pytest.fixture
def sessions(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'actions.db'}")
    create_schema(engine)
    yield session_factory(engine)
    engine.dispose()


@pytest.fixture
def repo(sessions):
    return CaseRepository(sessions, id_encryption_key=KEY)


@pytest.fixture
def number(repo) -> str:
    data = CaseInput(
        filing_key="conv-1:form-1",
        issue_text="公司拖欠我们工资三个月，一共四万二，老板说年后再说👎",
        conversation_id="conv-1",
        channel="socketio",
        category="劳动和社会保障",
        category_confidence=0.71,
        location="广东省深圳市南山区",
        location_code="440305",
        respondent="深圳某电子厂",
        petitioner_name="陈师傅",
        phone="13812345678",
        id_number=ID_NUMBER,
        address=ADDRESS,
        route="labour_inspection",
    )
    return repo.file_case(data, now=FILED).case.case_number


@pytest.fixture
def petition_number(repo) -> str:
    """An ordinary 申诉求决 matter (route `petition`): the one with a 60-day 信访处理意见书 (第34条)."""
    data = CaseInput(
        filing_key="conv-2:form-1",
        issue_text="镇里修路占了我家门前的排水沟，下雨就淹院子，找镇政府三次都说再研究",
        conversation_id="conv-2",
        channel="socketio",
        category="城乡建设",
        location="广东省深圳市南山区",
        location_code="440305",
        petitioner_name="陈师傅",
        phone="13812345678",
        route="petition",
    )
    return repo.file_case(data, now=FILED).case.case_number


def audit_rows(sessions, action: str | None = None) -> list[AuditEntry]:
    with sessions() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            query = query.where(AuditEntry.action == action)
        return list(session.execute(query).scalars())


def test_accept_then_handle_then_close_with_history_and_audit(sessions, repo, petition_number):
    number = petition_number
    accepted = case_actions.change_status(
        sessions, OFFICER, number, "已受理", "材料齐全", ip="10.0.0.8", now=at(10)
    )
    assert accepted.status == "已受理" and accepted.accepted_on == date(2026, 1, 10)
    assert accepted.handling_deadline == date(2026, 3, 11) == accepted.due_on  # 第34条
    assert "第34条" in accepted.due_article
    handling = case_actions.change_status(sessions, OFFICER, number, "办理中", now=at(12))
    assert handling.due_on == date(2026, 3, 11)
    closed = case_actions.change_status(
        sessions, ADMIN, number, "已办结", "已出具信访处理意见书", now=at(1, 3)
    )
    assert closed.closed_on == date(2026, 3, 1) and closed.due_on is None and closed.due_article is None

    history = repo.status_history(number)
    assert [(h.from_status, h.to_status, h.actor) for h in history] == [
        (None, "待受理", "system"),
        ("待受理", "已受理", "li.officer"),
        ("已受理", "办理中", "li.officer"),
        ("办理中", "已办结", "wang.admin"),
    ]
    assert history[1].note == "材料齐全" and history[1].changed_at == at(10)

    rows = audit_rows(sessions, "case.status")
    assert len(rows) == 3
    first = rows[0]
    assert (first.actor, first.target_type, first.target_id, first.ip, first.reason) == (
        "li.officer",
        "case",
        number,
        "10.0.0.8",
        "材料齐全",
    )
    before, after = json.loads(first.before), json.loads(first.after)
    assert before["status"] == "待受理" and after["status"] == "已受理"
    assert before["due_on"] == "2026-01-20" and after["due_on"] == "2026-03-11"
    assert before["accepted_on"] is None and after["accepted_on"] == "2026-01-10"
    assert json.loads(rows[2].after)["closed_on"] == "2026-03-01"


def test_review_and_reexamination_deadlines(sessions, number):
    for status, when in (("已受理", at(10)), ("办理中", at(11)), ("已办结", at(1, 3))):
        case_actions.change_status(sessions, OFFICER, number, status, now=when)
    review = case_actions.change_status(
        sessions, OFFICER, number, "复查中", "信访人对处理意见不服", now=at(5, 3)
    )
    assert review.review_requested_on == date(2026, 3, 5)
    assert review.due_on == date(2026, 4, 4) and review.due_article == "第35条"
    done = case_actions.change_status(sessions, OFFICER, number, "复查办结", now=at(1, 4))
    assert done.due_on is None and done.closed_on == date(2026, 4, 1)
    detail = get_case_detail(sessions, number, today=date(2026, 4, 2))
    assert "2026-05-01前请求复核" in detail.due.label and detail.next_statuses == ("复核中",)
    reexam = case_actions.change_status(sessions, OFFICER, number, "复核中", now=at(20, 4))
    assert reexam.due_on == date(2026, 5, 20) and reexam.due_article == "第36条"
    final = case_actions.change_status(sessions, OFFICER, number, "复核办结", now=at(10, 5))
    assert final.status == "复核办结"
    with pytest.raises(ValueError, match="不能改为"):
        case_actions.change_status(sessions, OFFICER, number, "复查中", now=at(11, 5))
    assert "不再受理" in get_case_detail(sessions, number).due.label


@pytest.mark.parametrize("target", ["办理中", "已办结", "复查中", "复核办结", "待受理"])
def test_refused_moves_change_nothing(sessions, repo, number, target):
    with pytest.raises(ValueError, match="不能改为"):
        case_actions.change_status(sessions, OFFICER, number, target, "试试", now=at(6))
    assert repo.get_by_number(number).status == "待受理"
    assert len(repo.status_history(number)) == 1 and audit_rows(sessions) == []


def test_refusal_and_transfer_need_a_reason(sessions, repo, number):
    with pytest.raises(ValueError, match="理由"):
        case_actions.change_status(sessions, OFFICER, number, "不予受理", "  ", now=at(6))
    with pytest.raises(ValueError, match="转送"):
        case_actions.change_status(sessions, OFFICER, number, "已转送", None, now=at(6))
    assert audit_rows(sessions) == []
    moved = case_actions.change_status(
        sessions, OFFICER, number, "已转送", "深圳市南山区人力资源局", now=at(6)
    )
    assert moved.decision_reason == "深圳市南山区人力资源局" and moved.due_on is None
    assert (
        json.loads(audit_rows(sessions, "case.status")[0].after)["decision_reason"]
        == "深圳市南山区人力资源局"
    )
    with pytest.raises(ValueError, match="已终结"):
        case_actions.change_status(sessions, OFFICER, number, "已受理", now=at(7))


def test_extension_once_within_30_days(sessions, petition_number):
    number = petition_number
    with pytest.raises(ValueError, match="已受理"):
        case_actions.extend_handling(sessions, OFFICER, number, 10, "情况复杂", now=at(6))
    case_actions.change_status(sessions, OFFICER, number, "已受理", now=at(10))
    for days in (0, 31, "三十", ""):
        with pytest.raises(ValueError, match="延期"):
            case_actions.extend_handling(sessions, OFFICER, number, days, "情况复杂", now=at(1, 3))
    with pytest.raises(ValueError, match="理由"):
        case_actions.extend_handling(sessions, OFFICER, number, 30, "", now=at(1, 3))
    extended = case_actions.extend_handling(
        sessions, OFFICER, number, "３０", "涉及三个部门，需要调取工资流水", ip="10.0.0.9", now=at(1, 3)
    )
    assert extended.extension_days == 30 and extended.extension_reason == "涉及三个部门，需要调取工资流水"
    assert extended.handling_deadline == date(2026, 4, 10) == extended.due_on
    assert "第34条" in extended.due_article
    with pytest.raises(ValueError, match="已经延期过一次"):
        case_actions.extend_handling(sessions, OFFICER, number, 1, "还要再等等", now=at(2, 3))
    (row,) = audit_rows(sessions, "case.extend")
    assert json.loads(row.before)["handling_deadline"] == "2026-03-11"
    assert json.loads(row.after)["handling_deadline"] == "2026-04-10"
    assert row.reason == "涉及三个部门，需要调取工资流水" and row.ip == "10.0.0.9"
    # the deadline survives moving on to 办理中
    assert case_actions.change_status(sessions, OFFICER, number, "办理中", now=at(3, 3)).due_on == date(
        2026, 4, 10
    )
    overdue = search_cases(sessions, CaseFilter(overdue=True), today=date(2026, 4, 11))
    assert [i.case_number for i in overdue.items] == [number]


def test_a_case_led_into_another_procedure_has_no_60_day_opinion_deadline(sessions, number):
    accepted = case_actions.change_status(sessions, OFFICER, number, "已受理", now=at(10))
    assert accepted.route == "labour_inspection" and accepted.accepted_on == date(2026, 1, 10)
    assert accepted.handling_deadline is None and accepted.due_on is None and accepted.due_article is None
    due = get_case_detail(sessions, number, today=date(2026, 3, 20)).due
    assert due.on is None and due.article == "第31条"
    assert "按导入的法定程序办理" in due.label and "劳动保障监察" in due.label
    assert "办结并出具信访处理意见书：" not in due.label
    assert search_cases(sessions, CaseFilter(overdue=True), today=date(2026, 6, 1)).items == []
    with pytest.raises(ValueError, match="第34条"):
        case_actions.extend_handling(sessions, OFFICER, number, 10, "情况复杂", now=at(12))


def test_correcting_the_route_starts_or_stops_the_60_day_deadline(sessions, number):
    case_actions.change_status(sessions, OFFICER, number, "已受理", now=at(10))
    to_petition = case_actions.edit_case(
        sessions, OFFICER, number, reason="不属于劳动监察，按信访办理", route="petition", now=at(12)
    )
    assert to_petition.handling_deadline == date(2026, 3, 11) == to_petition.due_on  # from acceptance
    assert to_petition.due_article == "第34条"
    (row,) = audit_rows(sessions, "case.edit")
    assert json.loads(row.after)["due_on"] == "2026-03-11" and json.loads(row.before)["due_on"] is None
    case_actions.extend_handling(sessions, OFFICER, number, 10, "需要现场核实", now=at(13))
    back = case_actions.edit_case(
        sessions, OFFICER, number, reason="确属欠薪，导入劳动保障监察", route="labour_inspection", now=at(14)
    )
    assert back.handling_deadline is None and back.due_on is None and back.extension_days is None


def test_correcting_the_route_of_a_pending_case_keeps_its_first_deadline(sessions, number):
    before = get_case_detail(sessions, number).record.due_on
    edited = case_actions.edit_case(sessions, OFFICER, number, reason="分错途径", route="petition", now=at(6))
    assert edited.due_on == before and edited.handling_deadline is None


def test_viewer_may_read_but_not_act(sessions, repo, number):
    attempts = [
        lambda: case_actions.change_status(sessions, VIEWER, number, "已受理"),
        lambda: case_actions.extend_handling(sessions, VIEWER, number, 10, "情况复杂"),
        lambda: case_actions.edit_case(sessions, VIEWER, number, reason="分错类", category="政法"),
        lambda: case_actions.add_note(sessions, VIEWER, number, "看过了"),
        lambda: case_actions.add_tag(sessions, VIEWER, number, "欠薪"),
        lambda: case_actions.remove_tag(sessions, VIEWER, number, "欠薪"),
        lambda: case_actions.reveal(sessions, VIEWER, number, "phone", id_encryption_key=KEY),
        lambda: case_actions.reveal(sessions, VIEWER, number, "id_number", id_encryption_key=KEY),
        lambda: case_actions.reveal(sessions, VIEWER, number, "address"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionError):
            attempt()
    assert repo.get_by_number(number).status == "待受理" and audit_rows(sessions) == []
    case_actions.record_view(sessions, VIEWER, number, ip="10.0.0.7", now=at(6))
    (row,) = audit_rows(sessions)
    assert (row.action, row.actor, row.target_id, row.ip) == ("case.view", "zhao.viewer", number, "10.0.0.7")


def test_unknown_case(sessions):
    with pytest.raises(LookupError, match="没有找到"):
        case_actions.change_status(sessions, OFFICER, "XF20990101-0001", "已受理")
    with pytest.raises(LookupError):
        case_actions.record_view(sessions, OFFICER, "XF20990101-0001")


def test_reveal_phone_and_id_is_audited_without_the_value(sessions, number):
    assert case_actions.reveal(sessions, OFFICER, number, "phone", ip="10.0.0.8", now=at(6)) == "13812345678"
    clear_id = case_actions.reveal(sessions, ADMIN, number, "id_number", now=at(6), id_encryption_key=KEY)
    assert clear_id == ID_NUMBER
    rows = audit_rows(sessions)
    assert [(r.action, r.actor) for r in rows] == [
        ("case.reveal_phone", "li.officer"),
        ("case.reveal_id", "wang.admin"),
    ]
    for row in rows:
        stored = f"{row.before}{row.after}{row.reason}"
        assert "13812345678" not in stored and ID_NUMBER not in stored
    with pytest.raises(ValueError):
        case_actions.reveal(sessions, OFFICER, number, "petitioner_name")


def test_address_is_masked_in_the_case_and_list_and_revealed_with_an_audit_row(sessions, number):
    detail = get_case_detail(sessions, number)
    assert detail.address_masked == "广东省深圳市南山区****"
    assert [i.address_masked for i in search_cases(sessions, CaseFilter()).items] == [
        "广东省深圳市南山区****"
    ]
    assert case_actions.reveal(sessions, OFFICER, number, "address", ip="10.0.0.8", now=at(6)) == ADDRESS
    (row,) = audit_rows(sessions, "case.reveal_address")
    assert (row.actor, row.target_id, row.ip) == ("li.officer", number, "10.0.0.8")
    assert "科技园" not in f"{row.before}{row.after}{row.reason}"  # the value never goes into the log


def test_reveal_of_a_case_without_numbers(sessions, repo):
    bare = repo.file_case(
        CaseInput(filing_key="bare", issue_text="匿名反映：河道被倒了建筑垃圾"), now=FILED
    ).case
    assert case_actions.reveal(sessions, OFFICER, bare.case_number, "phone") is None
    assert (
        case_actions.reveal(sessions, OFFICER, bare.case_number, "id_number", id_encryption_key=KEY) is None
    )
    assert case_actions.reveal(sessions, OFFICER, bare.case_number, "address") is None
    assert get_case_detail(sessions, bare.case_number).address_masked is None
    assert len(audit_rows(sessions)) == 3


def test_edit_category_place_and_route(sessions, repo, number):
    edited = case_actions.edit_case(
        sessions,
        OFFICER,
        number,
        reason="信访人补充：单位在福田区，属于劳动争议仲裁",
        category=" 劳动和社会保障 ",  # unchanged: not in the audit
        place_text="深圳市福田区",
        route="labour_arbitration",
        ip="10.0.0.8",
        now=at(6),
    )
    assert (edited.location, edited.location_code, edited.route) == (
        "广东省深圳市福田区",
        "440304",
        "labour_arbitration",
    )
    assert edited.category == "劳动和社会保障" and edited.category_confidence == 0.71
    (row,) = audit_rows(sessions, "case.edit")
    assert json.loads(row.before) == {
        "location": "广东省深圳市南山区",
        "location_code": "440305",
        "route": "labour_inspection",
        "route_reason": None,
    }
    assert (
        json.loads(row.after)
        == {
            "location": "广东省深圳市福田区",
            "location_code": "440304",
            "route": "labour_arbitration",
            "route_reason": "工作人员李接访更正：信访人补充：单位在福田区，属于劳动争议仲裁",  # the bot's reason no longer holds
        }
    )
    assert edited.route_reason == "工作人员李接访更正：信访人补充：单位在福田区，属于劳动争议仲裁"
    assert row.reason == "信访人补充：单位在福田区，属于劳动争议仲裁"
    recategorised = case_actions.edit_case(
        sessions, OFFICER, number, reason="其实是拖欠工程款", category="城乡建设"
    )
    assert recategorised.category == "城乡建设" and recategorised.category_confidence is None
    by_code = case_actions.edit_case(sessions, OFFICER, number, reason="按代码改", place_text="１１０１０５")
    assert (by_code.location, by_code.location_code) == ("北京市朝阳区", "110105")
    assert repo.get_by_number(number).location_code == "110105"


@pytest.mark.parametrize(
    "changes, message",
    [
        (dict(category="劳动保障"), "不是一级分类"),
        (dict(place_text="火星基地"), "没有找到"),
        (dict(place_text="朝阳区"), "同名"),  # 北京 or 长春
        (dict(place_text="990000"), "行政区划代码"),
        (dict(route="court"), "途径"),
        (dict(category="劳动和社会保障", route="labour_inspection"), "没有需要修改的内容"),
        (dict(), "没有需要修改的内容"),
    ],
)
def test_edit_refusals(sessions, repo, number, changes, message):
    with pytest.raises(ValueError, match=message):
        case_actions.edit_case(sessions, OFFICER, number, reason="核对后修改", **changes)
    assert repo.get_by_number(number).location_code == "440305" and audit_rows(sessions) == []


def test_edit_needs_a_reason(sessions, number):
    with pytest.raises(ValueError, match="修改原因"):
        case_actions.edit_case(sessions, OFFICER, number, reason=" ", category="政法")


def test_notes(sessions, number):
    note = case_actions.add_note(
        sessions, OFFICER, number, "  <script>alert(1)</script> 已电话回访😊 \n", now=at(6)
    )
    assert (
        note.text == "<script>alert(1)</script> 已电话回访😊"
        and note.author == "li.officer"
        and note.at == at(6)
    )
    for bad in ("", "   ", "长" * 4001):
        with pytest.raises(ValueError, match="备注"):
            case_actions.add_note(sessions, OFFICER, number, bad)
    with sessions() as session:
        assert [n.text for n in session.execute(select(CaseNote)).scalars()] == [note.text]
    (row,) = audit_rows(sessions, "case.note")
    assert json.loads(row.after) == {"text": note.text}


def test_tags_add_remove_and_audit(sessions, number):
    assert case_actions.add_tag(sessions, OFFICER, number, " 欠薪 ") == ["欠薪"]
    assert case_actions.add_tag(sessions, OFFICER, number, "ＶＩＰ") == ["VIP", "欠薪"]  # NFKC: half-width
    assert case_actions.add_tag(sessions, OFFICER, number, "欠薪") == ["VIP", "欠薪"]  # no duplicate
    assert case_actions.remove_tag(sessions, OFFICER, number, "VIP") == ["欠薪"]
    assert case_actions.remove_tag(sessions, OFFICER, number, "没有这个") == ["欠薪"]
    for bad in ("", "  ", "标" * 33):
        with pytest.raises(ValueError, match="标签"):
            case_actions.add_tag(sessions, OFFICER, number, bad)
    rows = audit_rows(sessions)
    assert [r.action for r in rows] == ["case.tag_add", "case.tag_add", "case.tag_remove"]
    assert json.loads(rows[2].before) == {"tags": ["VIP", "欠薪"]} and json.loads(rows[2].after) == {
        "tags": ["欠薪"]
    }
    with sessions() as session:
        assert list(session.execute(select(CaseTag.tag)).scalars()) == ["欠薪"]


def test_audit_row_rolls_back_with_a_failed_change(sessions, number, monkeypatch):
    from bot.staff import case_actions as module

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(module, "to_record", broken)
    with pytest.raises(RuntimeError):
        case_actions.change_status(sessions, OFFICER, number, "已受理", now=at(10))
    monkeypatch.undo()
    assert audit_rows(sessions) == []
    assert get_case_detail(sessions, number).record.status == "待受理"


# -- PostgreSQL ---------------------------------------------------------------------------------


@pytest.fixture
def pg_sessions(postgres_url):
    schema = f"staff_test_{uuid.uuid4().hex[:10]}"
    admin = make_engine(postgres_url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    engine = make_engine(postgres_url, connect_args={"options": f"-csearch_path={schema}"})
    create_schema(engine)
    yield session_factory(engine)
    engine.dispose()
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()


def test_search_and_status_on_postgres(pg_sessions):
    repo = CaseRepository(pg_sessions, id_encryption_key=KEY)
    wage = repo.file_case(
        CaseInput(
            filing_key="pg-1",
            issue_text="工资被拖欠了三个月，100%没拿到",
            location_code="440305",
            phone="13812345678",
        ),
        now=FILED,
    ).case
    repo.file_case(
        CaseInput(filing_key="pg-2", issue_text="押金1000元不退", location_code="110105"),
        now=FILED + timedelta(hours=1),
    )
    today = date(2026, 1, 25)
    assert [
        i.case_number for i in search_cases(pg_sessions, CaseFilter(text="拖欠工资"), today=today).items
    ] == [wage.case_number]
    assert search_cases(pg_sessions, CaseFilter(text="100%"), today=today).total == 1
    assert search_cases(pg_sessions, CaseFilter(place_code="4403", overdue=True), today=today).total == 1
    case_actions.add_tag(pg_sessions, OFFICER, wage.case_number, "欠薪")
    accepted = case_actions.change_status(pg_sessions, OFFICER, wage.case_number, "已受理", now=at(10))
    assert accepted.due_on == date(2026, 3, 11)
    page = search_cases(pg_sessions, CaseFilter(tag="欠薪"), sort="due_asc", today=today)
    assert (
        page.total == 1
        and page.counts_by_status["已受理"] == 1
        and page.items[0].phone_masked == "138****5678"
    )
    assert len(audit_rows(pg_sessions, "case.status")) == 1
