#!/usr/bin/env bash
# Throughput and memory benchmark: `ingest run` against pdftotext, on the same files, in the same run.
#
#   bash bench/run-benchmark.sh [--no-shared] [--shared <dir>] [--with-scans] [--pages N] [--keep] [--jit]
#
# Publishes the CLI as a deployment runs it (Release, linux-x64 or -arm64, framework-dependent, ReadyToRun: our code
# and our dependencies precompiled, so the start of every run does not JIT them; --jit measures the plain
# `dotnet build -c Release` output instead, as sessions up to 19 did) into a temporary folder, assembles
# the batches, and measures for each batch:
#   pdftotext over every file, one process at a time (xargs -P 1) and two at a time (xargs -P 2);
#   `ingest run <batch> --jobs 1` and `--jobs 2`, each into a fresh temporary database.
# Every measurement runs under `/usr/bin/time -v`: wall seconds, CPU seconds, "Maximum resident set size".
# Pages are counted with pdfinfo. Batches:
#   samples   corpus-samples/*/*.pdf with a text layer (the fictional review PDFs)
#   pagesN    those PDFs copied round-robin until at least N (default 1000) pages; every copy gets a
#             different comment line after its end, so each has its own SHA-256 and is processed
#   shared    ../shared/pdf-robustness/bench__*.pdf (real-world, non-review PDFs), when the folder is
#             beside the repository (or two levels up, as in CI clones); --no-shared skips it
#   scanned   samples without any font (pdffonts), which only the OCR stage can read; pdftotext finds
#             no text in them, so they are measured apart (--with-scans puts them in the first two
#             batches instead, where OCR's 3-5 s a page then dominates the figures)
# Then: the time per stage summed from the run log of each `--jobs 1` run, and one large sample timed
# three ways (`ingest --help`, `ingest text`, `ingest run`) to separate start-up, extraction and the rest.
#
# Prints a Markdown report and writes it to bench/results/<UTC date>.md (a rerun the same day replaces it).
# Installs nothing. Needs: dotnet; pdftotext, pdfinfo, pdffonts (sudo apt-get install -y poppler-utils);
# GNU time at /usr/bin/time (sudo apt-get install -y time); xargs, sha256sum, awk. The OCR stage that
# pipeline.json names needs its own tools (pdftoppm, tesseract) for the scanned batch.
# Exit codes: 0 all measured; 1 a measured step failed (the report is still written, the row says why);
# 2 a tool is missing, the build failed or a batch could not be assembled.
# (The ReadyToRun publish needs the Microsoft.NETCore.App.Crossgen2 package for the SDK's runtime, which
# `dotnet publish` restores from NuGet like any other package.)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TARGET_PAGES=1000
USE_SHARED=1
SHARED_DIR=""
WITH_SCANS=0
KEEP=0
R2R=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-shared) USE_SHARED=0 ;;
    --shared) SHARED_DIR=${2:?--shared needs a folder}; shift ;;
    --with-scans) WITH_SCANS=1 ;;
    --pages) TARGET_PAGES=${2:?--pages needs a number}; shift ;;
    --keep) KEEP=1 ;;
    --jit) R2R=0 ;;
    -h|--help) sed -n '2,31p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-benchmark: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

say() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }
die() { echo "run-benchmark: $*" >&2; exit 2; }

# ---- tools -------------------------------------------------------------------------------------------
missing=0
for tool in pdftotext pdfinfo pdffonts; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "run-benchmark: '$tool' is missing; install poppler-utils: sudo apt-get install -y poppler-utils" >&2
    missing=1
  fi
done
if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "run-benchmark: GNU time (/usr/bin/time -v) is missing; install it: sudo apt-get install -y time" >&2
  missing=1
fi
for tool in dotnet xargs sha256sum awk; do
  command -v "$tool" >/dev/null 2>&1 || { echo "run-benchmark: '$tool' is missing" >&2; missing=1; }
done
[[ $missing -eq 0 ]] || exit 2
[[ "$TARGET_PAGES" =~ ^[0-9]+$ && "$TARGET_PAGES" -gt 0 ]] || die "--pages must be a positive whole number"

