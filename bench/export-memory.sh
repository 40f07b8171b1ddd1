#!/usr/bin/env bash
# Memory of the corpus verbs over a large store (issue 8: "an export of 10,000 documents stays under
# 300 MB of memory"). The fictional samples go through the pipeline once and are exported as JSONL.
# `ingest import` loads IMPORT_N copies of them (each with its own id) into one store, measured; then
# a second store gets the samples by `ingest import` and is multiplied to N documents in SQL (copies of
# the stored rows with new ids: importing 10,000 documents one by one takes half an hour on a busy
# 2-core machine, and only the export is the target). Each export format in FORMATS and the report
# then run over the big store under `/usr/bin/time -v`. Peak resident memory is what the target is about.
#
#   bash bench/export-memory.sh                  # N=10000, IMPORT_N=1000, all formats; writes
#                                                # bench/results/export-memory-<UTC date>.md
#   N=2000 FORMATS="jsonl csv" REPORT=0 bash bench/export-memory.sh   # a quicker look (REPORT=0: no report)
#   bash bench/export-memory.sh --keep           # keep the temporary folder (stores, exports) and say where
#
# Needs: the .NET SDK of global.json, python3, GNU time (sudo apt-get install -y time). Exit 2 when
# one is missing or the build fails, 1 when a measured step fails (the report still says which).
set -uo pipefail

N="${N:-10000}"
IMPORT_N="${IMPORT_N:-1000}"
FORMATS="${FORMATS:-jsonl csv brat webanno}"
REPORT="${REPORT:-1}"
KEEP=0
for arg in "$@"; do
  case "$arg" in
    --keep) KEEP=1 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "export-memory: unknown argument $arg" >&2; exit 2 ;;
  esac
done

ROOT="${INGEST_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}"
for tool in python3 dotnet; do
  command -v "$tool" >/dev/null || { echo "export-memory: $tool is missing" >&2; exit 2; }
done
if ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "export-memory: GNU time is missing; install it: sudo apt-get install -y time" >&2
  exit 2
fi

WORK="$(mktemp -d -t ingest-export-memory-XXXXXX)"
if [[ $KEEP -eq 0 ]]; then trap 'rm -rf "$WORK"' EXIT; fi
echo "export-memory: working in $WORK (N=$N)" >&2

if ! dotnet build "$ROOT/src/Ingest.Cli" -c Release -o "$WORK/bin" -nologo -v q >"$WORK/build.log" 2>&1; then
  echo "export-memory: build failed (see $WORK/build.log)" >&2
  KEEP=1; exit 2
fi
INGEST=(dotnet "$WORK/bin/ingest.dll")
cp "$ROOT/pipeline.json" "$WORK/pipeline.json"

ROWS=()
FAILED=0
# measure <name> <output path or -> <command...>: one row of the report.
measure() {
  local name="$1" out="$2"; shift 2
  local log="$WORK/$name.time"
  /usr/bin/time -v "$@" >"$WORK/$name.out" 2>"$log"
  local rc=$?
  local wall rss size
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%.1f", s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  size="-"
  if [[ "$out" != "-" && -e "$out" ]]; then size="$(du -sm "$out" | cut -f1) MB"; fi
  if [[ $rc -ne 0 ]]; then FAILED=1; size="failed (exit $rc): $(tail -n 1 "$WORK/$name.out" "$log" | tr '\n' ' ' | cut -c1-120)"; fi
  ROWS+=("| $name | $wall | $rss | $size |")
  echo "export-memory: $name: ${wall}s, peak ${rss} MB, $size" >&2
}

# 1. The samples through the pipeline once, exported as JSONL.
"${INGEST[@]}" run "$ROOT/corpus-samples" --db "$WORK/samples.db" --config "$WORK/pipeline.json" >"$WORK/samples-run.log" 2>&1
"${INGEST[@]}" export --format jsonl --out "$WORK/samples.jsonl" --db "$WORK/samples.db" --config "$WORK/pipeline.json" >/dev/null
SAMPLES=$(wc -l <"$WORK/samples.jsonl")

# 2. Import: IMPORT_N copies of the samples; copy k of a sample gets the id sha256("k:<id>") and a file name of its own.
python3 - "$IMPORT_N" "$WORK/samples.jsonl" "$WORK/corpus.jsonl" <<'PY'
import hashlib, json, sys
n, src, dst = int(sys.argv[1]), sys.argv[2], sys.argv[3]
lines = [l for l in open(src, encoding="utf-8").read().split("\n") if l]
with open(dst, "w", encoding="utf-8", newline="\n") as out:
    for k in range(n):
        doc = json.loads(lines[k % len(lines)])
        doc["id"] = hashlib.sha256(f"{k}:{doc['id']}".encode()).hexdigest()
        doc["file"] = f"copy{k:05d}-{doc['file']}"
        doc["source"] = f"bench/copy{k:05d}/{doc['file']}"
        out.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n")
