// Unit tests of the search box's query logic (templates/assets/search-query.js), run by `node --test`
// from SearchQueryScriptTests so that `dotnet test` runs them too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  allSections, answersIntent, articlesFirst, countrySections, editDistance, expandQuery, findSynonyms, hasUnknownWord, hasWord, intentSections, isUnknown, looserSearches, meaningfulWords, pageSections, rankSections, headingMatches, headingTerms, isUncovered, listResults, keywords, markWords, markedWords, mergeResults, normalize, planSearches, queryWords,
  namesNoTopic, prepareVocabulary, queryParts, rankByParts, searchedWords, prepareWordForms, namingTerms, promoteSubjectTitle, promoteTitleMatches, promoteTopicAnswers, siteSpellings, suggestCorrections, unmatchedWords, MaxCorrections, Weights, withOrdinaryWords, withoutEverywhereWords, wordKey, matchingResults, startsWithName, asksNothing, namesNothing,
} from "../../../templates/assets/search-query.js";

/** The nearest correction of a query, or null: what the search tries first. */
function suggestCorrection(query, vocabulary) {
  return suggestCorrections(query, vocabulary)[0] ?? null;
}

/**
 * A list of words of a language's strings (i18n/<language>.yml), as vocabulary.json carries it: on the key's line, or
 * in the indented lines of a folded block (`key: >-`, as search_ordinary_words is written).
 */
function languageWords(language, name) {
  const key = `${name}:`;
  const lines = readFileSync(new URL(`../../../i18n/${language}.yml`, import.meta.url), "utf8").split("\n");
  const at = lines.findIndex((text) => text.startsWith(key));
  const value = lines[at].slice(key.length).trim();
  const end = lines.findIndex((text, i) => i > at && !text.startsWith("  "));
  const folded = value === ">-" ? lines.slice(at + 1, end) : [value];
  return folded.join(" ").trim().split(/ +/);
}

/** The question words of a language (search_question_words). */
function questionWords(language) {
  return languageWords(language, "search_question_words");
}

/**
 * The word forms of a language (search_word_endings, search_word_endings_kept, search_spelling_variants), as
 * vocabulary.json `wordForms`.
 */
function wordForms(language) {
  return {
    endings: languageWords(language, "search_word_endings"),
    kept: languageWords(language, "search_word_endings_kept"),
    spellings: languageWords(language, "search_spelling_variants").filter((rule) => rule !== '""'),
  };
}

const English = questionWords("en");

const vocabulary = prepareVocabulary({
  questionWords: English,
  minTermLength: 4,
  synonyms: [
    ["injection lipolysis", "fat-dissolving injections", "lipodissolve", "fat melting injections"],
    ["liposuction", "lipo"],
    ["mesotherapy", "meso"],
    ["hair loss", "hair thinning", "alopecia"],
  ],
  terms: ["mesotherapy", "thinking", "injection", "lipolysis", "injections", "fat", "dissolving", "lipodissolve", "liposuction", "hair", "loss", "alopecia", "thinning", "cellulite"],
});

/** The English vocabulary with the English word endings and a few groups whose phrases patients write in other forms. */
const withForms = prepareVocabulary({
  questionWords: English,
  minTermLength: 4,
  wordForms: wordForms("en"),
  synonyms: [
    ["wrinkles", "crow's feet", "anti-aging"],
    ["cellulite", "dimpled skin"],
    ["phosphatidylcholine", "pc dc"],
    ["hair loss", "thinning hair"],
  ],
  terms: ["wrinkles", "phosphatidylcholine", "cellulite", "skin", "dimpled", "hair", "loss", "thinning", "around", "eyes", "feet"],
});

test("a possessive finds its synonyms with or without the apostrophe: crows feet as crow's feet", () => {
  assert.deepEqual(expandQuery("crows feet around eyes", withForms), expandQuery("crow's feet around eyes", withForms));
  assert.deepEqual(expandQuery("crows feet", withForms), ["wrinkles"]);
});

test("a phrase finds its synonyms written with a hyphen, a space or as one word", () => {
  for (const query of ["anti-aging", "anti aging", "antiaging", "anti-ageing"]) {
    assert.deepEqual(findSynonyms(query, withForms).found.map((match) => match.group[0]), ["wrinkles"], query);
  }
  // Written together, the phrase is also searched as the group writes it, since Pagefind finds only the form typed.
  assert.deepEqual(expandQuery("pcdc", withForms), ["phosphatidylcholine", "pc dc"]);
});

test("a phrase typed in another form is also searched in the group's form, the articles' word: itchy as itching", () => {
  const itching = prepareVocabulary({ questionWords: English, minTermLength: 4, wordForms: wordForms("en"), synonyms: [["itching", "skin irritation"]], terms: ["itching", "skin", "irritation", "scalp"] });
  assert.deepEqual(expandQuery("itchy scalp", itching), ["itching scalp", "skin irritation scalp"]);
  assert.deepEqual(expandQuery("itching scalp", itching), ["skin irritation scalp"]);
  // Pagefind finds a plural by its singular, so a plural is not searched again in the group's number.
  const lumps = prepareVocabulary({ questionWords: English, minTermLength: 4, wordForms: wordForms("en"), synonyms: [["lumps", "knots"]], terms: ["lumps", "knots"] });
  assert.deepEqual(expandQuery("lump", lumps), ["knots"]);
});

test("a word finds its synonyms in its plural, past and -ing forms: dimples and thinning hairs", () => {
  assert.deepEqual(findSynonyms("dimple skin", withForms).found.map((match) => match.term), ["dimpled skin"]);
  assert.deepEqual(findSynonyms("dimples skin", withForms).found.map((match) => match.term), ["dimpled skin"]);
  assert.deepEqual(findSynonyms("thinning hairs", withForms).found.map((match) => match.term), ["thinning hair"]);
  assert.deepEqual(findSynonyms("wrinkled", withForms).found.map((match) => match.term), ["wrinkles"]);
});

test("a phrase of two words is found the other way round, as a patient describes it: my smile is crooked as crooked smile", () => {
  const describing = prepareVocabulary({
    questionWords: English,
    minTermLength: 4,
    wordForms: wordForms("en"),
    synonyms: [["nerve injury", "crooked smile"], ["cellulite", "lumpy skin"], ["hair loss", "losing hair", "hair falling out"]],
    terms: ["nerve", "injury", "cellulite", "hair", "loss", "skin"],
  });
  assert.deepEqual(expandQuery(searchedWords("my smile is crooked", describing), describing), ["nerve injury"]);
  assert.deepEqual(findSynonyms("skin lumpy thighs", describing).found.map((match) => match.term), ["lumpy skin"]);
  // In its own order a phrase is preferred, and a phrase of three words keeps its order.
  assert.deepEqual(findSynonyms("losing hair", describing).found.map((match) => match.term), ["losing hair"]);
  assert.deepEqual(findSynonyms("out falling hair", describing).found, []);
});

test("of the phrases a query matches in several forms, the one written as typed is the one replaced", () => {
  const forms = prepareVocabulary({ questionWords: English, minTermLength: 4, wordForms: wordForms("en"), synonyms: [["shots", "injection", "injections"]], terms: ["shots", "injection", "injections"] });
  assert.deepEqual(expandQuery("injections", forms), ["shots", "injection"]);
});

test("another form of a site word is not unknown, so it is neither corrected nor taken for a word no article has", () => {
  assert.equal(suggestCorrection("crows feet", withForms), null);
  assert.deepEqual(unmatchedWords("crows feet", withForms), []);
  assert.deepEqual(unmatchedWords("antiaging", withForms), []);
  assert.deepEqual(unmatchedWords("wrinkled skin", withForms), []);
});

test("English endings come off while three letters are left, and the kept endings keep a word whole", () => {
  const forms = prepareWordForms(wordForms("en"));
  const key = (word) => wordKey(word, forms);
  assert.equal(key("injuries"), key("injury"));
  assert.equal(key("bruised"), key("bruises"));
  assert.equal(key("swelling"), key("swell"));
  assert.equal(key("eyes"), "eye");
  assert.equal(key("loss"), "loss");
  assert.notEqual(key("loss"), key("lose"));
  assert.equal(key("tendinitis"), "tendinitis");
});

test("comparatives and superlatives are forms of their word, so safer is neither corrected nor unknown, but number is not numb", () => {
  const forms = prepareWordForms(wordForms("en"));
  const key = (word) => wordKey(word, forms);
  assert.equal(key("safer"), key("safe"));
  assert.equal(key("safest"), key("safe"));
  assert.equal(key("riskier"), key("risky"));
  assert.equal(key("cheapest"), key("cheap"));
  assert.notEqual(key("number"), key("numb"));
  const comparing = prepareVocabulary({ questionWords: English, minTermLength: 4, wordForms: wordForms("en"), synonyms: [], terms: ["liposuction", "safe", "mesotherapy", "cheap"] });
  assert.equal(suggestCorrection("liposuction safer", comparing), null);
  assert.deepEqual(unmatchedWords("cheapest mesotherapy", comparing), []);
});

test("British and American spellings are one word both ways, in any of their forms", () => {
  const forms = prepareWordForms(wordForms("en"));
  const key = (word) => wordKey(word, forms);
  const pairs = [
    ["anaesthetic", "anesthetic"], ["haemorrhage", "hemorrhage"], ["oedema", "edema"], ["diarrhoea", "diarrhea"],
    ["colour", "color"], ["discoloured", "discolored"], ["tumours", "tumors"], ["organised", "organized"],
    ["organisation", "organization"], ["randomising", "randomizing"], ["analyse", "analyze"], ["licence", "license"],
    ["defence", "defense"], ["practise", "practice"], ["centre", "center"], ["metres", "meters"], ["fibre", "fiber"],
    ["travelled", "traveled"], ["labelling", "labeling"], ["dyspnoea", "dyspnea"], ["foetus", "fetus"], ["foetal", "fetal"],
    ["programme", "program"], ["programmes", "programs"], ["catalogue", "catalog"], ["dialogues", "dialogs"],
  ];
  pairs.forEach(([british, american]) => assert.equal(key(british), key(american), `${british} and ${american}`));
});

test("the spelling rules leave apart the common words they could join: four and for, hour and hor, country and count", () => {
  const forms = prepareWordForms(wordForms("en"));
  const key = (word) => wordKey(word, forms);
  [["four", "for"], ["hour", "hor"], ["your", "yor"], ["country", "count"], ["fill", "filed"], ["poet", "pet"], ["does", "des"], ["summer", "sum"]]
    .forEach(([word, other]) => assert.notEqual(key(word), key(other), `${word} and ${other}`));
});

test("a word the site spells otherwise is searched in the site's spelling, and in its other spelling when the site has both", () => {
  const spelling = prepareVocabulary({
    questionWords: English, minTermLength: 4, wordForms: wordForms("en"), synonyms: [],
    terms: ["randomised", "trials", "practice", "practise", "centre", "colour"],
  });
  assert.deepEqual(siteSpellings("randomized trials", spelling), ["randomised trials"]);
  assert.deepEqual(siteSpellings("color", spelling), ["colour"]);
  assert.deepEqual(siteSpellings("practice", spelling), ["practice", "practise"]);
  assert.deepEqual(siteSpellings("centres", spelling), ["centres"]);
  assert.deepEqual(planSearches("randomized trials", spelling).searches.map((search) => search.query), ["randomised trials"]);
  assert.equal(suggestCorrection("color center", spelling), null);
});

