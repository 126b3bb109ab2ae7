// Unit tests of the search box's glossary answers (templates/assets/search-query.js), run by `node --test` from
// SearchQueryScriptTests so that `dotnet test` runs them too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { glossaryResult, knowsEveryWord, prepareVocabulary, readsAsOtherLanguage, withGlossaryEntry } from "../../../templates/assets/search-query.js";

const vocabulary = prepareVocabulary({
  questionWords: ["what", "is", "a"],
  minTermLength: 4,
  synonyms: [],
  terms: ["anaesthetic", "local", "lidocaine", "mesotherapy"],
  glossary: {
    title: "Glossary",
    entries: [
      { names: ["Local anaesthetic", "numbing drug", "local anesthetic"], url: "/glossary/#local-anaesthetic", definition: "A numbing drug, such as lidocaine." },
      { names: ["Lidocaine", "lignocaine"], url: "/glossary/#lidocaine", definition: "A numbing drug (local anaesthetic)." },
    ],
  },
});

const article = (url, title) => ({ title, heading: null, url, excerpt: "", type: "Articles" });

test("a query naming a glossary term or one of its synonyms is answered by the term's entry, with its definition", () => {
  const entry = glossaryResult("Local anesthetic", vocabulary);
  assert.equal(entry.url, "/glossary/#local-anaesthetic");
  assert.equal(entry.title, "Glossary");
  assert.equal(entry.heading, "Local anaesthetic");
  assert.equal(entry.excerpt, "A numbing drug, such as lidocaine.");
  assert.equal(glossaryResult("numbing drugs", vocabulary).url, "/glossary/#local-anaesthetic");
});

test("a question about a term is answered by its entry too, but a query that only mentions it is not", () => {
  assert.equal(glossaryResult("what is lignocaine?", vocabulary).url, "/glossary/#lidocaine");
  assert.equal(glossaryResult("lidocaine side effects", vocabulary), null);
  assert.equal(glossaryResult("mesotherapy", vocabulary), null);
});

test("the glossary entry comes second, so the first result stays first, and is listed once", () => {
  const entry = glossaryResult("lidocaine", vocabulary);
  const shown = [article("/articles/a/", "What is mesotherapy?"), { ...entry }, article("/articles/b/", "Side effects")];
  assert.deepEqual(withGlossaryEntry(shown, entry).map((result) => result.url), ["/articles/a/", "/glossary/#lidocaine", "/articles/b/"]);
  assert.deepEqual(withGlossaryEntry([], entry).map((result) => result.url), ["/glossary/#lidocaine"]);
});

const english = prepareVocabulary({
  questionWords: ["what", "does", "how"],
  minTermLength: 4,
  synonyms: [["mesotherapy", "mesoterapia"]],
  terms: ["mesotherapy", "cellulite", "side", "effects", "kybella"],
});
const spanish = prepareVocabulary({
  questionWords: ["qué", "cuánto"],
  minTermLength: 4,
  synonyms: [["mesoterapia", "mesotherapy"]],
  terms: ["mesoterapia", "celulitis", "para", "efectos", "secundarios", "kybella"],
});

test("a query with more words only the other language knows reads as that language's", () => {
  assert.equal(readsAsOtherLanguage("mesoterapia para la celulitis", english, spanish, 3), true);
  assert.equal(readsAsOtherLanguage("side effects", spanish, english, 2), true);
  assert.equal(knowsEveryWord("mesoterapia para la celulitis", english), false);
});

test("a query in the page's language, or of words both languages know, does not read as the other's", () => {
  assert.equal(readsAsOtherLanguage("cellulite side effects", english, spanish, 0), false);
  assert.equal(readsAsOtherLanguage("kybella mesotherapy", english, spanish, 0), false);
  assert.equal(knowsEveryWord("what does kybella cost", english), false);
  assert.equal(knowsEveryWord("kybella side effects", english), true);
});

test("a query that found nothing here reads as the other language's when it has any word only that language knows", () => {
  assert.equal(readsAsOtherLanguage("celulitis cellulite effects", english, spanish, 0), true);
  assert.equal(readsAsOtherLanguage("celulitis cellulite effects", english, spanish, 4), false);
});
