#!/usr/bin/env bash
# Mutation testing of one namespace folder (or a set of files) with Stryker.NET.
#
#   bash eng/mutation.sh <folder or glob>... <test-filter>
#   bash eng/mutation.sh src/CxCore/Ratings "FullyQualifiedName~CxCore.Tests.Ratings"
#   bash eng/mutation.sh "src/CxCore/Journeys/JourneyScor*.cs" "FullyQualifiedName~CxCore.Tests.Journeys"
#   bash eng/mutation.sh src/CxCore/Ratings '!src/CxCore/Ratings/RatingKernels.cs' "FullyQualifiedName~CxCore.Tests.Ratings"
#
# Mutates only the C# files under each <folder> (or those matching a glob such as src/CxCore/Journeys/JourneyScor*.cs;
# each must lie in src/CxCore; a pattern starting with ! removes files from the set), runs the tests of
# tests/CxCore.Tests that match <test-filter> (dotnet test --filter syntax) against each mutant, for net10.0 in
# Release, and writes the HTML and JSON reports to artifacts/mutation/<scope>/reports/ (scope: the first pattern with /
# replaced by -, or MUTATION_SCOPE). Prints the score and the counts, per file and in total, and lists the survivors
# and the mutants no test reaches (also written to survivors.txt beside the reports).
#
# Stryker compiles mutants of every file of src/CxCore into the assembly it tests (those outside the patterns are
# never activated and are reported as ignored); only the mutants of the chosen files are tested.
#
# Environment:
#   MUTATION_CONCURRENCY  test runners in parallel (default: the number of cores, at most 2)
#   MUTATION_LEVEL        Stryker mutation level: Basic, Standard (default), Advanced, Complete
#   MUTATION_TIMEOUT_MS   time added to each mutant's timeout over the initial test run's (default 15000)
#   MUTATION_SCOPE        name of the output folder under artifacts/mutation (default: from the first pattern)
#
# Slow: a few hundred mutants take tens of minutes on two cores. Not part of CI; see docs/quality.md.
set -euo pipefail

