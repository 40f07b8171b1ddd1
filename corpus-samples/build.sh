#!/usr/bin/env bash
# Regenerates the sample PDFs and their golden files from corpus-samples/<id>/review.md
# (see FORMAT.md). With no arguments it renders every folder that has a review.md; with
# arguments, only those ids (a path such as corpus-samples/s01 works too).
# It installs nothing: it checks for the tools the selected samples need and stops if one is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
project="$root/tools/SampleRenderer"

folders=()
if [ "$#" -eq 0 ]; then
  for review in "$here"/*/review.md; do
    [ -e "$review" ] && folders+=("$(dirname "$review")")
  done
else
  for arg in "$@"; do
    id="$(basename "${arg%/}")"
    if [ ! -f "$here/$id/review.md" ]; then
      echo "build.sh: no review.md in corpus-samples/$id" >&2
      exit 2
    fi
    folders+=("$here/$id")
  done
fi
if [ "${#folders[@]}" -eq 0 ]; then
  echo "build.sh: no corpus-samples/*/review.md to render" >&2
  exit 0
fi

# Which producers do the selected samples use? Only those tools are required.
producers="$(for f in "${folders[@]}"; do sed -n 's/^producer:[[:space:]]*//p' "$f/review.md" | head -n 1; done | sort -u)"
missing=()
command -v dotnet >/dev/null 2>&1 || missing+=("dotnet (the .NET 10 SDK), to build tools/SampleRenderer")
if grep -qx 'libreoffice' <<<"$producers" && ! command -v soffice >/dev/null 2>&1; then
  missing+=("soffice (LibreOffice Writer, Debian package libreoffice-writer-nogui), for producer: libreoffice")
fi
if grep -qx 'chromium' <<<"$producers" && ! command -v chromium >/dev/null 2>&1; then
  missing+=("chromium (Debian package chromium), for producer: chromium")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "build.sh: cannot render, missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 3
fi
if ! [ -f /usr/share/hyphen/hyph_en_GB.dic ] \
   && grep -qs '^hyphenate:[[:space:]]*true' "${folders[@]/%//review.md}"; then
  echo "build.sh: note: no /usr/share/hyphen/hyph_en_GB.dic (Debian package hyphen-en-gb):" \
       "LibreOffice and Chromium samples with hyphenate: true will not be hyphenated" >&2
fi

# Build once, under a lock so that two people running build.sh at once do not collide in obj/,
# then run from a private copy so a later build cannot replace the program while it runs.
run_dir="$(mktemp -d "${TMPDIR:-/tmp}/sample-renderer.XXXXXX")"
trap 'rm -rf "$run_dir"' EXIT
mkdir -p "$project/obj"
(
  flock 9
  dotnet build "$project" -c Release -nologo -v quiet -o "$project/bin/build-sh" >"$run_dir/build.log" 2>&1 \
    || { cat "$run_dir/build.log" >&2; echo "build.sh: tools/SampleRenderer does not build" >&2; exit 4; }
  cp -r "$project/bin/build-sh/." "$run_dir/"
) 9>"$project/obj/.build-sh.lock"

dotnet "$run_dir/SampleRenderer.dll" "${folders[@]}"
