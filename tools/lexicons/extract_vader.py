"""Derives the compact VADER file Parallax embeds: one entry a line, tab-separated.

  w<TAB>word<TAB>valence   a lexicon word (lower case, letters, hyphens and apostrophes only) and its mean valence (-4..4)
  b<TAB>phrase<TAB>delta   a booster (+) or dampener (-) adverb of VADER's rules
  n<TAB>word               a negation word of VADER's rules

Emoticons and other entries without letters are dropped (news text has none). Sorted, so the output is stable.
"""
import re
import sys

package = sys.argv[1]
words = {}
with open(f"{package}/vader_lexicon.txt", encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 2:
            continue
        word, valence = parts[0].strip(), parts[1].strip()
        if re.fullmatch(r"[a-z][a-z'\-]*", word):
            words[word] = float(valence)

source = open(f"{package}/src/vaderSentiment.js", encoding="utf-8").read()
consts = {name: float(value) for name, value in re.findall(r"export const (B_INCR|B_DECR) = (-?[0-9.]+);", source)}
negate_block = re.search(r"export const NEGATE = \[(.*?)\];", source, re.S).group(1)
negations = sorted({a or b for a, b in re.findall(r"'([^']+)'|\"([^\"]+)\"", negate_block)})
booster_block = re.search(r"export const BOOSTER_DICT = \{(.*?)\};", source, re.S).group(1)
boosters = {}
for key, const in re.findall(r"['\"]?([a-z][a-z \-]*?)['\"]?\s*:\s*(B_INCR|B_DECR)", booster_block):
    boosters[key] = consts[const]

out = sys.stdout
for word in sorted(words):
    out.write(f"w\t{word}\t{words[word]:g}\n")
for phrase in sorted(boosters):
    out.write(f"b\t{phrase}\t{boosters[phrase]:g}\n")
for word in negations:
    out.write(f"n\t{word}\n")
