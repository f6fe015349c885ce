"""A throwaway PostgreSQL cluster for tests: initdb in a temporary directory, served on a free loopback
port with trust auth, removed again on exit. Runs as the `postgres` (or `nobody`) user when we are root,
because initdb and postgres refuse to run as root."""

from __future__ import annotations

import contextlib
import ctypes
import os
import pwd
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.stack import free_port

# Where distributions put the server binaries (initdb, postgres) outside PATH.
SEARCH_GLOBS = (
    "/usr/lib/postgresql/*/bin",  # Debian, Ubuntu
    "/usr/pgsql-*/bin",  # PGDG RPMs
    "/usr/local/pgsql/bin",  # source builds
    "/opt/homebrew/opt/postgresql*/bin",
    "/usr/local/opt/postgresql*/bin",
)
STARTUP_TIMEOUT_S = 60
STOP_TIMEOUT_S = 30
START_ATTEMPTS = 3  # a free port can be taken between choosing and binding it


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


@dataclass(frozen=True)
class PgServer:
    url: str  # SQLAlchemy URL of the `postgres` database as the `postgres` superuser
    port: int
    base_dir: Path
    bin_dir: Path


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", str(path))) or (0,)


def find_bin_dir() -> Path | None:
    """The directory holding `initdb` and `postgres`: $PG_BIN, PATH, then the usual places (newest first)."""
    candidates: list[Path] = []
    if os.environ.get("PG_BIN"):
        candidates.append(Path(os.environ["PG_BIN"]))
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)  # Debian-style symlinks point at the real dir
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10)
            candidates.append(Path(out.stdout.strip()))
        except (OSError, subprocess.SubprocessError):
            pass
    for pattern in SEARCH_GLOBS:
        root = Path("/")
        candidates += sorted(root.glob(pattern.lstrip("/")), key=_version_key, reverse=True)
    for bin_dir in candidates:
        if (bin_dir / "initdb").is_file() and (bin_dir / "postgres").is_file():
            return bin_dir
    return None


def _server_user() -> pwd.struct_passwd | None:
    """The unprivileged account to run as, or None to run as ourselves (not root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise PostgresUnavailable("running as root and neither a `postgres` nor a `nobody` user exists")


def _die_with_parent() -> None:
    # A killed test run must not leave a server behind: SIGQUIT is PostgreSQL's immediate shutdown.
    with contextlib.suppress(OSError, AttributeError):  # Linux only
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGQUIT)  # PR_SET_PDEATHSIG


def _popen_kwargs(user: pwd.struct_passwd | None, base: Path) -> dict:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    env["HOME"] = str(base)
    kwargs: dict = {"cwd": base, "env": env, "stdin": subprocess.DEVNULL}
    if user is not None:
        kwargs.update(user=user.pw_uid, group=user.pw_gid, extra_groups=[])
    return kwargs


def _initdb(bin_dir: Path, base: Path, user: pwd.struct_passwd | None) -> Path:
    data = base / "data"
    argv = [str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8", "--no-locale"]
    argv += ["--auth-local=trust", "--auth-host=trust", "--no-sync"]
    log = base / "initdb.log"
    with open(log, "wb") as out:
        result = subprocess.run(
            argv, stdout=out, stderr=subprocess.STDOUT, timeout=STARTUP_TIMEOUT_S, **_popen_kwargs(user, base)
        )
    if result.returncode != 0:
        raise RuntimeError(f"initdb failed ({result.returncode}):\n{log.read_text(errors='replace')[-3000:]}")
    # Only the private socket directory and 127.0.0.1; nothing else may connect.
    (data / "pg_hba.conf").write_text(
        "local all all trust\nhost all all 127.0.0.1/32 trust\n", encoding="utf-8"
    )
    if user is not None:
        os.chown(data / "pg_hba.conf", user.pw_uid, user.pw_gid)
    return data


def _ready(port: int) -> bool:
    import psycopg2

    try:
        psycopg2.connect(
            host="127.0.0.1", port=port, user="postgres", dbname="postgres", connect_timeout=2
        ).close()
        return True
    except psycopg2.OperationalError:
        return False


def _stop(process: subprocess.Popen) -> None:
    """Fast shutdown (SIGINT: disconnects clients), then SIGKILL if it hangs."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(STOP_TIMEOUT_S)


def _start(
    bin_dir: Path, data: Path, base: Path, user: pwd.struct_passwd | None
) -> tuple[subprocess.Popen, int]:
    sockets = base / "sock"
    sockets.mkdir(exist_ok=True)
    if user is not None:
        os.chown(sockets, user.pw_uid, user.pw_gid)
    failures = []
    for attempt in range(START_ATTEMPTS):
        port = free_port()
        argv = [str(bin_dir / "postgres"), "-D", str(data), "-p", str(port), "-k", str(sockets)]
        for setting in ("listen_addresses=127.0.0.1", "fsync=off", "synchronous_commit=off",
                        "full_page_writes=off", "max_connections=100", "logging_collector=off"):  # fmt: skip
            argv += ["-c", setting]
        log = base / f"postgres-{attempt}.log"
        with open(log, "wb") as out:
            process = subprocess.Popen(
                argv, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                preexec_fn=_die_with_parent, **_popen_kwargs(user, base),
            )  # fmt: skip
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while process.poll() is None and time.monotonic() < deadline:
            if _ready(port):
                return process, port
            time.sleep(0.2)
        _stop(process)
        failures.append(log.read_text(errors="replace")[-2000:])
    raise RuntimeError("PostgreSQL did not start:\n" + "\n---\n".join(failures))


@contextmanager
def throwaway_postgres() -> Iterator[PgServer]:
    """Start a fresh cluster; on exit stop it and delete its directory, whatever happened in between."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise PostgresUnavailable(
            "no PostgreSQL server binaries (initdb, postgres) found; install PostgreSQL or set PG_BIN"
        )
    user = _server_user()
    base = Path(tempfile.mkdtemp(prefix="pgtest-"))  # under /tmp: reachable by the server user
    process = None
    try:
        if user is not None:
            os.chown(base, user.pw_uid, user.pw_gid)
        data = _initdb(bin_dir, base, user)
        process, port = _start(bin_dir, data, base, user)
        yield PgServer(
            url=f"postgresql://postgres@127.0.0.1:{port}/postgres", port=port, base_dir=base, bin_dir=bin_dir
        )
    finally:
        if process is not None:
            _stop(process)
        shutil.rmtree(base, ignore_errors=True)
