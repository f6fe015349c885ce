from __future__ import annotations

import threading
from dataclasses import asdict
from datetime import date, datetime, timezone

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import func, select, text

from bot.cases import (
    STATUS_PENDING,
    CaseInput,
    CaseRepository,
    Evidence,
    IdEncryptionKeyError,
    create_schema,
    make_engine,
    session_factory,
)
from bot.cases import repository as repository_module
from bot.cases.due_dates import due_of
from bot.cases.models import Case

NOW = datetime(2026, 11, 27, 2, 30, tzinfo=timezone.utc)  # 10:30 in Beijing
ID_NUMBER = "11010519491231002X"


def full_input(**overrides) -> CaseInput:
    values = dict(
        filing_key="conv-1:form-1",
        issue_text="我们小区物业把电梯停了三个月，老人上下楼很困难，找过物业没人管。",
        conversation_id="3f2a9c1e-rasa-sender",
        channel="socketio",
        category="城乡建设",
        category_confidence=0.82,
        location="广东省广州市天河区石牌街道",
        location_code="440106010",
        occurred_at="2025-03",
        respondent="某某物业公司",
        legal_status="none",
        prior_report="打过12345，没回复",
        people_count=30,
        petitioner_name="张三",
        phone="13812345678",
        id_number=ID_NUMBER,
        route="hotline_12345",
        urgent=False,
        threat=False,
    )
    values.update(overrides)
    return CaseInput(**values)


def count_cases(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Case)).scalar()


def test_every_slot_field_round_trips(repo):
    filed = repo.file_case(full_input(), now=NOW)
    assert filed.created is True
    case = repo.get_by_number(filed.case.case_number)
    assert case == filed.case
    assert case.category == "城乡建设"
    assert case.category_confidence == pytest.approx(0.82)
    assert case.location == "广东省广州市天河区石牌街道"
    assert case.location_code == "440106010"
    assert case.occurred_at == "2025-03"
    assert case.respondent == "某某物业公司"
    assert case.legal_status == "none"
    assert case.prior_report == "打过12345，没回复"
    assert case.people_count == 30
    assert case.collective is True
    assert case.petitioner_name == "张三"
    assert case.phone == "13812345678"
    assert case.id_number_masked == "110105********002X"
    assert case.has_id_number is True
    assert case.route == "hotline_12345"
    assert case.channel == "socketio"
    assert case.conversation_id == "3f2a9c1e-rasa-sender"
    assert case.status == STATUS_PENDING == "待受理"


def test_case_number_date_created_at_and_deadlines(repo):
    case = repo.file_case(full_input(), now=NOW).case
    assert case.case_number == "XF20261127-0001"
    assert case.created_at == NOW
    assert case.created_at.tzinfo is not None and case.created_at.utcoffset().total_seconds() == 0
    assert case.register_deadline == date(2026, 12, 12)  # 第22条: 15 days
    assert case.acceptance_notice_deadline == date(2026, 12, 27)  # 第23条: 15 days after a transfer on 12-12
    assert case.accepted_on is None and case.handling_deadline is None
    assert len(case.query_code) == 6 and case.query_code.isdigit()


def test_the_stored_first_due_date_is_the_one_staff_are_shown(repo):
    # the columns written at filing and the label computed for staff must name the same date and articles
    case = repo.file_case(full_input(), now=NOW).case
    shown = due_of(asdict(case), today=date(2026, 11, 27))
    assert (case.due_on, case.due_article) == (shown.on, shown.article)
    assert shown.on == date(2026, 12, 12) and shown.article == "第22条、第23条"


def test_case_number_uses_the_beijing_date(repo):
    late_utc = datetime(2026, 12, 31, 17, 5, tzinfo=timezone.utc)  # 2027-01-01 01:05 in Beijing
    case = repo.file_case(full_input(filing_key="new-year"), now=late_utc).case
    assert case.case_number == "XF20270101-0001"
    assert case.register_deadline == date(2027, 1, 16)


def test_daily_sequence_counts_up_and_restarts_next_day(repo):
    numbers = [repo.file_case(full_input(filing_key=f"k{i}"), now=NOW).case.case_number for i in range(3)]
    assert numbers == ["XF20261127-0001", "XF20261127-0002", "XF20261127-0003"]
    next_day = datetime(2026, 11, 28, 1, 0, tzinfo=timezone.utc)
    assert repo.file_case(full_input(filing_key="k-next"), now=next_day).case.case_number == "XF20261128-0001"


