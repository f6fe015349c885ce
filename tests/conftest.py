"""Fixtures shared by all test folders."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from cryptography.fernet import Fernet
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from actions import services
from bot.cases import CaseRepository, create_schema, make_engine, session_factory
from bot.ops.settings import get_settings
from bot.staff import passwords
from tests.clock import NOW
from tests.pg_server import PostgresUnavailable, throwaway_postgres


@pytest.fixture(scope="session", autouse=True)
def shipped_category_classifier(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Tests check what the repository ships, not a model a department imported into var/."""
    previous = os.environ.get("CATEGORY_MODEL_PATH")
    os.environ["CATEGORY_MODEL_PATH"] = str(tmp_path_factory.mktemp("no-model") / "category_model.joblib")
    yield
    if previous is None:
        os.environ.pop("CATEGORY_MODEL_PATH", None)
    else:
        os.environ["CATEGORY_MODEL_PATH"] = previous


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    """Each test reads the settings from the environment as it leaves it (get_settings() is cached)."""
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The action server's clock reads tests.clock.NOW, never the wall clock."""
    monkeypatch.setattr(services, "now_local", lambda: NOW)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL URL: CASES_TEST_POSTGRES_URL if set, else a throwaway cluster for this session."""
    configured = os.environ.get("CASES_TEST_POSTGRES_URL")
    if configured:
        yield configured
        return
    try:
        with throwaway_postgres() as server:
            yield server.url
    except PostgresUnavailable as error:  # raised before the yield only
        pytest.skip(str(error))


@pytest.fixture
def id_key() -> str:
    """A fresh Fernet key for the ID-number column, as `make env` writes one."""
    return Fernet.generate_key().decode()


@pytest.fixture
def engine(tmp_path) -> Iterator[Engine]:
    """An SQLite case database in tmp_path with the full schema (cases, staff, audit), as `make run` makes it."""
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    create_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker:
    return session_factory(engine)


@pytest.fixture
def repo(sessions: sessionmaker, id_key: str) -> CaseRepository:
    """The case store on `sessions`."""
    return CaseRepository(sessions, id_encryption_key=id_key)


@pytest.fixture
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its cheapest, so tests that create accounts do not spend seconds hashing."""
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", lambda: cheap)
