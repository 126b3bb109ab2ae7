// How many of a language's ordinary words that its pages do not use the search would correct to a site word without
// the list of ordinary words, and how many of those of seven letters or more it would take for a cognate of a site word:
// a word it does not know, with no near site word (README "Search", cognates and ordinary words; docs/performance.md,
// "Search: meaningful words and editors' search files").
// Usage: node tests/benchmarks/search_cognates.mjs <built site> [share of letters different, the search's own unless given]
// The site is a build's output folder: each language's search/vocabulary.json and search/ordinary-words.json (the
// ordinary words its pages do not use), English at the top and Spanish under es/.
import { existsSync, readFileSync } from "node:fs";
import { cognates, isUnknown, nearWords, prepareVocabulary, suggestCorrections } from "../../templates/assets/search-query.js";

const [site, share] = process.argv.slice(2);
const MinCognateLength = 7;
for (const [language, folder] of [["English", "search"], ["Spanish", "es/search"]]) {
  if (!existsSync(`${site}/${folder}/vocabulary.json`)) {
    continue;
  }
  const read = (name) => JSON.parse(readFileSync(`${site}/${folder}/${name}`, "utf8"));
  const vocabulary = prepareVocabulary(read("vocabulary.json"));
  const ordinary = read("ordinary-words.json");
  const corrected = ordinary.filter((word) => suggestCorrections(word, vocabulary).length > 0);
  console.log(`${language}: ${ordinary.length} ordinary words that the pages do not use; ${corrected.length} corrected to a site word without the list`);
  const long = ordinary.filter((word) => word.length >= MinCognateLength);
  const found = long.filter((word) => isUnknown(word, vocabulary) && nearWords(word, vocabulary).length === 0)
    .map((word) => ({ word, cognates: share === undefined ? cognates(word, vocabulary) : cognates(word, vocabulary, Number(share)) }))
    .filter((pair) => pair.cognates.length > 0);
  console.log(`${language}: ${long.length} ordinary words of ${MinCognateLength} letters or more that the pages do not use; ${found.length} with a cognate among the site's words`);
  found.forEach((pair) => console.log(`  ${pair.word}: ${pair.cognates.join(", ")}`));
}
