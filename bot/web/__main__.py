"""`python -m bot.web --host 127.0.0.1 --port 8000`: serve the web app (aiohttp stops on SIGINT/SIGTERM)."""

from __future__ import annotations

import argparse

from aiohttp import web

from bot.ops.logging_setup import install_log_masking
from bot.ops.settings import get_settings
from bot.web.app import create_app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.web")
    parser.add_argument("--host", default=None)
    parser.add_argument("--port", type=int, default=None)
    args = parser.parse_args(argv)
    install_log_masking()

    settings = get_settings()
    host = args.host or settings.host
    port = args.port or settings.web_port
    web.run_app(
        create_app(), host=host, port=port, print=lambda _msg: print(f"web app on http://{host}:{port}/")
    )


if __name__ == "__main__":
    main()
