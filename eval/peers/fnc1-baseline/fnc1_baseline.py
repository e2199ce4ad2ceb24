#!/usr/bin/python3
"""The FNC-1 official baseline, reimplemented for Parallax's stance harness.

What it computes is the FNC-1 baseline's (github.com/FakeNewsChallenge/fnc-1-baseline, Apache-2.0, by Byron
Galbraith, Humza Iqbal, HJ van Veen, Delip Rao, James Thorne and Yuxi Pan): the same 44 features per pair
(feature_engineering.py: word overlap, refuting words, polarity, hand features), the same classifier
(GradientBoostingClassifier(n_estimators=200, random_state=14128)) and the same protocol (fnc_kfold.py: 10 folds
of the training part by body id, the best fold's classifier predicts the held-out part). Written from a reading
of upstream, not copied; see NOTICE.md for what differs (Python 3 only, the pairs come from --split, no
feature cache, WordNet from Debian's wordnet-base).

Usage: fnc1_baseline.py --data FNC1_DIR --split SPLIT.csv [--folds N] [--nltk-data DIR]
  SPLIT.csv: header "Headline,Body ID,Stance,Part,Bodies"; Part is "train" or "heldout"; Bodies names the bodies
  file (FNC1_DIR/<Bodies>_bodies.csv). Written by `Parallax.Eval.Stance --peer` (or --write-split FILE).
Progress goes to standard error; the last line on standard output is one JSON object with the scores and times.
Exit codes: 0 done; 3 a dependency (sklearn, nltk, numpy, WordNet) is missing (a JSON line with "skipped" says which).
"""

import argparse
import csv
import json
import os
import random
import re
import sys
import tempfile
import time

LABELS = ["agree", "disagree", "discuss", "unrelated"]
RELATED = LABELS[0:3]

# WordNet lexicographer files, in order (lexnames(5WN)); Debian's wordnet-base ships the database without this
# file, and nltk's WordNetCorpusReader needs it.
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition "
    "noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object "
    "noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape "
    "noun.state noun.substance noun.time verb.body verb.change verb.cognition verb.communication verb.competition "
    "verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession "
    "verb.social verb.stative verb.weather adj.ppl"
).split()

REFUTING_WORDS = [
    "fake", "fraud", "hoax", "false", "deny", "denies", "not", "despite", "nope", "doubt", "doubts", "bogus",
    "debunk", "pranks", "retract",
]


def log(message):
    print(message, file=sys.stderr, flush=True)


def skip(reason):
    print(json.dumps({"tool": "fnc1-baseline", "skipped": reason}))
    sys.exit(3)


def wordnet_layout(nltk_data):
    """An nltk_data folder whose corpora/wordnet links to Debian's /usr/share/wordnet, plus lexnames."""
    source = "/usr/share/wordnet"
    if not os.path.isfile(os.path.join(source, "index.noun")):
        return None
    target = os.path.join(nltk_data, "corpora", "wordnet")
    os.makedirs(target, exist_ok=True)
    for name in os.listdir(source):
        link = os.path.join(target, name)
        if not os.path.lexists(link):
            os.symlink(os.path.join(source, name), link)
    lexnames = os.path.join(target, "lexnames")
    if not os.path.exists(lexnames):
        with open(lexnames, "w", encoding="ascii") as f:
            for i, name in enumerate(LEXNAMES):
                f.write("%02d\t%s\t%d\n" % (i, name, 3 if name.startswith("adj") else 4 if name.startswith("adv") else 1 if name.startswith("noun") else 2))
    return nltk_data


def load_dependencies(nltk_data):
    try:
        import numpy  # noqa: F401
        from sklearn.ensemble import GradientBoostingClassifier  # noqa: F401
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # noqa: F401
    except ImportError as e:
        skip("python3-sklearn / python3-numpy missing (%s); apt-get install -y python3-sklearn" % e)
    try:
        import nltk
    except ImportError:
        skip("python3-nltk missing; apt-get install -y python3-nltk")
    try:
        nltk.corpus.wordnet.ensure_loaded()
    except LookupError:
        folder = wordnet_layout(nltk_data)
        if folder is None:
            skip("WordNet data missing; apt-get install -y wordnet-base")
        nltk.data.path.insert(0, folder)
        try:
            nltk.corpus.wordnet.ensure_loaded()
        except LookupError as e:
            skip("WordNet could not be loaded from %s: %s" % (folder, e))
    return nltk


# ---- features (upstream feature_engineering.py) --------------------------------------------------------------

