"""requirements.lock is what installs: it must pin every direct requirement at the version requirements.txt names."""

from __future__ import annotations

import re

from bot.ops.settings import PROJECT_ROOT

PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;\\]+)", re.MULTILINE)


def _pins(name: str) -> dict[str, str]:
    text = (PROJECT_ROOT / name).read_text(encoding="utf-8")
    return {re.sub(r"[-_.]+", "-", n).lower(): v for n, v in PIN.findall(text)}


def test_every_direct_pin_is_locked_at_the_same_version():
    direct, locked = _pins("requirements.txt"), _pins("requirements.lock")
    assert direct, "requirements.txt pins nothing"
    assert {n: v for n, v in direct.items() if locked.get(n) != v} == {}


def test_every_locked_package_has_a_hash():
    text = (PROJECT_ROOT / "requirements.lock").read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.strip())
    assert len(blocks) > 100  # the transitive closure, not just the direct list
    assert [b.split()[0] for b in blocks if "--hash=sha256:" not in b] == []
