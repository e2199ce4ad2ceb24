#!/usr/bin/env bash
# Language core speed: tokens + sentences + entities (+ dates, amounts) at 1, 10 and 50 MB, linearity, allocation,
# and side by side with the npm `compromise` library (people/places/organizations) on the same text slice.
#
# Usage: eval/language-speed.sh [--install] [core-speed options: --sizes 1,10,50 --rounds 3 --no-peers --peer-kb 200
#                                 --passes 3 --node PATH --json --data DIR]
#   --install   first install the compromise peer when missing: npm ci in eval/peers/compromise
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

install=0
args=()
for arg in "$@"; do
  if [[ "$arg" == "--install" ]]; then install=1; else args+=("$arg"); fi
done

if (( install )); then
  peer="eval/peers/compromise"
  if [[ ! -f "$peer/node_modules/compromise/package.json" ]]; then
    echo "Installing compromise peer: npm ci in $peer" >&2
    (cd "$peer" && npm ci --no-audit --no-fund)
  fi
fi

exec dotnet run -c Release --project eval/Parallax.Eval.Language -- core-speed ${args[@]+"${args[@]}"}
