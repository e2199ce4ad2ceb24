#!/usr/bin/env bash
# Extraction speed: Parallax side by side with Mozilla Readability (node + jsdom) and
# readability-lxml (Debian python3-readability), in one run, on the same pages.
#
# Usage: eval/extraction-speed.sh [--install] [speed options: --passes N --warmup N --json --no-peers --data DIR ...]
#   --install   first install the peers that are missing:
#               npm ci in eval/peers/readability-js, apt-get install -y python3-readability
# Other options go to `Parallax.Eval speed` (see `eval/extraction-speed.sh --help`).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

install=0
args=()
for arg in "$@"; do
  if [[ "$arg" == "--install" ]]; then install=1; else args+=("$arg"); fi
done

if (( install )); then
  js="eval/peers/readability-js"
  if [[ ! -f "$js/node_modules/@mozilla/readability/package.json" || ! -f "$js/node_modules/jsdom/package.json" ]]; then
    echo "Installing Readability.js peer: npm ci in $js" >&2
    (cd "$js" && npm ci --no-audit --no-fund)
  fi
  if ! /usr/bin/python3 -c 'import readability' 2>/dev/null; then
    echo "Installing readability-lxml peer: apt-get install -y python3-readability" >&2
    sudo=""
    if (( EUID != 0 )); then sudo="sudo"; fi
    $sudo apt-get install -y python3-readability || { $sudo apt-get update && $sudo apt-get install -y python3-readability; }
  fi
fi

exec dotnet run -c Release --project eval/Parallax.Eval -- speed ${args[@]+"${args[@]}"}
