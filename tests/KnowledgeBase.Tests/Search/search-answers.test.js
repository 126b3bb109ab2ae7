// Unit tests of the search box's glossary answers (templates/assets/search-query.js), run by `node --test` from
// SearchQueryScriptTests so that `dotnet test` runs them too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { glossaryResult, prepareVocabulary, withGlossaryEntry } from "../../../templates/assets/search-query.js";

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
