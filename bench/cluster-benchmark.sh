#!/usr/bin/env bash
# Throughput of one, two and three `ingest serve` nodes on one PostgreSQL (issue 9), and memory per node.
#
#   bash bench/cluster-benchmark.sh [--copies N] [--nodes "1 2 3"]
#
# Builds the CLI in Release into a temporary folder and starts a private throw-away PostgreSQL with
# scripts/postgres-test-cluster.sh. The batch is the samples with a text layer, each copied N times
# (default 3) with a different comment line after its end, so every copy has its own SHA-256 and is
# processed. For each node count: a fresh database, that many `ingest serve --run-now --watch <batch>`
# nodes started together (a Quartz cluster on that database), the clock from the first start until
# every document is stored in a final state, then each node's peak resident memory (VmHWM) read from
# /proc before it is stopped with SIGTERM. Prints a Markdown report and writes it to
# bench/results/cluster-<UTC date>.md. Not a test: it asserts nothing.
# Needs: dotnet, psql, pdfinfo (poppler-utils), Debian's postgresql.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COPIES=3
NODE_COUNTS="1 2 3"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --copies) COPIES=${2:?}; shift ;;
    --nodes) NODE_COUNTS=${2:?}; shift ;;
    -h|--help) sed -n 2,15p "$0"; exit 0 ;;
    *) echo "cluster-benchmark: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

WORK=$(mktemp -d /tmp/ingest-cluster-bench.XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [[ -n "$p" ]] && kill -TERM "$p" 2>/dev/null || true; done
  bash "$ROOT/scripts/postgres-test-cluster.sh" stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "cluster-benchmark: building the CLI (Release)" >&2
dotnet build "$ROOT/src/Ingest.Cli" -c Release -o "$WORK/bin" --nologo -v quiet >/dev/null
pg_env=$(bash "$ROOT/scripts/postgres-test-cluster.sh" start)
eval "$pg_env"
PGHOST=127.0.0.1
PGPORT=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$INGEST_TEST_POSTGRES")
PGUSER=$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$INGEST_TEST_POSTGRES")
export PGHOST PGPORT PGUSER

# --- the batch: every sample with a text layer, COPIES times, each copy with its own bytes ---------
BATCH="$WORK/batch"
mkdir -p "$BATCH"
pages=0
for pdf in "$ROOT"/corpus-samples/[sh][0-9]*/*.pdf; do
  for ((c = 1; c <= COPIES; c++)); do
    out="$BATCH/$(basename "$pdf" .pdf)-copy$c.pdf"
    cp "$pdf" "$out"
    printf '\n%% benchmark copy %d\n' "$c" >>"$out"
    pages=$((pages + $(pdfinfo "$out" | awk '/^Pages:/ {print $2}')))
  done
done
docs=$(find "$BATCH" -name '*.pdf' | wc -l)
echo "cluster-benchmark: $docs documents, $pages pages" >&2

finished() { psql -d "$1" -tAc "SELECT count(*) FROM documents WHERE status IN ('ingested','failed','needs_ocr')" 2>/dev/null || echo 0; }

rows=()
for n in $NODE_COUNTS; do
  db="bench_nodes_$n"
  psql -d ingest_test -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
  url="postgres://$PGUSER@127.0.0.1:$PGPORT/$db"
  PIDS=()
  start=$(date +%s.%N)
  for ((i = 1; i <= n; i++)); do
    (cd "$WORK" && exec "$WORK/bin/ingest" serve --config "$ROOT/pipeline.json" --db "$url" \
      --urls "http://127.0.0.1:$((5300 + i))" --watch "$BATCH" --run-now >"$WORK/node-$n-$i.log" 2>&1) &
    PIDS+=($!)
  done
  while [[ $(finished "$db") -lt $docs ]]; do
    sleep 1
    if [[ $(echo "$(date +%s.%N) - $start > 1800" | bc) -eq 1 ]]; then echo "cluster-benchmark: $n node(s) timed out" >&2; break; fi
  done
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  memory=()
  for p in "${PIDS[@]}"; do
    hwm=$(awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$p/status" 2>/dev/null || echo "?")
    memory+=("$hwm")
    kill -TERM "$p" 2>/dev/null || true
  done
  wait "${PIDS[@]}" 2>/dev/null || true
  PIDS=()
  once=$(psql -d "$db" -tAc "SELECT count(*) FROM documents")
  rows+=("| $n | $docs | $pages | $(printf '%.1f' "$wall") | $(echo "scale=2; $pages / $wall" | bc) | $(IFS=/; echo "${memory[*]}") | $once |")
  echo "cluster-benchmark: $n node(s): ${wall}s" >&2
done

report="# Cluster benchmark ($(date -u +%Y-%m-%d))

\`bash bench/cluster-benchmark.sh --copies $COPIES\` on $(nproc) cores, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg).
Each row: that many \`ingest serve\` nodes on one PostgreSQL (Quartz cluster), one fresh database, the
whole pipeline of pipeline.json over the same batch; wall time from the first node's start until every
document is stored in a final state (start-up of the nodes included).

| nodes | documents | pages | wall s | pages/s | peak RSS per node MB | document rows |
|---|---|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")
"
mkdir -p "$ROOT/bench/results"
echo "$report" | tee "$ROOT/bench/results/cluster-$(date -u +%Y-%m-%d).md"
