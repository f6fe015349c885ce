"""`make cluster`'s generated files: every port from the CLUSTER_* variables, a config HAProxy accepts, the lock
store in Redis, and supervisord's environment lines quoted so commas and % survive."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from deploy import cluster_config
from deploy.cluster_config import Layout, layout_from_env, render, service_environment


def test_ports_and_sizes_come_from_the_environment(tmp_path: Path) -> None:
    env = {
        "CLUSTER_DIR": str(tmp_path),
        "CLUSTER_RASA_PORT": "15005",
        "CLUSTER_WEB_PORT": "18000",
        "CLUSTER_RASA_SERVERS": "3",
        "CLUSTER_ACTION_SERVERS": "1",
        "CLUSTER_PORT_BASE": "40000",
    }
    layout = layout_from_env(env)
    assert (layout.rasa_port, layout.web_port, layout.rasa_servers, layout.action_servers) == (
        15005,
        18000,
        3,
        1,
    )
    ports = [layout.rasa_backend(i) for i in range(3)] + [layout.action_backend(0), layout.web_backend]
    ports += [layout.action_lb_port, layout.pg_port, layout.redis_port, layout.stats_port]
    assert len(set(ports)) == len(ports) and all(40000 < p < 40100 for p in ports)
    assert layout_from_env({"CLUSTER_DIR": str(tmp_path)}).rasa_port == 5005  # the defaults of the issue
    with pytest.raises(ValueError):
        layout_from_env({**env, "CLUSTER_RASA_SERVERS": "0"})


def test_the_rasa_servers_share_a_redis_lock_store_and_reach_actions_through_the_proxy(
    tmp_path: Path,
) -> None:
    layout = Layout(dir=tmp_path, port_base=41000)
    endpoints = yaml.safe_load(render(layout)["endpoints.yml"])
    assert endpoints["lock_store"] == {
        "type": "bot.shared_state.lock_store.ResilientRedisLockStore",
        "url": "127.0.0.1", "port": layout.redis_port, "db": 1, "key_prefix": "intake",
    }  # fmt: skip
    assert endpoints["action_endpoint"]["url"] == f"http://127.0.0.1:{layout.action_lb_port}/webhook"
    assert endpoints["action_endpoint"]["headers"]["Authorization"] == "Bearer ${ACTION_SERVER_TOKEN}"
    assert endpoints["tracker_store"]["type"].endswith("ResilientTrackerStore")


def test_supervisord_runs_every_server_with_the_shared_settings(tmp_path: Path) -> None:
    extra = tmp_path / "extra.env"
    extra.write_text("WIDGET_ORIGINS=https://a.example.cn,https://b.example.cn\nODD=100%\n")
    layout = Layout(dir=tmp_path, port_base=42000, env_file=extra)
    parser = configparser.RawConfigParser(inline_comment_prefixes=(";",))
    parser.read_string(render(layout, python="/venv/bin/python")["supervisord.conf"])
    programs = [s.split(":", 1)[1] for s in parser.sections() if s.startswith("program:")]
    assert programs == ["postgres", "redis", "haproxy", "action1", "action2", "rasa1", "rasa2", "web"]
    assert parser.get("group:app", "programs") == "action1,action2,rasa1,rasa2,web"
    rasa = parser.get("program:rasa2", "command")
    assert "-m bot.ops.rasa_server run" in rasa and f"--port {layout.rasa_backend(1)}" in rasa
    environment = parser.get("program:rasa1", "environment")
    assert f'REDIS_URL="{layout.redis_url}"' in environment
    assert f'DATABASE_URL="{layout.database_url}"' in environment
    assert 'WIDGET_ORIGINS="https://a.example.cn,https://b.example.cn"' in environment
    assert 'ODD="100%%"' in environment  # supervisord would read a lone % as an expansion
    assert parser.get("program:rasa1", "stopwaitsecs") == "8"


def test_service_environment_trusts_only_the_proxy(tmp_path: Path) -> None:
    env = service_environment(Layout(dir=tmp_path))
    assert env["SANIC_PROXIES_COUNT"] == "1" and env["TRUSTED_PROXIES"] == "127.0.0.1"
    assert "RASA_API_TOKEN" not in env and "ID_ENCRYPTION_KEY" not in env  # each server reads .env itself


@pytest.mark.skipif(
    shutil.which("haproxy") is None, reason="haproxy not installed (scripts/ensure_haproxy.sh)"
)
def test_haproxy_accepts_the_generated_configuration(tmp_path: Path) -> None:
    layout = Layout(dir=tmp_path, port_base=43000, rasa_servers=3)
    path = tmp_path / "haproxy.cfg"
    path.write_text(render(layout)["haproxy.cfg"])
    checked = subprocess.run(["haproxy", "-c", "-f", str(path)], capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    text = path.read_text()
    assert (
        "balance url_param openid" in text and "cookie RASASRV insert" in text and "option forwardfor" in text
    )
    server = f"server rasa3 127.0.0.1:{layout.rasa_backend(2)}"
    assert text.count(server) == 3  # REST, socket.io, WeChat
    assert text.count(f"{server} check maxconn 16") == 1  # REST checks it, limits its load
    assert text.count(f"{server} track rasa_rest/rasa3") == 2  # socket.io and WeChat follow that check
    rest = text.split("\nbackend rasa_rest\n", 1)[1].split("\nbackend ", 1)[0]
    assert "timeout queue 30s" in rest and "balance leastconn" in rest and "option abortonclose" in rest


def test_each_rasa_server_takes_a_bounded_number_of_rest_requests_at_once(tmp_path: Path) -> None:
    """More than CLUSTER_RASA_MAXCONN requests at once wait in HAProxy's queue, not in the server's listen
    queue, where they overflowed it and made the health checks late (docs/benchmarks.md, 2026-12-06)."""
    layout = layout_from_env({"CLUSTER_DIR": str(tmp_path), "CLUSTER_RASA_MAXCONN": "8"})
    assert layout.rasa_maxconn == 8 and layout_from_env({"CLUSTER_DIR": str(tmp_path)}).rasa_maxconn == 16
    text = render(layout)["haproxy.cfg"]
    lines = [line.strip() for line in text.splitlines() if line.strip().startswith("server rasa")]
    assert sum("maxconn 8" in line for line in lines) == 2  # the two REST lines, not socket.io's WebSockets
    assert all(("check" in line) != ("track" in line) for line in lines)  # HAProxy refuses both on one line


def test_the_shell_variables_name_the_public_addresses(tmp_path: Path) -> None:
    lines = cluster_config.shell_env(Layout(dir=tmp_path, rasa_port=15005, web_port=18000, port_base=44000))
    assert "CLUSTER_RASA_URL='http://127.0.0.1:15005'" in lines
    assert "CLUSTER_DATABASE_URL='postgresql://postgres@127.0.0.1:44042/intake'" in lines
