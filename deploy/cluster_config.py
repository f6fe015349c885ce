"""`make cluster`'s configuration: supervisord, HAProxy and Rasa endpoints files under var/cluster/, from the
templates in deploy/cluster/ and the ports below (each one an environment variable, so a second cluster or a
test runs beside `make run`'s 5005/5055/8000).

    python -m deploy.cluster_config [--dir var/cluster] [--print-env]

| variable | default | what |
| --- | --- | --- |
| CLUSTER_DIR | var/cluster | generated files, data (PostgreSQL, Redis), logs |
| CLUSTER_BIND | 127.0.0.1 | where the proxy listens for citizens and staff (0.0.0.0 to serve the network) |
| CLUSTER_RASA_PORT | 5005 | the proxy's Rasa port (REST, socket.io, WeChat, HTTP API) |
| CLUSTER_WEB_PORT | 8000 | the proxy's web app port (demo site, widget, staff console) |
| CLUSTER_RASA_SERVERS | 2 | Rasa servers (each loads the model: ~1 GB RAM) |
| CLUSTER_ACTION_SERVERS | 2 | action servers |
| CLUSTER_RASA_MAXCONN | 16 | REST requests one Rasa server handles at a time; more wait in HAProxy's queue |
| CLUSTER_ENV_FILE | (none) | extra `KEY=value` lines for every Python server (the soak's WeChat test account) |
| CLUSTER_PORT_BASE | 15100 | backends on loopback: Rasa base+1…, actions base+21…, web base+40, action proxy
  base+41, PostgreSQL base+42, Redis base+43, HAProxy statistics base+44 |
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from string import Template

from bot.ops.run import cors_origins
from bot.ops.settings import PROJECT_ROOT, get_settings

TEMPLATES = Path(__file__).resolve().parent / "cluster"
LOCK_DB = 1  # Redis database of Rasa's lock store; the shared state (REDIS_URL) uses database 0
TICKET_LOCK_LIFETIME_S = 15  # a killed server's lock on a conversation frees after this (Rasa's default: 60)
PG_BIN_DIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin")


@dataclass(frozen=True)
class Layout:
    dir: Path
    bind: str = "127.0.0.1"
    rasa_port: int = 5005
    web_port: int = 8000
    rasa_servers: int = 2
    action_servers: int = 2
    port_base: int = 15100
    env_file: Path | None = None
    rasa_maxconn: int = 16

    def rasa_backend(self, i: int) -> int:
        return self.port_base + 1 + i

    def action_backend(self, i: int) -> int:
        return self.port_base + 21 + i

    @property
    def web_backend(self) -> int:
        return self.port_base + 40

    @property
    def action_lb_port(self) -> int:
        return self.port_base + 41

    @property
    def pg_port(self) -> int:
        return self.port_base + 42

    @property
    def redis_port(self) -> int:
        return self.port_base + 43

    @property
    def stats_port(self) -> int:
        return self.port_base + 44

    @property
    def database_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.pg_port}/intake"

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis_port}/0"

    @property
    def rasa_url(self) -> str:
        return f"http://{_display(self.bind)}:{self.rasa_port}"

    @property
    def web_url(self) -> str:
        return f"http://{_display(self.bind)}:{self.web_port}"


def _display(host: str) -> str:
    return "127.0.0.1" if host in ("0.0.0.0", "::") else host


def layout_from_env(env: dict[str, str] | None = None, root: Path = PROJECT_ROOT) -> Layout:
    env = dict(os.environ if env is None else env)
    directory = Path(env.get("CLUSTER_DIR") or root / "var" / "cluster")
    layout = Layout(
        dir=directory if directory.is_absolute() else root / directory,
        bind=env.get("CLUSTER_BIND", "127.0.0.1"),
        rasa_port=int(env.get("CLUSTER_RASA_PORT", "5005")),
        web_port=int(env.get("CLUSTER_WEB_PORT", "8000")),
        rasa_servers=int(env.get("CLUSTER_RASA_SERVERS", "2")),
        action_servers=int(env.get("CLUSTER_ACTION_SERVERS", "2")),
        port_base=int(env.get("CLUSTER_PORT_BASE", "15100")),
        env_file=Path(env["CLUSTER_ENV_FILE"]) if env.get("CLUSTER_ENV_FILE") else None,
        rasa_maxconn=int(env.get("CLUSTER_RASA_MAXCONN", "16")),
    )
    if not 1 <= layout.rasa_servers <= 20 or not 1 <= layout.action_servers <= 19:
        raise ValueError("CLUSTER_RASA_SERVERS must be 1-20 and CLUSTER_ACTION_SERVERS 1-19")
    return layout


def extra_environment(path: Path | None) -> dict[str, str]:
    if path is None:
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    pairs = (line.split("=", 1) for line in lines if "=" in line and not line.lstrip().startswith("#"))
    return {key.strip(): value.strip() for key, value in pairs}


def service_environment(layout: Layout, root: Path = PROJECT_ROOT) -> dict[str, str]:
    """What every Python server of the cluster needs besides .env (which each reads itself, secrets included)."""
    return extra_environment(layout.env_file) | {
        "PYTHONPATH": str(root),
        "PYTHONUNBUFFERED": "1",
        "DATABASE_URL": layout.database_url,
        "REDIS_URL": layout.redis_url,
        "HOST": "127.0.0.1",
        "RASA_PORT": str(layout.rasa_port),  # the public ones: the web app builds the widget's URLs from them
        "WEB_PORT": str(layout.web_port),
        "SANIC_HOST": "127.0.0.1",
        "SANIC_PROXIES_COUNT": "1",  # Rasa reads the citizen's address from the proxy's X-Forwarded-For
        "TRUSTED_PROXIES": "127.0.0.1",  # the web app likewise
        "TICKET_LOCK_LIFETIME": str(TICKET_LOCK_LIFETIME_S),
        "RASA_TELEMETRY_ENABLED": "false",
        "RASA_CACHE_DIRECTORY": str(root / ".rasa" / "cache"),
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "HOME": os.environ.get("HOME", str(root)),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }


def _supervisor_env(values: dict[str, str]) -> str:
    # supervisord expands %(name)s: a literal % is written %%; quoted, so commas in a value are kept
    return ",".join(f'{key}="{value.replace("%", "%%")}"' for key, value in values.items())


def _program(
    name: str, argv: list[str], layout: Layout, env: dict[str, str], priority: int, startsecs: int
) -> str:
    return Template((TEMPLATES / "program.conf.tmpl").read_text(encoding="utf-8")).substitute(
        name=name,
        command=" ".join(argv),
        root=PROJECT_ROOT,
        dir=layout.dir,
        environment=_supervisor_env(env),
        priority=priority,
        startsecs=startsecs,
    )


def programs(layout: Layout, python: str) -> list[str]:
    env = service_environment(layout)
    public = dataclasses.replace(get_settings(), web_port=layout.web_port)
    sections = []
    for i in range(layout.action_servers):
        port = layout.action_backend(i)
        argv = [python, "-m", "actions", "--actions", "actions", "--port", str(port)]
        sections.append(_program(f"action{i + 1}", argv, layout, {**env, "ACTION_PORT": str(port)}, 20, 3))
    for i in range(layout.rasa_servers):
        argv = [
            python, "-m", "bot.ops.rasa_server", "run", "--enable-api", "--cors", *cors_origins(public),
            "--endpoints", str(layout.dir / "endpoints.yml"), "--credentials", "credentials.yml",
            "--model", "models", "--interface", "127.0.0.1", "--port", str(layout.rasa_backend(i)),
        ]  # fmt: skip
        sections.append(_program(f"rasa{i + 1}", argv, layout, env, 30, 5))
    argv = [python, "-m", "bot.web", "--host", "127.0.0.1", "--port", str(layout.web_backend)]
    sections.append(_program("web", argv, layout, env, 40, 3))
    return sections


def app_programs(layout: Layout) -> list[str]:
    """The supervisord names of the Python servers (group `app`)."""
    actions = [f"action{i + 1}" for i in range(layout.action_servers)]
    return [*actions, *(f"rasa{i + 1}" for i in range(layout.rasa_servers)), "web"]


def _servers(prefix: str, ports: list[int], cookie: bool = False, options: str = "check") -> str:
    """HAProxy `server` lines; in `options`, {name} is the server's name (`track rasa_rest/{name}`)."""
    lines = []
    for i, port in enumerate(ports, start=1):
        extra = f" cookie {prefix}{i}" if cookie else ""
        lines.append(f"    server {prefix}{i} 127.0.0.1:{port} {options.format(name=f'{prefix}{i}')}{extra}")
    return "\n".join(lines)


