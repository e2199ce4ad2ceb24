"""Times readability-lxml (Debian's python3-readability) on a folder of gzipped HTML pages.

Protocol (the same for every tool in eval/extraction-speed.sh):
  1. read and decompress every *.html.gz in DIR into memory (not timed);
  2. warm up on the first W pages (default 10, not timed);
  3. time P passes over all pages (default 3), single-threaded, and report the median pass
     (for an even P, the faster of the two middle passes), by wall clock and, separately,
     by process CPU time (user + system), which drifts less on a busy machine.
Timed work per page: Document(html).title() and .summary() (lxml parsing included).
Prints one JSON line on stdout:
  {"tool":"readability-lxml","pages":n,"seconds":s,"pagesPerSecond":x,"peakRssMb":m,...}

Run with Debian's interpreter, which sees the apt package:
  /usr/bin/python3 eval/peers/readability_lxml_bench.py [--passes P] [--warmup W] DIR
"""

import argparse
import gzip
import json
import logging
import os
import platform
import resource
import sys
import time

try:
    from readability import Document
except ImportError:
    print(
        "readability-lxml is not importable by " + sys.executable
        + "; install it with: apt-get install -y python3-readability",
        file=sys.stderr,
    )
    sys.exit(3)


def load_pages(directory):
    names = sorted(n for n in os.listdir(directory) if n.endswith(".html.gz"))
    pages = []
    for name in names:
        with gzip.open(os.path.join(directory, name), "rb") as f:
            pages.append(f.read().decode("utf-8", "replace"))
    return pages


def extract(html, tally):
    try:
        doc = Document(html)
        doc.title()
        tally["chars"] += len(doc.summary())
    except Exception:  # a peer failing on a page is counted, not fatal
        tally["errors"] += 1


def run_pass(pages):
    tally = {"chars": 0, "errors": 0}
    cpu_start = time.process_time()
    start = time.perf_counter()
    for html in pages:
        extract(html, tally)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "cpuSeconds": time.process_time() - cpu_start, **tally}


def package_version():
    try:
        from importlib.metadata import version

        return version("readability-lxml")
    except Exception:
        return "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("dir")
    args = parser.parse_args()
    if args.passes < 1 or args.warmup < 0:
        parser.error("--passes must be at least 1 and --warmup at least 0")

    # readability logs every page it finds hard; that is noise here.
    logging.disable(logging.CRITICAL)

    pages = load_pages(args.dir)
    if not pages:
        parser.error("no .html.gz pages in " + args.dir)

    warmup = {"chars": 0, "errors": 0}
    for html in pages[: args.warmup]:
        extract(html, warmup)

    passes = [run_pass(pages) for _ in range(args.passes)]
    middle = (len(passes) - 1) // 2
    median = sorted(passes, key=lambda p: p["seconds"])[middle]
    median_cpu = sorted(p["cpuSeconds"] for p in passes)[middle]

    # ru_maxrss is in kilobytes on Linux.
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "tool": "readability-lxml",
        "pages": len(pages),
        "seconds": round(median["seconds"], 4),
        "pagesPerSecond": round(len(pages) / median["seconds"], 2),
        "peakRssMb": round(peak_rss_mb, 1),
        "passes": args.passes,
        "passSeconds": [round(p["seconds"], 4) for p in passes],
        "cpuSeconds": round(median_cpu, 4),
        "passCpuSeconds": [round(p["cpuSeconds"], 4) for p in passes],
        "errors": median["errors"],
        "outputChars": median["chars"],
        "versions": "readability-lxml %s, python %s" % (package_version(), platform.python_version()),
    }, separators=(",", ":")))


if __name__ == "__main__":
    main()
