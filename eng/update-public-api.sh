#!/usr/bin/env bash
# Brings the PublicAPI.Unshipped.txt files of each package in src/ in line with its code, from the PublicApiAnalyzers'
# own diagnostics: builds every target framework, adds the symbols the analyzer reports as undeclared (RS0016) and
# drops the declared ones it cannot find (RS0017). A removed symbol that had shipped becomes a *REMOVED* line, as the
# analyzer expects. Symbols common to all target frameworks go to PublicAPI.Unshipped.txt beside the project; those
# of only some go to PublicAPI/<target framework>/PublicAPI.Unshipped.txt. Review the diff: it is the API change.
#
#   bash eng/update-public-api.sh              # every package under src/
#   bash eng/update-public-api.sh src/CxCore   # one package
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 LC_ALL=C

if [ $# -gt 0 ]; then projects=("$@"); else projects=(src/*/); fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The symbol lines of a PublicAPI file (no header, no blank lines), sorted; nothing if the file does not exist.
symbols() { if [ -f "$1" ]; then grep -vxF '#nullable enable' "$1" | grep -v '^[[:space:]]*$' | sort -u || true; fi; }
write() { { printf '#nullable enable\n'; cat "$2"; } > "$1"; }

for dir in "${projects[@]}"; do
  dir="${dir%/}"
  csproj="$(ls "$dir"/*.csproj)"
  [ -f "$dir/PublicAPI.Shipped.txt" ] || printf '#nullable enable\n' > "$dir/PublicAPI.Shipped.txt"
  [ -f "$dir/PublicAPI.Unshipped.txt" ] || printf '#nullable enable\n' > "$dir/PublicAPI.Unshipped.txt"
  read -r -a tfms <<<"$(dotnet msbuild "$csproj" -getProperty:TargetFrameworks | tr ';' ' ')"
  [ ${#tfms[@]} -gt 0 ] || read -r -a tfms <<<"$(dotnet msbuild "$csproj" -getProperty:TargetFramework)"

  # A full rebuild, so that the analyzer runs for every target framework. The build fails while the files are out
  # of date, which is what we are here to fix: its exit code is not the verdict, its diagnostics are.
  echo "Building $csproj (${tfms[*]}) ..."
  log="$work/build.log"
  dotnet build "$csproj" -c Release --no-incremental -nologo -v quiet -clp:NoSummary \
    -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= >"$log" 2>&1 || true
  # Only this project's diagnostics (the build also compiles the packages it references): MSBuild ends each line
  # with the project it came from.
  grep -F "[$root/$csproj" "$log" > "$work/own.log" || true
  if grep -E ': error ' "$work/own.log" | grep -vqE 'error RS0'; then
    grep -E ': error ' "$work/own.log" | grep -vE 'error RS0' | sort -u >&2
    echo "update-public-api: $csproj has build errors other than public API ones; fix them first." >&2
    exit 1
  fi

  symbols "$dir/PublicAPI.Unshipped.txt" > "$work/shared"
  symbols "$dir/PublicAPI.Shipped.txt" > "$work/shipped"
  : > "$work/common.init"
  first=1
  for tfm in "${tfms[@]}"; do
    grep -F "::TargetFramework=$tfm]" "$work/own.log" > "$work/tfm.log" || true
    sed -n "s/.* RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" "$work/tfm.log" | sort -u > "$work/added"
    sed -n "s/.* RS0017: Symbol '\(.*\)' is part of the declared API, but is either not public or could not be found.*/\1/p" "$work/tfm.log" | sort -u > "$work/removed"
    # This framework's true surface: what is declared for it, plus what is new, minus what is gone (a shipped symbol
    # that is gone is declared removed).
    { cat "$work/shared"; symbols "$dir/PublicAPI/$tfm/PublicAPI.Unshipped.txt"; cat "$work/added"; comm -12 "$work/removed" "$work/shipped" | sed 's/^/*REMOVED*/'; } \
      | sort -u | comm -23 - "$work/removed" > "$work/surface.$tfm"
    echo "  $tfm: $(grep -c . "$work/added" || true) added, $(grep -c . "$work/removed" || true) removed"
    if [ $first = 1 ]; then cp "$work/surface.$tfm" "$work/common"; first=0; else comm -12 "$work/common" "$work/surface.$tfm" > "$work/common.new"; mv "$work/common.new" "$work/common"; fi
  done

  write "$dir/PublicAPI.Unshipped.txt" "$work/common"
  for tfm in "${tfms[@]}"; do
    comm -23 "$work/surface.$tfm" "$work/common" > "$work/only"
    if [ -s "$work/only" ] || [ -d "$dir/PublicAPI/$tfm" ]; then
      mkdir -p "$dir/PublicAPI/$tfm"
      [ -f "$dir/PublicAPI/$tfm/PublicAPI.Shipped.txt" ] || printf '#nullable enable\n' > "$dir/PublicAPI/$tfm/PublicAPI.Shipped.txt"
      write "$dir/PublicAPI/$tfm/PublicAPI.Unshipped.txt" "$work/only"
    fi
  done
done