def make_features(nltk):
    import numpy as np
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    wnl = nltk.WordNetLemmatizer()

    def normalize_word(w):
        return wnl.lemmatize(w).lower()

    def get_tokenized_lemmas(s):
        # Upstream: nltk.word_tokenize(s). Its input is always clean() text (no sentence punctuation), for which
        # Punkt finds one sentence, so preserve_line=True gives the same tokens without the Punkt model.
        return [normalize_word(t) for t in nltk.word_tokenize(s, preserve_line=True)]

    def clean(s):
        # Upstream also passes re.LOCALE, which Python 3 refuses for str patterns.
        return " ".join(re.findall(r"\w+", s, flags=re.UNICODE)).lower()

    def remove_stopwords(tokens):
        return [w for w in tokens if w not in ENGLISH_STOP_WORDS]

    def word_overlap(headline, body):
        h = get_tokenized_lemmas(clean(headline))
        b = get_tokenized_lemmas(clean(body))
        union = set(h).union(b)
        return [len(set(h).intersection(b)) / float(len(union)) if union else 0.0]

    def refuting(headline, body):
        h = get_tokenized_lemmas(clean(headline))
        return [1 if word in h else 0 for word in REFUTING_WORDS]

    def calculate_polarity(text):
        tokens = get_tokenized_lemmas(text)
        return sum([t in REFUTING_WORDS for t in tokens]) % 2

    def polarity(headline, body):
        return [calculate_polarity(clean(headline)), calculate_polarity(clean(body))]

    def ngrams(text, n):
        words = text.split(" ")
        return [words[i:i + n] for i in range(len(words) - n + 1)]

    def chargrams(text, n):
        return [text[i:i + n] for i in range(len(text) - n + 1)]

    def append_chargrams(features, text_headline, text_body, size):
        # As upstream: ' '.join over a character gram spaces its characters out ("ab" -> "a b").
        grams = [" ".join(x) for x in chargrams(" ".join(remove_stopwords(text_headline.split())), size)]
        hits = early = first = 0
        for gram in grams:
            if gram in text_body:
                hits += 1
            if gram in text_body[:255]:
                early += 1
            if gram in text_body[:100]:
                first += 1
        features += [hits, early, first]

    def append_ngrams(features, text_headline, text_body, size):
        grams = [" ".join(x) for x in ngrams(text_headline, size)]
        hits = early = 0
        for gram in grams:
            if gram in text_body:
                hits += 1
            if gram in text_body[:255]:
                early += 1
        features += [hits, early]

    def binary_co_occurence(headline, body):
        count = early = 0
        for token in clean(headline).split(" "):
            if token in clean(body):
                count += 1
            if token in clean(body)[:255]:
                early += 1
        return [count, early]

    def binary_co_occurence_stops(headline, body):
        count = early = 0
        for token in remove_stopwords(clean(headline).split(" ")):
            if token in clean(body):
                count += 1
                early += 1
        return [count, early]

    def count_grams(headline, body):
        clean_body = clean(body)
        clean_headline = clean(headline)
        features = []
        for size in (2, 8, 4, 16):
            append_chargrams(features, clean_headline, clean_body, size)
        for size in (2, 3, 4, 5, 6):
            append_ngrams(features, clean_headline, clean_body, size)
        return features

    def hand(headline, body):
        return binary_co_occurence(headline, body) + binary_co_occurence_stops(headline, body) + count_grams(headline, body)

    def generate(pairs, name):
        # Upstream computes each feature family over all pairs in turn; the same here, then np.c_[hand, polarity,
        # refuting, overlap].
        families = []
        for fn in (hand, polarity, refuting, word_overlap):
            started = time.perf_counter()
            families.append(np.array([fn(p[0], p[1]) for p in pairs], dtype=float))
            log("  %s features, %s: %d pairs in %.1f s" % (fn.__name__, name, len(pairs), time.perf_counter() - started))
        return np.c_[families[0], families[1], families[2], families[3]]

    return generate


# ---- scoring (upstream utils/score.py) -----------------------------------------------------------------------

def score_submission(gold, predicted):
    score = 0.0
    confusion = [[0] * 4 for _ in LABELS]
    for g, p in zip(gold, predicted):
        if g == p:
            score += 0.25
            if g != "unrelated":
                score += 0.50
        if g in RELATED and p in RELATED:
            score += 0.25
        confusion[LABELS.index(g)][LABELS.index(p)] += 1
    return score, confusion


def report(gold, predicted):
    score, confusion = score_submission(gold, predicted)
    best, _ = score_submission(gold, gold)
    f1 = {}
    for c, name in enumerate(LABELS):
        tp = confusion[c][c]
        fp = sum(confusion[k][c] for k in range(4) if k != c)
        fn = sum(confusion[c][k] for k in range(4) if k != c)
        f1[name] = 0.0 if tp == 0 else 2.0 * tp / (2.0 * tp + fp + fn)
    correct = sum(confusion[c][c] for c in range(4))
    return {
        "score": score, "maxScore": best, "percent": 100.0 * score / best if best else 0.0,
        "accuracy": correct / len(gold) if gold else 0.0, "f1": f1,
        "macroF1": sum(f1.values()) / 4, "confusion": confusion,
    }