test("Spanish words are compared by the Spanish endings and without accents: inyecciones is inyección, celulitis stays whole", () => {
  const forms = prepareWordForms(wordForms("es"));
  const key = (word) => wordKey(word, forms);
  assert.equal(key("inyecciones"), key("inyección"));
  assert.equal(key("arrugas"), key("arruga"));
  assert.equal(key("celulitis"), "celulitis");
  assert.notEqual(key("celulitis"), key("celulitiz"));
});

test("queries are compared in lower case without punctuation", () => {
  assert.equal(normalize("  Lipo vs. Meso?! "), "lipo vs meso");
  assert.equal(normalize("fat-dissolving"), "fat dissolving");
});

test("a query's words are its normalized words, with none empty however it is spaced or punctuated", () => {
  assert.deepEqual(queryWords("  Is it  SAFE?! "), ["is", "it", "safe"]);
  assert.deepEqual(queryWords("?!"), []);
});

test("question words are dropped, unless nothing else is left", () => {
  assert.equal(keywords("How much does it cost?", vocabulary), "cost");
  assert.equal(keywords("Is mesotherapy good for the face?", vocabulary), "mesotherapy face");
  assert.equal(keywords("how many sessions do I need", vocabulary), "many sessions");
  assert.equal(keywords("is it", vocabulary), "is it");
});

test("us is the United States only where it plainly names it: first, after the or in, or after a brand or regulator; anywhere else it is the pronoun", () => {
  const countries = prepareVocabulary({
    questionWords: English, pronouns: ["us"], pronounNameWords: languageWords("en", "search_pronoun_name_words"), minTermLength: 4, wordForms: wordForms("en"),
    synonyms: [["united states", "us", "usa"], ["kybella", "belkyra"], ["side effects", "risks"]],
    glossary: { title: "Glossary", entries: [{ names: ["FDA", "Food and Drug Administration"], url: "/glossary/#fda", definition: "The regulator." }] },
    terms: ["united", "states", "mesotherapy", "legal", "rules", "tell", "side", "effects", "kybella", "fda"],
  });
  const wordings = (query) => planSearches(query, countries).synonyms.map((search) => search.query);
  const country = (query) => wordings(query).some((wording) => wording.includes("united states"));
  assert.equal(keywords("can you tell us about mesotherapy", countries), "tell about mesotherapy");
  assert.equal(keywords("side effects tell us", countries), "side effects tell");
  assert.equal(country("side effects tell us"), false, "a patient asking to be told is not asking about the United States");
  assert.equal(country("can you tell us about mesotherapy"), false);
  assert.ok(wordings("is mesotherapy legal in the us").includes("mesotherapy legal united states"));
  assert.ok(wordings("us rules").includes("united states rules"));
  assert.ok(wordings("kybella us").includes("kybella united states"));
  assert.ok(wordings("fda us").includes("fda united states"), "a glossary term's name is a regulator's");
});

test("a misspelt word whose stem is a site word is still corrected to the patients' word one letter off, but another form of a word is not", () => {
  const hair = prepareVocabulary({
    questionWords: English, minTermLength: 4, wordForms: wordForms("en"),
    synonyms: [["hair loss", "hair thinning", "thinning hair"], ["cellulite", "dimpled skin"], ["side effects", "risks"]],
    terms: ["hair", "loss", "thin", "thinning", "thinking", "safe", "dimples", "skin", "cellulite", "risky"],
  });
  assert.equal(suggestCorrection("hair thining", hair), "hair thinning", "\"thin\" is a site word, but \"thining\" is no form of it anyone writes");
  assert.equal(suggestCorrection("thining hair", hair), "thinning hair");
  assert.ok(hasUnknownWord("hair thining", hair), "the ordinary words are read before it is corrected");
  assert.equal(suggestCorrection("safer", hair), null, "a comparative is its word, not a typo");
  assert.equal(suggestCorrection("dimpled", hair), null, "\"dimples\" is one letter off, but the same word");
  assert.equal(suggestCorrection("riskier", hair), null);
  assert.equal(suggestCorrection("hair thinning", hair), null);
});

test("Spanish patients' words meet their group though the query loses its question words (de, del, se, me, el)", () => {
  const spanish = prepareVocabulary({
    questionWords: questionWords("es"), minTermLength: 4, wordForms: wordForms("es"),
    synonyms: [["caída del cabello", "caída del pelo", "se me cae el pelo"], ["dolor", "dolor de espalda"], ["recuperación", "cuidados posteriores"]],
    terms: ["caída", "cabello", "pelo", "dolor", "espalda", "recuperación", "mesoterapia"],
  });
  const wordings = (query) => planSearches(query, spanish).synonyms.map((search) => search.query);
  assert.ok(wordings("¿mesoterapia para la caída del pelo?").includes("mesoterapia caída del cabello"));
  assert.ok(wordings("se me cae el pelo").includes("caída del cabello"));
  assert.ok(wordings("mesoterapia para el dolor de espalda").includes("mesoterapia dolor"));
  assert.ok(wordings("cuidados posteriores de la mesoterapia").includes("recuperación mesoterapia"));
});

test("a Spanish query loses its Spanish question words, written with or without accents", () => {
  const spanish = prepareVocabulary({ questionWords: questionWords("es"), minTermLength: 4, synonyms: [["precio", "cuesta"]], terms: ["precio", "mesoterapia"] });
  assert.equal(keywords("¿Cuánto cuesta la mesoterapia?", spanish), "cuesta mesoterapia");
  assert.equal(keywords("cuanto cuesta la mesoterapia", spanish), "cuesta mesoterapia");
  assert.equal(keywords("¿Cómo funciona?", spanish), "funciona");
  assert.equal(keywords("como funciona", spanish), "funciona");
  assert.equal(keywords("¿Qué es la mesoterapia y para qué sirve?", spanish), "mesoterapia sirve");
  assert.equal(keywords("¿Es la mesoterapia más segura que la liposucción?", spanish), "mesoterapia segura liposucción", "a comparative's más goes, as English than does");
  assert.equal(planSearches("¿Cuánto cuesta la mesoterapia?", spanish).synonyms[0].query, "precio mesoterapia");
  assert.equal(keywords("How much does it cost?", spanish), "how much does it cost", "English question words are not Spanish ones");
});

test("a patient phrase expands to the other phrases of its group that the site uses", () => {
  const variants = expandQuery("fat dissolving injections", vocabulary);
  assert.deepEqual(variants, ["injection lipolysis", "lipodissolve"]);
});

test("a query with phrases from two groups is first searched with each group's first phrase", () => {
  assert.equal(expandQuery("lipo vs meso", vocabulary)[0], "liposuction vs mesotherapy");
});

test("expansion stops at the limit", () => {
  assert.equal(expandQuery("lipo vs meso hair loss", vocabulary, 2).length, 2);
});

test("a misspelt word is corrected to the nearest word, preferring the words patients search for", () => {
  assert.equal(suggestCorrection("hair thining", vocabulary), "hair thinning");
  assert.equal(suggestCorrection("celulite", vocabulary), "cellulite");
});

test("known words, words still being typed and words far from any site word are not corrected", () => {
  assert.equal(suggestCorrection("hair loss", vocabulary), null);
  assert.equal(suggestCorrection("cellu", vocabulary), null);
  assert.equal(suggestCorrection("zzzzzzzz", vocabulary), null);
});

test("a word the site writes as two is split, two the site writes as one are joined: lemonbottle, hairloss, lipo suction", () => {
  const site = prepareVocabulary({
    questionWords: English,
    minTermLength: 4,
    wordForms: wordForms("en"),
    synonyms: [["hair loss", "alopecia"], ["fat dissolving injections", "lipodissolve"], ["recovery", "aftercare"], ["injections", "micro injections", "needling"]],
    terms: ["lemon", "bottle", "hair", "loss", "mesotherapy", "dissolving", "injections", "liposuction", "lipo", "suction", "side", "effects", "recovery", "pain", "spain"],
  });
  assert.equal(suggestCorrection("lemonbottle", site), "lemon bottle");
  assert.equal(suggestCorrection("lemonbottles", site), "lemon bottles", "the second part in any of its forms");
  assert.equal(suggestCorrection("hairloss mesotherapy", site), "hair loss mesotherapy", "a synonym phrase run together is split too");
  assert.equal(suggestCorrection("fatdissolving injections", site), "fat dissolving injections", "a synonym group's short word is a part");
  assert.equal(suggestCorrection("sideeffects", site), "side effects");
  assert.equal(suggestCorrection("lipo suction", site), "liposuction");
  assert.equal(suggestCorrection("mesotherapy's pain", site), null, "the letter of a possessive is never joined: no \"spain\"");
  assert.equal(suggestCorrection("aftercare", site), null, "a synonym group's word stays whole");
  assert.equal(suggestCorrection("microneedling", site), null, "\"micro\" is a synonym's word, but no site word");
  assert.equal(suggestCorrection("lemon bottle", site), null);
  assert.equal(hasUnknownWord("lemonbottle", site), true, "so the ordinary words are read before it is split");
});

test("a British spelling of an ordinary American word is ordinary too, never corrected: flavour is no misspelt favour", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, wordForms: wordForms("en"), synonyms: [["hair loss", "hair thinning"]], terms: ["favour", "thin", "thinning", "hair", "loss"],
  });
  const ordinary = withOrdinaryWords(site, ["flavor", "thinner"]);
  assert.equal(suggestCorrection("flavour", site), "favour", "without the ordinary words, as before they are fetched");
  assert.equal(suggestCorrection("flavour", ordinary), null);
  assert.equal(suggestCorrection("flavor", ordinary), null);
  assert.equal(suggestCorrection("hair thining", ordinary), "hair thinning", "another form of an ordinary word's stem is no ordinary word");
});

test("a word with several near site words gives a correction for each, nearest first, so the search can take the one that finds the whole query", () => {
  const site = prepareVocabulary({ questionWords: English, minTermLength: 4, synonyms: [], terms: ["lemon", "battle", "little", "bottle", "title"] });
  assert.deepEqual(suggestCorrections("lemon botle", site), ["lemon bottle"]);
  assert.deepEqual(suggestCorrections("lemon bittle", site), ["lemon battle", "lemon bottle"], "both a vowel off: the more common first");
  assert.deepEqual(suggestCorrections("lemon zzzzzzzz", site), [], "a word with no near word leaves no correction to try");
  assert.ok(suggestCorrections("lemon litle bittle", site).length <= MaxCorrections);
});

/** An English vocabulary of the site's words named, with the language's word forms and sound-alikes. */
function englishSite(terms) {
  return prepareVocabulary({
    questionWords: English, minTermLength: 4, wordForms: wordForms("en"), soundAlikes: languageWords("en", "search_sound_alikes"), synonyms: [], terms,
  });
}

test("a real word the site does not have is no slip for a site word its letters are near: excessive sweating is no expensive sweating", () => {
  const site = englishSite(["expensive", "sweating", "hair", "loss", "lemon", "little", "bottle"]);
  assert.equal(suggestCorrection("excessive sweating", site), null);
  assert.equal(suggestCorrection("excessive hair loss", site), null);
  assert.equal(suggestCorrection("lemon bittle", site), "lemon bottle", "a vowel off, where \"little\" is a consonant said elsewhere");
  assert.deepEqual(unmatchedWords("excessive hair loss", site), [], "searched as typed, as an ordinary word is, not taken for a word no article has");
});

