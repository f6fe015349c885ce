"""Keys of what the web app keeps on its `web.Application`, shared by the app and the staff console."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy.engine import Engine

ENGINE_KEY = web.AppKey("engine", Engine)  # opened on startup from the configured DATABASE_URL
