"""Fixtures shared by all test folders."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from actions import services
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