test("the misspellings patients make are still corrected: a letter added, left out or swapped, a vowel, a sound, the key beside", () => {
  const site = englishSite(["mesotherapy", "kybella", "belkyra", "aqualyx", "minoxidil", "finasteride", "skin", "rejuvenation", "hyaluronic", "acid", "liposuction"]);
  const misspelt = {
    mesotheraphy: "mesotherapy", kybela: "kybella", belkrya: "belkyra", minoxodil: "minoxidil", aqualix: "aqualyx", finastaride: "finasteride",
    "skin rejuvination": "skin rejuvenation", "hyaluronik acid": "hyaluronic acid", mezotherapy: "mesotherapy", mesoterafy: "mesotherapy",
    kybrlla: "kybella", liposuvtion: "liposuction",
  };
  assert.deepEqual(Object.keys(misspelt).map((typed) => suggestCorrection(typed, site)), Object.values(misspelt));
});

/**
 * A language's vocabulary with the words of its synonym groups (content/synonyms.yml, content/synonyms.es.yml) as the
 * site's words, the letters that sound alike by `sounds`.
 */
function synonymWordsVocabulary(sounds, language = "en") {
  const lines = synonymLines(language);
  const words = [...new Set(lines.flatMap((line) => normalize(line).split(" ")))].filter((word) => word.length >= 4 && /^\p{L}+$/u.test(word));
  return prepareVocabulary({ questionWords: questionWords(language), minTermLength: 4, wordForms: wordForms(language), soundAlikes: sounds, synonyms: [], terms: words });
}

/** The groups of a language's synonyms file, a line each. */
function synonymLines(language) {
  const file = language === "en" ? "synonyms.yml" : `synonyms.${language}.yml`;
  return readFileSync(new URL(`../../../content/${file}`, import.meta.url), "utf8").split("\n").filter((line) => line.startsWith("- ["));
}

/**
 * Each site word of `vocabulary` misspelt by each of `misspellings` that is corrected to another word or not at all. A
 * word of the same synonym group of `language` is no other word: the Portuguese "celulite" misspelt "selulite" may read
 * as "cellulite", which finds the same pages.
 */
function wronglyCorrected(vocabulary, misspellings, language = "en") {
  const groups = synonymLines(language).map((line) => new Set(normalize(line).split(" ")));
  const sameGroup = (word, other) => groups.some((group) => group.has(word) && group.has(other));
  return vocabulary.terms.flatMap((word) => misspellings.map((misspell) => misspell(word))
    .filter((misspelt, i, all) => misspelt.length >= 5 && all.indexOf(misspelt) === i && isUnknown(misspelt, vocabulary))
    .map((misspelt) => [misspelt, suggestCorrection(misspelt, vocabulary), word])
    .filter(([, corrected]) => corrected === null
      || (wordKey(corrected, vocabulary.forms) !== wordKey(word, vocabulary.forms) && !sameGroup(word, corrected))));
}

test("each of the site's words misspelt as it sounds corrects back to itself: selulite, mesoterafy", () => {
  const sounding = synonymWordsVocabulary(languageWords("en", "search_sound_alikes"));
  const misspellings = [
    (word) => word.replace("ph", "f"), (word) => word.replace("f", "ph"), (word) => word.replace(/c(?=[aou])/, "k"),
    (word) => word.replace(/c(?=[eiy])/, "s"), (word) => word.replace("ck", "k"), (word) => word.replace(/([a-z])\1/, "$1"),
    (word) => word.replace(/(?<=[aeiou])([bdfglmnprst])(?=[aeiouy])/, "$1$1"), (word) => word.replace("ight", "ite"),
  ];
  assert.deepEqual(wronglyCorrected(sounding, misspellings), []);
  assert.equal(suggestCorrection("selulite", sounding), "cellulite");
  assert.equal(suggestCorrection("mesoterafy", sounding), "mesotherapy");
});

test("letters that sound alike never correct a common word the letters alone would leave alone", () => {
  const sounding = synonymWordsVocabulary(languageWords("en", "search_sound_alikes"));
  const lettersOnly = synonymWordsVocabulary([]);
  const common = ("about again almost answer arrive beach believe better birthday bottle bought bread breakfast brother "
    + "brown build business camera catch chair cheese church city class clean clock close coffee country cousin dance "
    + "daughter dinner doctor dollar dream dress drink early field finger flower follow friend garden glass ground happy "
    + "hello holiday horse hotel house hurry island kitchen laugh letter listen little lunch market marry message minute "
    + "money morning mother mountain music nothing number office orange paper party people phone picture piece pocket "
    + "police pretty problem question quick rabbit river school second shoulder sister smile soccer station street "
    + "student summer sweet table teacher telephone thank ticket today tomorrow travel village water weather window "
    + "winter woman yellow yesterday").split(" ");
  const widened = common.filter((word) => isUnknown(word, sounding))
    .filter((word) => suggestCorrection(word, sounding) !== suggestCorrection(word, lettersOnly));
  assert.deepEqual(widened, []);
});

test("an ordinary word is never corrected to a site word, and the site's own words misspelt still are", () => {
  const withOrdinary = (language, terms) => withOrdinaryWords(prepareVocabulary({
    questionWords: questionWords(language), minTermLength: 4, wordForms: wordForms(language), soundAlikes: languageWords(language, "search_sound_alikes"),
    synonyms: [], terms,
  }), languageWords(language, "search_ordinary_words"));
  const english = withOrdinary("en", [...synonymWordsVocabulary([]).terms, "whole", "thinning", "mesotherapy"]);
  const ordinary = languageWords("en", "search_ordinary_words");
  assert.deepEqual(ordinary.filter((word) => suggestCorrection(word, english) !== null), []);
  assert.equal(suggestCorrection("have mesotherapy while pregnant", english), null);
  assert.equal(suggestCorrection("thinking", english), null);
  assert.deepEqual(["mesotheraphy", "selulite", "lipossuction", "alopesia", "thining"].map((word) => suggestCorrection(word, english)),
    ["mesotherapy", "cellulite", "liposuction", "alopecia", "thinning"]);
  const spanish = withOrdinary("es", ["mesoterapia", "mentón", "celulitis", "arrugas", "cuestan"]);
  assert.deepEqual(languageWords("es", "search_ordinary_words").filter((word) => suggestCorrection(word, spanish) !== null), []);
  assert.equal(suggestCorrection("mesoterpia", spanish), "mesoterapia");
});

test("an ordinary word near a site word is neither corrected nor a word no article has: kybella while pregnant", () => {
  const vocabulary = prepareVocabulary({ questionWords: English, minTermLength: 4, synonyms: [], terms: ["whole", "kybella", "pregnant"] });
  assert.equal(hasUnknownWord("kybella while pregnant", vocabulary), true, "the page fetches the ordinary words for it");
  const ordinary = withOrdinaryWords(vocabulary, ["while"]);
  assert.equal(suggestCorrection("kybella while pregnant", ordinary), null);
  assert.deepEqual(unmatchedWords("kybella while pregnant", ordinary), []);
  assert.equal(suggestCorrection("kybella while pregnant", vocabulary), "kybella whole pregnant", "without them, as before they are fetched");
});

test("a query of the site's words, or of words being typed, fetches no ordinary words: kybella preg", () => {
  const vocabulary = prepareVocabulary({ questionWords: English, minTermLength: 4, synonyms: [], terms: ["whole", "kybella", "pregnant"] });
  assert.equal(hasUnknownWord("kybella preg", vocabulary), false);
  assert.equal(hasUnknownWord("is kybella ok", vocabulary), false);
});

test("each Spanish site word misspelt as it sounds corrects back to itself: selulitis, arugas, inyecsion", () => {
  const sounding = synonymWordsVocabulary(languageWords("es", "search_sound_alikes"), "es");
  const misspellings = [
    (word) => word.replace("v", "b"), (word) => word.replace("b", "v"), (word) => word.replace("ll", "y"), (word) => word.replace(/y(?=[aeiou])/, "ll"),
    (word) => word.replace(/c(?=[ei])/, "s"), (word) => word.replace("z", "s"), (word) => word.replace(/(?<=[aeiou])s(?=[aeiou])/, "z"),
    (word) => word.replace(/^h/, ""), (word) => word.normalize("NFD").replace(/\p{M}/gu, "").replace("cc", "cs"), (word) => word.replace("rr", "r"),
    (word) => word.replace(/g(?=[ei])/, "j"), (word) => word.replace(/qu(?=[ei])/, "k"),
  ];
  assert.deepEqual(wronglyCorrected(sounding, misspellings, "es"), []);
  assert.equal(suggestCorrection("selulitis", sounding), "celulitis");
  assert.equal(suggestCorrection("inyecsion", sounding), "inyección");
});

test("a Spanish superlative in -ísimo or -ísima is its adjective: carísima is caro, never cara (the face); segurísimo is seguro", () => {
  const forms = prepareWordForms(wordForms("es"));
  assert.equal(wordKey("carísima", forms), wordKey("caro", forms));
  assert.notEqual(wordKey("carísima", forms), wordKey("cara", forms));
  assert.equal(wordKey("segurísimos", forms), wordKey("seguro", forms));
  assert.equal(wordKey("segurísima", forms), wordKey("seguro", forms));
  const spanish = prepareVocabulary({
    questionWords: questionWords("es"), minTermLength: 4, wordForms: wordForms("es"),
    synonyms: [["precio", "caro", "barato"]], terms: ["precio", "mesoterapia", "cara", "seguro", "segura"],
  });
  assert.deepEqual(planSearches("mesoterapia carísima", spanish).synonyms.map((search) => search.query), ["mesoterapia precio"], "searched as its price, not as the face");
});

test("a long word no page has is taken for a cognate of a site word with its consonants, when few letters differ", () => {
  const spanish = prepareVocabulary({
    minTermLength: 4, soundAlikes: languageWords("es", "search_sound_alikes"), synonyms: [], terms: ["secundarios", "lipolíticos", "complicaciones", "cabello", "careful"],
  });
  assert.equal(suggestCorrection("secondaires", spanish), "secundarios", "French");
  assert.equal(suggestCorrection("lipolytiques", spanish), "lipolíticos", "French");
  assert.equal(suggestCorrection("complicazioni", spanish), "complicaciones", "Italian");
  assert.equal(suggestCorrection("capelli", spanish), "cabello", "Italian, a voiceless stop where Spanish has a voiced one");
  assert.equal(suggestCorrection("cheerful", spanish), null, "the same consonants, but three letters of eight differ");
});

test("a transposition is one edit", () => {
  assert.equal(editDistance("lipo", "lpio"), 1);
  assert.equal(editDistance("kybela", "kybella"), 1);
});

test("a search plan tries the query without question words and names its correction, whose own plan adds synonyms", () => {
  const plan = planSearches("what is hair thining", vocabulary);
  assert.deepEqual(plan.suggestions, ["hair thinning", "hair thinking"], "nearest first, then the next nearest");
  assert.deepEqual(plan.searches.map((search) => search.query), ["hair thining"]);
  const corrected = planSearches(plan.suggestions[0], vocabulary);
  assert.deepEqual(corrected.synonyms.map((search) => search.query), ["hair loss", "alopecia"]);
  assert.ok(corrected.searches[0].weight > corrected.synonyms[0].weight);
});