START_SECONDS=$SECONDS
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ingest-bench.XXXXXX")
cleanup() { if [[ $KEEP -eq 1 ]]; then say "kept $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# ---- build -------------------------------------------------------------------------------------------
# The configuration as it is now, beside the binary built from the same tree: edits made to the working
# tree while the benchmark runs change neither.
CONFIG="$WORK/pipeline.json"
cp "$ROOT/pipeline.json" "$CONFIG"
# Model paths in pipeline.json are relative to it: the models travel with the copy.
cp -r "$ROOT/models" "$WORK/models"
if [[ $R2R -eq 1 ]]; then
  case "$(uname -m)" in
    x86_64) RID=linux-x64 ;;
    aarch64|arm64) RID=linux-arm64 ;;
    *) die "no ReadyToRun runtime identifier known for $(uname -m); use --jit" ;;
  esac
  BUILD_KIND="dotnet publish -c Release -r $RID --self-contained false -p:PublishReadyToRun=true"
  say "publishing src/Ingest.Cli (Release, ReadyToRun, $RID) into $WORK/cli"
  build_cmd=(dotnet publish -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true src/Ingest.Cli -o "$WORK/cli")
else
  BUILD_KIND="dotnet build -c Release (JIT, --jit)"
  say "building src/Ingest.Cli (Release, JIT) into $WORK/cli"
  build_cmd=(dotnet build -c Release src/Ingest.Cli -o "$WORK/cli")
fi
if ! (cd "$ROOT" && "${build_cmd[@]}") >"$WORK/build.log" 2>&1; then
  tail -n 30 "$WORK/build.log" >&2
  die "the Release build ($BUILD_KIND) failed (log above)"
fi
if [[ -x "$WORK/cli/ingest" ]]; then
  INGEST=("$WORK/cli/ingest")
else
  INGEST=(dotnet "$WORK/cli/ingest.dll")
fi

# ---- batches -----------------------------------------------------------------------------------------
# pages <pdf>: the page count pdfinfo reports, or nothing.
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2; exit }'; }

