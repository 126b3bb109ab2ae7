// Unit tests of the search box's glossary answers (templates/assets/search-query.js), run by `node --test` from
// SearchQueryScriptTests so that `dotnet test` runs them too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  atGlossaryTerms, glossaryResult, knowsEveryWord, otherLanguageWording, prepareVocabulary, readsAsOtherLanguage, readsPlainlyAsOtherLanguage,
  withGlossaryEntry, withOtherLanguage,
} from "../../../templates/assets/search-query.js";

/** A list of words of the English strings (i18n/en.yml), as vocabulary.json carries it. */
function englishWords(name) {
  const key = `${name}:`;
  const line = readFileSync(new URL("../../../i18n/en.yml", import.meta.url), "utf8").split("\n").find((text) => text.startsWith(key));
  return line.slice(key.length).trim().split(" ");
}

const vocabulary = prepareVocabulary({
  questionWords: ["what", "is", "a", "an"],
  minTermLength: 4,
  wordForms: { endings: englishWords("search_word_endings"), kept: englishWords("search_word_endings_kept") },
  synonyms: [],
  terms: ["anaesthetic", "local", "lidocaine", "mesotherapy", "abscess"],
  glossary: {
    title: "Glossary",
    entries: [
      { names: ["Local anaesthetic", "numbing drug", "local anesthetic"], url: "/glossary/#local-anaesthetic", definition: "A numbing drug, such as lidocaine." },
      { names: ["Lidocaine", "lignocaine"], url: "/glossary/#lidocaine", definition: "A numbing drug (local anaesthetic)." },
      { names: ["Abscess"], url: "/glossary/#abscess", definition: "A pocket of pus." },
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

test("a glossary name is met in any of its words' forms, as synonyms are: abscesses finds Abscess", () => {
  assert.equal(glossaryResult("abscesses", vocabulary).url, "/glossary/#abscess");
  assert.equal(glossaryResult("what is an abscess", vocabulary).url, "/glossary/#abscess");
});

test("a section Pagefind finds on the glossary points at the entry that holds its first match, not at the letter heading", () => {
  const page = {
    url: "/glossary/",
    anchors: [
      { element: "h2", id: "letter-l", text: "L", location: 10 },
      { element: "dt", id: "lidocaine", text: "Lidocaine", location: 11 },
      { element: "dt", id: "local-anaesthetic", text: "Local anaesthetic", location: 20 },
    ],
    sub_results: [{ title: "L", url: "/glossary/#letter-l", anchor: { id: "letter-l", location: 10 }, locations: [22, 30] }],
  };
  const [section] = atGlossaryTerms(page, vocabulary.glossary.urls).sub_results;
  assert.equal(section.url, "/glossary/#local-anaesthetic");
  assert.equal(section.title, "Local anaesthetic");
  const article = { url: "/articles/a/", anchors: page.anchors, sub_results: page.sub_results };
  assert.equal(atGlossaryTerms(article, vocabulary.glossary.urls).sub_results[0].url, "/glossary/#letter-l");
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
const spanishFile = {
  questionWords: ["qué", "cuánto"],
  minTermLength: 4,
  synonyms: [["mesoterapia", "mesotherapy"]],
  terms: ["mesoterapia", "celulitis", "para", "efectos", "secundarios", "kybella"],
};
const spanish = prepareVocabulary(spanishFile);

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

test("the other language searches a query without the words only the page's language knows, so a shared word can match", () => {
  const withAfter = prepareVocabulary({ minTermLength: 4, synonyms: [["mesotherapy", "mesoterapia"]], terms: ["mesotherapy", "after"] });
  const withHematoma = prepareVocabulary({ ...spanishFile, terms: [...spanishFile.terms, "hematomas"] });
  assert.equal(otherLanguageWording("haematoma after mesotherapy", withAfter, withHematoma), "haematoma mesotherapy", "no Spanish page has \"after\"");
  assert.equal(otherLanguageWording("mesoterapia para la celulitis", english, spanish), "mesoterapia para la celulitis");
  assert.equal(otherLanguageWording("cellulite effects", english, spanish), "cellulite effects", "a word near a Spanish one stays: efectos");
  assert.equal(otherLanguageWording("cellulite", english, spanish), "cellulite", "the query as typed rather than nothing");
  assert.equal(otherLanguageWording("effets secondaires", english, spanish), "secondaires", "effets is near the English effects only; secondaires is a Spanish cognate");
  assert.equal(readsAsOtherLanguage("effets secondaires", english, spanish, 0), true);
});

test("a query that found nothing here reads as the other language's when it has any word only that language knows", () => {
  assert.equal(readsAsOtherLanguage("celulitis cellulite effects", english, spanish, 0), true);
  assert.equal(readsAsOtherLanguage("celulitis cellulite effects", english, spanish, 4), false);
});

test("a misspelt word only the other language has a near word for reads as that language's: mesoterapia selulitis", () => {
  assert.equal(readsAsOtherLanguage("mesoterapia selulitis", english, spanish, 0), true, "\"selulitis\" is one letter from \"celulitis\"");
  assert.equal(readsPlainlyAsOtherLanguage("mesoterapia selulitis", english, spanish, 0), true);
  assert.equal(readsAsOtherLanguage("mesotherapy celullite", english, spanish, 0), false, "a misspelt English word stays English");
});

test("a query of the other language's words alone reads plainly as that language's, a mixed one only when nothing matched here", () => {
  assert.equal(readsPlainlyAsOtherLanguage("mesoterapia para la celulitis", english, spanish, 3), true);
  assert.equal(readsPlainlyAsOtherLanguage("celulitis cellulite effects", english, spanish, 4), false);
  assert.equal(readsPlainlyAsOtherLanguage("celulitis cellulite effects", english, spanish, 0), true);
});

test("the other language's results lead the list when the query is plainly its, and follow the page's first three otherwise", () => {
  const own = ["/a/", "/b/", "/c/", "/d/"].map((url) => ({ url }));
  const other = ["/es/a/", "/es/b/"].map((url) => ({ url }));
  assert.deepEqual(withOtherLanguage(own, other, true).map((result) => result.url), ["/es/a/", "/es/b/", "/a/", "/b/", "/c/", "/d/"]);
  assert.deepEqual(withOtherLanguage(own, other, false).map((result) => result.url), ["/a/", "/b/", "/c/", "/es/a/", "/es/b/", "/d/"]);
});
