#!/usr/bin/env bash
# Executes every notebook in docs/notebooks headless with the .NET Interactive kernel, against the packages built from
# this checkout, and checks the outputs (eng/check-notebooks.py): no cell error, an HTML table or a Vega-Lite chart in
# every result cell, no output over 50 KiB, and the text outputs equal to the committed ones.
#   bash eng/run-notebooks.sh              # pack, execute, check
#   bash eng/run-notebooks.sh --no-build   # pack without building (after a Release build, as CI does)
#   bash eng/run-notebooks.sh --update     # also write the executed notebooks back to docs/notebooks
# Installs what it needs when it is missing: Debian's Jupyter packages (for the system Python, /usr/bin/python3) and
# the dotnet-interactive tool at a pinned version, in artifacts/tools (never globally); the kernel spec goes to a
# private Jupyter folder under artifacts/notebooks.
set -euo pipefail

interactive_version=1.0.712001
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
fail() { echo "NOTEBOOKS FAILED: $*" >&2; exit 1; }

pack_args=() update=0
for arg in "$@"; do
  case "$arg" in
    --no-build) pack_args+=(--no-build) ;;
    --update) update=1 ;;
    *) fail "unknown argument $arg (use --no-build, --update)" ;;
  esac
done

# Jupyter runs on Debian's Python: another python3 (pyenv, a venv) may be first on PATH without Jupyter's modules.
python=/usr/bin/python3
if ! { [ -x "$python" ] && "$python" -c 'import nbclient, nbconvert, nbformat, ipykernel, jupyter_client' 2>/dev/null; }; then
  apt=(apt-get); [ "$(id -u)" = 0 ] || apt=(sudo apt-get)
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends \
    python3 jupyter-client python3-nbconvert python3-nbclient python3-ipykernel >/dev/null
fi

# The kernel, at a pinned version, in a tool path of this checkout; the kernel spec runs `dotnet interactive`, which the
# dotnet host finds on PATH.
tools="$root/artifacts/tools/dotnet-interactive-$interactive_version"
if [ ! -x "$tools/dotnet-interactive" ]; then
  dotnet tool install Microsoft.dotnet-interactive --version "$interactive_version" --tool-path "$tools"
fi
export PATH="$tools:$PATH"
installed="$(dotnet-interactive --version)"
[ "${installed%%+*}" = "$interactive_version" ] || fail "dotnet-interactive is $installed, expected $interactive_version"

work="$root/artifacts/notebooks"
rm -rf "$work"
mkdir -p "$work/jupyter/kernels" "$work/executed"
export JUPYTER_PATH="$work/jupyter" JUPYTER_RUNTIME_DIR="$work/runtime" JUPYTER_PLATFORM_DIRS=1
dotnet interactive jupyter install --path "$work/jupyter/kernels" >/dev/null
[ -f "$work/jupyter/kernels/.net-csharp/kernel.json" ] || fail "dotnet interactive jupyter install wrote no .net-csharp kernel spec"

# The packages of this checkout, in the local feed the notebooks load (#i "nuget: <repository>/artifacts/notebook-feed").
feed="$root/artifacts/notebook-feed"
rm -rf "$feed"
for package in CxCore CxCore.Csv; do
  dotnet pack "src/$package/$package.csproj" -c Release "${pack_args[@]}" -o "$feed" -v quiet -nologo >/dev/null \
    || fail "dotnet pack $package failed"
done
version="$(basename "$(ls "$feed"/CxCore.[0-9]*.nupkg | grep -v '\.symbols\.' | head -n 1)" .nupkg)"
version="${version#CxCore.}"
echo "packages: CxCore and CxCore.Csv $version in $feed"

# A NuGet cache of their own, empty, so a CxCore of the same version cached earlier (an older build) cannot be used;
# and a home folder of their own for the kernel, because its package manager keeps resolutions across runs in
# ~/.packagemanagement and would hand out the DLL of an older build of the same version without restoring. The home
# folder is outside the repository: the kernel restores from a project there, which must not pick up this repository's
# Directory.Build.props and Directory.Packages.props.
export NUGET_PACKAGES="$work/nuget-packages"
kernel_home="$(mktemp -d "${TMPDIR:-/tmp}/cxcore-notebooks.XXXXXX")"
trap 'rm -rf "$kernel_home"' EXIT

shopt -s nullglob
notebooks=(docs/notebooks/*.ipynb)
shopt -u nullglob
[ ${#notebooks[@]} -gt 0 ] || fail "no notebooks in docs/notebooks"
for notebook in "${notebooks[@]}"; do
  start=$SECONDS
  HOME="$kernel_home" "$python" -m nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=.net-csharp \
    --ExecutePreprocessor.timeout=300 --output-dir "$work/executed" "$notebook" >"$work/$(basename "$notebook").log" 2>&1 \
    || { tail -n 40 "$work/$(basename "$notebook").log" >&2; fail "$notebook did not execute (a cell failed; log above)"; }
  echo "executed $notebook in $((SECONDS - start)) s"
done

# The packages the kernel loaded are the ones just packed (same SHA-512 as the feed's files).
for package in CxCore CxCore.Csv; do
  id="$(tr '[:upper:]' '[:lower:]' <<<"$package")"
  cached="$NUGET_PACKAGES/$id/$version/$id.$version.nupkg.sha512"
  [ -f "$cached" ] || fail "the kernel did not restore $package $version"
  [ "$(cat "$cached")" = "$(openssl dgst -sha512 -binary "$feed/$package.$version.nupkg" | base64 -w0)" ] \
    || fail "the kernel restored a $package $version that is not the one in $feed"
done

check_args=(--version "$version" --root "$root")
[ "$update" = 1 ] && check_args+=(--update)
"$python" eng/check-notebooks.py "${check_args[@]}" "$work/executed" "${notebooks[@]}"
