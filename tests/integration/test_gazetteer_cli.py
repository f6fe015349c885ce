"""`python -m bot.gazetteer` in its own process: resolve a place, write the jieba user dictionary."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bot.ops.settings import PROJECT_ROOT


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.gazetteer", *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def test_cli_resolve() -> None:
    output = _run_cli("resolve", "长春市朝阳区").stdout
    assert json.loads(output)["location"] == "吉林省长春市朝阳区"
    output = _run_cli("resolve", "朝阳区", "--context", "11").stdout
    assert json.loads(output)["location_code"] == "110105"


def test_cli_userdict_creates_directory(tmp_path: Path) -> None:
    target = tmp_path / "build" / "jieba" / "userdict.txt"
    _run_cli("userdict", str(target))
    assert target.exists() and "天河区 2000 ns" in target.read_text(encoding="utf-8")
