#!/usr/bin/env bash
# Stance (FNC-1): Parallax side by side with the FNC-1 official baseline (features + GradientBoostingClassifier,
# eval/peers/fnc1-baseline, Debian's python3-sklearn and python3-nltk), in one run, on the same pairs: the
# harness's headline-disjoint held-out split and, when ../shared/data/fnc1 has it, the competition test set.
#
# Usage: eval/stance-peers.sh [--install] [--data DIR] [--split headline|claim] [--peer-folds N] [--python PATH]
#   --install   first apt-get install what the baseline needs (python3-sklearn python3-nltk wordnet-base)
#   --data DIR  the shared data folder (with fnc1/); default $PARALLAX_DATA, else the nearest shared/data above the repo
# Prints, for each tool: FNC score, accuracy, per-class and macro F1, training time, prediction time and pairs/s
# (wall and CPU seconds), and the speed ratios. Without the Python dependencies the peer is skipped (exit 0).
# The baseline takes ~15 minutes of CPU (features of 40,000 pairs and 10 classifiers, one per fold).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

install=0
data="${PARALLAX_DATA:-}"
split=headline
args=()
while (( $# )); do
  case "$1" in
    --install) install=1 ;;
    --data) data="$2"; shift ;;
    --split) split="$2"; shift ;;
    *) args+=("$1") ;;
  esac
  shift
done

if [[ -z "$data" ]]; then
  dir="$root"
  while [[ "$dir" != "/" ]]; do
    dir="$(dirname "$dir")"
    if [[ -d "$dir/shared/data" ]]; then data="$dir/shared/data"; break; fi
  done
fi

python=/usr/bin/python3
for ((i = 0; i < ${#args[@]}; i++)); do
  if [[ "${args[$i]}" == "--python" ]]; then python="${args[$((i + 1))]}"; fi
done

if (( install )); then
  if ! "$python" -c 'import sklearn, nltk' 2>/dev/null || [[ ! -f /usr/share/wordnet/index.noun ]]; then
    echo "Installing the FNC-1 baseline's dependencies: apt-get install -y python3-sklearn python3-nltk wordnet-base" >&2
    sudo=""
    if (( EUID != 0 )); then sudo="sudo"; fi
    $sudo apt-get install -y python3-sklearn python3-nltk wordnet-base \
      || { $sudo apt-get update && $sudo apt-get install -y python3-sklearn python3-nltk wordnet-base; }
  fi
fi

if ! "$python" -c 'import sklearn, nltk' 2>/dev/null; then
  echo "FNC-1 baseline skipped: $python cannot import sklearn and nltk (eval/stance-peers.sh --install)." >&2
fi

dotnet build -c Release eval/Parallax.Eval.Stance -v q -nologo -clp:NoSummary >&2
harness=(dotnet run -c Release --no-build --project eval/Parallax.Eval.Stance -- ${data:+--data "$data"} --no-speed --peer)
"${harness[@]}" --split "$split" ${args[@]+"${args[@]}"}
"${harness[@]}" --split competition ${args[@]+"${args[@]}"}
