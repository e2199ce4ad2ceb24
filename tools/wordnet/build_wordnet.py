#!/usr/bin/python3
"""Derives data/lexicon/{antonyms,synonyms,hypernyms}.txt.gz from Debian's wordnet-base (WordNet 3.0).

antonyms.txt: one "word<TAB>antonym" a line (direct antonyms of all parts of speech), single words only, lower case, sorted.
synonyms.txt: one synset a line, space-separated single-word members, for synsets that are among the
first two senses of at least two of their members (keeps the common sense, drops rare ones), sorted.
hypernyms.txt: one "word<TAB>broader word" a line: the single-word members of the direct hypernyms of a
noun's or verb's first sense ("consensus" -> "agreement").
derivations.txt: one "word<TAB>related word" a line, both ways: WordNet's derivationally related forms between a
noun and a verb, from a sense among the first two of the source word ("agree" -> "agreement", "meet" -> "meeting");
agent nouns ("killer", "negotiator") left out.
inflections.txt: one "form<TAB>lemma" a line: WordNet's irregular verb forms ("met" -> "meet", "went" -> "go").
Deterministic: the same WordNet files give the same bytes (gzip mtime 0).
"""
import gzip, os, sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "data", "lexicon")

def synsets(pos):
    res = {}
    with open(os.path.join(WN, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" | ")[0].split()
            offset, ss_type = parts[0], parts[2]
            n = int(parts[3], 16)
            words = [parts[4 + 2 * i].lower() for i in range(n)]
            i = 4 + 2 * n
            pcount = int(parts[i]); i += 1
            ptrs = []
            for _ in range(pcount):
                sym, tgt, tpos, st = parts[i:i + 4]; i += 4
                ptrs.append((sym, tgt, tpos, st))
            res[offset] = (ss_type, words, ptrs)
    return res

AGENT = ("er", "or", "ant", "ist", "ee", "ian")  # agent nouns ("killer", "negotiator") name the doer, not the act

def clean(w):
    w = w.split("(")[0]
    return w if w.isalpha() else None

antonyms = set()
hypernyms = set()
derivations = set()
synonym_lines = set()
posmap = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
others = {"noun": synsets("noun"), "verb": synsets("verb")}
for pos in ("noun", "verb", "adj", "adv"):
    ss = others[pos] if pos in others else synsets(pos)
    # first senses per word from index file
    first = {}
    first1 = {}
    with open(os.path.join(WN, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split()
            lemma = p[0].lower()
            synset_cnt = int(p[2]); pcnt = int(p[3])
            offs = p[4 + pcnt + 2:]
            first[lemma] = set(offs[:2])
            first1[lemma] = offs[0] if offs else None
    for off, (t, words, ptrs) in ss.items():
        for sym, tgt, tpos, st in ptrs:
            if sym != "!" or posmap[tpos] != pos:
                continue
            src_i, tgt_i = int(st[:2], 16), int(st[2:], 16)
            target = ss.get(tgt)
            if target is None:
                continue
            srcs = words if src_i == 0 else [words[src_i - 1]]
            tgts = target[1] if tgt_i == 0 else [target[1][tgt_i - 1]]
            for a in srcs:
                for b in tgts:
                    a2, b2 = clean(a), clean(b)
                    if a2 and b2 and a2 != b2:
                        antonyms.add((a2, b2)); antonyms.add((b2, a2))
        if pos in ("noun", "verb"):
            for sym, tgt, tpos, st in ptrs:
                if sym in ("@", "@i") and tgt in ss:
                    for a in words:
                        a2 = clean(a)
                        if a2 and first1.get(a2) == off:
                            for b in ss[tgt][1]:
                                b2 = clean(b)
                                if b2 and b2 != a2:
                                    hypernyms.add((a2, b2))
        if pos in ("noun", "verb"):
            other_pos = "verb" if pos == "noun" else "noun"
            for sym, tgt, tpos, st in ptrs:
                if sym != "+" or posmap[tpos] != other_pos:
                    continue
                src_i, tgt_i = int(st[:2], 16), int(st[2:], 16)
                if src_i == 0 or tgt_i == 0:
                    continue
                a2 = clean(words[src_i - 1])
                if not a2 or off not in first.get(a2, ()):
                    continue
                other = others[other_pos].get(tgt)
                if other is None:
                    continue
                b2 = clean(other[1][tgt_i - 1])
                noun = a2 if pos == "noun" else b2
                if b2 and b2 != a2 and not noun.endswith(AGENT):
                    derivations.add((a2, b2)); derivations.add((b2, a2))
        members = sorted({c for c in (clean(w) for w in words) if c})
        common = [w for w in members if off in first.get(w, ())]
        if len(members) >= 2 and len(common) >= 2:
            synonym_lines.add(" ".join(members))

os.makedirs(OUT, exist_ok=True)
def write(name, lines):
    data = ("\n".join(sorted(lines)) + "\n").encode("utf-8")
    with open(os.path.join(OUT, name), "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as g:
            g.write(data)
    print(name, len(lines), "lines")
write("antonyms.txt.gz", [a + "\t" + b for a, b in antonyms])
write("synonyms.txt.gz", synonym_lines)
write("hypernyms.txt.gz", [a + "\t" + b for a, b in hypernyms])
write("derivations.txt.gz", [a + "\t" + b for a, b in derivations])
inflections = set()
for pos in ("verb",):
    with open(os.path.join(WN, pos + ".exc"), encoding="latin-1") as f:
        for line in f:
            p = line.split()
            if len(p) >= 2 and clean(p[0]) and clean(p[1]) and p[0] != p[1]:
                inflections.add((p[0], p[1]))
write("inflections.txt.gz", [a + "\t" + b for a, b in inflections])
