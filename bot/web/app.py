"""The project's small web app: the demo site with the chat widget (`/`), an about page, a health check
and the staff console (`/staff/`)."""

from __future__ import annotations

import asyncio
import html
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from string import Template

from aiohttp import web
from aiohttp_remotes import XForwardedStrict
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.cases import make_engine
from bot.ops.settings import PROJECT_ROOT, get_settings
from bot.web import demo
from bot.web.console import setup_staff
from bot.web.console.middleware import is_staff_path
from bot.web.keys import ENGINE_KEY

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class WebConfig:
    database_url: str
    rasa_url: str  # public base URL of the Rasa server, shown on the about page and used by the widget
    widget_bundle: Path = PROJECT_ROOT / "build" / "widget" / "widget.js"  # built by `make install`
    # the reverse proxy's addresses: its X-Forwarded-For names the client that audit logs and login limits see
    trusted_proxies: tuple[str, ...] = ()


CONFIG_KEY = web.AppKey("config", WebConfig)


@dataclass(frozen=True)
class Link:
    path: str
    title: str
    description: str


# Pages listed on the about page when the app has a route for them (later issues add theirs).
LINKS: tuple[Link, ...] = (
    Link("/", "网页聊天演示", "一个信访网站示例页，右下角的聊天窗口可以直接和受理助手对话。"),
    Link("/staff", "工作人员后台", "查看和处理已登记的事项（需要登录）。"),
    Link("/healthz", "运行状态", "检查服务和数据库是否正常（JSON）。"),
)


@cache
def _template(name: str) -> Template:
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


def _registered_paths(app: web.Application) -> set[str]:
    paths = set()
    for resource in app.router.resources():
        info = resource.get_info()
        paths.add(info.get("path") or info.get("formatter") or "")
    return paths


def render_index(app: web.Application, rasa_url: str) -> str:
    existing = _registered_paths(app)
    items = "\n".join(
        f'      <li><a href="{html.escape(link.path)}">{html.escape(link.title)}</a>'
        f" — {html.escape(link.description)}</li>"
        for link in LINKS
        if link.path in existing
    )
    webhook = rasa_url.rstrip("/") + "/webhooks/rest/webhook"
    return _template("index.html").substitute(links=items, webhook=html.escape(webhook))


async def index(request: web.Request) -> web.Response:
    config = request.app[CONFIG_KEY]
    body = render_index(request.app, config.rasa_url)
    return web.Response(text=body, content_type="text/html", charset="utf-8")


def check_database(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))


async def healthz(request: web.Request) -> web.Response:
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(loop.run_in_executor(None, check_database, request.app[ENGINE_KEY]), 5)
    except Exception as error:  # any failure means "not healthy"; the type is enough for operators
        payload = {"status": "error", "database": "error", "error": type(error).__name__}
        return web.json_response(payload, status=503)
    return web.json_response({"status": "ok", "database": "ok"})


async def _open_engine(app: web.Application) -> None:
    app[ENGINE_KEY] = make_engine(app[CONFIG_KEY].database_url)


async def _close_engine(app: web.Application) -> None:
    app[ENGINE_KEY].dispose()


# the public pages (demo site, about page, widget script): the staff console sends its own, stricter set
PUBLIC_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "SAMEORIGIN",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


@web.middleware
async def public_headers(request: web.Request, handler) -> web.StreamResponse:
    response = await handler(request)
    if not is_staff_path(request.path):
        for name, value in PUBLIC_HEADERS.items():
            response.headers.setdefault(name, value)
    return response


def create_app(config: WebConfig | None = None) -> web.Application:
    """Build the aiohttp application; `config` defaults to values from `bot.ops.settings`."""
    if config is None:
        settings = get_settings()
        config = WebConfig(
            database_url=settings.database_url,
            rasa_url=f"http://{settings.host}:{settings.rasa_port}",
            trusted_proxies=settings.trusted_proxies,
        )
    app = web.Application(middlewares=[public_headers])
    app[CONFIG_KEY] = config
    if config.trusted_proxies:
        # outermost, so every handler and the staff console's own middlewares see the client's address.
        # Strict: a request that did not come through the proxy is refused (400), except the health check.
        forwarded = XForwardedStrict([list(config.trusted_proxies)], white_paths=["/healthz"])
        app.middlewares.insert(0, forwarded.middleware)
    demo.add_routes(app, config.rasa_url, config.widget_bundle)
    app.router.add_get("/about", index)
    app.router.add_get("/healthz", healthz)
    app.on_startup.append(_open_engine)
    app.on_cleanup.append(_close_engine)
    setup_staff(app)  # after _open_engine: the console's startup hook uses that engine
    return app