# The whole script is one block, read before it runs, so that editing this file during a run (of an hour or more)
# cannot change what the running script does.
{

if [[ $# -lt 2 ]]; then
  echo "usage: bash eng/mutation.sh <folder or glob under src/CxCore>... <test filter>" >&2
  echo "example: bash eng/mutation.sh src/CxCore/Ratings \"FullyQualifiedName~CxCore.Tests.Ratings\"" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
patterns=("${@:1:$#-1}")
filter="${!#}"
folder="${patterns[0]%/}"

# A folder mutates every C# file below it; anything else is a glob of files relative to the repository root.
globs=()
included=0
shopt -s globstar nullglob
for pattern in "${patterns[@]}"; do
  negate=""
  if [[ "$pattern" == '!'* ]]; then
    negate="!"
    pattern="${pattern#!}"
  fi
  pattern="${pattern%/}"
  if [[ -d "$root/$pattern" ]]; then
    glob="$pattern/**/*.cs"
  else
    glob="$pattern"
  fi
  case "$glob" in
    src/CxCore/*) ;;
    *) echo "error: '$pattern' must lie under src/CxCore (the project this script mutates)" >&2; exit 2 ;;
  esac
  matched=0
  for file in "$root"/$glob; do
    [[ -f "$file" && "$file" == *.cs ]] && matched=$((matched + 1))
  done
  if [[ $matched -eq 0 ]]; then
    echo "error: '$pattern' matches no C# file under $root" >&2
    exit 2
  fi
  [[ -z "$negate" ]] && included=$((included + matched))
  globs+=("$negate**/$glob")
done
# The files the patterns select (includes minus excludes), relative to the root: the JSON report lists every file of
# the project, so the counts below are taken over these only.
declare -A selected=()
for entry in "${globs[@]}"; do
  [[ "$entry" == '!'* ]] && continue
  for file in "$root"/${entry#\*\*/}; do [[ -f "$file" ]] && selected["${file#"$root"/}"]=1; done
done
for entry in "${globs[@]}"; do
  [[ "$entry" != '!'* ]] && continue
  entry="${entry#!}"
  for file in "$root"/${entry#\*\*/}; do unset 'selected["${file#"$root"/}"]'; done
done
shopt -u globstar nullglob
selected_json="$(printf '%s\n' "${!selected[@]}" | jq -R . | jq -s -c 'map(select(. != "")) | sort')"
if [[ $included -eq 0 ]]; then
  echo "error: no pattern selects files to mutate (only exclusions given)" >&2
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

scope="${MUTATION_SCOPE:-${folder//\//-}}"
scope="${scope//\*/}"
out="$root/artifacts/mutation/$scope"
mkdir -p "$out"

# Stryker's progress bar needs a terminal; elsewhere (a pipe, a log file) it prints one character per tested mutant:
# . killed, S survived, T timeout.
if [[ -t 1 ]]; then progress=progress; else progress=dots; fi

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
    "mutate": $(printf '%s\n' "${globs[@]}" | jq -R . | jq -s -c .),
    "test-case-filter": $(printf '%s' "$filter" | jq -Rs .),
    "mutation-level": "$level",
    "coverage-analysis": "perTest",
    "concurrency": $concurrency,
    "additional-timeout": $timeout_ms,
    "reporters": ["$progress", "html", "json"],
    "thresholds": { "high": 90, "low": 80, "break": 0 }
  }
}
EOF

echo "Mutating ${patterns[*]} with tests matching '$filter' (net10.0, Release, $level, concurrency $concurrency)"
(cd "$root/tests/CxCore.Tests" && dotnet tool run dotnet-stryker --config-file "$config" --output "$out" \
  --skip-version-check) | tee "$out/stryker.log"

report="$out/reports/mutation-report.json"
if [[ ! -f "$report" ]]; then
  echo "error: no JSON report at $report" >&2
  exit 1
fi

# Score as Stryker defines it: detected / (detected + undetected), where detected = Killed + Timeout and
# undetected = Survived + NoCoverage; compile errors and ignored mutants are left out.
jq -r --arg scope "${patterns[*]}" --arg root "$root/" --argjson selected "$selected_json" '
  .files |= with_entries(select((.key | ltrimstr($root)) as $f | $selected | index($f)))
  | def n(s; k): [s[] | select(. == k)] | length;
  def score(s): (n(s; "Killed") + n(s; "Timeout")) as $d | ($d + n(s; "Survived") + n(s; "NoCoverage")) as $all
    | if $all == 0 then "n/a" else ((($d * 10000 / $all) | round) / 100 | tostring) + " %" end;
  def counts(s): "killed \(n(s; "Killed"))  timeout \(n(s; "Timeout"))  survived \(n(s; "Survived"))  no coverage \(n(s; "NoCoverage"))  compile errors \(n(s; "CompileError"))  ignored \(n(s; "Ignored"))  score \(score(s))";
  ([.files | to_entries[] | "  \(.key | ltrimstr($root)): \(counts([.value.mutants[].status]))"] | join("\n")) as $per
  | [.files[].mutants[].status] as $all
  | "per file:\n\($per)\nscope: \($scope)\nkilled: \(n($all; "Killed"))  timeout: \(n($all; "Timeout"))  survived: \(n($all; "Survived"))  no coverage: \(n($all; "NoCoverage"))  compile errors: \(n($all; "CompileError"))  ignored: \(n($all; "Ignored"))\nmutation score: \(score($all))"
' "$report" | tee "$out/score.txt"

# Every mutant no test detected, as file:line:column, status, mutator and replacement.
jq -r --arg root "$root/" --argjson selected "$selected_json" '
  .files | to_entries[] | select((.key | ltrimstr($root)) as $f | $selected | index($f)) | .key as $file
  | .value.mutants[] | select(.status == "Survived" or .status == "NoCoverage")
  | "\($file | ltrimstr($root)):\(.location.start.line):\(.location.start.column)  \(.status)  \(.mutatorName)  \(.replacement // "" | gsub("\n"; " ") | .[0:160])"
' "$report" | sort -t: -k1,1 -k2,2n > "$out/survivors.txt"
echo "$(wc -l < "$out/survivors.txt") survivors and uncovered mutants listed in $out/survivors.txt"
echo "reports: $out/reports/mutation-report.html and $report"
exit 0
}