PY
CORPUS_MB=$(du -m "$WORK/corpus.jsonl" | cut -f1)
measure "import-$IMPORT_N" "$WORK/imported.db" "${INGEST[@]}" import "$WORK/corpus.jsonl" --db "$WORK/imported.db" --config "$WORK/pipeline.json"

# 3. The big store: the samples imported, then their rows copied in SQL until there are N documents.
DB=(--db "$WORK/big.db" --config "$WORK/pipeline.json")
"${INGEST[@]}" import "$WORK/samples.jsonl" "${DB[@]}" >/dev/null
python3 - "$N" "$WORK/big.db" <<'PY'
import hashlib, sqlite3, sys
n, path = int(sys.argv[1]), sys.argv[2]
db = sqlite3.connect(path)
db.create_function("sha", 1, lambda s: hashlib.sha256(s.encode()).hexdigest())
originals = [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id")]
cols = [r[1] for r in db.execute("PRAGMA table_info(documents)")]
rest = [c for c in cols if c not in ("id", "file_name", "source")]
for k in range(len(originals), n):
    src = originals[k % len(originals)]
    db.execute(f"INSERT INTO documents(id, file_name, source, {', '.join(rest)}) SELECT sha(?), ? || file_name, ? || source, {', '.join(rest)} FROM documents WHERE id = ?",
               (f"{k}:{src}", f"copy{k:05d}-", f"bench/copy{k:05d}/", src))
    db.execute("INSERT INTO provenance(document_id, source_kind, location, file_name, retrieved_at, note) SELECT sha(?), source_kind, ? || location, file_name, retrieved_at, note FROM provenance WHERE document_id = ?",
               (f"{k}:{src}", f"bench/copy{k:05d}/", src))
    if k % 1000 == 0:
        db.commit()
db.commit()
PY

# 4. Every export format and the report over the big store.
for format in $FORMATS; do
  case "$format" in
    jsonl) measure export-jsonl "$WORK/out.jsonl" "${INGEST[@]}" export --format jsonl --out "$WORK/out.jsonl" "${DB[@]}" ;;
    csv) measure export-csv "$WORK/csv" "${INGEST[@]}" export --format csv --out "$WORK/csv/annotations.csv" "${DB[@]}" ;;
    *) measure "export-$format" "$WORK/$format" "${INGEST[@]}" export --format "$format" --out "$WORK/$format" "${DB[@]}" ;;
  esac
done
if [[ "$REPORT" == 1 ]]; then
  measure report "$WORK/report.csv" "${INGEST[@]}" report --out "$WORK/report.csv" "${DB[@]}"
fi

# 5. A search over the imported store (the SQL copies have no search index; the imported documents do).
measure search - "${INGEST[@]}" search '"welfare check"' --label missed_opportunity --limit 20 --db "$WORK/imported.db" --config "$WORK/pipeline.json"

DOCS=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from documents').fetchone()[0])" "$WORK/big.db" 2>/dev/null || echo "?")
OTHER=$(awk '{print $1}' /proc/loadavg)

REPORT="$(cat <<EOF
# Export memory, $(date -u +%Y-%m-%d)

\`bash bench/export-memory.sh\` with N=$N, IMPORT_N=$IMPORT_N: $SAMPLES sample reviews through the
pipeline; their JSONL multiplied to $IMPORT_N documents ($CORPUS_MB MB) for \`ingest import\`; a store
of $DOCS documents (the samples imported, their rows copied in SQL) for the exports and the report. Target (issue 8): an export of 10,000 documents
stays under 300 MB of memory. Machine: $(nproc) cores, load average $OTHER at the end (shared machine).

| step | wall s | peak RSS MB | output |
|---|---|---|---|
$(printf '%s\n' "${ROWS[@]}")
EOF
)"
mkdir -p "$ROOT/bench/results"
echo "$REPORT" | tee "$ROOT/bench/results/export-memory-$(date -u +%Y-%m-%d).md"
if [[ $KEEP -eq 1 ]]; then echo "export-memory: kept $WORK" >&2; fi
exit $FAILED
