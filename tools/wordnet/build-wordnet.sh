#!/bin/sh
# Rebuilds data/lexicon/{antonyms,synonyms,hypernyms,derivations,inflections}.txt.gz from Debian wordnet-base (WordNet 3.0; licence in data/lexicon/NOTICE.md).
set -eu
if [ ! -f /usr/share/wordnet/data.adj ]; then
  apt-get install -y wordnet-base
fi
here=$(dirname "$0")
/usr/bin/python3 "$here/build_wordnet.py" /usr/share/wordnet "$here/../../data/lexicon"
