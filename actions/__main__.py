"""The action server: Rasa SDK's own, started after the slow first loads are done.

Reading a first message loads the category model, jieba's dictionary, the gazetteer and the parsers (about
3 s). Done before the server listens (its /health answers only then), the first citizen after a restart is
answered as fast as the others; on WeChat that decides whether the answer fits the 5-second reply window.

Only Rasa may call it: every request but /health needs ACTION_SERVER_TOKEN (`actions/server_auth.py`).

    python -m actions --actions actions --port 5055   (the same options as python -m rasa_sdk)
"""

from __future__ import annotations

import os
import sys
import time

from actions import safety_net, server_auth
from bot.ops.logging_setup import install_log_masking
from bot.ops.settings import get_settings

WARM_UP_TEXT = "小区楼下烧烤店每天吵到半夜，打了好几次电话都没人管"


def warm_up() -> float:
    """Loads what the first intake turn needs; returns the seconds it took."""
    # imported here, after main() has installed log masking: these load the models, jieba and the gazetteer
    from actions import services
    from actions.intake_logic import read_turn
    from actions.intake_turn import Turn
    from bot.domain.category import classify_category
    from bot.domain.knowledge import load_knowledge
    from bot.route_model import route_scores

    started = time.perf_counter()
    # the whole reading of a first message (parsers, category model, gazetteer), without the database
    read_turn(
        Turn(text=WARM_UP_TEXT, intent="tell_problem", slots={}), services.gazetteer(), classify_category
    )
    route_scores(WARM_UP_TEXT)  # the route model, read (or built) before the first summary
    load_knowledge()  # the routes, deadlines and hotlines every answer is built from
    return time.perf_counter() - started


def listen_host(environ: dict[str, str] | None = None) -> str:
    """Where the action server listens: HOST (127.0.0.1 by default), not rasa_sdk's 0.0.0.0, since it runs any
    tracker POSTed to it; SANIC_HOST, when set, still wins (a cluster where Rasa runs on other machines)."""
    env = os.environ if environ is None else environ
    return env.get("SANIC_HOST") or get_settings().host


def main(argv: list[str] | None = None) -> None:
    # rasa_sdk pulls in Sanic and the actions package: only once the process is set up
    from rasa_sdk.__main__ import main_from_args
    from rasa_sdk.endpoint import create_argument_parser

    args = create_argument_parser().parse_args(argv)
    token = get_settings().action_server_token
    if not token:
        print(
            "ACTION_SERVER_TOKEN is empty: run `python -m bot init-env` (or `make run`), which fills .env",
            file=sys.stderr,
        )
        raise SystemExit(2)
    os.environ["SANIC_HOST"] = listen_host()  # rasa_sdk reads it when it starts listening
    install_log_masking()
    server_auth.install(token)  # only Rasa, which sends the token, may run actions
    safety_net.install()  # every action's exception becomes an apology, never a 500 with the tracker
    seconds = warm_up()
    print(f"action server: category model, jieba and gazetteer loaded in {seconds:.1f} s", file=sys.stderr)
    main_from_args(args)


if __name__ == "__main__":
    main()
