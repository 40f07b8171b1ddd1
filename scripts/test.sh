#!/usr/bin/env bash
# Installs what the tests need, runs every test project, and prints "N passed, N failed".
# Used by developers (bash scripts/test.sh) and by CI (.ci/run). Exits non-zero on any failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# --- system packages the tests use (Debian names) -------------------------------------------
# poppler-utils: pdftoppm/pdftotext (OCR rasterising, benchmark comparison); tesseract: OCR;
# postgresql: a private throw-away cluster so every store test also runs on PostgreSQL;
# chromium: the web UI browser tests (Playwright drives Debian's Chromium);
# tzdata: the IANA time zones the worker's schedule is read in (Europe/London).
packages=(poppler-utils tesseract-ocr tesseract-ocr-eng postgresql chromium tzdata)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "test.sh: please install: ${missing[*]} (apt-get install -y ...)" >&2; exit 2
    fi
  fi
  echo "test.sh: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- build and test ---------------------------------------------------------------------------
results="$root/TestResults"
rm -rf "$results"
dotnet build Ingest.sln -c Release --nologo -v quiet

# --- a private PostgreSQL for the store tests (stopped and deleted on exit) -----------------
# Two lines on purpose: `eval "$(... start)"` would hide a failed start under set -e.
pg_env=$(bash scripts/postgres-test-cluster.sh start) || { echo "test.sh: could not start the test PostgreSQL" >&2; exit 1; }
eval "$pg_env"
trap 'bash scripts/postgres-test-cluster.sh stop' EXIT

status=0
dotnet test Ingest.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?

# --- sum the TRX counters (dotnet test never prints one total line) ---------------------------
passed=0; failed=0; skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); p=${p:-0}
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=${f:-0}
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters"); e=${e:-0}
  o=$(sed -n 's/.* timeout="\([0-9]*\)".*/\1/p' <<<"$counters"); o=${o:-0}
  a=$(sed -n 's/.* aborted="\([0-9]*\)".*/\1/p' <<<"$counters"); a=${a:-0}
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); t=${t:-0}
  x=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters"); x=${x:-0}
  passed=$((passed + p)); failed=$((failed + f + e + o + a)); skipped=$((skipped + t - x))
done
echo "${passed} passed, ${failed} failed"
echo "(${skipped} skipped)"
if [ "$passed" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
if [ "$failed" -gt 0 ] || [ "$status" -ne 0 ]; then
  exit 1
fi
