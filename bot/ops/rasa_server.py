"""`python -m bot.ops.rasa_server <rasa arguments>`: Rasa's own command line, in a process that first masks
personal numbers in its logs, limits request sizes and installs the project's Rasa patches
(`bot.rasa_plugins.patches`; `RASA_PATCHES=off` runs Rasa's own code). `bot.ops.run` and `bot.ops.cli` start Rasa this way.

    python -m bot.ops.rasa_server run --enable-api --credentials credentials.yml ...
"""

from __future__ import annotations

import sys

from bot.channels.limits import limit_server_bodies
from bot.ops.logging_setup import install_log_masking
from bot.ops.settings import get_settings


def with_api_token(argv: list[str], token: str) -> list[str]:
    """`rasa run --enable-api` gets the API token here, from the settings, so it never shows in `ps`."""
    if not token or "run" not in argv[:1] or "--enable-api" not in argv:
        return argv
    if any(a == "--auth-token" or a.startswith("--auth-token=") for a in argv):
        return argv
    # one argument: a token may start with "-", which argparse would read as an option
    return [*argv, f"--auth-token={token}"]


def main() -> None:
    sys.argv[1:] = with_api_token(sys.argv[1:], get_settings().rasa_api_token)
    install_log_masking()
    limit_server_bodies()
    from rasa.__main__ import main as rasa_main  # slow import (TensorFlow): after the guards are in place

    from bot.rasa_plugins.patches import install_rasa_patches  # imports Rasa and TensorFlow too

    installed = install_rasa_patches(enabled=get_settings().rasa_patches)
    # said on stderr: Rasa configures logging only later, inside rasa_main
    print(
        f"bot.rasa_plugins.patches: {', '.join(installed) or 'none'} installed", file=sys.stderr, flush=True
    )

    rasa_main()


if __name__ == "__main__":
    main()
