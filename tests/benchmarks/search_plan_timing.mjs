// Processor time the search spends planning a query with a misspelt word (docs/performance.md, "Search spelling
// corrections"). Usage: node tests/benchmarks/search_plan_timing.mjs <built site> [search-query.js]
// The site is a build's output folder (its search/vocabulary.json and search/ordinary-words.json); the module defaults
// to templates/assets/search-query.js, so an older version can be timed against it from `git show`.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [site, module = new URL("../../templates/assets/search-query.js", import.meta.url).pathname] = process.argv.slice(2);
const query = await import(pathToFileURL(resolve(module)).href);
const read = (name) => JSON.parse(readFileSync(`${site}/search/${name}`, "utf8"));
const vocabulary = query.withOrdinaryWords(query.prepareVocabulary(read("vocabulary.json")), read("ordinary-words.json"));
// 300 site words of six letters or more with their third letter dropped, and six of the judged misspellings.
const misspelt = vocabulary.terms.filter((word) => word.length >= 6).slice(0, 300).map((word) => word.slice(0, 2) + word.slice(3));
const queries = [...misspelt, "mesotheraphy side efects", "lemon botle", "hair thining", "kybela", "lemonbottle", "sideeffects"];
const rounds = 5;
for (let warm = 0; warm < 2; warm++) {
  queries.forEach((text) => query.planSearches(text, vocabulary));
}
const start = process.cpuUsage();
for (let round = 0; round < rounds; round++) {
  queries.forEach((text) => query.planSearches(text, vocabulary));
}
const used = process.cpuUsage(start);
console.log(`${((used.user + used.system) / 1000 / (rounds * queries.length)).toFixed(2)} ms of processor time per query planned (${queries.length} queries, ${rounds} rounds)`);
