"""`python -m bot <command>`: the entry points the Makefile calls (init-env, init-db, train, run, shell, rasa)."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import secrets
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from cryptography.fernet import Fernet

from bot.cases import create_schema, make_engine
from bot.category_model import own_model
from bot.ops.logging_setup import install_log_masking
from bot.ops.run import Orchestrator, build_services, serve, service_env
from bot.ops.settings import PROJECT_ROOT, get_settings
from bot.route_model.__main__ import main as build_route_model

MODEL_NAME = "intake"  # models/intake.tar.gz, replaced on every training
TRAIN_ARGS = ["--domain", "domain.yml", "--data", "data", "--config", "config.yml", "--out", "models"]
SECRET_GENERATORS: dict[str, Callable[[], str]] = {
    "RASA_API_TOKEN": lambda: secrets.token_hex(24),
    "ID_ENCRYPTION_KEY": lambda: _fernet_key(),
    "ACTION_SERVER_TOKEN": lambda: secrets.token_hex(24),
    "WIDGET_SESSION_SECRET": lambda: secrets.token_hex(32),
}


def _fernet_key() -> str:
    return Fernet.generate_key().decode("ascii")


# --- .env -------------------------------------------------------------------------------------------


def fill_secrets(text: str, generators: dict[str, Callable[[], str]] = SECRET_GENERATORS) -> str:
    """Give every empty `KEY=` line of a generated secret a fresh value; add missing keys at the end."""
    for key, generate in generators.items():
        pattern = re.compile(rf"^{key}=[ \t]*(?:''|\"\")?[ \t]*$", re.MULTILINE)
        if pattern.search(text):
            text = pattern.sub(lambda _m, k=key, g=generate: f"{k}={g()}", text, count=1)
        elif not re.search(rf"^{key}=", text, re.MULTILINE):
            text = text.rstrip("\n") + f"\n{key}={generate()}\n"
    return text


def init_env(path: Path, example: Path) -> bool:
    """Create `.env` from the example if missing and fill empty secrets; True when the file changed."""
    original = path.read_text(encoding="utf-8") if path.exists() else None
    text = fill_secrets(original if original is not None else example.read_text(encoding="utf-8"))
    if text == original:
        return False
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return True


# --- database ---------------------------------------------------------------------------------------


def init_db(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        create_schema(engine)
        database = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
    finally:
        engine.dispose()
    if database and database != ":memory:":
        make_private(Path(database))


def make_private(database: Path) -> None:
    """The SQLite file (cases, conversations) and its journals readable by this user only, not 644."""
    for path in (
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
    ):
        if path.exists():
            path.chmod(0o600)


# --- training ---------------------------------------------------------------------------------------


def _hash_files(root: Path, patterns: Iterable[str]) -> str:
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(p for p in root.glob(pattern) if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def training_fingerprint(root: Path = PROJECT_ROOT) -> dict[str, str]:
    """`rasa`: what Rasa's cache keys cover. `extras`: what it does not (jieba dictionary, component code)."""
    return {
        "rasa": _hash_files(root, ["config.yml", "domain.yml", "data/**/*"]),
        "extras": _hash_files(root, ["build/jieba/**/*", "bot/rasa_plugins/nlu/**/*.py"]),
    }


def train_command(root: Path, force: bool = False) -> list[str] | None:
    """The `rasa train` arguments to run, or None when the model matches its inputs."""
    stamp = root / "models" / f"{MODEL_NAME}.fingerprint.json"
    model = root / "models" / f"{MODEL_NAME}.tar.gz"
    current = training_fingerprint(root)
    previous = json.loads(stamp.read_text()) if stamp.exists() and model.exists() else None
    if previous == current and not force:
        return None
    args = ["train", *TRAIN_ARGS, "--fixed-model-name", MODEL_NAME]
    # Rasa's training cache does not see the dictionary or our code: bypass it when they changed.
    if force or previous is None or previous.get("extras") != current["extras"]:
        args.append("--force")
    return args


