"""Fixtures shared by all test folders."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.pg_server import PostgresUnavailable, throwaway_postgres


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