test("no correction is offered when a word has no near site word, so no nonsense pair is suggested", () => {
  assert.equal(suggestCorrection("celulite zzzzzzzz", vocabulary), null);
  assert.deepEqual(unmatchedWords("celulite zzzzzzzz", vocabulary), ["zzzzzzzz"]);
});

test("a short word the vocabulary cannot list is left for the index to confirm, unless it is a synonym's", () => {
  assert.deepEqual(unmatchedWords("cellulite job", vocabulary), ["job"]);
  assert.deepEqual(unmatchedWords("fat lipo", vocabulary), []);
});

test("a page has a word when its text holds the word or a longer form of it, not another word of the same stem", () => {
  assert.equal(hasWord("Fat-dissolving Injections, explained", "injection"), true);
  assert.equal(hasWord("The lump was removed.", "removal"), false);
  assert.equal(hasWord("Unremovable", "removable"), false);
  assert.equal(hasWord("What was measuredTrichogram, photo", "trichogram"), true);
});

test("a short word is never corrected into another real word", () => {
  assert.equal(suggestCorrection("lose", vocabulary), null);
});

test("a query of which a third or more of the words are on no page is not covered, so its other words alone answer nothing", () => {
  assert.equal(isUncovered(planSearches("zzzzzzzz cellulite", vocabulary), ["zzzzzzzz"]), true);
  assert.equal(isUncovered(planSearches("zzzzzzzz cellulite hair loss", vocabulary), ["zzzzzzzz"]), false);
  assert.equal(isUncovered(planSearches("zzzzzzzz cellulite", vocabulary), []), false);
});

test("synonyms are needed when the query holds a patient's word the site does not use", () => {
  assert.equal(planSearches("lipo", vocabulary).needsSynonyms, true);
  assert.equal(planSearches("liposuction", vocabulary).needsSynonyms, false);
});

test("a query in other words than the articles' is also searched in the articles' words, even when the site uses both", () => {
  assert.equal(planSearches("lipodissolve", vocabulary).inOtherWords, true);
  assert.equal(planSearches("injection lipolysis", vocabulary).inOtherWords, false);
  assert.equal(planSearches("cellulite", vocabulary).inOtherWords, false);
});

test("looser searches try each synonym phrase the site uses and each remaining site word on its own", () => {
  const plan = planSearches("cellulite lipo", vocabulary);
  assert.deepEqual(plan.looser.map((search) => search.query), ["liposuction", "cellulite"]);
  assert.deepEqual(plan.synonyms.map((search) => search.query), ["cellulite liposuction"]);
});

test("a page that several wordings find rises above one that a single list ranks first", () => {
  const merged = mergeResults([
    { weight: 1, results: [{ id: "a" }, { id: "b" }] },
    { weight: 0.7, results: [{ id: "b" }] },
    { weight: 0.7, results: [{ id: "c" }, { id: "b" }] },
  ]);
  assert.deepEqual(merged.map((result) => result.id), ["b", "a", "c"]);
});

test("a query with a patient's word no page has counts as typed less than its wordings in the articles' words", () => {
  const plan = planSearches("crows feet", withForms);
  assert.ok(plan.searches[0].weight < Weights.synonym);
  assert.equal(planSearches("wrinkles", withForms).searches[0].weight, Weights.typed);
});

test("a page that only the synonyms' wordings find stays below the page the typed words find first", () => {
  const synonym = { weight: 0.7, results: [{ id: "synonyms" }] };
  const merged = mergeResults([{ weight: 1, results: [{ id: "typed" }] }, synonym, synonym, synonym, synonym]);
  assert.deepEqual(merged.map((result) => result.id), ["typed", "synonyms"]);
});

test("a page that several wordings find keeps each wording's find of it", () => {
  const merged = mergeResults([
    { weight: 1, results: [{ id: "page", data: () => "typed" }] },
    { weight: 0.7, results: [{ id: "page", data: () => "synonym" }] },
  ]);
  assert.equal(merged[0].data(), "typed");
  assert.deepEqual(merged[0].others.map(({ weight, result }) => [weight, result.data()]), [[0.7, "synonym"]]);
});

test("a section that only another wording marks is kept at that wording's weight, and counts less", () => {
  const sections = allSections([
    { weight: 1, sections: [{ url: "/a/#approval-status", title: "Approval status", excerpt: "<mark>propecia</mark>" }] },
    { weight: 0.7, sections: [{ url: "/a/#finasteride", title: "Finasteride", excerpt: "<mark>finasteride</mark>" }, { url: "/a/#approval-status", title: "Approval status", excerpt: "" }] },
  ]);
  assert.deepEqual(sections.map((section) => [section.url, section.weight]), [["/a/#approval-status", 1], ["/a/#finasteride", 0.7]]);
  const best = pageSections({ ...page(sections), url: "/a/" }, headingTerms("propecia", vocabulary, ["finasteride"]))[0];
  assert.equal(best.url, "/a/#finasteride");
  assert.equal(best.answer, Weights.synonym * Weights.synonym);
});

test("the list weights decide between pages ranked alike", () => {
  const merged = mergeResults([
    { weight: 0.7, results: [{ id: "synonym" }] },
    { weight: 1, results: [{ id: "typed" }] },
  ]);
  assert.deepEqual(merged.map((result) => result.id), ["typed", "synonym"]);
});

test("highlighted words are counted once, plurals as their singular", () => {
  assert.equal(markedWords("<mark>How</mark> <mark>many</mark> <mark>sessions.</mark> per <mark>session</mark>"), 3);
});

/** The section `pageSections` lists first: the one that best answers the query. */
const bestSection = (...args) => pageSections(...args)[0];
const page = (subResults) => ({ url: "/a/", meta: { title: "Title" }, excerpt: "page", sub_results: subResults });
const location = (weight) => ({ weight, balanced_score: weight * 100 });

test("the best section is the one whose excerpt shows the most query words", () => {
  const best = bestSection(page([
    { url: "/a/#one", title: "One", excerpt: "<mark>liposuction</mark>", weighted_locations: [location(6)] },
    { url: "/a/#recovery", title: "Recovery", excerpt: "<mark>Recovery</mark> from <mark>liposuction</mark>", weighted_locations: [location(5), location(1)] },
  ]));
  assert.deepEqual(best, { title: "Title", heading: "Recovery", url: "/a/#recovery", excerpt: "<mark>Recovery</mark> from <mark>liposuction</mark>", answer: 0, words: 2 });
});

test("between sections showing as many words, one whose heading matches wins over the title of the page", () => {
  const best = bestSection(page([
    { url: "/a/", title: "Title", excerpt: "<mark>minoxidil</mark>", weighted_locations: [location(10), location(5), location(1)] },
    { url: "/a/#minoxidil", title: "Minoxidil", excerpt: "<mark>Minoxidil</mark>", weighted_locations: [location(5)] },
  ]));
  assert.equal(best.url, "/a/#minoxidil");
  assert.equal(best.heading, "Minoxidil");
});

const intents = prepareVocabulary({
  questionWords: English,
  minTermLength: 4,
  synonyms: [],
  terms: ["kybella", "permanent", "mesotherapy", "safe"],
  intents: [
    { questions: ["is * safe", "safety"], sections: ["is-it-safe", "side-effects"] },
    { questions: ["how long * last", "permanent"], sections: ["does-it-last"] },
  ],
});

/**
 * The question intents of content/search-intents.yml (or a language's, `search-intents.<lang>.yml`), each rule's
 * `- questions: [...]` line and its `sections: [...]` line.
 */
function siteIntents(file = "search-intents.yml") {
  const list = (line) => line.slice(line.indexOf("[") + 1, line.lastIndexOf("]")).split(",").map((item) => item.trim());
  const lines = readFileSync(new URL(`../../../content/${file}`, import.meta.url), "utf8").split("\n");
  return lines.flatMap((line, i) => (line.startsWith("- questions:") ? [{ questions: list(line), sections: list(lines[i + 1]) }] : []));
}

test("the site's intents answer how patients ask: is it worth it, risks of, aftercare, what to expect", () => {
  const site = prepareVocabulary({ questionWords: English, minTermLength: 4, synonyms: [], terms: ["mesotherapy"], intents: siteIntents() });
  const asks = (query) => [...intentSections(query, site)];
  assert.ok(asks("is mesotherapy worth it").includes("does-it-work"));
  assert.ok(asks("risks of kybella").includes("side-effects"));
  assert.ok(asks("mesotherapy aftercare").includes("what-a-session-is-like"));
  assert.ok(asks("what happens after mesotherapy").includes("daily-life-and-recovery"));
  assert.ok(asks("what to expect at a mesotherapy session").includes("what-a-session-is-like"));
  assert.deepEqual(asks("mesotherapy for hair loss"), []);
});

test("the site's intents send comparisons, other choices, how many improved, how common and a body's opinion to their sections", () => {
  const site = prepareVocabulary({ questionWords: English, minTermLength: 4, synonyms: [], terms: ["mesotherapy"], intents: siteIntents() });
  const asks = (query) => [...intentSections(query, site)];
  assert.ok(asks("is mesotherapy for pain better than just taking the tablets").includes("other-choices"));
  assert.ok(asks("lipo or fat dissolving shots which has more risks").includes("side-by-side"));
  assert.ok(asks("what are my options for a double chin").includes("other-choices"));
  assert.ok(asks("too scared of lipo what else is there for stubborn fat").includes("other-choices"));
  assert.ok(asks("hair shots instead of finasteride").includes("side-by-side"));
  assert.ok(asks("how many people actually improved with kybella in the trials").includes("what-the-trials-found"));
  assert.ok(!asks("how many people actually improved with kybella in the trials").includes("how-many-sessions"));
  assert.ok(asks("how often do people get serious side effects").includes("how-much-do-we-know"));
  assert.ok(!asks("how often do people get serious side effects").includes("how-many-sessions"));
  assert.ok(asks("how often do you need mesotherapy").includes("how-many-sessions"));
  assert.ok(asks("what do plastic surgeons think about fat dissolving injections").includes("societies"));
  assert.deepEqual(asks("plastic surgeons"), []);
});

test("the Spanish intents send the same kinds of question to the same sections", () => {
  const site = prepareVocabulary({ questionWords: questionWords("es"), minTermLength: 4, synonyms: [], terms: ["mesoterapia"], intents: siteIntents("search-intents.es.yml") });
  const asks = (query) => [...intentSections(query, site)];
  assert.ok(asks("¿qué opciones hay para la papada?").includes("other-choices"));
  assert.ok(asks("¿es la mesoterapia mejor que las pastillas para el dolor?").includes("other-choices"));
  assert.ok(asks("liposucción frente a mesoterapia").includes("side-by-side"));
  assert.ok(!asks("liposucción frente a mesoterapia").includes("other-choices"));
  assert.ok(asks("¿cuántas personas mejoraron con kybella?").includes("what-the-trials-found"));
  assert.ok(asks("¿qué opinan los cirujanos plásticos de la mesoterapia?").includes("societies"));
});

test("a longer question shape that holds another rule's asks the narrower question: how it works, not whether", () => {
  const site = prepareVocabulary({ questionWords: English, minTermLength: 4, synonyms: [], terms: ["mesotherapy"], intents: siteIntents() });
  const asks = (query) => [...intentSections(query, site)];
  assert.ok(asks("how does mesotherapy work for hair").includes("how-it-is-meant-to-work"));
  assert.ok(!asks("how does mesotherapy work for hair").includes("does-it-work"));
  assert.ok(asks("does mesotherapy work for hair").includes("does-it-work"));
  assert.ok(!asks("does mesotherapy work for hair").includes("how-it-is-meant-to-work"));
});

