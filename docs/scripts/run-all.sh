#!/usr/bin/env bash
# Runs every file-based app in docs/scripts and fails if any exits non-zero.
# Usage: bash docs/scripts/run-all.sh   (from anywhere; scripts run from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
failed=()
count=0
for script in docs/scripts/*.cs; do
  count=$((count + 1))
  echo "=== dotnet run $script"
  if ! dotnet run "$script"; then
    failed+=("$script")
  fi
done
if [ "$count" -eq 0 ]; then
  echo "no scripts found in docs/scripts" >&2
  exit 1
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED scripts: ${failed[*]}" >&2
  exit 1
fi
echo "all $count scripts ran"