@pytest.mark.parametrize(
    "issue_text",
    [
        "楼下烧烤店天天油烟😡😡🔥，孩子咳嗽🤧，求管管！🙏",
        "反映情况：" + "村里征地补偿款一直没发到位，" * 357,
        "<script>alert('xss')</script><b>拆迁</b> &amp; 补偿 <img src=x onerror=alert(1)>",
        "'; DROP TABLE intake_cases; -- 还有 \" OR 1=1 -- SELECT * FROM events;",
        "  前后有空格\n第二行\t制表符\r\n  ",
        "我們社區的路燈壞了３個月，電話１３８１２３４５６７８",
        "\u200b零宽字符\u200d和组合字符 é ﬁ",
    ],
)
def test_issue_text_is_stored_exactly_as_written(repo, engine, issue_text):
    case = repo.file_case(full_input(issue_text=issue_text), now=NOW).case
    assert case.issue_text == issue_text
    assert repo.get_by_number(case.case_number).issue_text == issue_text
    assert count_cases(engine) == 1


def test_five_thousand_characters_survive(repo):
    long_text = ("工资拖欠" * 1250)[:5000]
    assert len(long_text) == 5000
    case = repo.file_case(full_input(issue_text=long_text), now=NOW).case
    assert repo.get_by_number(case.case_number).issue_text == long_text


def test_skipped_answers_become_empty_and_numbers_are_parsed(repo):
    case = repo.file_case(
        full_input(
            respondent="未提供",
            occurred_at="未提供",
            prior_report="未曾反映",
            people_count="4",
            category_confidence="0.4",
            petitioner_name="  ",
            id_number="未提供",
        ),
        now=NOW,
    ).case
    assert case.respondent is None and case.occurred_at is None and case.petitioner_name is None
    assert case.prior_report == "未曾反映"
    assert case.people_count == 4 and case.collective is False
    assert case.category_confidence == pytest.approx(0.4)
    assert case.id_number_masked is None and case.has_id_number is False


@pytest.mark.parametrize(
    ("said", "count", "kept"),
    [
        ("整个小区", None, "整个小区"),  # no number at all: filed, the words kept (this once crashed filing)
        ("全村人", None, "全村人"),
        ("几十户", 20, "几十户"),
        ("就我家", 1, "就我家"),
        ("30", 30, None),
        ("未提供", None, None),
    ],
)
def test_a_head_count_in_words_is_filed_as_said(repo, said, count, kept):
    case = repo.file_case(full_input(people_count=said), now=NOW).case
    assert (case.people_count, case.people_said) == (count, kept)


@pytest.mark.parametrize(
    ("people", "collective"), [(None, False), (1, False), (4, False), (5, True), ("５０", True)]
)
def test_collective_flag_from_people_count(repo, people, collective):
    case = repo.file_case(full_input(people_count=people), now=NOW).case
    assert case.collective is collective


def test_urgent_and_threat_flags(repo):
    case = repo.file_case(full_input(urgent=True, threat=True), now=NOW).case
    assert case.urgent is True and case.threat is True


def test_id_number_is_encrypted_at_rest(repo, engine, id_key):
    case = repo.file_case(full_input(), now=NOW).case
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT id_number_encrypted, id_number_masked FROM intake_cases")).one()
        dump = "\n".join(conn.connection.iterdump())
    assert ID_NUMBER not in dump
    assert stored.id_number_encrypted != ID_NUMBER and stored.id_number_encrypted.startswith("gAAAA")
    assert stored.id_number_masked == "110105********002X"
    assert Fernet(id_key.encode()).decrypt(stored.id_number_encrypted.encode()).decode() == ID_NUMBER
    assert repo.reveal_id_number(case.case_number) == ID_NUMBER
    assert ID_NUMBER not in repr(case)


def test_filing_an_id_without_a_key_fails_clearly_and_stores_nothing(engine, monkeypatch):
    monkeypatch.setenv("ID_ENCRYPTION_KEY", "")
    from bot.ops.settings import get_settings

    get_settings.cache_clear()
    try:
        repo = CaseRepository(session_factory(engine))
        with pytest.raises(IdEncryptionKeyError, match="ID_ENCRYPTION_KEY"):
            repo.file_case(full_input(), now=NOW)
        assert count_cases(engine) == 0
        # without an ID number no key is needed
        assert repo.file_case(full_input(id_number=None), now=NOW).created is True
    finally:
        get_settings.cache_clear()


def test_invalid_key_is_reported(engine):
    repo = CaseRepository(session_factory(engine), id_encryption_key="not-a-fernet-key")
    with pytest.raises(IdEncryptionKeyError, match="valid Fernet key"):
        repo.file_case(full_input(), now=NOW)


def test_masked_id_is_refused(repo):
    with pytest.raises(ValueError, match="clear value"):
        repo.file_case(full_input(id_number="110105********002X"), now=NOW)