# batch_pages <dir>: total pages of the PDFs in <dir>; fails if pdfinfo cannot count one.
batch_pages() {
  local total=0 f p
  for f in "$1"/*.pdf; do
    p=$(pages "$f")
    [[ -n "$p" ]] || { echo "run-benchmark: pdfinfo cannot count the pages of $f" >&2; return 1; }
    total=$((total + p))
  done
  echo "$total"
}

# check_unique <dir>: every file has its own SHA-256 (a repeat would be reported unchanged, not processed).
check_unique() {
  local dups
  dups=$(sha256sum "$1"/*.pdf | awk '{ print $1 }' | sort | uniq -d | wc -l)
  [[ "$dups" -eq 0 ]] || { echo "run-benchmark: $dups duplicate SHA-256 value(s) in $1" >&2; return 1; }
}

# is_scanned <pdf>: no font at all, so no text layer (pdffonts prints two header lines, then one per font).
is_scanned() { [[ $(pdffonts "$1" 2>/dev/null | tail -n +3 | wc -l) -eq 0 ]]; }

shopt -s nullglob
ALL_SAMPLES=("$ROOT"/corpus-samples/*/*.pdf)
[[ ${#ALL_SAMPLES[@]} -gt 0 ]] || die "no sample PDFs in $ROOT/corpus-samples/*/"
SAMPLES=()
SCANNED=()
for f in "${ALL_SAMPLES[@]}"; do
  if [[ $WITH_SCANS -eq 0 ]] && is_scanned "$f"; then SCANNED+=("$f"); else SAMPLES+=("$f"); fi
done
[[ ${#SAMPLES[@]} -gt 0 ]] || die "no sample PDF with a text layer in $ROOT/corpus-samples/*/"

BATCHES=()
declare -A BATCH_DIR BATCH_FILES BATCH_PAGES BATCH_WORKERS

mkdir -p "$WORK/batch/samples"
cp "${SAMPLES[@]}" "$WORK/batch/samples/"
BATCHES+=(samples)

BIG="pages$TARGET_PAGES"
say "assembling the ${TARGET_PAGES}-page batch from ${#SAMPLES[@]} sample PDFs"
mkdir -p "$WORK/batch/$BIG"
n=0 total=0
while [[ $total -lt $TARGET_PAGES ]]; do
  for src in "${SAMPLES[@]}"; do
    n=$((n + 1))
    dst=$(printf '%s/p%04d_%s' "$WORK/batch/$BIG" "$n" "$(basename "$src")")
    cp "$src" "$dst"
    # A comment line after %%EOF: readers ignore it, the SHA-256 changes.
    printf '\n%%pad %d\n' "$n" >>"$dst"
    p=$(pages "$dst")
    [[ -n "$p" ]] || die "pdfinfo cannot read the padded copy $dst"
    total=$((total + p))
    [[ $total -lt $TARGET_PAGES ]] || break
  done
done
BATCHES+=("$BIG")

if [[ $USE_SHARED -eq 1 ]]; then
  if [[ -z "$SHARED_DIR" ]]; then
    for candidate in "$ROOT/../shared/pdf-robustness" "$ROOT/../../shared/pdf-robustness"; do
      if compgen -G "$candidate/bench__*.pdf" >/dev/null; then SHARED_DIR=$candidate; break; fi
    done
  fi
  if [[ -n "$SHARED_DIR" ]] && compgen -G "$SHARED_DIR/bench__*.pdf" >/dev/null; then
    mkdir -p "$WORK/batch/shared"
    cp "$SHARED_DIR"/bench__*.pdf "$WORK/batch/shared/"
    BATCHES+=(shared)
  else
    say "no ../shared/pdf-robustness/bench__*.pdf found; the real-world batch is skipped"
  fi
fi

if [[ ${#SCANNED[@]} -gt 0 ]]; then
  mkdir -p "$WORK/batch/scanned"
  cp "${SCANNED[@]}" "$WORK/batch/scanned/"
  BATCHES+=(scanned)
fi

for b in "${BATCHES[@]}"; do
  BATCH_DIR[$b]="$WORK/batch/$b"
  files=("${BATCH_DIR[$b]}"/*.pdf)
  BATCH_FILES[$b]=${#files[@]}
  # Two workers only where there are two documents to share out.
  if [[ ${#files[@]} -gt 1 ]]; then BATCH_WORKERS[$b]="1 2"; else BATCH_WORKERS[$b]="1"; fi
  BATCH_PAGES[$b]=$(batch_pages "${BATCH_DIR[$b]}") || die "cannot count the pages of batch $b"
  check_unique "${BATCH_DIR[$b]}" || die "batch $b has repeated files"
  say "batch $b: ${BATCH_FILES[$b]} files, ${BATCH_PAGES[$b]} pages"
done

# ---- measuring ---------------------------------------------------------------------------------------
# Figures of a failed step are "n/a"; these helpers pass that through.
isnum() { [[ "$1" =~ ^-?[0-9]+([.][0-9]+)?$ ]]; }
ratio() { if isnum "$1" && isnum "$2"; then awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }'; else echo "n/a"; fi; }
diff2() { if isnum "$1" && isnum "$2"; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; else echo "n/a"; fi; }
mib() { if isnum "$1"; then awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; else echo "n/a"; fi; }
mb() { if isnum "$1"; then awk -v k="$1" 'BEGIN { printf "%.0f", k * 1024 / 1000000 }'; else echo "n/a"; fi; }

STATUS=0
ROWS=()
declare -A PPS RSS_KB CPU_S WALL_S
MAX_OTHER=0

# elapsed_seconds <time -v output>: "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.35" -> 62.35
elapsed_seconds() {
  awk -F': ' '/Elapsed \(wall clock\) time/ {
    n = split($2, t, ":"); s = 0
    for (i = 1; i <= n; i++) s = s * 60 + t[i]
    printf "%.2f", s }' "$1"
}
max_rss_kb() { awk '/Maximum resident set size/ { print $NF }' "$1"; }
# cpu_seconds <time -v output>: user + system CPU seconds of the command and its children.
cpu_seconds() { awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.1f", s }' "$1"; }
# busy_seconds: CPU seconds all processes on the machine have used since boot (from /proc/stat).
HZ=$(getconf CLK_TCK 2>/dev/null || echo 100)
busy_seconds() { awk -v hz="$HZ" '/^cpu / { printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / hz; exit }' /proc/stat 2>/dev/null || echo 0; }

# measure <key> <batch> <label> <workers> <command...>: runs the command under /usr/bin/time -v with
# stdout and stderr to a log. Sets RC, LOG, WALL, CPU, RSS, OTHER and the per-key figures.
measure() {
  local key=$1 batch=$2 label=$3 workers=$4
  shift 4
  LOG="$WORK/log.$key"
  local tfile="$WORK/time.$key" busy0 busy1
  say "$batch: $label"
  busy0=$(busy_seconds)
  if (cd "$WORK" && /usr/bin/time -v -o "$tfile" "$@") >"$LOG" 2>&1; then RC=0; else RC=$?; fi
  busy1=$(busy_seconds)
  WALL=$(elapsed_seconds "$tfile")
  RSS=$(max_rss_kb "$tfile")
  CPU=$(cpu_seconds "$tfile")
  # Cores kept busy by everything else on the machine during the step, on average.
  OTHER=$(awk -v a="$busy0" -v b="$busy1" -v c="$CPU" -v w="$WALL" 'BEGIN { o = (w > 0 ? (b - a - c) / w : 0); if (o < 0) o = 0; printf "%.2f", o }')
  MAX_OTHER=$(awk -v a="$MAX_OTHER" -v b="$OTHER" 'BEGIN { print (b > a ? b : a) }')
  if [[ $RC -eq 0 ]]; then
    PPS[$key]=$(awk -v p="${BATCH_PAGES[$batch]}" -v w="$WALL" 'BEGIN { printf "%.1f", (w > 0 ? p / w : 0) }')
  else
    PPS[$key]="n/a" CPU="n/a" RSS="n/a"
  fi
  RSS_KB[$key]=$RSS
  CPU_S[$key]=$CPU
  WALL_S[$key]=$WALL
}

row() { # batch label workers key notes
  local b=$1
  ROWS+=("| $b | ${BATCH_FILES[$b]} | ${BATCH_PAGES[$b]} | $2 | $3 | $WALL | ${PPS[$4]} | $CPU | $(mib "${RSS_KB[$4]}") | $OTHER | $5 |")
}

for b in "${BATCHES[@]}"; do
  dir=${BATCH_DIR[$b]}
  for P in ${BATCH_WORKERS[$b]}; do
    key="$b.pdftotext.$P"
    # -q: the damaged real-world files make poppler print recoverable syntax errors.
    measure "$key" "$b" "pdftotext, xargs -P $P" "$P" \
      bash -c 'set -o pipefail; printf "%s\0" "$1"/*.pdf | xargs -0 -P "$2" -I{} pdftotext -q {} - >/dev/null' _ "$dir" "$P"
    note=""
    if [[ $RC -ne 0 ]]; then note="FAILED (exit $RC)"; STATUS=1; fi
    [[ $P -eq 2 ]] && note="${note:+$note; }peak of the largest single process"
    [[ $b == scanned ]] && note="${note:+$note; }no text layer: pdftotext finds no text (no OCR)"
    row "$b" "pdftotext (xargs -P $P)" "$P" "$key" "$note"
  done
  for J in ${BATCH_WORKERS[$b]}; do
    key="$b.ingest.$J"
    mkdir -p "$WORK/db.$key"
    measure "$key" "$b" "ingest run --jobs $J" "$J" \
      "${INGEST[@]}" run "$dir" --db "$WORK/db.$key/ingest.db" --config "$CONFIG" --jobs "$J"
    summary=$(grep '^summary:' "$LOG" | tail -n 1 || true)
    note=$(sed -E 's/^summary: [0-9]+ seen, ([0-9]+) ingested, ([0-9]+) unchanged, ([0-9]+) failed, ([0-9]+) need OCR; ([0-9]+) pages.*/\1 ingested, \2 unchanged, \3 failed, \4 need OCR; ingest counted \5 pages/' <<<"$summary")
    if [[ $RC -ne 0 || -z "$summary" ]]; then
      note="FAILED (exit $RC)${note:+: $note}"
      STATUS=1
      { grep '^failed:' "$LOG" || tail -n 5 "$LOG"; } | sed 's/^/    /' >&2 || true
    elif [[ "$b" != shared ]] && ! grep -q ' 0 unchanged' <<<"$summary"; then
      note="INVALID (copies reported unchanged): $note"
      STATUS=1
    fi
    row "$b" "ingest run --jobs $J" "$J" "$key" "$note"
    rm -rf "$WORK/db.$key"
  done
done

# ---- where the time goes -----------------------------------------------------------------------------
# 1. Per stage, from the run log of every `--jobs 1` run: each document's line ends with
#    "pages=N T.TTs (extract a.aas, sections b.bbs, ...)". "outside the stages" is the document's time
#    minus its stages (reading, hashing, archive, SQLite); the wall time adds process start and JIT.
stage_table() {
  awk -v batch="$1" -v wall="$2" '
    /^\[[0-9]+\/[0-9]+\] / && match($0, /pages=[0-9]+ [0-9.]+s/) {
      docs++
      m = substr($0, RSTART, RLENGTH); sub(/^pages=[0-9]+ /, "", m); sub(/s$/, "", m); doc += m
      rest = substr($0, RSTART + RLENGTH)
      if (match(rest, /^ \([^)]*\)/)) {
        inner = substr(rest, RSTART + 2, RLENGTH - 3)
        n = split(inner, parts, ", ")
        for (i = 1; i <= n; i++) {
          k = split(parts[i], kv, " ")
          if (k != 2 || kv[2] !~ /^[0-9.]+s$/) continue
          name = kv[1]; v = kv[2]; sub(/s$/, "", v)
          if (!(name in sec)) order[++names] = name
          sec[name] += v; staged += v
        }
      }
    }
    END {
      if (docs == 0) { print "| " batch " | (no per-stage timings in the run log) | | |"; exit }
      for (i = 1; i <= names; i++) printf "| %s | %s | %.1f | %.0f%% |\n", batch, order[i], sec[order[i]], 100 * sec[order[i]] / wall
      printf "| %s | outside the stages (reading, hashing, archive, SQLite) | %.1f | %.0f%% |\n", batch, doc - staged, 100 * (doc - staged) / wall
      printf "| %s | process start, JIT, run set-up (wall minus the documents) | %.1f | %.0f%% |\n", batch, wall - doc, 100 * (wall - doc) / wall
    }' "$3"
}
STAGE_ROWS=()
for b in "${BATCHES[@]}"; do
  key="$b.ingest.1"
  if [[ -f "$WORK/log.$key" ]] && isnum "${WALL_S[$key]}" && [[ "${PPS[$key]}" != "n/a" ]]; then
    while IFS= read -r line; do STAGE_ROWS+=("$line"); done < <(stage_table "$b" "${WALL_S[$key]}" "$WORK/log.$key")
  fi
done

# 2. One large sample, three cold processes: the sample with the most pages (largest file on a tie),
#    each command three times, the median wall time.
largest=$(for f in "${SAMPLES[@]}"; do echo "$(pages "$f") $(stat -c %s "$f") $f"; done | sort -k1,1nr -k2,2nr | head -n 1)
LARGE_PDF=${largest#* * }
LARGE_PAGES=${largest%% *}
median3() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
declare -A SPLIT SPLIT_RSS
for what in startup text run; do
  walls=()
  rss_max=0
  failed=0
  for i in 1 2 3; do
    key="split.$what.$i"
    case "$what" in
      startup) cmd=("${INGEST[@]}" --help) ;;
      text) cmd=("${INGEST[@]}" text "$LARGE_PDF" --config "$CONFIG") ;;
      run) mkdir -p "$WORK/db.$key"; cmd=("${INGEST[@]}" run "$LARGE_PDF" --db "$WORK/db.$key/ingest.db" --config "$CONFIG" --jobs 1) ;;
    esac
    LOG="$WORK/log.$key"
    if (cd "$WORK" && /usr/bin/time -v -o "$WORK/time.$key" "${cmd[@]}") >"$LOG" 2>&1; then RC=0; else RC=$?; fi
    if [[ $RC -ne 0 ]]; then say "ingest $what on $LARGE_PDF failed (exit $RC)"; STATUS=1; failed=1; fi
    walls+=("$(elapsed_seconds "$WORK/time.$key")")
    r=$(max_rss_kb "$WORK/time.$key"); [[ $r -gt $rss_max ]] && rss_max=$r
    rm -rf "$WORK/db.$key"
  done
  SPLIT[$what]=$(median3 "${walls[@]}")
  SPLIT_RSS[$what]=$rss_max
  if [[ $failed -eq 1 ]]; then SPLIT[$what]="n/a"; SPLIT_RSS[$what]="n/a"; fi
  say "split $what: ${walls[*]} s"
done

# ---- report ------------------------------------------------------------------------------------------
DATE=$(date -u +%Y-%m-%d)
OUT_DIR="$ROOT/bench/results"
OUT="$OUT_DIR/$DATE.md"
mkdir -p "$OUT_DIR"
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | wc -l)
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)
stages=$(grep -o '"Name": *"[^"]*"' "$CONFIG" | sed -E 's/.*"([^"]*)"$/\1/' | paste -sd, - | sed 's/,/, /g')

{
  echo "# Ingest benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- commit: $commit$([[ $dirty -gt 0 ]] && echo " (with $dirty uncommitted tracked change(s))"); stages: $stages"
  echo "- machine: $(nproc) CPU(s) ($cpu), $mem memory, $(uname -sr)"
  echo "- dotnet $(cd "$ROOT" && dotnet --version); $(pdftotext -v 2>&1 | head -n 1); ingest built with \`$BUILD_KIND\`"
  echo "- pdftotext: default reading-order mode, text to /dev/null; ingest: \`run <batch> --db <fresh temp db> --config pipeline.json --jobs N\`"
  echo "- CPU s = user + system seconds of the measured command and its children; other CPU = cores kept busy by other processes during the step, on average (from /proc/stat; well above 0 means the step shared the $(nproc) CPUs and its wall time is inflated)"
  echo "- peak RSS = \"Maximum resident set size\" of \`/usr/bin/time -v\`, in MiB; for pdftotext it is the largest single pdftotext process"
  if [[ ${#SCANNED[@]} -gt 0 ]]; then
    echo "- scanned samples (no fonts) kept out of samples/$BIG and measured as \"scanned\": $(for f in "${SCANNED[@]}"; do basename "$f"; done | paste -sd' ' -)"
  fi
  echo
  echo "| Batch | Files | Pages | Tool | Workers | Wall s | Pages/s | CPU s | Peak RSS MiB | Other CPU | Notes |"
  echo "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  if awk -v m="$MAX_OTHER" 'BEGIN { exit !(m >= 0.25) }'; then
    echo "**Other work shared the CPUs during this run** (up to $MAX_OTHER cores busy with other processes): the wall times and pages per second are pessimistic, the two-worker rows most. Rerun on an idle machine for clean figures; the CPU seconds are less affected."
    echo
  fi
  echo "## Against the targets"
  echo
  echo "Target 1: \`ingest run --jobs 2\` at least 0.25 x pdftotext's pages per second."
  echo
  echo "| Batch | ingest --jobs 2 pages/s | / pdftotext sequential | / pdftotext -P 2 | target met (both ratios >= 0.25) | pdftotext CPU s / ingest --jobs 2 CPU s |"
  echo "|---|---:|---:|---:|---|---:|"
  for b in "${BATCHES[@]}"; do
    [[ -n "${PPS[$b.ingest.2]:-}" && $b != scanned ]] || continue
    i2=${PPS[$b.ingest.2]}
    r1=$(ratio "$i2" "${PPS[$b.pdftotext.1]}")
    r2=$(ratio "$i2" "${PPS[$b.pdftotext.2]}")
    if isnum "$r1" && isnum "$r2"; then
      met=$(awk -v a="$r1" -v b="$r2" 'BEGIN { if (a >= 0.25 && b >= 0.25) print "yes"; else if (a >= 0.25) print "against sequential only"; else print "no" }')
    else
      met="n/a (a step failed)"
    fi
    echo "| $b | $i2 | $r1 | $r2 | $met | $(ratio "${CPU_S[$b.pdftotext.1]}" "${CPU_S[$b.ingest.2]}") |"
  done
  echo
  echo "The last column compares CPU time (pdftotext sequential) instead of wall time, which other load on the machine"
  echo "disturbs less: on an idle machine with both tools spreading perfectly over the $(nproc) CPUs it is the ratio against"
  echo "pdftotext -P $(nproc), and against sequential pdftotext the best ingest --jobs $(nproc) could reach is $(nproc) times it."
  echo
  k1=${RSS_KB[$BIG.ingest.1]} k2=${RSS_KB[$BIG.ingest.2]}
  if isnum "$k1" && isnum "$k2"; then
    peak=$(( k1 > k2 ? k1 : k2 ))
    verdict=$(awk -v k="$peak" 'BEGIN { if (k * 1024 < 400 * 1000 * 1000) print "met"; else if (k < 400 * 1024) print "met in MiB only (over 400 million bytes)"; else print "missed" }')
  else
    verdict="n/a (a step failed)"
  fi
  echo "Target 2: peak memory under 400 MB on the ${TARGET_PAGES}-page batch: $verdict;" \
    "--jobs 1 $(mib "$k1") MiB ($(mb "$k1") MB), --jobs 2 $(mib "$k2") MiB ($(mb "$k2") MB)."
  echo
  echo "## Where the time goes"
  echo
  echo "Per stage, summed from the run log of each \`--jobs 1\` run (the run prints every document's stage timings):"
  echo
  echo "| Batch | Part | Seconds | Share of wall |"
  echo "|---|---|---:|---:|"
  printf '%s\n' "${STAGE_ROWS[@]}"
  echo
  echo "One large sample, $(basename "$LARGE_PDF") ($LARGE_PAGES pages), median of 3 cold processes (each includes start-up and"
  echo "the JIT compilation of the code it runs):"
  echo
  echo "| Command | Wall s | Peak RSS MiB | Covers |"
  echo "|---|---:|---:|---|"
  echo "| \`ingest --help\` | ${SPLIT[startup]} | $(mib "${SPLIT_RSS[startup]}") | process start |"
  echo "| \`ingest text <pdf>\` | ${SPLIT[text]} | $(mib "${SPLIT_RSS[text]}") | start + extraction |"
  echo "| \`ingest run <pdf> --jobs 1\` (fresh db) | ${SPLIT[run]} | $(mib "${SPLIT_RSS[run]}") | start + all stages + storage |"
  echo
  echo "Extraction ~ $(diff2 "${SPLIT[text]}" "${SPLIT[startup]}") s; the later stages and storage together ~ $(diff2 "${SPLIT[run]}" "${SPLIT[text]}") s."
  echo
  echo "Total benchmark time: $((SECONDS - START_SECONDS)) s. Rerun: \`bash bench/run-benchmark.sh\`."
} >"$WORK/report.md"

cp "$WORK/report.md" "$OUT"
cat "$WORK/report.md"
say "report written to ${OUT#"$ROOT"/}"
[[ $STATUS -eq 0 ]] || say "a measured step failed; see the Notes column"
exit "$STATUS"