test("a question shape's word that no page has is left out of the search like a question word, one the site has stays", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, synonyms: [], terms: ["mesotherapy", "safe"],
    intents: [{ questions: ["legit", "is * safe"], sections: ["does-it-work"] }],
  });
  assert.equal(keywords("is mesotherapy legit", site), "mesotherapy");
  assert.deepEqual(unmatchedWords("is mesotherapy legit", site), []);
  assert.equal(keywords("is mesotherapy safe", site), "mesotherapy safe");
  assert.deepEqual(unmatchedWords("is mesotherapy bogus", site), ["bogus"]);
});

test("a query of a rule's question shape asks for that rule's sections, the star standing for any words", () => {
  assert.deepEqual([...intentSections("Is mesotherapy really safe?", intents)], ["is-it-safe", "side-effects"]);
  assert.deepEqual([...intentSections("is kybella permanent", intents)], ["does-it-last"]);
  assert.deepEqual([...intentSections("is it safer", intents)], []);
  assert.deepEqual([...intentSections("safe", intents)], []);
});

test("a question shape said in another word of its synonym group asks the same: puffy chin is swelling", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, terms: ["kybella", "chin", "swelling"],
    synonyms: [["swelling", "swollen", "puffy"]],
    intents: [{ questions: ["swelling"], sections: ["side-effects"] }, { questions: ["is * safe"], sections: ["is-it-safe"] }],
  });
  assert.deepEqual([...intentSections("puffy chin after kybella", site)], ["side-effects"]);
  assert.deepEqual([...intentSections("swollen chin", site)], ["side-effects"]);
  assert.deepEqual([...intentSections("kybella chin", site)], []);
});

test("a question of a question shape that names nothing but how it is asked searches the site's subject", () => {
  const site = withOrdinaryWords(prepareVocabulary({
    questionWords: English, minTermLength: 4, synonyms: [], terms: ["mesotherapy", "kybella", "safe", "cost"], subject: "Mesotherapy",
    intents: [{ questions: ["worth", "legit"], sections: ["does-it-work"] }, { questions: ["is * safe", "cost"], sections: ["is-it-safe"] }],
  }), ["paying", "tattoo", "removal"]);
  assert.equal(searchedWords("is it worth it", site), "mesotherapy");
  assert.equal(searchedWords("is it worth paying for", site), "mesotherapy");
  assert.equal(searchedWords("is kybella worth paying for", site), "kybella");
  assert.equal(searchedWords("how much does it cost", site), "cost");
  assert.equal(searchedWords("is coolsculpting safe", site), "coolsculpting safe");
  assert.equal(searchedWords("is tattoo removal safe", site), "tattoo removal safe");
  assert.equal(searchedWords("paying for it", site), "paying");
  assert.equal(searchedWords("cost paying", site), "cost paying");
  assert.equal(namesNoTopic("is it worth paying for", site), true);
});

test("a section answers an intent when its heading id is the kind asked for or holds it as whole words", () => {
  assert.equal(answersIntent("/a/#milder-side-effects", new Set(["side-effects"])), true);
  assert.equal(answersIntent("/a/#how-to-report-a-side-effect", new Set(["side-effects"])), false);
  assert.equal(answersIntent("/a/", new Set(["side-effects"])), false);
});

test("a section of the kind the question asks for wins, even when only the page's anchors name it", () => {
  const data = {
    ...page([{ url: "/a/#risks", title: "Risks", excerpt: "<mark>kybella</mark> <mark>permanent</mark>", weighted_locations: [location(5)] }]),
    content: "Kybella. Risks Kybella may leave permanent nerve damage. Does it last? Fat cells that are destroyed do not come back.",
    anchors: [{ element: "h2", id: "risks", text: "Risks", location: 1 }, { element: "h2", id: "does-it-last", text: "Does it last?", location: 8 }],
  };
  const kinds = intentSections("is kybella permanent", intents);
  const best = bestSection(data, headingTerms("kybella permanent", vocabulary), kinds);
  assert.equal(best.url, "/a/#does-it-last");
  assert.equal(best.heading, "Does it last?");
  assert.equal(best.excerpt, "Fat cells that are destroyed do not come back.");
  assert.equal(bestSection(data, headingTerms("kybella permanent", vocabulary)).url, "/a/#risks");
});

test("a page whose section answers the question passes the page just above it that answers nothing, articles staying first", () => {
  const pages = [
    { type: "Articles", sections: [{ title: "First", answer: 0 }] },
    { type: "Articles", sections: [{ title: "Second", answer: 0 }] },
    { type: "Articles", sections: [{ title: "Third", answer: 2 }] },
    { type: "Sources", sections: [{ title: "Source", answer: 3 }] },
  ];
  assert.deepEqual(rankSections(pages).map((result) => result.title), ["First", "Third", "Second", "Source"]);
});

test("a second section of a page is listed below its first when its heading answers the query, never a third", () => {
  const pages = [
    { type: "Articles", sections: [{ url: "/a/#risks", answer: 0.5, words: 1 }, { url: "/a/#warnings", answer: 1, words: 1 }, { url: "/a/#label", answer: 1, words: 1 }] },
    { type: "Articles", sections: [{ url: "/b/", answer: 0, words: 1 }, { url: "/b/#key-points", answer: 0, words: 1 }] },
  ];
  assert.deepEqual(rankSections(pages).map((result) => result.url), ["/a/#risks", "/a/#warnings", "/b/"]);
});

test("a page's next section is also listed when its excerpt shows more of the query's words than its best section", () => {
  const pages = [
    { type: "Articles", sections: [{ url: "/a/#risks", answer: 0.5, words: 1 }, { url: "/a/#table", answer: 0, words: 2 }] },
    { type: "Articles", sections: [{ url: "/b/#risks", answer: 0.5, words: 1 }, { url: "/b/#other", answer: 0, words: 1 }] },
  ];
  assert.deepEqual(rankSections(pages).map((result) => result.url), ["/a/#risks", "/b/#risks", "/a/#table"]);
});

test("a heading word the page's title already has does not make its section answer, unless the title has every query word", () => {
  const data = { ...page([
    { url: "/a/#risks-of-kybella", title: "Risks of Kybella", excerpt: "<mark>Kybella</mark>", weighted_locations: [location(1)] },
    { url: "/a/#warnings", title: "Warnings on the label", excerpt: "an <mark>uneven</mark> <mark>smile</mark> after <mark>Kybella</mark>", weighted_locations: [location(1)] },
  ]), meta: { title: "Kybella: what is approved?" } };
  assert.equal(pageSections(data, headingTerms("uneven smile kybella", vocabulary))[0].url, "/a/#warnings");
  assert.equal(pageSections(data, headingTerms("kybella", vocabulary))[0].url, "/a/#risks-of-kybella");
});

test("every section of a page is listed, best first, the page itself when Pagefind lists none", () => {
  const sections = pageSections(page([
    { url: "/a/#one", title: "One", excerpt: "<mark>liposuction</mark>", weighted_locations: [location(1)] },
    { url: "/a/#recovery", title: "Recovery", excerpt: "<mark>Recovery</mark> from <mark>liposuction</mark>", weighted_locations: [location(1)] },
  ]));
  assert.deepEqual(sections.map((section) => section.url), ["/a/#recovery", "/a/#one"]);
  assert.deepEqual(pageSections(page([])).map((section) => section.url), ["/a/"]);
});

test("when nothing has every word, the query is also searched without the words no article has, then without each word", () => {
  const looser = looserSearches("mesotherapy actually safe", intents);
  assert.deepEqual(looser.slice(0, 4), ["mesotherapy safe", "actually safe", "mesotherapy actually", "mesotherapy"]);
});

test("a long description is last searched for each of its words on its own, which its looser searches leave no room for", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", treatmentWords: ["injection", "injections"], wordForms: wordForms("en"),
    synonyms: [["mesotherapy", "skin injections"]], terms: ["mesotherapy", "injections", "face", "looks", "older", "vitamin", "help", "would"],
  });
  const plan = planSearches("my face looks dull and older than my age would vitamin injections help", site);
  const looser = plan.looser.map((search) => search.query);
  const last = plan.last.map((search) => search.query);
  assert.ok(looser.every((search) => search.split(" ").length >= 7), "the looser searches are the description without one word each");
  assert.ok(last.includes("vitamin") && last.includes("face"), `last searches: ${last.join(", ")}`);
  assert.ok(!last.some((search) => looser.includes(search)), "no search runs twice");
  assert.deepEqual(planSearches("vitamin face", site).last, [], "a short query's looser searches already hold its words");
});

test("a query naming a topic is never searched more loosely for only the subject or a word for the treatment", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", treatmentWords: ["injection", "injections"], wordForms: wordForms("en"),
    synonyms: [["mesotherapy", "skin injections"]], terms: ["mesotherapy", "injections", "finasteride", "dutasteride", "skin", "afford"],
    intents: [{ questions: ["afford"], sections: ["what-it-costs"] }],
  });
  assert.deepEqual(looserSearches("dutasteride injections", site), ["dutasteride"]);
  assert.deepEqual(looserSearches("finasteride mesotherapy", site), ["finasteride"]);
  assert.ok(looserSearches("afford mesotherapy", site).includes("mesotherapy"), "a question about the subject itself is searched for the subject");
});

test("a query with a meaningful word is never searched more loosely for only words on nearly every page, question words or the treatment", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", treatmentWords: ["injection", "injections"], wordForms: wordForms("en"),
    synonyms: [["side effects", "risks"]], terms: ["after", "side", "effects", "risks", "doctor", "finasteride", "dutasteride", "bruising", "injections"],
    widespread: ["after", "doctor", "effects", "risks", "side"],
  });
  assert.deepEqual(meaningfulWords("finasteride side effects", site), ["finasteride"]);
  assert.deepEqual(meaningfulWords("risk after injections", site), [], "a plural on nearly every page makes its singular as common");
  assert.deepEqual(looserSearches("finasteride side effects", site), ["finasteride effects", "finasteride side", "finasteride"]);
  assert.deepEqual(looserSearches("bruising after dutasteride injections", site),
    ["after dutasteride injections", "bruising dutasteride injections", "bruising after injections", "bruising after dutasteride", "bruising", "dutasteride"]);
  assert.ok(looserSearches("side effects after injections", site).includes("side effects"), "a query with no meaningful word keeps its looser searches");
});

test("a short word names something only as a word of a synonym, a glossary term or a country, since no share of the pages is counted for it", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", treatmentWords: ["injections"], wordForms: wordForms("en"),
    synonyms: [["fat", "love handles"]], terms: ["mesotherapy", "injections", "cellulite", "after"], widespread: ["after"],
    glossary: { title: "Glossary", entries: [{ names: ["PPC"], url: "/glossary/#ppc", definition: "" }] },
    countries: [{ sections: ["united-kingdom"], names: ["united kingdom", "uk"] }],
  });
  assert.deepEqual(meaningfulWords("is it ok to have mesotherapy at her age now", site), ["have"]);
  assert.deepEqual(meaningfulWords("ppc fat injections at a uk clinic", site), ["ppc", "fat", "uk", "clinic"]);
  assert.deepEqual(looserSearches("cellulite at her age", site).filter((search) => meaningfulWords(search, site).length === 0), [],
    "a looser search keeps a meaningful word, and \"at her\" is none");
});

