"""The demo pages of a (fictional) municipal 信访 site with the chat widget, and the widget bundle itself."""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from string import Template
from urllib.parse import urlsplit, urlunsplit

from aiohttp import web

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class DemoPage:
    path: str
    nav_title: str
    title: str
    template: str | None  # None: a menu entry that leads to the home page


PAGES: tuple[DemoPage, ...] = (
    DemoPage("/", "首页", "网上信访", "demo_home.html"),
    DemoPage("/guide", "信访须知", "信访须知", "demo_guide.html"),
)

# The embedding attributes a site owner would write (see README "Website widget").
WIDGET_ATTRIBUTES: dict[str, str] = {
    "data-title": "示范市信访局 · 在线咨询",
    "data-primary-color": "#b3261e",
    "data-accent-color": "#f7f3ed",
    "data-position": "right",
    "data-text-launcher": "在线咨询",
}


@cache
def _template(name: str) -> Template:
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


def browser_rasa_url(rasa_url: str, request_host: str | None) -> str:
    """The Rasa URL as the visitor's browser must write it: a wildcard bind address becomes the page's host."""
    parts = urlsplit(rasa_url.rstrip("/"))
    if parts.hostname in ("0.0.0.0", "::", "") and request_host:
        host = (
            request_host.split(":")[0]
            if not request_host.startswith("[")
            else request_host.split("]")[0] + "]"
        )
        netloc = f"{host}:{parts.port}" if parts.port else host
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts)


def widget_tag(server_url: str, attributes: dict[str, str] = WIDGET_ATTRIBUTES) -> str:
    attrs = {"src": "/widget.js", "data-server": server_url, **attributes}
    rendered = " ".join(f'{name}="{html.escape(value)}"' for name, value in attrs.items())
    return f"<script defer {rendered}></script>"


def render_page(page: DemoPage, server_url: str) -> str:
    current = ' aria-current="page"'
    nav = "\n".join(
        f'        <li><a href="{p.path}"{current if p == page else ""}>{html.escape(p.nav_title)}</a></li>'
        for p in PAGES
    )
    content = _template(page.template or "demo_home.html").template
    return _template("demo_layout.html").substitute(
        title=html.escape(page.title), nav=nav, content=content, widget=widget_tag(server_url)
    )


def page_handler(page: DemoPage, rasa_url: str):
    async def handler(request: web.Request) -> web.Response:
        body = render_page(page, browser_rasa_url(rasa_url, request.host))
        return web.Response(text=body, content_type="text/html", charset="utf-8")

    return handler


def widget_handler(bundle: Path):
    async def handler(_request: web.Request) -> web.StreamResponse:
        if not bundle.is_file():
            message = "console.error('聊天窗口还没有构建：请运行 make install（npm 构建 build/widget/widget.js）。');"
            return web.Response(text=message, status=503, content_type="application/javascript")
        response = web.FileResponse(bundle, headers={"Cache-Control": "no-cache"})
        response.content_type = "application/javascript"
        return response

    return handler


def add_routes(app: web.Application, rasa_url: str, bundle: Path) -> None:
    for page in PAGES:
        app.router.add_get(page.path, page_handler(page, rasa_url))
    app.router.add_get("/widget.js", widget_handler(bundle))
