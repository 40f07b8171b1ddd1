#!/usr/bin/env bash
# The analyst UI benchmark (issue 7): a 100-page review with 2,000 suggestions, its review page served
# and decisions stored, timed over HTTP against a real Kestrel host and SQLite store in a temp folder.
#
#   bash bench/run-web-benchmark.sh [pages] [annotations] [rounds]     (defaults 100 2000 30)
#
# Prints a Markdown table (median, p95, max) and writes it to bench/results/web-<UTC date>.md.
# Installs nothing; needs the .NET SDK. Not a test: numbers depend on the machine and its load.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$ROOT/bench/results/web-$(date -u +%F).md"
mkdir -p "$ROOT/bench/results"
dotnet run -c Release --project "$ROOT/bench/WebBench" -- "$@" | tee "$out"
echo "written: $out" >&2
