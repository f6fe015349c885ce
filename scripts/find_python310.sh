#!/usr/bin/env bash
# Print the path of a Python 3.10 interpreter: python3.10 on PATH, else a pyenv-installed 3.10.x.
set -euo pipefail

is_310() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; }

if command -v python3.10 >/dev/null 2>&1 && is_310 "$(command -v python3.10)"; then
  command -v python3.10
  exit 0
fi

roots=()
if command -v pyenv >/dev/null 2>&1; then roots+=("$(pyenv root)"); fi
roots+=("${PYENV_ROOT:-$HOME/.pyenv}")
for root in "${roots[@]}"; do
  for candidate in $(ls -d "$root"/versions/3.10.* 2>/dev/null | sort -V -r); do
    if [ -x "$candidate/bin/python3.10" ] && is_310 "$candidate/bin/python3.10"; then
      echo "$candidate/bin/python3.10"
      exit 0
    fi
  done
done

cat >&2 <<'MSG'
Python 3.10 was not found (Rasa 3.6 needs exactly 3.10).
Install it, for example with pyenv:  pyenv install 3.10
or your system's package (python3.10 and python3.10-venv), then run make again.
MSG
exit 1
