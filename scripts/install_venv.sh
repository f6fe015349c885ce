#!/usr/bin/env bash
# Create .venv with Python 3.10 if needed and install requirements.lock exactly: every package, direct or
# transitive, pinned with its hashes (compiled from requirements.txt by `make lock`), so no resolver runs here.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -x .venv/bin/python ] && ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then
  echo ".venv is not Python 3.10: recreating it." >&2
  rm -rf .venv
fi
if [ ! -x .venv/bin/python ]; then
  python=$(scripts/find_python310.sh)
  echo "Creating .venv with $python"
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