# ---- data ----------------------------------------------------------------------------------------------------

def read_bodies(path):
    with open(path, "r", encoding="utf-8", newline="") as f:
        return {int(row["Body ID"]): row["articleBody"] for row in csv.DictReader(f)}


def read_split(path, data):
    bodies = {}
    parts = {"train": [], "heldout": []}
    with open(path, "r", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            prefix = row["Bodies"]
            if prefix not in bodies:
                bodies[prefix] = read_bodies(os.path.join(data, prefix + "_bodies.csv"))
            body_id = int(row["Body ID"])
            parts[row["Part"]].append((row["Headline"], bodies[prefix][body_id], row["Stance"], body_id))
    return parts["train"], parts["heldout"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, help="the FNC-1 folder (with train_bodies.csv)")
    parser.add_argument("--split", required=True, help="CSV of the pairs: Headline,Body ID,Stance,Part,Bodies")
    parser.add_argument("--folds", type=int, default=10, help="folds of the training part (upstream: 10)")
    parser.add_argument("--nltk-data", default=os.path.join(tempfile.gettempdir(), "parallax-nltk-data"))
    args = parser.parse_args()

    nltk = load_dependencies(args.nltk_data)
    import numpy as np
    import sklearn
    from sklearn.ensemble import GradientBoostingClassifier

    train, held = read_split(args.split, args.data)
    log("fnc1-baseline: train %d pairs, held-out %d pairs; sklearn %s, nltk %s" % (len(train), len(held), sklearn.__version__, nltk.__version__))
    generate = make_features(nltk)

    # Training: features of the training part, one classifier per fold (trained on the other folds, scored on
    # it), the best one kept, as upstream fnc_kfold.py.
    wall0, cpu0 = time.perf_counter(), time.process_time()
    x_train = generate([(h, b) for h, b, _, _ in train], "train")
    y_train = np.array([LABELS.index(s) for _, _, s, _ in train])
    feature_wall = time.perf_counter() - wall0
    ids = sorted({body for _, _, _, body in train})
    random.Random(1489215).shuffle(ids)
    fold_of_body = {}
    for k in range(args.folds):
        for body in ids[int(k * len(ids) / args.folds):int((k + 1) * len(ids) / args.folds)]:
            fold_of_body[body] = k
    fold = np.array([fold_of_body[body] for _, _, _, body in train])
    best_score, best_clf, fit_seconds = -1.0, None, []
    for k in range(args.folds):
        started = time.perf_counter()
        inside = fold != k if args.folds > 1 else np.ones(len(train), dtype=bool)
        clf = GradientBoostingClassifier(n_estimators=200, random_state=14128)
        clf.fit(x_train[inside], y_train[inside])
        fit_seconds.append(time.perf_counter() - started)
        if args.folds == 1:
            best_clf = clf
            break
        actual = [LABELS[int(a)] for a in y_train[~inside]]
        predicted = [LABELS[int(a)] for a in clf.predict(x_train[~inside])]
        fold_score = score_submission(actual, predicted)[0] / score_submission(actual, actual)[0]
        log("  fold %d: score %.4f (fit %.1f s)" % (k, fold_score, fit_seconds[-1]))
        if fold_score > best_score:
            best_score, best_clf = fold_score, clf
    train_wall, train_cpu = time.perf_counter() - wall0, time.process_time() - cpu0

    # Prediction: features of the held-out pairs, then the classifier.
    wall0, cpu0 = time.perf_counter(), time.process_time()
    x_held = generate([(h, b) for h, b, _, _ in held], "held-out")
    predicted = [LABELS[int(a)] for a in best_clf.predict(x_held)]
    predict_wall, predict_cpu = time.perf_counter() - wall0, time.process_time() - cpu0

    result = report([s for _, _, s, _ in held], predicted)
    result.update({
        "tool": "fnc1-baseline", "trainPairs": len(train), "pairs": len(held), "folds": args.folds,
        "trainSeconds": train_wall, "trainCpuSeconds": train_cpu, "trainFeatureSeconds": feature_wall,
        "fitSeconds": fit_seconds, "predictSeconds": predict_wall, "predictCpuSeconds": predict_cpu,
        "pairsPerSecond": len(held) / predict_wall if predict_wall > 0 else 0.0,
        "sklearn": sklearn.__version__, "nltk": nltk.__version__,
    })
    log("fnc1-baseline: FNC score %.2f / %.2f = %.2f%%; accuracy %.3f; F1 disagree %.3f" % (result["score"], result["maxScore"], result["percent"], result["accuracy"], result["f1"]["disagree"]))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
