#!/usr/bin/env bash
# The long fuzz run, outside CI: 10,000 cases (or the first argument) from a fixed seed (or the
# second), each case a mutation of the bundled example's inputs run through the scorecard
# command. Prints every case that crashed, hung over 30 s or took a worker over 1 GB, and how to
# reproduce it. Exit code 1 when anything was found.
set -euo pipefail
cd "$(dirname "$0")/../.."
cases="${1:-10000}"
seed="${2:-20191219}"
dotnet build -c Release tests/Scorecard.Fuzz --verbosity quiet
dotnet tests/Scorecard.Fuzz/bin/Release/net10.0/Scorecard.Fuzz.dll --cases "$cases" --seed "$seed" --timeout 30 --memory-mb 1024
