#!/usr/bin/env bash
# Training cost of a sentence classifier on 10,000 sentences (issue 5 asks for under a minute), and
# its prediction rate. Runs bench/train/train-bench.cs (a .NET 10 file-based program) in Release.
#
#   bash bench/train-benchmark.sh [rows]      (default 10000)
#
# Prints the figures and the machine's load (the machine is shared: read them with the load beside them).
# Installs nothing; needs the .NET 10 SDK. Exit code: that of the program.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT/bench/train"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
/usr/bin/time -f "wall %e s, cpu %U s user + %S s sys, max RSS %M KB" dotnet run train-bench.cs -- "$ROOT" "${1:-10000}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
