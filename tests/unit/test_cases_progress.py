from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from cryptography.fernet import Fernet

from bot.cases import CaseInput, CaseRepository, ProgressResult, create_schema, make_engine, session_factory
from bot.cases.throttle import delay_for_failures, phone_key, phones_match

KEY = Fernet.generate_key().decode()
NOW = datetime(2026, 11, 27, 2, 30, tzinfo=timezone.utc)
NOT_FOUND = ProgressResult("not_found", None, 0)


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'progress.db'}"


@pytest.fixture
def repo(db_url):
    engine = make_engine(db_url)
    create_schema(engine)
    yield CaseRepository(session_factory(engine), id_encryption_key=KEY)
    engine.dispose()


@pytest.fixture
def mobile_case(repo):
    data = CaseInput(
        filing_key="m", issue_text="单位拖欠工资三个月", phone="13812345678", conversation_id="owner"
    )
    return repo.file_case(data, now=NOW).case


@pytest.fixture
def landline_case(repo):
    data = CaseInput(filing_key="l", issue_text="路灯坏了", phone="020-87654321")
    return repo.file_case(data, now=NOW).case


def at(seconds: float) -> datetime:
    return NOW + timedelta(seconds=seconds)


@pytest.mark.parametrize(
    "typed",
    ["13812345678", "138 1234 5678", "+86 138-1234-5678", "0086 13812345678", "１３８１２３４５６７８"],
)
def test_found_with_phone_written_in_many_ways(repo, mobile_case, typed):
    result = repo.lookup_progress(mobile_case.case_number, typed, "owner", now=at(60))
    assert result.status == "found"
    assert result.case.case_number == mobile_case.case_number
    assert result.case.status == "待受理"
    assert result.retry_after_s == 0


@pytest.mark.parametrize(
    "typed", ["020-87654321", "(020) 8765 4321", "+86 20 8765 4321", "０２０－８７６５４３２１"]
)
def test_found_with_landline(repo, landline_case, typed):
    assert repo.lookup_progress(landline_case.case_number, typed, "c", now=at(1)).status == "found"


@pytest.mark.parametrize(
    "typed_number",
    ["xf20261127-0001", "ＸＦ２０２６１１２７－０００１", " XF20261127 0001 ", "XF202611270001"],
)
def test_case_number_typed_loosely(repo, mobile_case, typed_number):
    assert mobile_case.case_number == "XF20261127-0001"
    assert repo.lookup_progress(typed_number, "13812345678", "owner", now=at(1)).status == "found"


def test_wrong_phone_looks_exactly_like_an_unknown_case(repo, mobile_case):
    wrong_pair = repo.lookup_progress(mobile_case.case_number, "13912345678", "a", now=at(1))
    unknown = repo.lookup_progress("XF20990101-0001", "13812345678", "b", now=at(1))
    garbage = repo.lookup_progress("我的案子", "不知道", "c", now=at(1))
    assert wrong_pair == unknown == garbage == NOT_FOUND


def test_case_without_phone_is_not_found_with_an_empty_or_skipped_phone(repo):
    case = repo.file_case(CaseInput(filing_key="anon", issue_text="匿名反映"), now=NOW).case
    assert repo.lookup_progress(case.case_number, "", "x", now=at(1)) == NOT_FOUND
    assert repo.lookup_progress(case.case_number, "未提供", "y", now=at(1)) == NOT_FOUND


def test_requester_is_slowed_down_after_three_failures(repo, mobile_case):
    for i in range(3):  # three different (unknown) case numbers: the requester key must catch it
        assert repo.lookup_progress(f"XF20261127-09{i:02d}", "13812345678", "guesser", now=at(i)) == NOT_FOUND
    blocked = repo.lookup_progress(mobile_case.case_number, "13812345678", "guesser", now=at(3))
    assert blocked == ProgressResult(
        "throttled", None, 29
    )  # 30 s after the last failure at t=2, asked at t=3
    # other requesters are not affected
    assert repo.lookup_progress(mobile_case.case_number, "13812345678", "owner", now=at(3)).status == "found"


def test_wait_grows_30_60_120(repo, mobile_case):
    t = 0.0
    waits = []
    for _ in range(3):
        repo.lookup_progress("XF20261127-0999", "1", "g", now=at(t))
        t += 1
    for _ in range(3):
        result = repo.lookup_progress("XF20261127-0998", "1", "g", now=at(t))
        assert result.status == "throttled"
        waits.append(result.retry_after_s)
        t += result.retry_after_s
        assert repo.lookup_progress("XF20261127-0998", "1", "g", now=at(t)) == NOT_FOUND
    assert waits == [29, 60, 120]