@pytest.mark.parametrize("field", ["filing_key", "issue_text"])
def test_required_fields(repo, field):
    with pytest.raises(ValueError, match=field):
        repo.file_case(full_input(**{field: "  "}), now=NOW)


def test_naive_now_is_refused(repo):
    with pytest.raises(ValueError, match="aware"):
        repo.file_case(full_input(), now=datetime(2026, 11, 27, 10, 0))


def test_same_filing_key_returns_the_same_case(repo, engine):
    first = repo.file_case(full_input(), now=NOW)
    again = repo.file_case(full_input(issue_text="重发的同一份表单"), now=NOW)
    assert first.created is True and again.created is False
    assert again.case.case_number == first.case.case_number
    assert again.case.query_code == first.case.query_code
    assert again.case.issue_text == first.case.issue_text
    assert count_cases(engine) == 1


def test_concurrent_filing_with_the_same_key_creates_one_case(engine, id_key):
    threads_n = 8
    barrier = threading.Barrier(threads_n)
    results, errors = [], []

    def worker(i: int) -> None:
        repo = CaseRepository(session_factory(engine), id_encryption_key=id_key)
        barrier.wait()
        try:
            results.append(repo.file_case(full_input(filing_key="same-form"), now=NOW))
        except Exception as exc:  # pragma: no cover - surfaced by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(threads_n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(r.created for r in results) == 1
    assert {r.case.case_number for r in results} == {"XF20261127-0001"}
    assert count_cases(engine) == 1


def test_concurrent_distinct_filings_get_unique_sequential_numbers(engine, id_key):
    barrier = threading.Barrier(6)
    numbers, errors = [], []

    def worker(i: int) -> None:
        repo = CaseRepository(session_factory(engine), id_encryption_key=id_key)
        barrier.wait()
        for j in range(5):
            try:
                numbers.append(  # numbering, not the flood limits, is under test
                    repo.file_case(
                        full_input(filing_key=f"t{i}-{j}"), now=NOW, limited=False
                    ).case.case_number
                )
            except Exception as exc:  # pragma: no cover
                errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(numbers) == [f"XF20261127-{n:04d}" for n in range(1, 31)]


def test_a_race_on_the_filing_key_is_resolved_by_the_unique_constraint(repo, monkeypatch):
    first = repo.file_case(full_input(), now=NOW)
    real_find = repository_module._find_by_filing_key
    calls = {"n": 0}

    def blind_once(session, key):
        # the first check misses the row, as when another process commits in between (PostgreSQL)
        calls["n"] += 1
        return None if calls["n"] == 1 else real_find(session, key)

    monkeypatch.setattr(repository_module, "_find_by_filing_key", blind_once)
    again = repo.file_case(full_input(), now=NOW)
    assert again.created is False
    assert again.case.case_number == first.case.case_number
    assert calls["n"] == 2


def test_a_taken_sequence_number_is_retried(repo, monkeypatch):
    repo.file_case(full_input(filing_key="a"), now=NOW)
    real_next = repository_module._next_sequence
    calls = {"n": 0}

    def stale_once(session, day):
        calls["n"] += 1
        return 1 if calls["n"] == 1 else real_next(session, day)

    monkeypatch.setattr(repository_module, "_next_sequence", stale_once)
    filed = repo.file_case(full_input(filing_key="b"), now=NOW)
    assert filed.created is True
    assert filed.case.case_number == "XF20261127-0002"


def test_filing_does_not_touch_an_events_table(tmp_path, id_key):
    engine = make_engine(f"sqlite:///{tmp_path / 'with_events.db'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, data TEXT)")
        conn.exec_driver_sql("INSERT INTO events (sender_id, data) VALUES ('3f2a9c1e-rasa-sender', '{}')")
    create_schema(engine)
    repo = CaseRepository(session_factory(engine), id_encryption_key=id_key)
    repo.file_case(full_input(), now=NOW)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT sender_id, data FROM events").all() == [
            ("3f2a9c1e-rasa-sender", "{}")
        ]


def test_evidence_is_kept_with_the_case(repo):
    photo = Evidence("image", media_id="MEDIA_1", url="http://mmbiz.qpic.cn/abc")
    filed = repo.file_case(CaseInput(filing_key="k-evidence", issue_text="墙体开裂", evidence=(photo,)))
    assert filed.case.evidence == (photo,)
    assert repo.get_by_number(filed.case.case_number).evidence == (photo,)
    again = repo.file_case(CaseInput(filing_key="k-evidence", issue_text="墙体开裂", evidence=(photo,)))
    assert again.created is False and again.case.evidence == (photo,)
