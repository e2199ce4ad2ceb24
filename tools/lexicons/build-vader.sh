#!/usr/bin/env bash
# Rebuilds data/lexicons/vader.tsv.gz from the npm package vader-sentiment 1.1.3 (its vader_lexicon.txt, the VADER
# lexicon of Hutto & Gilbert, MIT; and the negation and booster word lists of its rule code, Apache-2.0).
# Deterministic output (gzip -n). Needs npm and /usr/bin/python3.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent vader-sentiment@1.1.3 >/dev/null && tar xzf vader-sentiment-1.1.3.tgz)
/usr/bin/python3 "$repo/tools/lexicons/extract_vader.py" "$work/package" > "$work/vader.tsv"
gzip -n -9 -c "$work/vader.tsv" > "$repo/data/lexicons/vader.tsv.gz"
echo "wrote data/lexicons/vader.tsv.gz ($(wc -l < "$work/vader.tsv") lines)"