def test_case_number_is_protected_across_requesters(repo, mobile_case):
    for i in range(3):
        repo.lookup_progress(mobile_case.case_number, f"1391234567{i}", f"bot-{i}", now=at(i))
    result = repo.lookup_progress(mobile_case.case_number, "13812345678", "fresh-requester", now=at(5))
    assert result.status == "throttled" and result.case is None and result.retry_after_s == 27
    assert repo.lookup_progress(mobile_case.case_number, "13812345678", "owner", now=at(40)).status == "found"


def test_a_throttled_requester_learns_nothing_from_a_right_pair(repo, mobile_case):
    for i in range(3):
        repo.lookup_progress("XF20261127-0500", "1", "g", now=at(i))
    right = repo.lookup_progress(mobile_case.case_number, "13812345678", "g", now=at(10))
    wrong = repo.lookup_progress(mobile_case.case_number, "13900000000", "g", now=at(10))
    assert right == wrong
    assert right.status == "throttled" and right.case is None


def test_hammering_while_throttled_does_not_count_as_failures(repo, mobile_case):
    for i in range(3):
        repo.lookup_progress("XF20261127-0500", "1", "g", now=at(i))
    for i in range(20):
        assert repo.lookup_progress("XF20261127-0500", "1", "g", now=at(3 + i)).status == "throttled"
    assert repo.lookup_progress(mobile_case.case_number, "13812345678", "g", now=at(33)).status == "found"


def test_old_failures_leave_the_window(repo, mobile_case):
    for i in range(3):
        repo.lookup_progress("XF20261127-0500", "1", "g", now=at(i))
    assert repo.lookup_progress(mobile_case.case_number, "13812345678", "g", now=at(10)).status == "throttled"
    later = at(15 * 60 + 5)
    assert repo.lookup_progress(mobile_case.case_number, "13812345678", "g", now=later).status == "found"


def test_attempts_are_shared_between_processes(db_url, repo, mobile_case):
    for i in range(3):
        repo.lookup_progress(mobile_case.case_number, "1", "g", now=at(i))
    other_engine = make_engine(db_url)  # a second worker process has its own engine and pool
    other = CaseRepository(session_factory(other_engine), id_encryption_key=KEY)
    try:
        assert (
            other.lookup_progress(mobile_case.case_number, "13812345678", "g", now=at(5)).status
            == "throttled"
        )
    finally:
        other_engine.dispose()


def test_no_requester_still_throttled_by_case_number(repo, mobile_case):
    for i in range(3):
        repo.lookup_progress(mobile_case.case_number, "1", None, now=at(i))
    assert repo.lookup_progress(mobile_case.case_number, "13812345678", "", now=at(3)).status == "throttled"


def test_delay_schedule():
    assert [delay_for_failures(n) for n in range(7)] == [0, 0, 0, 30, 60, 120, 240]
    assert delay_for_failures(50) == 3600


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("138-1234-5678", "13812345678"),
        ("+86 13812345678", "13812345678"),
        ("手机１３８ １２３４ ５６７８", "13812345678"),
        ("020-87654321", "02087654321"),
        ("+86 20 8765 4321", "02087654321"),
        ("", ""),
        (None, ""),
    ],
)
def test_phone_key(typed, key):
    assert phone_key(typed) == key


def test_phones_match_needs_both_sides():
    assert phones_match("13812345678", "138 1234 5678")
    assert not phones_match("", "")
    assert not phones_match("13812345678", None)
    assert not phones_match("13812345679", "13812345678")


@pytest.fixture
def anonymous_case(repo):
    data = CaseInput(filing_key="anon", issue_text="村里停水一个月")
    return repo.file_case(data, now=NOW).case


def test_a_case_filed_without_a_phone_is_found_with_its_query_code(repo, anonymous_case):
    code = anonymous_case.query_code
    assert len(code) == 6 and code.isdigit()
    found = repo.lookup_progress(anonymous_case.case_number, code, "anon", now=at(1))
    assert found.status == "found" and found.case.case_number == anonymous_case.case_number
    full_width = code.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    assert repo.lookup_progress(anonymous_case.case_number, full_width, "anon", now=at(2)).status == "found"