test("a query of the language's small words only asks nothing, unless a question shape knows it or a word names something", () => {
  const site = withOrdinaryWords(prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", treatmentWords: ["injections"], wordForms: wordForms("en"),
    synonyms: [["mesotherapy", "meso"], ["fat", "love handles"]], terms: ["mesotherapy", "injections", "kybella", "after", "hurt"], widespread: ["after"],
    intents: [{ questions: ["how much", "does it hurt"], sections: ["cost"] }],
    glossary: { title: "Glossary", entries: [{ names: ["PPC"], url: "/glossary/#ppc", definition: "" }] },
    countries: [{ sections: ["united-kingdom"], names: ["united kingdom", "uk"] }],
  }), ["but", "who", "her"]);
  for (const query of ["the the the", "and or but", "what", "who is it", "the?!"]) {
    assert.ok(asksNothing(query, site), query);
  }
  for (const query of ["mesotherapy", "what is mesotherapy", "meso", "injections", "after", "kybella", "ppc", "fat", "uk", "how much", "does it hurt", "", "!!!"]) {
    assert.ok(!asksNothing(query, site), query);
  }
  assert.ok(!asksNothing("but pdo", site), "a short word that is no ordinary word may be a name the pages have");
  assert.ok(namesNothing("and or but", site) && !namesNothing("mesotherapy", site), "only a query of stop words needs the ordinary words read");
  assert.ok(!asksNothing("and or but", withOrdinaryWords(site, [])), "without the ordinary words read, a short word is searched");

  const spanish = withOrdinaryWords(prepareVocabulary({
    questionWords: questionWords("es"), minTermLength: 4, subject: "mesoterapia", wordForms: wordForms("es"),
    synonyms: [["mesoterapia", "meso"]], terms: ["mesoterapia", "cuesta"], intents: [{ questions: ["cuanto cuesta"], sections: ["cost"] }],
    countries: [{ sections: ["spain"], names: ["españa"] }],
  }), ["pero"]);
  for (const query of ["de la el", "que es lo que hay", "¿qué es?"]) {
    assert.ok(asksNothing(query, spanish), query);
  }
  for (const query of ["qué es la mesoterapia", "cuánto cuesta", "españa"]) {
    assert.ok(!asksNothing(query, spanish), query);
  }
});

test("a long description is searched in parts: its synonym phrases with their other phrases, and its other words that name something", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", treatmentWords: ["injection", "injections", "shots"], wordForms: wordForms("en"),
    synonyms: [["lumps", "bumps", "knots"], ["cellulite", "orange peel skin", "lumpy skin"]], terms: ["lumps", "bumps", "knots", "cellulite", "skin", "hips", "creams", "after", "weeks", "clinic", "near", "home", "afford"],
    widespread: ["after"], intents: [{ questions: ["afford"], sections: ["cost"] }],
    glossary: { title: "Glossary", entries: [{ names: ["Cellulite"], url: "/glossary/#cellulite", definition: "" }] },
  });
  const parts = queryParts("lumpy skin and bumps on my hips at 30 weeks after shots how do i afford it", site);
  assert.deepEqual(parts.map((part) => part.searches), [["cellulite"], ["bumps", "lumps", "knots"], ["hips"], ["weeks"]],
    "no question word, word on nearly every page, word for the treatment, asking word, short word or number");
  assert.deepEqual(parts.map((part) => part.topic), [true, true, false, false]);
  assert.equal(queryParts("cellulite creams", site).find((part) => part.searches[0] === "cellulite").topic, true, "a glossary term names a topic");
  assert.equal(planSearches("lumpy skin and bumps on my hips for weeks at the clinic near home", site).parts.length, 7);
  assert.deepEqual(planSearches("lumpy skin bumps hips weeks", site).parts, [], "a short query's searches without one word still hold most of it");
  assert.deepEqual(planSearches("cellulite shots after shots at 30 and 40 in hips", site).parts, [], "too few parts to rank by");
});

test("a long description ranks first the page that holds its rare words, not the one holding only its common words that a looser search found first", () => {
  const page = (id) => ({ id, data: () => id });
  const everywhere = ["common", "answer", ...Array.from({ length: 8 }, (_, i) => `other${i}`)].map(page);
  const ranked = rankByParts([page("common")], [
    { topic: true, lists: [[page("answer")], [page("glossary")]] },
    { topic: false, lists: [everywhere] },
    { topic: false, lists: [everywhere.slice(0, 3)] },
  ]);
  const ids = ranked.map((result) => result.id);
  assert.equal(ids[0], "answer");
  assert.ok(ids.indexOf("common") < ids.indexOf("other0"), "the page the looser searches found first stays above pages as common");
  assert.equal(ranked.length, 11, "each page found by a part is ranked, once");
});

test("of two pages holding a description's parts alike, the one its looser searches found, holding more of it together, comes first", () => {
  const page = (id) => ({ id, data: () => id });
  const ranked = rankByParts([page("together")], [
    { topic: true, lists: [[page("apart"), page("together")]] },
    { topic: false, lists: [[page("together"), page("apart")]] },
    { topic: false, lists: [[page("together"), page("apart"), page("x"), page("y")]] },
    { topic: false, lists: [[page("apart"), page("together"), page("z")]] },
  ]);
  assert.deepEqual(ranked.slice(0, 2).map((result) => result.id), ["together", "apart"]);
});

test("a query whose every meaningful word no article has is about something no article covers, whatever its other words", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", treatmentWords: ["injection", "injections"], wordForms: wordForms("en"),
    synonyms: [], terms: ["after", "mesotherapy", "injections", "kybella", "bruising"], widespread: ["after", "mesotherapy"],
  });
  assert.equal(isUncovered(planSearches("alcohol after mesotherapy injections", site), ["alcohol"]), true);
  assert.equal(isUncovered(planSearches("alcohol after kybella injections", site), ["alcohol"]), false);
  assert.equal(isUncovered(planSearches("bruising after mesotherapy injections", site), []), false);
});

test("a glossary term beside a word no article has is still the topic asked about; a word beside the subject or an undefined word is not", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", treatmentWords: ["injection", "injections"], wordForms: wordForms("en"),
    synonyms: [["mesotherapy", "mesotherapie"]], terms: ["finasteride", "cellulite", "mesotherapy", "hair", "removal", "laser", "deoxycholic", "acid"],
    glossary: { title: "Glossary", entries: [
      { names: ["Finasteride", "Propecia"], url: "/glossary/#finasteride", definition: "" },
      { names: ["Cellulite"], url: "/glossary/#cellulite", definition: "" },
      { names: ["Mesotherapy"], url: "/glossary/#mesotherapy", definition: "" },
      { names: ["Deoxycholic acid", "ATX-101"], url: "/glossary/#deoxycholic-acid", definition: "" },
    ] },
  });
  assert.equal(isUncovered(planSearches("finasteride and the foetus", site), ["foetus"]), false, "one word of two on no article, beside a defined drug");
  assert.equal(isUncovered(planSearches("mesotherapie cellulite avis", site), ["avis"]), false);
  assert.equal(isUncovered(planSearches("atx-101 foetus", site), ["foetus"]), false, "a term named by another of its names, in its words");
  assert.equal(isUncovered(planSearches("does insurance cover mesotherapy", site), ["insurance"]), true, "the subject is no defined topic of its own");
  assert.equal(isUncovered(planSearches("laser hair removal", site), ["laser"]), true, "no glossary term named whole");
  assert.equal(isUncovered(planSearches("deoxycholic foetus", site), ["foetus"]), true, "part of a term's name is not the term");
  assert.equal(isUncovered(planSearches("tattoo finasteride", site), ["tattoo", "finasteride"]), true, "every meaningful word missing still says nothing matched");
});

test("a query that starts with a name no article has is about that name, whatever pages its other words are on", () => {
  const site = withOrdinaryWords(prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", wordForms: wordForms("en"), synonyms: [],
    terms: ["mesotherapy", "cost", "surgery", "eye", "kybella", "give", "spain", "price"],
  }), ["boyfriend"]);
  assert.equal(startsWithName("lasik eye surgery cost", ["lasik"], site), true, "cost is on most pages, eye surgery on some: not what is asked about");
  assert.equal(isUncovered(planSearches("lasik eye surgery cost", site), ["lasik"]), false, "one word in four, too few by the share alone");
  assert.equal(startsWithName("boyfriend kybella", ["boyfriend"], site), false, "an ordinary word first is one of the patient's life");
  assert.equal(startsWithName("can a beautician give mesotherapy in spain", ["beautician"], site), false, "a name after the first word");
  assert.equal(startsWithName("dubai mesotherapy price", ["dubai"], site), false, "a query naming the site's subject is about it");
  assert.equal(startsWithName("lasik eye surgery cost", [], site), false, "an article has the word");
});

test("a question word and an ordinary word written as one are an ordinary word: do the shots hurt alot", () => {
  const site = withOrdinaryWords(prepareVocabulary({
    questionWords: English, minTermLength: 4, wordForms: wordForms("en"), synonyms: [], terms: ["shots", "hurt", "suction", "liposuction"],
    intents: [{ questions: ["hurt"], sections: ["what-a-session-is-like"] }],
  }), ["lot", "lip", "suction"]);
  assert.equal(keywords("do the shots hurt alot", site), "shots hurt", "asked as 'a lot', not about anything");
  assert.deepEqual(unmatchedWords("do the shots hurt alot", site), []);
  assert.equal(suggestCorrection("lipsuction", site), "liposuction", "two ordinary words run together may be a misspelt site word");
  const italian = withOrdinaryWords(prepareVocabulary({ questionWords: ["di"], minTermLength: 4, synonyms: [], terms: ["dissolving"] }), ["solving"]);
  assert.equal(suggestCorrection("disolving", italian), "dissolving", "another language's small word before a word is a misspelling");
});

test("a short ordinary word is not read in a site word's other spellings: waetr is a misspelt water, not the ordinary wet", () => {
  const site = withOrdinaryWords(prepareVocabulary({ questionWords: English, minTermLength: 4, wordForms: wordForms("en"), synonyms: [], terms: ["water"] }), ["wet"]);
  assert.equal(suggestCorrection("waetr", site), "water");
});

test("a match in the opening of a page links to the page without a section heading", () => {
  const best = bestSection(page([{ url: "/a/", title: "Title", excerpt: "<mark>word</mark>", weighted_locations: [location(1)] }]));
  assert.equal(best.url, "/a/");
  assert.equal(best.heading, null);
});

test("a result whose title holds the whole query moves first, the others keep their order", () => {
  const shown = [{ title: "Does mesotherapy help pain?" }, { title: "Cost" }, { title: "What is mesotherapy?" }];
  assert.deepEqual(promoteTitleMatches(shown, "What is mesotherapy", vocabulary.questionWords).map((result) => result.title), ["What is mesotherapy?", "Does mesotherapy help pain?", "Cost"]);
});

