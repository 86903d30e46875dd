#!/usr/bin/env bash
# Times whole `scorecard` commands as a user runs them: a cold process each time, the command
# published as it ships (dotnet publish -c Release of src/Scorecard.Cli, with whatever the
# project file sets: ReadyToRun, tiered compilation), started through its own executable.
# Each row gives the median wall time of RUNS runs, the median CPU time (user + system: steadier
# than wall time on a machine shared with other work), each also as a multiple of the bare-start
# floor measured in the same run (a one-line .NET console program published the same way; its
# CPU time is counted as at least 0.01 s), and the highest peak resident memory of the runs.
# Speed is measured here, never asserted in tests.
#
# usage: tests/Scorecard.Benchmarks/bench-commands.sh [RUNS]     (from anywhere; default 7 runs)
# needs: the .NET SDK, GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
runs="${1:-7}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/scorecard-bench-XXXXXX")"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time (GNU time) is needed for peak memory: apt-get install time" >&2
  exit 1
fi

echo "bench: publishing scorecard and the floor program (Release)..." >&2
dotnet publish "$repo/src/Scorecard.Cli" -c Release -o "$work/cli" --nologo -v quiet >/dev/null
mkdir -p "$work/floor-src"
cat >"$work/floor-src/floor.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <AssemblyName>floor</AssemblyName>
  </PropertyGroup>
</Project>
EOF
echo 'Console.WriteLine("hello");' >"$work/floor-src/Program.cs"
# The floor takes the scorecard project's publish settings that change start-up.
r2r="$(sed -n 's:.*<PublishReadyToRun[^>]*>\(.*\)</PublishReadyToRun>.*:\1:p' "$repo/src/Scorecard.Cli/Scorecard.Cli.csproj" | head -1)"
dotnet publish "$work/floor-src" -c Release -o "$work/floor" --nologo -v quiet -p:PublishReadyToRun="${r2r:-false}" >/dev/null

echo "bench: writing the national-sized inputs..." >&2
dotnet run -c Release --project "$repo/tests/Scorecard.Benchmarks" -- national "$work/data" 2000 120 >&2
dotnet run -c Release --project "$repo/tests/Scorecard.Benchmarks" -- national "$work/data" 4000 120 >&2

scorecard="$work/cli/scorecard"
floor_median=""
floor_cpu=""

# time_command LABEL DIR CMD...: runs CMD RUNS times in DIR, prints a table row.
time_command() {
  local label="$1" dir="$2"
  shift 2
  local times=() cpus=() peak=0
  if ! (cd "$dir" && "$@" >/dev/null 2>"$work/stderr" </dev/null); then
    printf '| %-58s | fails: %s |\n' "$label" "$(grep -m1 -o 'SC[0-9]*.*' "$work/stderr" | cut -c1-110)"
    return
  fi
  for _ in $(seq "$runs"); do
    local start end kb
    start=$(date +%s%N)
    (cd "$dir" && /usr/bin/time -f '%M %U %S' -o "$work/mem" "$@" >/dev/null 2>&1 </dev/null)
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    kb=$(tail -1 "$work/mem" | cut -d' ' -f1)
    cpus+=("$(tail -1 "$work/mem" | awk '{printf "%d", ($2 + $3) * 1000}')")
    [ "$kb" -gt "$peak" ] && peak="$kb"
  done
  local median cpu
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  [ -z "$floor_median" ] && floor_median="$median" && floor_cpu="$(( cpu > 10 ? cpu : 10 ))"
  printf '| %-58s | %7.2f s | %6.1f× | %6.2f s | %6.1f× | %5d MB |\n' "$label" "$(echo "$median / 1000" | bc -l)" \
    "$(echo "$median / $floor_median" | bc -l)" "$(echo "$cpu / 1000" | bc -l)" "$(echo "$cpu / $floor_cpu" | bc -l)" "$(( peak / 1024 ))"
}

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo
echo "$(date -u +%Y-%m-%d) · $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo "9a81264 (main, before)")$(git -C "$repo" diff --quiet HEAD -- src 2>/dev/null || echo "+changes") · $(nproc) cores, $cpu · .NET $("$work/floor/floor" >/dev/null && dotnet --list-runtimes | sed -n 's/^Microsoft.NETCore.App \([^ ]*\).*/\1/p' | tail -1) · median of $runs cold runs · ReadyToRun: ${r2r:-false}"
echo
echo "$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/load average before: /')"
echo
echo "| command (cold process) | wall, median | × floor | CPU (user+system), median | × floor | peak memory |"
echo "|---|---:|---:|---:|---:|---:|"
time_command "bare start: a .NET hello-world (the floor)" "$work" "$work/floor/floor"
time_command "scorecard --version" "$repo" "$scorecard" --version
time_command "validate (bundled example)" "$repo" "$scorecard" validate
time_command "evaluate --format json (bundled example)" "$repo" "$scorecard" evaluate --format json
time_command "evaluate (table, bundled example)" "$repo" "$scorecard" evaluate
time_command "render, all formats (bundled example)" "$repo" "$scorecard" render --out "$work/out"
time_command "evaluate --format json, 2,000 series × 120 months, long CSV" "$work" "$scorecard" evaluate --format json --data "$work/data/national-2000.csv"
time_command "evaluate --format json, 4,000 series × 120 months, long CSV" "$work" "$scorecard" evaluate --format json --data "$work/data/national-4000.csv"
time_command "validate, 2,000 series × 120 months, wide workbook" "$work" "$scorecard" validate --data "$work/data/national-2000.xlsx"
time_command "validate, 4,000 series × 120 months, wide workbook" "$work" "$scorecard" validate --data "$work/data/national-4000.xlsx"
