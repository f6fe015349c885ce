"""Databases made by earlier versions are brought up to date on PostgreSQL too (the `postgres_url` fixture),
each in a throwaway schema; the same checks run on SQLite in tests/unit."""

from __future__ import annotations

from tests.migrations import (
    check_address_column_added,
    check_due_articles_migrated,
    check_other_route_deadlines_cleared,
)
from tests.pg_schema import schema_engine


def test_old_postgres_database_gains_the_address_column(postgres_url):
    with schema_engine(postgres_url, "address") as engine:
        check_address_column_added(engine)


def test_stored_due_articles_are_migrated_on_postgres(postgres_url):
    with schema_engine(postgres_url, "due_article") as engine:
        check_due_articles_migrated(engine)


def test_stored_deadlines_of_other_routes_are_cleared_on_postgres(postgres_url):
    with schema_engine(postgres_url, "other_route") as engine:
        check_other_route_deadlines_cleared(engine)
