# Sourced by scripts/ensure_*.sh: `apt_install WHO PACKAGE...` installs Debian packages when we are root
# and apt-get exists; otherwise says so on stderr and returns 1 (the caller decides what that means).
apt_install() {
  local who=$1
  shift
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "$who: missing $* and cannot install (need root and apt-get)." >&2
    return 1
  fi
  echo "$who: installing $* with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
