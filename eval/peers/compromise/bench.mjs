// Times compromise's named-entity extraction (people, places, organizations) on a UTF-8 text file.
//
// Protocol (the peer half of `Parallax.Eval.Language core-speed`, eval/language-speed.sh):
//   1. read the whole file into memory (not timed) and cut it into chunks at blank lines;
//   2. warm up on the first chunks (default 20, not timed): compromise unpacks its lexicon on first use;
//   3. time P passes over all chunks (default 3), single-threaded, and report the median pass by wall clock
//      and, separately, by process CPU time (user + system, all threads).
// Timed work per chunk: doc = nlp(chunk) (compromise's tokenizer, sentence splitter and tagger) and
// doc.people(), doc.places(), doc.organizations(), counting the matches.
//
// Chunks: by default each paragraph (text between blank lines) is one nlp() call, which is how compromise
// is meant to be used on a stream of articles — one document per paragraph or article. `--whole` runs nlp() once
// on the whole text: on 200 KB of the sample articles its best pass was about 10% faster (1.24 s vs 1.41 s) with
// about twice the peak memory (249 vs 134 MB); the entity counts were the same. Paragraphs stay the default.
//
// Prints one JSON line on stdout:
//   {"tool":"compromise","bytes":n,"seconds":s,"mbPerSecond":x,"people":n,"places":n,"organizations":n,"peakRssMb":m,...}
// MB = 10^6 bytes of UTF-8.
//
// Usage: node bench.mjs [--passes P] [--warmup W] [--whole] FILE

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";

function parseArgs(argv) {
  const options = { passes: 3, warmup: 20, whole: false, file: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--passes" || arg === "--warmup") {
      const value = Number.parseInt(argv[++i], 10);
      if (!Number.isInteger(value) || value < (arg === "--passes" ? 1 : 0)) {
        throw new Error(`${arg} needs a whole number`);
      }
      options[arg.slice(2)] = value;
    } else if (arg === "--whole") {
      options.whole = true;
    } else if (options.file === null) {
      options.file = arg;
    } else {
      throw new Error(`unexpected argument: ${arg}`);
    }
  }
  if (options.file === null) {
    throw new Error("usage: node bench.mjs [--passes P] [--warmup W] [--whole] FILE");
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

// Extracts the three kinds from one chunk and adds their counts to `tally`.
function extract(chunk, tally) {
  const doc = nlp(chunk);
  tally.people += doc.people().length;
  tally.places += doc.places().length;
  tally.organizations += doc.organizations().length;
}

function runPass(chunks) {
  const tally = { people: 0, places: 0, organizations: 0 };
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const chunk of chunks) extract(chunk, tally);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, ...tally };
}

const options = parseArgs(process.argv.slice(2));
const text = readFileSync(options.file, "utf8");
const bytes = Buffer.byteLength(text, "utf8");
const chunks = options.whole
  ? [text]
  : text.split(/\n[ \t]*\n/).map((chunk) => chunk.trim()).filter((chunk) => chunk.length > 0);
if (chunks.length === 0) {
  throw new Error(`no text in ${options.file}`);
}

const warmupTally = { people: 0, places: 0, organizations: 0 };
for (const chunk of options.whole ? [text.slice(0, 20_000)] : chunks.slice(0, options.warmup)) {
  extract(chunk, warmupTally);
}

const passes = [];
for (let p = 0; p < options.passes; p++) passes.push(runPass(chunks));
const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const median = [...passes].sort((a, b) => a.seconds - b.seconds)[Math.floor((passes.length - 1) / 2)];
const cpuSeconds = middle(passes.map((p) => p.cpuSeconds));

// maxRSS is in kilobytes.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const round = (x, digits) => Number(x.toFixed(digits));

console.log(
  JSON.stringify({
    tool: "compromise",
    bytes,
    seconds: round(median.seconds, 4),
    mbPerSecond: round(bytes / 1e6 / median.seconds, 4),
    people: median.people,
    places: median.places,
    organizations: median.organizations,
    peakRssMb: round(peakRssMb, 1),
    cpuSeconds: round(cpuSeconds, 4),
    cpuMbPerSecond: round(bytes / 1e6 / cpuSeconds, 4),
    passes: options.passes,
    passSeconds: passes.map((p) => round(p.seconds, 4)),
    passCpuSeconds: passes.map((p) => round(p.cpuSeconds, 4)),
    chunks: chunks.length,
    mode: options.whole ? "whole text" : "paragraphs",
    versions: `compromise ${installedVersion("compromise")}, node ${process.versions.node}`,
  }),
);