test("a source whose title holds the query moves first among sources but stays below the articles", () => {
  const shown = [
    { title: "Does mesotherapy help hair loss?", type: "Articles" },
    { title: "Side effects", type: "Articles" },
    { title: "A trial of minoxidil", type: "Sources" },
    { title: "Finasteride for hair loss", type: "Sources" },
  ];
  assert.deepEqual(promoteTitleMatches(shown, "minoxidil", vocabulary.questionWords).map((result) => result.title),
    ["Does mesotherapy help hair loss?", "Side effects", "A trial of minoxidil", "Finasteride for hair loss"]);
  assert.deepEqual(promoteTitleMatches(shown, "hair loss", vocabulary.questionWords).map((result) => result.title),
    ["Does mesotherapy help hair loss?", "Side effects", "Finasteride for hair loss", "A trial of minoxidil"]);
});

test("articles come before every other result, each group keeping its ranking", () => {
  const ranked = [{ id: "s1" }, { id: "a1" }, { id: "p1" }, { id: "a2" }, { id: "s2" }];
  assert.deepEqual(articlesFirst(ranked, new Set(["a1", "a2", "a3"])).map((result) => result.id), ["a1", "a2", "s1", "p1", "s2"]);
});

test("a word on nearly every page is left out of a query that has other words", () => {
  const large = prepareVocabulary({ questionWords: English, minTermLength: 4, synonyms: [], terms: ["mesotherapy", "side", "effects"], everywhere: ["mesotherapy"] });
  assert.equal(withoutEverywhereWords("side effects mesotherapy", large), "side effects");
  assert.equal(withoutEverywhereWords("mesotherapy", large), "mesotherapy");
  assert.equal(planSearches("side effects of mesotherapy", large).searches[0].query, "side effects");
  assert.equal(planSearches("side effects of mesotherapy", vocabulary).searches[0].query, "side effects mesotherapy");
});

test("a query made only of listed words is answered from the generator's lists of those words", () => {
  const large = prepareVocabulary({
    questionWords: English, minTermLength: 4, synonyms: [], terms: ["mesotherapy", "side", "effects", "cost", "dissolving"], everywhere: ["effects", "mesotherapy", "side"],
    listed: ["dissolving", "effects", "fat", "mesotherapy", "side"],
  });
  assert.deepEqual(planSearches("What are the side effects of mesotherapy?", large).listed, ["side", "effects", "mesotherapy"]);
  assert.deepEqual(planSearches("fat dissolving", large).listed, ["fat", "dissolving"]);
  assert.deepEqual(planSearches("side effects cost", large).listed, [], "a word without a list goes to Pagefind");
  assert.deepEqual(planSearches("side effects", vocabulary).listed, [], "a small site has no lists");
  const withHurt = prepareVocabulary({ questionWords: English, minTermLength: 4, synonyms: [["side effects", "risks", "hurt"]], terms: ["side", "effects", "risks"], everywhere: [], listed: ["effects", "risks", "side"] });
  assert.deepEqual(planSearches("does it hurt", withHurt).listed, ["side", "effects"], "a word the site does not use is answered through its synonyms");
});

test("pages with more of the query's words come first, then the higher score, linked at their best section", () => {
  const entry = (page, score, heading = null, type = "Articles") =>
    ({ page, url: heading ? `${page}#${heading}` : page, title: page, heading, excerpt: "Side effects <b>are</b> rare.", type, score });
  const lists = [
    { word: "side", results: [entry("/a/", 2, "side"), entry("/b/", 4), entry("/p/", 4, null, null)] },
    { word: "effects", results: [entry("/c/", 4), entry("/a/", 4)] },
  ];
  const found = listResults(lists, ["side", "effects"], "");
  assert.deepEqual(found.map((result) => result.url), ["/a/", "/b/", "/p/", "/c/"]);
  assert.equal(found[0].excerpt, "<mark>Side</mark> <mark>effects</mark> &lt;b&gt;are&lt;/b&gt; rare.");
  assert.deepEqual(listResults(lists, ["side", "effects"], "Articles").map((result) => result.url), ["/a/", "/b/", "/c/"]);
  assert.deepEqual(listResults(lists, ["side", "effects"], "Sources"), []);
});

test("marked words match whole words in any case, a plural counting as its singular", () => {
  assert.equal(markWords("Injections & injection sites", ["injection"]), "<mark>Injections</mark> &amp; <mark>injection</mark> sites");
  assert.equal(markWords("insides", ["side"]), "insides");
});

test("the section whose heading asks the patient's question is chosen over one that only mentions its words", () => {
  const terms = headingTerms("who should not have mesotherapy", vocabulary);
  const best = bestSection(page([
    { url: "/a/#risks", title: "Risks", excerpt: "People who <mark>should</mark> <mark>not</mark> <mark>have</mark> it", weighted_locations: [location(1)] },
    { url: "/a/#who-should-not-have-it", title: "Who should not have it", excerpt: "Pregnant women", weighted_locations: [location(5)] },
  ]), terms);
  assert.equal(best.url, "/a/#who-should-not-have-it");
});

test("a short heading made of the query's words matches better than a long heading that names everything", () => {
  const terms = headingTerms("tga australia", vocabulary);
  assert.ok(headingMatches("Australia", terms) > headingMatches("Approval status: Health Canada, TGA (Australia), MHRA (United Kingdom), ANSM (France)", terms));
});

test("a heading with another form of the query's word matches it as the word itself", () => {
  const terms = headingTerms("dimpled thighs", withForms);
  assert.equal(headingMatches("Dimples", terms, withForms.forms), 1);
});

test("a heading that shares only question words with the query answers nothing: for in How strong the evidence is for each use", () => {
  const terms = headingTerms("is there proof it works for cellulite", withForms);
  assert.equal(headingMatches("How strong the evidence is for each use", terms, withForms.forms), 0);
  assert.ok(headingMatches("Does it work?", terms, withForms.forms) > 0);
});

test("a question word of the query matches no word of a heading, not even one it is the stem of: these is not the", () => {
  const terms = headingTerms("what are the dangers of lemon bottle", withForms);
  assert.equal(headingMatches("What these products are", terms, withForms.forms), 0);
  assert.ok(headingMatches("The dangers", terms, withForms.forms) > 0);
});

test("a heading in the words of a synonym of the query matches it", () => {
  const terms = headingTerms("thinning", vocabulary, ["alopecia"]);
  assert.ok(headingMatches("Alopecia", terms) > 0);
});

test("a heading matched only through a synonym answers less than one with the words typed: Safe shots for back pain injections", () => {
  const terms = headingTerms("back pain injections", vocabulary, ["back pain shots"]);
  assert.ok(headingMatches("Safe shots", terms) < headingMatches("Safe injections", terms));
  assert.ok(headingMatches("Safe shots", terms) > 0);
});

test("a title that names the query in the articles' words moves first too", () => {
  const shown = [
    { title: "Mesotherapy for fat", type: "Articles" },
    { title: "What is mesotherapy?", type: "Articles" },
    { title: "Liposuction", type: "Articles" },
  ];
  assert.deepEqual(promoteTitleMatches(shown, "mesotherapie", vocabulary.questionWords).map((result) => result.title), ["Mesotherapy for fat", "What is mesotherapy?", "Liposuction"]);
  assert.deepEqual(promoteTitleMatches(shown, "mesotherapie", vocabulary.questionWords, ["mesotherapy"]).map((result) => result.title), ["What is mesotherapy?", "Mesotherapy for fat", "Liposuction"]);
});

test("among titles that name the query, the one with the fewest other words comes first", () => {
  const shown = promoteTitleMatches([
    { title: "Mesotherapy for fat", type: "Articles" },
    { title: "Does mesotherapy help pain?", type: "Articles" },
    { title: "What is mesotherapy?", type: "Articles" },
  ], "mesotherapy", vocabulary.questionWords);
  assert.deepEqual(shown.map((result) => result.title), ["What is mesotherapy?", "Mesotherapy for fat", "Does mesotherapy help pain?"]);
});

test("a question about the subject itself opens the page titled with the subject when that section answers it, not a page about one use", () => {
  const shown = [
    { title: "Does mesotherapy help pain?", url: "/pain/#evidence-by-use", type: "Articles" },
    { title: "Glossary", url: "/glossary/#mesotherapy", type: "Articles" },
    { title: "What is mesotherapy?", url: "/what/#does-it-work", type: "Articles" },
    { title: "Mesotherapy", url: "/references/x/", type: "Sources" },
  ];
  const asking = (word) => vocabulary.questionWords.has(word) || word === "legit";
  const works = new Set(["does-it-work"]);
  assert.deepEqual(promoteSubjectTitle(shown, "is mesotherapy legit", asking, works).map((result) => result.url),
    ["/what/#does-it-work", "/pain/#evidence-by-use", "/glossary/#mesotherapy", "/references/x/"]);
  assert.deepEqual(promoteSubjectTitle(shown, "is mesotherapy legit", asking, new Set(["is-it-safe"])).map((result) => result.url), shown.map((result) => result.url));
  assert.deepEqual(promoteSubjectTitle(shown, "is mesotherapy legit for back pain", asking, works).map((result) => result.url), shown.map((result) => result.url));
  assert.deepEqual(promoteSubjectTitle(shown, "is it legit", asking, works).map((result) => result.url), shown.map((result) => result.url));
});

test("of two sections that answer alike, the one whose heading names the query comes before one only of the kind asked", () => {
  const data = page([
    { url: "/a/#other-choices", title: "Other choices", excerpt: "<mark>minoxidil</mark> and <mark>mesotherapy</mark>", weighted_locations: [location(1)] },
    { url: "/a/#minoxidil", title: "Minoxidil", excerpt: "<mark>minoxidil</mark>", weighted_locations: [location(1)] },
  ]);
  const sections = pageSections(data, headingTerms("minoxidil vs mesotherapy", vocabulary), new Set(["other-choices"]));
  assert.deepEqual(sections.map((section) => section.url), ["/a/#minoxidil", "/a/#other-choices"]);
});

test("a question about the subject opens the section whose heading names what it asks, not the overview's of the same kind", () => {
  const sessions = new Set(["how-many-sessions", "what-a-session-is-like"]);
  const shown = [
    { title: "Mesotherapy cost, sessions, and how it compares with liposuction", heading: "How many sessions", url: "/cost/#how-many-sessions", type: "Articles" },
    { title: "What is mesotherapy?", heading: "What a session is like", url: "/what/#what-a-session-is-like", type: "Articles" },
  ];
  const asks = (word) => withForms.asks(word) || ["how", "many", "long", "last"].includes(word);
  const order = (query) => promoteSubjectTitle(shown, "mesotherapy", asks, sessions, namingTerms(query, { ...withForms, asks }), withForms.forms)
    .map((result) => result.url);
  assert.deepEqual(order("how many sessions"), ["/cost/#how-many-sessions", "/what/#what-a-session-is-like"]);
  // Neither heading names "mesotherapy" or anything else the question asks about, so the overview answers for the whole subject.
  assert.deepEqual(order("how long does mesotherapy last"), ["/what/#what-a-session-is-like", "/cost/#how-many-sessions"]);
});

test("a question names no topic when, its question words and shapes aside, it is nothing or only what every article is about", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, synonyms: [], terms: ["mesotherapy", "hair", "loss"], subject: "mesotherapy",
    intents: [{ questions: ["who can do", "how much", "cost"], sections: ["about-safety"] }],
  });
  assert.equal(namesNoTopic("who can do mesotherapy", site), true);
  assert.equal(namesNoTopic("how much does it cost", site), true);
  assert.equal(namesNoTopic("how much is mesotherapy for hair loss", site), false);
});

