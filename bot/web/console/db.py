"""The console's database handles, and `run_db`: synchronous SQLAlchemy work off the event loop."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.cases import CaseRepository, create_schema, session_factory
from bot.web.keys import ENGINE_KEY

T = TypeVar("T")


@dataclass(frozen=True)
class StaffDb:
    engine: Engine  # the web app's engine (bot.web.keys.ENGINE_KEY); Rasa's `events` is read through it
    sessions: sessionmaker  # pass this as the first argument of the bot.staff functions
    repo: CaseRepository


STAFF_DB_KEY = web.AppKey("staff_db", StaffDb)


async def open_staff_db(app: web.Application) -> None:
    """on_startup, after bot.web.app._open_engine: create the intake_* and staff tables, keep handles."""
    engine = app[ENGINE_KEY]
    await asyncio.get_running_loop().run_in_executor(None, create_schema, engine)
    sessions = session_factory(engine)
    app[STAFF_DB_KEY] = StaffDb(engine=engine, sessions=sessions, repo=CaseRepository(sessions))


def staff_db(request: web.Request) -> StaffDb:
    return request.app[STAFF_DB_KEY]


async def run_db(request: web.Request, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`fn(*args, **kwargs)` in the default executor, so the event loop never waits for the database.

    Nothing is injected: pass the handles yourself, e.g.
    `await run_db(request, search_cases, staff_db(request).sessions, f, page=2)`.
    """
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, functools.partial(fn, *args, **kwargs))
