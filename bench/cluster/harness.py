"""A `make cluster` of its own for the soak and load runs: free ports, its own folder under var/, a WeChat test
account whose API is a local fake, and the faults (kill -9, restarts) through supervisord.

    with running_cluster(rasa_servers=2) as cluster: ...

`reuse=True` keeps a cluster already running in that folder (and leaves it running), to iterate quickly.
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.stack import ROOT, request_json
from bot.channels.wechat.fake_api import FakeWeChatAPI, ThreadedServer
from bot.ops.settings import get_settings

WECHAT_APP_ID = "wx0soak0cluster0000"
STARTUP_TIMEOUT_S = 900


@dataclass
class Cluster:
    dir: Path
    stats_url: str
    rasa_url: str
    web_url: str
    database_url: str
    token: str
    wechat_token: str
    wechat_aes_key: str
    wechat_api: FakeWeChatAPI

    def ctl(self, *args: str, check: bool = True) -> str:
        argv = [str(ROOT / ".venv/bin/supervisorctl"), "-c", str(self.dir / "supervisord.conf"), *args]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        if check and done.returncode not in (0,):
            raise RuntimeError(f"supervisorctl {' '.join(args)}: {done.stdout}{done.stderr}")
        return done.stdout

    def pid(self, program: str) -> int:
        return int(self.ctl("pid", program).strip())

    def kill9(self, program: str) -> None:
        """What a crash looks like: SIGKILL to the server and its children; supervisord starts it again."""
        os.killpg(self.pid(program), signal.SIGKILL)

    def restart(self, program: str) -> None:
        self.ctl("restart", program)

    def healthy(self, backend_prefix: str = "") -> bool:
        """Every backend the proxy knows is UP (or those whose name starts with the prefix)."""
        try:  # a server busy with citizens may answer late: not healthy yet
            status, _ = request_json(f"{self.rasa_url}/", timeout=5)
            with urllib.request.urlopen(self.stats_url, timeout=5) as response:
                stats = response.read().decode()
        except OSError:
            return False
        if status != 200:
            return False
        rows = [line.split(",") for line in stats.splitlines() if not line.startswith("#")]
        servers = [r for r in rows if len(r) > 17 and r[1] not in ("FRONTEND", "BACKEND")]
        return all(r[17] == "UP" for r in servers if r[1].startswith(backend_prefix))

    def wait_healthy(self, timeout: float = 300.0, servers: tuple[str, ...] = ("",)) -> float:
        """Seconds until every backend (or the servers named, e.g. ("rasa1", "rasa2")) is UP again."""
        started = time.monotonic()
        while not all(self.healthy(name) for name in servers):
            if time.monotonic() - started > timeout:
                raise TimeoutError(f"cluster not healthy after {timeout:.0f} s")
            time.sleep(0.5)
        return time.monotonic() - started


def _aes_key() -> str:
    return secrets.token_urlsafe(32)[:43].replace("-", "a").replace("_", "b")


def free_block(size: int = 100, low: int = 20000, high: int = 32000) -> int:
    """The first port of `size` free loopback ports below the kernel's range for outgoing connections (which
    may take any port in it at any moment)."""
    rng = random.Random()
    for _ in range(200):
        base = rng.randrange(low, high - size)
        if all(_bindable(port) for port in range(base, base + size)):
            return base
    raise RuntimeError(f"no {size} free ports between {low} and {high}")


def _bindable(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def _wechat_account(directory: Path) -> tuple[str, str]:
    """(token, AES key) of the test account, the same for every run in this folder (so `reuse` needs no
    restart)."""
    path = directory / "wechat_account"
    if not path.exists():
        path.write_text(f"soak-{secrets.token_hex(8)} {_aes_key()}")
    token, aes_key = path.read_text().split()
    return token, aes_key


@contextmanager
def running_cluster(
    rasa_servers: int = 2, action_servers: int = 2, name: str = "cluster-soak", reuse: bool = False
) -> Iterator[Cluster]:
    directory = ROOT / "var" / name
    directory.mkdir(parents=True, exist_ok=True)
    base_file = directory / "port_base"
    if not (reuse and base_file.exists()):
        base_file.write_text(str(free_block()))
    base = int(base_file.read_text())
    wechat_token, aes_key = _wechat_account(directory)
    api = FakeWeChatAPI(WECHAT_APP_ID, "soak-app-secret")
    with ThreadedServer(api.app(), port=base + 95) as fake:
        env_file = directory / "extra.env"
        env_file.write_text(
            f"WECHAT_TOKEN={wechat_token}\nWECHAT_APPID={WECHAT_APP_ID}\nWECHAT_APPSECRET=soak-app-secret\n"
            f"WECHAT_AES_KEY={aes_key}\nWECHAT_API_BASE={fake.url}\n"
        )
        env = dict(os.environ)
        env.update(
            CLUSTER_DIR=str(directory),
            CLUSTER_PORT_BASE=str(base),
            CLUSTER_RASA_PORT=str(base + 90),
            CLUSTER_WEB_PORT=str(base + 91),
            CLUSTER_RASA_SERVERS=str(rasa_servers),
            CLUSTER_ACTION_SERVERS=str(action_servers),
            CLUSTER_ENV_FILE=str(env_file),
        )
        started = subprocess.run(
            [str(ROOT / "scripts/cluster.sh")], cwd=ROOT, env=env, timeout=STARTUP_TIMEOUT_S
        )
        if started.returncode != 0:
            _stop(env)
            raise RuntimeError(f"scripts/cluster.sh failed (logs in {directory}/logs)")
        cluster = Cluster(
            dir=directory,
            stats_url=f"http://127.0.0.1:{base + 44}/;csv",
            rasa_url=f"http://127.0.0.1:{base + 90}",
            web_url=f"http://127.0.0.1:{base + 91}",
            database_url=f"postgresql://postgres@127.0.0.1:{base + 42}/intake",
            token=get_settings().rasa_api_token,
            wechat_token=wechat_token,
            wechat_aes_key=aes_key,
            wechat_api=api,
        )
        try:
            yield cluster
        finally:
            if not reuse:
                _stop(env)


def _stop(env: dict[str, str]) -> None:
    subprocess.run([str(ROOT / "scripts/cluster_stop.sh")], cwd=ROOT, env=env, timeout=120, check=False)