test("a question shape of one word asks in any of its forms and wherever it stands, one of several words only as written", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, synonyms: [], terms: ["kybella", "recovery"], wordForms: wordForms("en"),
    intents: [{ questions: ["recovery", "price"], sections: ["daily-life-and-recovery"] }, { questions: ["report a"], sections: ["how-to-report-a-side-effect"] }],
  });
  const asks = (query) => [...intentSections(query, site)];
  assert.deepEqual(asks("recovering from kybella"), ["daily-life-and-recovery"]);
  assert.deepEqual(asks("how is kybella priced"), ["daily-life-and-recovery"]);
  assert.deepEqual(asks("report a bad reaction"), ["how-to-report-a-side-effect"]);
  assert.deepEqual(asks("harms reported after kybella"), []);
});

test("a question naming only the treatment or the subject names no topic; one naming a part of the body does", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, synonyms: [], terms: ["mesotherapy", "injections", "scalp"], subject: "mesotherapy",
    treatmentWords: ["injection", "injections"], wordForms: wordForms("en"), intents: [{ questions: ["painful"], sections: ["what-a-session-is-like"] }],
  });
  assert.equal(namesNoTopic("are the injections painful", site), true);
  assert.equal(namesNoTopic("are mesotherapy injections painful", site), true);
  assert.equal(namesNoTopic("are scalp injections painful", site), false);
});

test("a question naming a topic opens the section of the kind it asks for on a page titled with the topic, or with another word of its synonym group", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", treatmentWords: ["shots", "injections"], wordForms: wordForms("en"),
    synonyms: [["scalp shots", "hair injections"], ["mesotherapy", "skin injections"]], terms: ["kybella", "scalp", "shots", "hair", "loss", "skin"],
    intents: [{ questions: ["recovery", "last"], sections: ["daily-life-and-recovery", "does-it-last"] }],
  });
  const kinds = new Set(["daily-life-and-recovery", "does-it-last"]);
  const shown = [
    { title: "What is mesotherapy?", url: "/what/#what-a-session-is-like", type: "Articles" },
    { title: "Does mesotherapy make skin look younger?", url: "/skin/#daily-life-and-recovery", type: "Articles" },
    { title: "Fat-dissolving injections and Kybella", url: "/kybella/#does-it-last", type: "Articles" },
    { title: "Does mesotherapy help hair loss?", url: "/hair/#daily-life-and-recovery", type: "Articles" },
    { title: "Does mesotherapy help hair loss?", url: "/hair/#risks", type: "Articles" },
  ];
  const first = (query) => promoteTopicAnswers(shown, query, site, kinds)[0].url;
  assert.equal(first("how long do kybella results last"), "/kybella/#does-it-last");
  assert.equal(first("recovery after scalp shots"), "/hair/#daily-life-and-recovery");
  assert.equal(first("recovery after injections"), "/what/#what-a-session-is-like");
  assert.equal(first("recovery after mesotherapy"), "/what/#what-a-session-is-like");
});

test("a query naming a topic, not put as a question, lists first every section of the pages titled with the topic", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", treatmentWords: ["shots", "injections"], wordForms: wordForms("en"),
    synonyms: [["scalp shots", "hair injections"]], terms: ["pain", "back", "shots", "hair", "rules"], intents: [],
  });
  const shown = [
    { title: "What regulators say", url: "/rules/#safe-shots", type: "Articles" },
    { title: "What is mesotherapy?", url: "/what/#what-goes-into-the-shots", type: "Articles" },
    { title: "Does mesotherapy help pain?", url: "/pain/#trials", type: "Articles" },
    { title: "Does mesotherapy help hair loss?", url: "/hair/#risks", type: "Articles" },
    { title: "Does mesotherapy help pain?", url: "/pain/#risks", type: "Articles" },
  ];
  const urls = (query) => promoteTopicAnswers(shown, query, site, new Set()).map((result) => result.url);
  assert.deepEqual(urls("back pain injections").slice(0, 3), ["/pain/#trials", "/pain/#risks", "/rules/#safe-shots"]);
  assert.deepEqual(urls("scalp shots")[0], "/hair/#risks");
  assert.deepEqual(urls("mesotherapy injections"), shown.map((result) => result.url));
});

test("a synonym phrase that narrows its group's first phrase names only that topic: skin infection is no topic of skin", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", treatmentWords: ["injections"], wordForms: wordForms("en"),
    synonyms: [["infection", "skin infection", "abscess"]], terms: ["infection", "skin", "abscess"], intents: [],
  });
  const shown = [
    { title: "What regulators say", url: "/rules/#approval", type: "Articles" },
    { title: "Mesotherapy for skin", url: "/skin/#risks", type: "Articles" },
    { title: "Infection and abscess", url: "/harms/#infections", type: "Articles" },
    { title: "Mesotherapy for skin", url: "/skin/#trials", type: "Articles" },
  ];
  const urls = (query) => promoteTopicAnswers(shown, query, site, new Set()).map((result) => result.url);
  assert.deepEqual(urls("abscess after mesotherapy"), ["/harms/#infections", "/rules/#approval", "/skin/#risks", "/skin/#trials"]);
});

test("a query naming a topic lists first the pages whose title holds more of its words", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", treatmentWords: ["injections"], wordForms: wordForms("en"),
    synonyms: [], terms: ["infection", "skin", "abscess"], intents: [],
  });
  const shown = [
    { title: "What regulators say", url: "/rules/#approval", type: "Articles" },
    { title: "Mesotherapy for skin", url: "/skin/#risks", type: "Articles" },
    { title: "Skin infection and abscess", url: "/harms/#infections", type: "Articles" },
  ];
  const urls = (query) => promoteTopicAnswers(shown, query, site, new Set()).map((result) => result.url);
  assert.deepEqual(urls("skin abscess"), ["/harms/#infections", "/skin/#risks", "/rules/#approval"]);
});

/** The countries of a language's strings (search_countries), as vocabulary.json `countries`. */
function languageCountries(language) {
  return languageWords(language, "search_countries").join(" ").split(";").map((country) => {
    const [sections, names] = country.split(":");
    return { sections: sections.trim().split(" "), names: names.split(",").map((name) => name.trim()) };
  });
}

test("a query naming a country, its people or its regulator asks for that country's sections, the first it names", () => {
  const site = prepareVocabulary({ questionWords: English, minTermLength: 4, synonyms: [], terms: ["mesotherapy"], countries: languageCountries("en") });
  const asks = (query) => [...countrySections(query, site)];
  assert.deepEqual(asks("is lemon bottle allowed in canada"), ["canada"]);
  assert.deepEqual(asks("aussie rules on fat dissolving"), ["australia"]);
  assert.deepEqual(asks("how do i report a side effect to the mhra"), ["united-kingdom", "in-the-uk"]);
  assert.deepEqual(asks("is lemon bottle legal in the us"), ["united-states", "in-the-us"]);
  assert.deepEqual(asks("did italy ban mesotherapy like france"), ["italy"]);
  assert.deepEqual(asks("side effects tell us"), []);
  assert.deepEqual(asks("mesotherapy for hair loss"), []);
});

test("a Spanish query naming a country asks for its sections, with or without accents", () => {
  const site = prepareVocabulary({ questionWords: questionWords("es"), minTermLength: 4, synonyms: [], terms: ["mesoterapia"], countries: languageCountries("es") });
  const asks = (query) => [...countrySections(query, site)];
  assert.deepEqual(asks("¿está aprobada la mesoterapia en españa?"), ["spain", "in-europe"]);
  assert.deepEqual(asks("mesoterapia en canada"), ["canada"]);
  assert.deepEqual(asks("¿es legal en el reino unido?"), ["united-kingdom", "in-the-uk"]);
});

test("a country's names are known words though no page has them, so they never make a query one no article covers", () => {
  const site = prepareVocabulary({ questionWords: English, minTermLength: 4, synonyms: [], terms: ["mesotherapy", "rules"], countries: languageCountries("en") });
  assert.deepEqual(unmatchedWords("british mesotherapy rules", site), []);
  assert.deepEqual(unmatchedWords("tattoo mesotherapy rules", site), ["tattoo"]);
});

test("a result that matches only common words, question words or the treatment is no result for a query with a meaningful word", () => {
  const site = prepareVocabulary({
    questionWords: English, minTermLength: 4, subject: "mesotherapy", treatmentWords: ["injection", "injections"], wordForms: wordForms("en"),
    synonyms: [["face", "viso"], ["mesotherapy", "skin injections"]],
    terms: ["after", "mesotherapy", "injections", "finasteride", "risks", "face", "cellulite", "skin", "have"], widespread: ["after", "risks", "have"],
    intents: [{ questions: ["risks"], sections: ["risks"] }],
  });
  const result = (url, title, heading, excerpt) => ({ url, title, heading, excerpt, type: "Articles" });
  const shown = [
    result("/hair/#finasteride", "Mesotherapy for hair loss", "Finasteride", "taking <mark>finasteride</mark> by mouth"),
    result("/hair/#course", "Mesotherapy for hair loss", "A course", "a course of <mark>mesotherapy</mark> <mark>injections</mark>"),
    result("/risks/#bruising", "Side effects and risks", "Bruising", "bruising <mark>after</mark> shots"),
    result("/risks/#risks", "Side effects and risks", "The risks", "the <mark>risks</mark> of <mark>mesotherapy</mark>"),
    result("/finasteride/#dose", "Finasteride", "The dose", "the dose of <mark>mesotherapy</mark>"),
    result("/skin/#risks", "Skin injections", "Risks", "the <mark>risks</mark> of <mark>injections</mark>"),
    result("/glossary/#finasteride", "Glossary", "finasteride", "a hair-loss pill"),
  ];
  const kept = (query, kinds = new Set()) => matchingResults(shown, planSearches(query, site), query, kinds, site).map((found) => found.url);
  assert.deepEqual(kept("finasteride after mesotherapy injections"), ["/hair/#finasteride", "/finasteride/#dose", "/glossary/#finasteride"],
    "a section that marks the word, one whose title names it and one whose excerpt marks nothing stay; a title in the subject's other words is no match");
  assert.deepEqual(kept("finasteride risks", new Set(["risks"])), ["/hair/#finasteride", "/risks/#bruising", "/risks/#risks", "/finasteride/#dose", "/skin/#risks", "/glossary/#finasteride"],
    "a section of the kind the question asks for answers it, and a title naming a word of the query, even a widespread one, says what its page is about");
  assert.deepEqual(kept("can t have finasteride"), ["/hair/#finasteride", "/finasteride/#dose", "/glossary/#finasteride"], "a single letter is no word of the query");
  assert.deepEqual(kept("can t have mesotherapy"), shown.map((found) => found.url), "a query whose only other word is a single letter keeps every result");
  assert.deepEqual(kept("after mesotherapy injections"), shown.map((found) => found.url), "a query with no meaningful word keeps every result");
  const common = shown.slice(1, 4);
  assert.deepEqual(matchingResults(common, planSearches("invented mesotherapy", site), "invented mesotherapy", new Set(), site), common,
    "when no result matches a meaningful word, the marks tell none apart");
  assert.deepEqual(matchingResults([result("/face/#a", "Mesotherapy", "Results", "<mark>face</mark> results")], planSearches("viso", site), "viso", new Set(), site)
    .map((found) => found.url), ["/face/#a"], "a word of a synonym's wording that found the section counts");
});