def train(root: Path = PROJECT_ROOT, force: bool = False) -> int:
    own_model.main(["--force"] if force else [])  # the category model of the project's own examples
    build_route_model(["--force"] if force else [])  # the route model of knowledge/route_examples
    args = train_command(root, force)
    if args is None:
        print(f"Model models/{MODEL_NAME}.tar.gz is up to date: nothing to train.")
        return 0
    code = run_rasa(args, check=False)
    if code == 0:
        stamp = root / "models" / f"{MODEL_NAME}.fingerprint.json"
        stamp.write_text(json.dumps(training_fingerprint(root), indent=1))
    return code


# --- processes --------------------------------------------------------------------------------------


def _env() -> dict[str, str]:
    return service_env(get_settings())


def run_rasa(args: list[str], check: bool = True) -> int:
    code = subprocess.call([sys.executable, "-m", "bot.ops.rasa_server", *args], cwd=PROJECT_ROOT, env=_env())
    if check and code:
        raise SystemExit(code)
    return code


def run_stack(log_dir: Path | None, startup_timeout: float) -> int:
    settings = get_settings()
    if not settings.rasa_api_token:
        print("RASA_API_TOKEN is empty: run `make run` (it fills .env) or set it.", file=sys.stderr)
        return 2
    if not any((PROJECT_ROOT / "models").glob("*.tar.gz")):
        print("No trained model in models/: run `make train` first.", file=sys.stderr)
        return 2
    os.umask(0o077)  # files the servers create (SQLite journals, logs) are this user's only
    init_db(settings.database_url)
    orchestrator = Orchestrator(build_services(settings), _env(), PROJECT_ROOT, log_dir)
    return serve(orchestrator, startup_timeout)


def shell() -> int:
    """`rasa shell` in this terminal, with the action server running in the background."""
    settings = get_settings()
    init_db(settings.database_url)
    env = service_env(settings)
    actions = Orchestrator(build_services(settings)[:1], env, PROJECT_ROOT, PROJECT_ROOT / "var" / "log")
    try:
        actions.start()
        actions.wait_ready(300)
        argv = [sys.executable, "-m", "bot.ops.rasa_server", "shell", "--endpoints", "endpoints.yml"]
        argv += ["--model", "models"]
        return subprocess.call(argv, cwd=PROJECT_ROOT, env=env)
    except KeyboardInterrupt:
        return 0
    finally:
        actions.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("init-env", help="create .env from .env.example and fill empty secrets")
    sub.add_parser("init-db", help="create the case tables in DATABASE_URL")
    train_parser = sub.add_parser("train", help="train the model unless it matches its inputs")
    train_parser.add_argument("--force", action="store_true")
    run_parser = sub.add_parser("run", help="start Rasa, the action server and the web app")
    run_parser.add_argument("--log-dir", type=Path, default=None, help="write service logs here")
    run_parser.add_argument("--startup-timeout", type=float, default=600.0)
    sub.add_parser("shell", help="chat in the terminal (rasa shell + action server)")
    rasa_parser = sub.add_parser("rasa", help="run a rasa command with the project's environment")
    rasa_parser.add_argument("args", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)

    install_log_masking()
    os.chdir(PROJECT_ROOT)
    if args.command == "init-env":
        if init_env(PROJECT_ROOT / ".env", PROJECT_ROOT / ".env.example"):
            print("Wrote .env (new secrets filled in).")
        return 0
    if args.command == "init-db":
        init_db(get_settings().database_url)
        return 0
    if args.command == "train":
        return train(PROJECT_ROOT, args.force)
    if args.command == "run":
        return run_stack(args.log_dir, args.startup_timeout)
    if args.command == "shell":
        return shell()
    rest = args.args[1:] if args.args[:1] == ["--"] else args.args
    return run_rasa(rest, check=False)


if __name__ == "__main__":
    sys.exit(main())