def test_the_query_code_works_beside_the_phone_and_only_for_its_own_case(repo, mobile_case, anonymous_case):
    assert (
        repo.lookup_progress(mobile_case.case_number, mobile_case.query_code, "o", now=at(1)).status
        == "found"
    )
    other = anonymous_case.query_code
    if other != mobile_case.query_code:
        assert repo.lookup_progress(mobile_case.case_number, other, "o", now=at(2)) == NOT_FOUND
    assert repo.lookup_progress(anonymous_case.case_number, "", "o", now=at(3)) == NOT_FOUND


def test_guessing_query_codes_is_slowed_down_like_phones(repo, anonymous_case):
    wrong = f"{(int(anonymous_case.query_code) + 1) % 10**6:06d}"
    for i in range(3):
        assert repo.lookup_progress(anonymous_case.case_number, wrong, f"g{i}", now=at(i)) == NOT_FOUND
    blocked = repo.lookup_progress(anonymous_case.case_number, anonymous_case.query_code, "g9", now=at(3))
    assert blocked.status == "throttled"


# -- sweeps (issue 16, item 1): a known phone must not reveal whether, when and how someone petitioned --------


def _sweep(
    repo, attempts, right_at: int, right_number: str, phone: str, *, client_of=lambda i: f"198.51.{i}"
):
    """1,000 requests, each from a new sender id (and by default a new address); the right pair at `right_at`."""
    results = []
    for i in range(attempts):
        number = right_number if i == right_at else f"XF20261127-{(i % 998) + 2:04d}"
        results.append(
            repo.lookup_progress(number, phone, f"sweeper-{i}", now=at(i * 0.05), client=client_of(i))
        )
    return results


def test_a_sweep_of_one_phone_from_new_senders_and_addresses_reveals_nothing(repo, mobile_case):
    results = _sweep(repo, 1000, 600, mobile_case.case_number, "13812345678")
    assert all(r.status in ("not_found", "throttled") and r.case is None for r in results)
    assert sum(r.status == "not_found" for r in results) <= 4  # the free failures and one after 30 s


def test_a_sweep_of_many_phones_from_one_address_reveals_nothing(repo, mobile_case):
    results = []
    for i in range(1000):
        phone = "13812345678" if i == 700 else f"139{i:08d}"
        number = mobile_case.case_number if i == 700 else f"XF20261127-{(i % 998) + 2:04d}"
        results.append(repo.lookup_progress(number, phone, f"s-{i}", now=at(i * 0.05), client="203.0.113.9"))
    assert all(r.case is None for r in results)


def test_the_owner_still_finds_the_case_from_the_device_that_filed_it_during_a_sweep(repo, mobile_case):
    _sweep(repo, 200, -1, mobile_case.case_number, "13812345678")
    for i in range(3):  # and three wrong guesses on the case number itself
        repo.lookup_progress(mobile_case.case_number, f"1391234567{i}", f"x-{i}", now=at(20 + i))
    result = repo.lookup_progress(
        mobile_case.case_number, "13812345678", "owner", now=at(25), client="10.0.0.1"
    )
    assert result.status == "found"


def test_a_device_that_found_the_case_once_finds_it_again_after_others_guessed(repo, mobile_case):
    assert (
        repo.lookup_progress(mobile_case.case_number, "13812345678", "phone-app", now=at(0)).status == "found"
    )
    for i in range(3):
        repo.lookup_progress(mobile_case.case_number, f"1391234567{i}", f"x-{i}", now=at(1 + i))
    assert (
        repo.lookup_progress(mobile_case.case_number, "13812345678", "phone-app", now=at(5)).status == "found"
    )
    assert (
        repo.lookup_progress(mobile_case.case_number, "13812345678", "stranger", now=at(5)).status
        == "throttled"
    )


def test_the_owner_device_is_still_slowed_by_its_own_failures(repo, mobile_case):
    for i in range(3):
        repo.lookup_progress(f"XF20261127-05{i:02d}", "13812345678", "owner", now=at(i))
    assert (
        repo.lookup_progress(mobile_case.case_number, "13812345678", "owner", now=at(3)).status == "throttled"
    )


def test_the_attempts_table_keeps_no_clear_phone(repo, db_url, mobile_case):
    repo.lookup_progress(mobile_case.case_number, "13912345678", "g", now=at(1), client="198.51.100.7")
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT * FROM intake_progress_attempts").fetchall()
    finally:
        engine.dispose()
    dumped = repr(rows)
    assert "13912345678" not in dumped and "139****5678" in dumped and "198.51.100.7" in dumped
