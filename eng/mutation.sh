#!/usr/bin/env bash
# Mutation testing of one namespace folder with Stryker.NET.
#
#   bash eng/mutation.sh <folder> <test-filter>
#   bash eng/mutation.sh src/CxCore/Ratings "FullyQualifiedName~CxCore.Tests.Ratings"
#   bash eng/mutation.sh "src/CxCore/Journeys/JourneyScor*.cs" "FullyQualifiedName~CxCore.Tests.Journeys"
#
# Mutates only the C# files under <folder> (or those matching a glob such as src/CxCore/Journeys/JourneyScor*.cs; either
# must lie in src/CxCore), runs the tests of tests/CxCore.Tests that match <test-filter> (dotnet test --filter syntax)
# against each mutant, for net10.0 in Release, and writes the HTML and JSON reports to
# artifacts/mutation/<folder with / replaced by ->/reports/. Prints the score and the counts.
#
# Environment:
#   MUTATION_CONCURRENCY  test runners in parallel (default: the number of cores, at most 2)
#   MUTATION_LEVEL        Stryker mutation level: Basic, Standard (default), Advanced, Complete
#   MUTATION_TIMEOUT_MS   time added to each mutant's timeout over the initial test run's (default 15000)
#
# Slow: a few hundred mutants take tens of minutes on two cores. Not part of CI; see docs/quality.md.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: bash eng/mutation.sh <folder under src/CxCore> <test filter>" >&2
  echo "example: bash eng/mutation.sh src/CxCore/Ratings \"FullyQualifiedName~CxCore.Tests.Ratings\"" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="${1%/}"
filter="$2"

# A folder mutates every C# file below it; anything else is a glob of files relative to the repository root.
if [[ -d "$root/$folder" ]]; then
  glob="$folder/**/*.cs"
else
  glob="$folder"
fi
case "$glob" in
  src/CxCore/*) ;;
  *) echo "error: '$folder' must lie under src/CxCore (the project this script mutates)" >&2; exit 2 ;;
esac
shopt -s globstar nullglob
matched=()
for file in "$root"/$glob; do
  [[ -f "$file" && "$file" == *.cs ]] && matched+=("$file")
done
shopt -u globstar nullglob
if [[ ${#matched[@]} -eq 0 ]]; then
  echo "error: '$folder' matches no C# file under $root" >&2
  exit 2
fi

if ! command -v jq > /dev/null; then
  echo "error: jq is needed to write the configuration and read the report (apt-get install jq)" >&2
  exit 2
fi

export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

cores="$(nproc 2>/dev/null || echo 1)"
concurrency="${MUTATION_CONCURRENCY:-$(( cores < 2 ? cores : 2 ))}"
level="${MUTATION_LEVEL:-Standard}"
timeout_ms="${MUTATION_TIMEOUT_MS:-15000}"

scope="${folder//\//-}"
scope="${scope//\*/}"
out="$root/artifacts/mutation/$scope"
mkdir -p "$out"

# The tool version is pinned in .config/dotnet-tools.json.
(cd "$root" && dotnet tool restore > /dev/null)

# Stryker matches --mutate globs against full file paths.
config="$out/stryker-config.json"
cat > "$config" <<EOF
{
  "stryker-config": {
    "project": "CxCore.csproj",
    "test-projects": ["$root/tests/CxCore.Tests/CxCore.Tests.csproj"],
    "target-framework": "net10.0",
    "configuration": "Release",
    "mutate": ["**/$glob"],
    "test-case-filter": $(printf '%s' "$filter" | jq -Rs .),
    "mutation-level": "$level",
    "coverage-analysis": "perTest",
    "concurrency": $concurrency,
    "additional-timeout": $timeout_ms,
    "reporters": ["progress", "html", "json"],
    "thresholds": { "high": 90, "low": 80, "break": 0 }
  }
}
EOF

echo "Mutating $folder with tests matching '$filter' (net10.0, Release, $level, concurrency $concurrency)"
(cd "$root/tests/CxCore.Tests" && dotnet tool run dotnet-stryker --config-file "$config" --output "$out" \
  --skip-version-check) | tee "$out/stryker.log"

report="$out/reports/mutation-report.json"
if [[ ! -f "$report" ]]; then
  echo "error: no JSON report at $report" >&2
  exit 1
fi

# Score as Stryker defines it: detected / (detected + undetected), where detected = Killed + Timeout and
# undetected = Survived + NoCoverage; compile errors and ignored mutants are left out.
jq -r --arg scope "$folder" '
  [.files[].mutants[].status] as $s
  | def n(k): [$s[] | select(. == k)] | length;
  (n("Killed")) as $k | (n("Timeout")) as $t | (n("Survived")) as $sv | (n("NoCoverage")) as $nc
  | (n("CompileError")) as $ce | (n("Ignored")) as $ig
  | "scope: \($scope)\nkilled: \($k)  timeout: \($t)  survived: \($sv)  no coverage: \($nc)  compile errors: \($ce)  ignored: \($ig)\nmutation score: \(if ($k + $t + $sv + $nc) == 0 then "n/a" else ((($k + $t) * 10000 / ($k + $t + $sv + $nc) | round) / 100 | tostring) + " %" end)"
' "$report" | tee "$out/score.txt"
echo "reports: $out/reports/mutation-report.html and $report"
