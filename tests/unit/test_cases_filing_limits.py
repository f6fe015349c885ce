"""Filing floods: limits per client and per phone, generous for people (issue 16, item 6)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from cryptography.fernet import Fernet

from bot.cases import CaseInput, CaseRepository, FilingLimited, create_schema, make_engine, session_factory

NOW = datetime(2026, 11, 27, 2, 30, tzinfo=timezone.utc)


@pytest.fixture
def repo(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'limits.db'}")
    create_schema(engine)
    yield CaseRepository(session_factory(engine), id_encryption_key=Fernet.generate_key().decode())
    engine.dispose()


def case(key: str, client: str | None = "203.0.113.9", phone: str | None = None) -> CaseInput:
    return CaseInput(filing_key=key, issue_text="小区门口的烧烤店每天吵到半夜", client=client, phone=phone)


def test_a_script_filing_from_one_address_is_stopped_after_ten_an_hour(repo):
    filed = [repo.file_case(case(f"k{i}"), now=NOW + timedelta(seconds=i)) for i in range(10)]
    assert all(f.created for f in filed)
    for i in range(300):  # the rest of the minute's flood
        with pytest.raises(FilingLimited):
            repo.file_case(case(f"flood{i}"), now=NOW + timedelta(seconds=10 + i * 0.2))
    assert repo.get_by_number("XF20261127-0011") is None
    # a neighbour on another address is not held back, and the same filing again is still answered
    assert repo.file_case(case("neighbour", client="198.51.100.4"), now=NOW + timedelta(minutes=2)).created
    assert repo.file_case(case("k3"), now=NOW + timedelta(minutes=2)).created is False
    assert repo.file_case(case("next-hour"), now=NOW + timedelta(hours=1, seconds=11)).created


def test_a_day_allows_thirty_from_one_address(repo):
    for i in range(30):
        repo.file_case(case(f"k{i}"), now=NOW + timedelta(hours=i // 10 * 1.5, seconds=i))
    with pytest.raises(FilingLimited):
        repo.file_case(case("one-more"), now=NOW + timedelta(hours=5))


def test_one_phone_files_at_most_six_a_day_from_any_address_written_any_way(repo):
    phones = ["13812345678", "138 1234 5678", "+86 138-1234-5678"]
    for i in range(6):
        repo.file_case(
            case(f"p{i}", client=f"10.0.0.{i}", phone=phones[i % 3]), now=NOW + timedelta(minutes=i)
        )
    with pytest.raises(FilingLimited) as limited:
        repo.file_case(
            case("p7", client="10.9.9.9", phone="１３８１２３４５６７８"), now=NOW + timedelta(hours=2)
        )
    assert limited.value.key == "phone"
    assert repo.file_case(
        case("other", client="10.9.9.9", phone="13912345678"), now=NOW + timedelta(hours=2)
    ).created


def test_staff_filing_for_a_citizen_is_not_limited(repo):
    for i in range(12):
        repo.file_case(case(f"s{i}"), now=NOW, limited=False)
    assert repo.get_by_number("XF20261127-0012") is not None


def test_filing_without_an_address_is_not_limited(repo):
    # local tools and tests file from this machine, which is no client (bot.channels.client.public_address)
    for i in range(12):
        assert repo.file_case(case(f"local{i}", client=None, phone="13812345678"), now=NOW).created