def _binary(name: str, candidates: tuple[str, ...] = ()) -> str:
    found = shutil.which(name) or next((c for c in candidates if Path(c).exists()), None)
    return found or name  # left as the bare name: supervisord then says it cannot find it


def render(layout: Layout, python: str = sys.executable) -> dict[str, str]:
    """File name → text, for everything under `layout.dir` that the cluster reads."""
    rasa_ports = [layout.rasa_backend(i) for i in range(layout.rasa_servers)]
    pg_bin = next((d for d in PG_BIN_DIRS if Path(d, "postgres").exists()), "/usr/lib/postgresql/15/bin")
    values = {
        "dir": layout.dir,
        "bind": layout.bind,
        "rasa_port": layout.rasa_port,
        "web_port": layout.web_port,
        "action_lb_port": layout.action_lb_port,
        "stats_port": layout.stats_port,
        "redis_port": layout.redis_port,
        "pg_port": layout.pg_port,
        "lock_db": LOCK_DB,
        "pg_bin": pg_bin,
        "pg_user": "postgres" if os.geteuid() == 0 else os.environ.get("USER", "postgres"),
        "redis_bin": _binary("redis-server"),
        "haproxy_bin": _binary("haproxy", ("/usr/sbin/haproxy",)),
        "rasa_maxconn": layout.rasa_maxconn,
        # only the REST backend checks the Rasa servers (and limits what each takes at once, not a
        # WebSocket's hour); socket.io and WeChat take the state of its servers
        "rasa_servers": _servers("rasa", rasa_ports, options=f"check maxconn {layout.rasa_maxconn}"),
        "rasa_socketio_servers": _servers("rasa", rasa_ports, cookie=True, options="track rasa_rest/{name}"),
        "rasa_wechat_servers": _servers("rasa", rasa_ports, options="track rasa_rest/{name}"),
        "action_servers": _servers(
            "action", [layout.action_backend(i) for i in range(layout.action_servers)]
        ),
        "web_servers": _servers("web", [layout.web_backend]),
        "programs": "".join(programs(layout, python)),
        "app_programs": ",".join(app_programs(layout)),
    }
    names = {"supervisord.conf": "supervisord.conf.tmpl", "haproxy.cfg": "haproxy.cfg.tmpl"}
    names["endpoints.yml"] = "endpoints.yml.tmpl"
    return {
        out: Template((TEMPLATES / template).read_text(encoding="utf-8")).substitute(values)
        for out, template in names.items()
    }


