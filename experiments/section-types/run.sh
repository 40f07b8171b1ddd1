#!/usr/bin/env bash
# Section types on arrival: the rules at the commit before each batch of tuned reviews was added, against a
# model trained on the reviews before it. Needs a store with the samples run: ingest run corpus-samples --db DB.
set -euo pipefail
db=${1:?usage: run.sh <db> [gold folder]}; gold=${2:-corpus-samples}
cd "$(git rev-parse --show-toplevel)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
batches=()
for b in s33:s40 s41:s48 s49:s56; do
  added=$(git log --format=%h --diff-filter=A -- "corpus-samples/${b%%:*}/gold.json" | tail -1)
  git show "$added^:src/Ingest.Core/Data/section-types.tsv" > "$tmp/${b%%:*}.tsv"
  batches+=("$b:$tmp/${b%%:*}.tsv")
done
for flag in "" --with-rule-type; do
  echo "== model features: heading, context, body${flag:+, and the type the rules give}"
  dotnet run --project experiments/section-types -v q -- "$db" "$gold" "${batches[@]}" $flag
done
