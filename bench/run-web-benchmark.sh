#!/usr/bin/env bash
# The analyst UI benchmark (issue 7): a 100-page review with 2,000 suggestions, its review page served
# and decisions stored, timed over HTTP against a real Kestrel host and a SQLite store in a temp folder (or an empty PostgreSQL database).
#
#   bash bench/run-web-benchmark.sh [pages] [annotations] [rounds] [postgres://... (an empty database)]
#                                                                      (defaults 100 2000 30, SQLite)
#   WEB_BENCH_OUT=bench/results/web-x.md bash bench/run-web-benchmark.sh ...   (another report file)
#
# Prints a Markdown table (median, p95, max) and writes it to bench/results/web-<UTC date>.md, or to
# $WEB_BENCH_OUT, so that a second run the same day (the other store) need not replace the first.
# Installs nothing; needs the .NET SDK. Not a test: numbers depend on the machine and its load.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="${WEB_BENCH_OUT:-$ROOT/bench/results/web-$(date -u +%F).md}"
mkdir -p "$(dirname "$out")"
dotnet run -c Release --project "$ROOT/bench/WebBench" -- "$@" | tee "$out"
echo "written: $out" >&2