def write(layout: Layout, python: str = sys.executable) -> None:
    for sub in ("logs", "redis", "pgsock"):
        (layout.dir / sub).mkdir(parents=True, exist_ok=True)
    layout.dir.chmod(0o755)  # the postgres account must reach pg/ and pgsock/
    for name, text in render(layout, python).items():
        path = layout.dir / name
        path.write_text(text, encoding="utf-8")
        path.chmod(0o600)


def shell_env(layout: Layout) -> str:
    """Lines `KEY=value` for scripts/cluster.sh to source."""
    values = {
        "CLUSTER_DIR": layout.dir,
        "CLUSTER_PG_PORT": layout.pg_port,
        "CLUSTER_PG_BIN": next((d for d in PG_BIN_DIRS if Path(d, "postgres").exists()), ""),
        "CLUSTER_REDIS_PORT": layout.redis_port,
        "CLUSTER_DATABASE_URL": layout.database_url,
        "CLUSTER_REDIS_URL": layout.redis_url,
        "CLUSTER_RASA_URL": layout.rasa_url,
        "CLUSTER_WEB_URL": layout.web_url,
        "CLUSTER_STATS_URL": f"http://127.0.0.1:{layout.stats_port}/",
    }
    return "".join(f"{key}='{value}'\n" for key, value in values.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m deploy.cluster_config", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--dir", type=Path, default=None, help="where to write (default: CLUSTER_DIR)")
    parser.add_argument("--print-env", action="store_true", help="only print the layout as shell variables")
    args = parser.parse_args(argv)
    env = dict(os.environ)
    if args.dir is not None:
        env["CLUSTER_DIR"] = str(args.dir.resolve())
    layout = layout_from_env(env)
    if not args.print_env:
        write(layout)
    sys.stdout.write(shell_env(layout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
