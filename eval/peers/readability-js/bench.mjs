// Times Mozilla Readability (jsdom + Readability.parse) on a folder of gzipped HTML pages.
//
// Protocol (the same for every tool in eval/extraction-speed.sh):
//   1. read and decompress every *.html.gz in DIR into memory (not timed);
//   2. warm up on the first W pages (default 10, not timed);
//   3. time P passes over all pages (default 3), single-threaded, and report the median pass
//      (for an even P, the faster of the two middle passes), by wall clock and, separately,
//      by process CPU time (user + system, all threads), which drifts less on a busy machine.
// Timed work per page: build the DOM with jsdom (HTML parsing is part of extraction for every
// tool) and run Readability.parse(). domParseSeconds says how much of it was jsdom alone.
// Prints one JSON line on stdout:
//   {"tool":"readability.js","pages":n,"seconds":s,"pagesPerSecond":x,"peakRssMb":m,...}
//
// Usage: node bench.mjs [--passes P] [--warmup W] DIR

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";

function parseArgs(argv) {
  const options = { passes: 3, warmup: 10, dir: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--passes" || arg === "--warmup") {
      const value = Number.parseInt(argv[++i], 10);
      if (!Number.isInteger(value) || value < (arg === "--passes" ? 1 : 0)) {
        throw new Error(`${arg} needs a whole number`);
      }
      options[arg.slice(2)] = value;
    } else if (options.dir === null) {
      options.dir = arg;
    } else {
      throw new Error(`unexpected argument: ${arg}`);
    }
  }
  if (options.dir === null) {
    throw new Error("usage: node bench.mjs [--passes P] [--warmup W] DIR");
  }
  return options;
}

function installedVersion(name) {
  const here = dirname(fileURLToPath(import.meta.url));
  try {
    return JSON.parse(readFileSync(join(here, "node_modules", name, "package.json"), "utf8")).version;
  } catch {
    return "?";
  }
}

function loadPages(dir) {
  const names = readdirSync(dir).filter((name) => name.endsWith(".html.gz")).sort();
  return names.map((name) => gunzipSync(readFileSync(join(dir, name))).toString("utf8"));
}

// jsdom reports CSS it cannot parse on the console; that is noise here.
const quietConsole = new VirtualConsole();

// Extracts one page; adds its article length (or an error) and its jsdom parse time to `tally`.
function extract(html, tally) {
  let dom;
  try {
    const start = process.hrtime.bigint();
    dom = new JSDOM(html, { virtualConsole: quietConsole });
    tally.domNanoseconds += process.hrtime.bigint() - start;
    const article = new Readability(dom.window.document).parse();
    tally.chars += article?.textContent?.length ?? 0;
  } catch {
    tally.errors++;
  } finally {
    dom?.window.close();
  }
}

function newTally() {
  return { chars: 0, errors: 0, domNanoseconds: 0n };
}

function runPass(pages) {
  const tally = newTally();
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const html of pages) extract(html, tally);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  return {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    chars: tally.chars,
    errors: tally.errors,
    domSeconds: Number(tally.domNanoseconds) / 1e9,
  };
}

const options = parseArgs(process.argv.slice(2));
const pages = loadPages(options.dir);
if (pages.length === 0) {
  throw new Error(`no .html.gz pages in ${options.dir}`);
}

const warmupTally = newTally();
for (const html of pages.slice(0, options.warmup)) extract(html, warmupTally);

const passes = [];
for (let p = 0; p < options.passes; p++) passes.push(runPass(pages));
const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const sorted = [...passes].sort((a, b) => a.seconds - b.seconds);
const median = sorted[Math.floor((sorted.length - 1) / 2)];

// maxRSS is in kilobytes.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const round = (x, digits) => Number(x.toFixed(digits));

console.log(
  JSON.stringify({
    tool: "readability.js",
    pages: pages.length,
    seconds: round(median.seconds, 4),
    pagesPerSecond: round(pages.length / median.seconds, 2),
    peakRssMb: round(peakRssMb, 1),
    passes: options.passes,
    passSeconds: passes.map((p) => round(p.seconds, 4)),
    cpuSeconds: round(middle(passes.map((p) => p.cpuSeconds)), 4),
    passCpuSeconds: passes.map((p) => round(p.cpuSeconds, 4)),
    domParseSeconds: round(median.domSeconds, 4),
    errors: median.errors,
    outputChars: median.chars,
    versions: `@mozilla/readability ${installedVersion("@mozilla/readability")}, jsdom ${installedVersion("jsdom")}, node ${process.versions.node}`,
  }),
);
