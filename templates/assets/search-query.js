// What the search box does with a query before and after Pagefind sees it: expand patients' words
// with the synonym groups of content/synonyms.yml, suggest a correction for a misspelt word from the
// site's own words (Pagefind has no typo tolerance), and merge the result lists into one ranking.
// Pure functions with no DOM, so that `node --test` can check them (tests/KnowledgeBase.Tests/Search).

/** How much a result list counts in the merged ranking, by where its query came from. */
export const Weights = { typed: 1, synonym: 0.7, looser: 0.5 };

/** Fewer merged results than this and the synonyms' wordings run too (search.js runs the looser searches below the pages it reads). */
export const FewResults = 3;

/** A query with at least one word in this many that the site does not have is not answered by its other words alone. */
const UncoveredShare = 3;

/** At most this many extra Pagefind searches per query: each may fetch index chunks. */
export const MaxExpansions = 4;

/** Reciprocal-rank constant: how quickly lower places in one list stop counting. */
const RankConstant = 10;

/** How many words an excerpt shows, Pagefind's (search.js, excerptLength) and a section's taken from a page's anchors. */
export const ExcerptWords = 24;

/** How much a section of the kind a question asks for (content/search-intents.yml) adds to its heading's match. */
const IntentWeight = 1;

/** In `rankSections`, the place in Pagefind's ranking at which a page counts half as much as the first. */
const PlaceWeight = 2;

/** In `rankSections`, how much a section's answer counts against its page's place. */
const AnswerWeight = 0.25;

/**
 * In `rankSections`, how much a section's answer counts for a question that names no topic of its own (see
 * `namesNoTopic`): its words cannot choose the page, so the kind of section it asks for does.
 */
export const TopiclessAnswerWeight = 1;

/** In `rankSections`, how well a page's further section must answer to be listed (see `headingMatches`). */
const SecondSectionAnswer = 0.15;

/**
 * The query without its question words (vocabulary.json `questionWords`, from i18n/<lang>.yml: "how much does it cost",
 * "¿cuánto cuesta?"), which say nothing of its subject, or the query itself when that would leave nothing. Pagefind
 * wants every known word of a query on a page, so the query is searched without them. A pronoun that is also a name
 * (`pronouns`: "us") is the name only where it plainly is one: first, after a word that comes before names
 * (`pronounNameWords`: "in the us"), or after a word that names something the site covers, a word of a synonym group or
 * of a glossary term's names that is no question word ("kybella us", "fda us"). Anywhere else it is the pronoun ("side
 * effects tell us", "can you tell us about it") and goes too.
 */
export function keywords(query, vocabulary) {
  const words = queryWords(query);
  const named = (i) => i === 0 || vocabulary.pronounNameWords.has(words[i - 1]) || vocabulary.names.has(words[i - 1]);
  const pronoun = (word, i) => vocabulary.pronouns.has(word) && !named(i);
  const asking = askingOrdinaryWord(words, vocabulary);
  const kept = words.filter((word, i) => !vocabulary.questionWords.has(word) && !pronoun(word, i) && word !== asking);
  return (kept.length > 0 ? kept : words).join(" ");
}

/**
 * The one word of a question that says only how it is asked though no question shape lists it: in a query with a
 * question shape (content/search-intents.yml) and a question word of the language, its only word no page has, when
 * that is an ordinary word of the language (search/ordinary-words.json): "paying" in "is it worth paying for",
 * "suitable" in "who is it suitable for" ask as "worth" and "who should not" do. A name ("is coolsculpting safe"), a
 * second such word ("is tattoo removal safe") or a query not put as a question ("expensive sweating") may name a subject
 * the site does not cover, and stays.
 */
function askingOrdinaryWord(words, vocabulary) {
  const unknown = words.filter((word) => !vocabulary.questionWords.has(word) && isUnknown(word, vocabulary));
  const phrased = words.some((word) => vocabulary.languageQuestionWords.has(word));
  return phrased && unknown.length === 1 && isOrdinary(unknown[0], vocabulary) && asksQuestion(words.join(" "), vocabulary) ? unknown[0] : undefined;
}

/** Whether a normalized query has one of the question shapes of content/search-intents.yml. */
function asksQuestion(text, vocabulary) {
  return vocabulary.intents.some((intent) => shapeSpans(intent, text, vocabulary.forms).length > 0);
}

/**
 * The words to search for a query: its `keywords`, or, for a question of a question shape with no word but question
 * words and an ordinary word that asks ("is it worth it", "is it legit", "is it worth paying for": see
 * `askingOrdinaryWord`), the site's subject (vocabulary.json `subject`), which every article is about, so that the
 * sections its shape asks for answer it rather than "nothing matched".
 */
export function searchedWords(query, vocabulary) {
  const words = queryWords(query);
  const asking = askingOrdinaryWord(words, vocabulary);
  const asksOnly = words.every((word) => vocabulary.questionWords.has(word) || word === asking) && asksQuestion(words.join(" "), vocabulary);
  return asksOnly && vocabulary.subject.length > 0 ? normalize(vocabulary.subject) : keywords(query, vocabulary);
}

/**
 * The query without the words the generator found on nearly every page (vocabulary.json `everywhere`), unless
 * nothing else is left: such a word tells pages apart no better than none, and its part of the index is the
 * largest download of all.
 */
export function withoutEverywhereWords(query, vocabulary) {
  const words = query.split(" ");
  const kept = words.filter((word) => !vocabulary.everywhere.has(word));
  return (kept.length > 0 ? kept : words).join(" ");
}

/** Lower case, letters and digits only, single spaces: the form queries and synonyms are compared in. */
export function normalize(text) {
  return text
    .toLowerCase()
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a text in the form queries and synonyms are compared in (see `normalize`), none empty. */
export function queryWords(text) {
  return normalize(text).split(" ").filter((word) => word.length > 0);
}

/** A word keeps at least this many letters when its endings are taken off ("eyes" -> "eye", never "ey"). */
const MinStemLength = 3;

/**
 * The language's word endings (vocabulary.json `wordForms`, from i18n/<lang>.yml: search_word_endings and
 * search_word_endings_kept) ready for `wordKey`: the endings longest first, and the endings that keep a word as it is.
 */
export function prepareWordForms(forms = {}) {
  const endings = [...(forms.endings ?? [])].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  const spellings = (forms.spellings ?? []).map(spellingRule);
  return { endings, kept: forms.kept ?? [], spellings: spellings.filter((rule) => !rule.atEnd), spellingsAtEnd: spellings.filter((rule) => rule.atEnd) };
}

/**
 * A rule of i18n/<lang>.yml (search_spelling_variants, search_sound_alikes) as a replacement: `from>to`, "^" the word's start, "$"
 * the end of what is left after each ending comes off ("licenc" of "licence" is "licens" of "license", before its "s"
 * comes off too), unless a kept ending keeps the word whole ("tendinitis"), and each leading "." a letter that must come
 * before ("..our>or": "colour", never "four" or "hour").
 */
function spellingRule(rule) {
  const [from, to] = rule.split(">");
  const before = from.match(/^\.*/)[0].length;
  const letters = from.slice(before).replace(/[.*+?^${}()|[\]\\]/g, (sign) => (sign === "^" || sign === "$" ? sign : `\\${sign}`));
  return { pattern: new RegExp(`${before > 0 ? `(?<=\\p{L}{${before}})` : ""}${letters}`, "gu"), to, atEnd: from.endsWith("$") };
}

/** A word after the spelling rules given, each in its turn. */
function respell(word, rules) {
  return rules.reduce((spelt, rule) => spelt.replace(rule.pattern, rule.to), word);
}

/**
 * A word as search compares it with the synonyms' and the site's words: without accents, and without the endings its
 * language gives, one after another while the word keeps `MinStemLength` letters and does not end in a kept ending:
 * "crows" and "crow", "dimpled", "dimples" and "dimple", "injuries" and "injury" are each one word, "loss" stays
 * "loss" ("-ss" is kept); and in one of its spellings (see `spellingRule`): "anaesthetic" and "anesthetic" are one word.
 */
export function wordKey(word, forms) {
  let key = withoutAccents(word);
  for (;;) {
    const stem = key;
    const whole = forms.kept.some((kept) => stem.endsWith(kept));
    const ending = whole ? undefined : forms.endings.find((candidate) => stem.endsWith(candidate) && stem.length - candidate.length >= MinStemLength);
    if (ending === undefined) {
      return respell(whole ? key : respell(key, forms.spellingsAtEnd), forms.spellings);
    }
    key = respell(key.slice(0, -ending.length), forms.spellingsAtEnd);
  }
}

/** A word without its accents ("qué" and "que"). */
function withoutAccents(word) {
  return word.normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * A phrase as `findSynonyms` compares it: the key of each word, and the key of its words written together, so that a
 * phrase matches with or without its spaces and hyphens ("anti-aging", "anti aging" and "antiaging") and a possessive
 * with or without its apostrophe ("crow's feet" and "crows feet").
 */
function phraseKeys(phrase, forms) {
  const words = phrase.split(" ");
  return { words: words.map((word) => wordKey(word, forms)), joined: wordKey(words.join(""), forms) };
}

/**
 * Prepares the vocabulary file the generator writes (search/vocabulary.json) for fast look-ups. Its ordinary words are
 * a file of their own, which `withOrdinaryWords` adds when a query needs them (see `hasUnknownWord`).
 */
export function prepareVocabulary(file) {
  const forms = prepareWordForms(file.wordForms);
  const groups = file.synonyms
    .map((group) => [...new Set(group.map(normalize).filter((term) => term.length > 0))])
    .filter((group) => group.length > 1);
  const listedQuestionWords = new Set((file.questionWords ?? []).map(normalize));
  // A query is compared without its question words (see `keywords`), so a phrase is too: "caída del pelo" meets "caída pelo".
  const subject = (term) => term.split(" ").filter((word) => !listedQuestionWords.has(word)).join(" ") || term;
  const phrases = groups.flatMap((group) => group.map((term) => ({ term, group, keys: phraseKeys(subject(term), forms) })));
  const patientWords = [...new Set(groups.flat().flatMap((term) => term.split(" ")))];
  const siteWords = new Set(file.terms);
  const spellings = wordsByKey(file.terms, forms);
  const soundRules = (file.soundAlikes ?? []).map(spellingRule);
  const sounds = (word) => respell(word, soundRules);
  // Known in any of its forms, and a synonym phrase written as one word ("antiaging") too.
  // A country's names are known though no page has them ("british", "aussie"): they name what the country's sections cover.
  const countryWords = (file.countries ?? []).flatMap((country) => country.names.flatMap(queryWords));
  const known = new Set([...file.terms, ...patientWords, ...countryWords].map((word) => wordKey(word, forms)).concat(phrases.map((phrase) => phrase.keys.joined)));
  // A word of a question shape that no page or synonym has ("legit", "worth") asks for a kind of section and says
  // nothing of the subject, as a question word does: it is left out of the search, so it never makes a query one that
  // no article covers ("is mesotherapy legit" is "mesotherapy", answered by the sections of its question's kind).
  const shapeWords = (file.intents ?? []).flatMap((intent) => intent.questions.flatMap(queryWords));
  const questionWords = new Set([...listedQuestionWords, ...shapeWords.filter((word) => !known.has(wordKey(word, forms)))]);
  const askingWords = new Set([...questionWords, ...shapeWords]);
  const intents = (file.intents ?? []).map((intent) => prepareIntent(intent, forms));
  const facetKeys = new Set(intents.flatMap((intent) => [...intent.words]));
  // A word of a question shape asks in any of its forms ("priced" as "price"), so it names no topic in any of them.
  const asks = (word) => askingWords.has(word) || facetKeys.has(wordKey(word, forms));
  const everywhere = new Set(file.everywhere ?? []);
  const listed = new Set(file.listed ?? []);
  // Corrections prefer the words of the synonym groups, the ones patients search for ("thinning", not "thinking").
  const candidates = [...new Set([...patientWords.filter((word) => word.length >= file.minTermLength), ...file.terms])]
    .map((word) => ({ word, sound: sounds(word), cognate: cognateKey(word, sounds) }));
  const pronouns = new Set(file.pronouns ?? []);
  const pronounNameWords = new Set(file.pronounNameWords ?? []);
  const glossaryWords = (file.glossary?.entries ?? []).flatMap((entry) => entry.names.flatMap(queryWords));
  const names = new Set([...patientWords, ...glossaryWords].filter((word) => !questionWords.has(word)));
  const entries = (file.glossary?.entries ?? []).map((entry) => ({ ...entry, term: entry.names[0], names: entry.names.map((name) => namedKey(name, forms)) }));
  const glossary = { title: file.glossary?.title ?? "", entries, urls: new Set(entries.map((entry) => entry.url)) };
  const widespread = new Set(file.widespread ?? []);
  const subjectKeys = new Set(queryWords(file.subject ?? "").map((word) => wordKey(word, forms)));
  const countries = (file.countries ?? []).map((country) => ({ sections: country.sections, names: country.names.map((name) => withoutAccents(normalize(name))) }));
  return { groups, phrases, forms, terms: file.terms, patientWords: new Set(patientWords), candidates, siteWords, spellings, sounds, known, everywhere, widespread, listed, intents, questionWords, languageQuestionWords: listedQuestionWords, asks, subject: file.subject ?? "", subjectKeys, treatment: new Set((file.treatmentWords ?? []).map((word) => wordKey(normalize(word), forms))), pronouns, pronounNameWords, names, countryWords: new Set(countryWords), ordinary: new Set(), ordinaryKeys: new Set(), glossary, countries, minTermLength: file.minTermLength };
}

/** The site's words by their key (see `wordKey`), the more common first (the vocabulary lists those first). */
function wordsByKey(terms, forms) {
  const byKey = new Map();
  terms.forEach((term) => {
    const key = wordKey(term, forms);
    byKey.set(key, [...(byKey.get(key) ?? []), term]);
  });
  return byKey;
}

/**
 * The query in the site's spellings (`search_spelling_variants`: "anaesthetic" and "anesthetic", "colour", "centre"),
 * since Pagefind finds only the letters typed: first with each word the site does not use in its site spelling, the
 * more common if it has several, then, when the site also spells a word otherwise, with that spelling. Other forms of a
 * site word stay as typed: Pagefind finds those by their stem.
 */
export function siteSpellings(query, vocabulary) {
  const plain = withoutSpellings(vocabulary.forms);
  const otherSpellings = (word) => (vocabulary.spellings.get(wordKey(word, vocabulary.forms)) ?? [])
    .filter((term) => wordKey(term, plain) !== wordKey(word, plain));
  const spelt = query.split(" ").map((word) => (vocabulary.siteWords.has(word) ? word : otherSpellings(word)[0] ?? word));
  const otherwise = spelt.map((word) => otherSpellings(word)[0] ?? word);
  return [...new Set([spelt.join(" "), otherwise.join(" ")])];
}

/**
 * A rule of content/search-intents.yml ready for `shapeSpans`: its shapes of several words ("is * safe", "how much") as
 * patterns, its shapes of one word ("price", "recovery") as the keys of that word's forms (see `wordKey`), since a single
 * word asks for its kind of section in any of its forms and wherever it stands ("priced", "recovering"), and its sections.
 */
function prepareIntent(intent, forms) {
  const single = (question) => !question.includes(" ");
  return {
    shapes: intent.questions.filter((question) => !single(question)).map(questionShape),
    words: new Set(intent.questions.filter(single).map((question) => wordKey(normalize(question), forms))),
    sections: intent.sections,
  };
}

/**
 * Where a rule's shapes (see `prepareIntent`) stand in a normalized text, each as [start, end]: the first match of each
 * shape of several words, and every word whose key is one of its single words.
 */
function shapeSpans(intent, text, forms) {
  const phrases = intent.shapes.map((shape) => shape.exec(text)).filter((match) => match !== null)
    .map((match) => [match.index, match.index + match[0].length]);
  const words = [...text.matchAll(/\S+/gu)].filter((match) => intent.words.has(wordKey(match[0], forms)))
    .map((match) => [match.index, match.index + match[0].length]);
  return [...phrases, ...words];
}

/** A question shape of content/search-intents.yml ("is * safe") as a pattern over a normalized query, "*" being any words. */
function questionShape(question) {
  const words = question.split(" ").map((word) => (word === "*" ? "\\S+(?: \\S+)*" : normalize(word).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  return new RegExp(`(?:^| )${words.join(" ")}(?= |$)`, "u");
}

/**
 * The kinds of section that answer the query's question shapes (vocabulary.json `intents`, from
 * content/search-intents.yml): the sections of every rule one of whose shapes the query has (a shape of one word in any
 * of its forms, see `prepareIntent`), itself or as another phrase of a synonym group the query holds ("puffy" is
 * "swelling", content/synonyms.yml), unless each of its matches lies within a longer match of another rule, which asks
 * the narrower question: "how does mesotherapy work" asks how it works ("how does * work"), not whether ("does * work").
 */
export function intentSections(query, vocabulary) {
  const text = normalize(query);
  const synonyms = findSynonyms(text, vocabulary).found;
  const spansOf = (intent) => [
    ...shapeSpans(intent, text, vocabulary.forms),
    ...synonyms.filter((found) => found.group.some((phrase) => wholly(intent, phrase, vocabulary.forms))).map((found) => [found.start, found.end - 1]),
  ];
  const matched = vocabulary.intents
    .map((intent) => ({ intent, spans: spansOf(intent) }))
    .filter(({ spans }) => spans.length > 0);
  const within = ([start, end], [outerStart, outerEnd]) => outerStart <= start && end <= outerEnd && outerEnd - outerStart > end - start;
  const narrower = ({ intent, spans }) => spans.every((span) => matched.some((other) => other.intent !== intent && other.spans.some((outer) => within(span, outer))));
  return new Set(matched.filter((rule) => !narrower(rule)).flatMap(({ intent }) => intent.sections));
}

/** Whether one of a rule's shapes matches the whole of a phrase. */
function wholly(intent, phrase, forms) {
  return shapeSpans(intent, phrase, forms).some(([start, end]) => start === 0 && end === phrase.length);
}

/**
 * The countries a query names (vocabulary.json `countries`, from i18n/<lang>.yml search_countries: each country's names,
 * its people's and its regulators': "uk", "british", "mhra"), each with where its name first stands, in that order.
 */
function namedCountries(query, vocabulary) {
  const text = ` ${withoutAccents(normalize(query))} `;
  return vocabulary.countries
    .map((country) => ({ country, at: Math.min(...country.names.map((name) => text.indexOf(` ${name} `)).filter((at) => at >= 0)) }))
    .filter(({ at }) => Number.isFinite(at))
    .sort((x, y) => x.at - y.at)
    .map(({ country }) => country);
}

/**
 * The kinds of section (heading ids, as `answersIntent` compares them) that answer a query about a country: the sections
 * of the first country it names ("united-kingdom", "in-the-uk" for "is lemon bottle legal in the uk"), which is what it
 * asks about ("did italy ban mesotherapy like france" asks about Italy), whatever else it asks of it. None for a query
 * naming no country.
 */
export function countrySections(query, vocabulary) {
  const [first] = namedCountries(query, vocabulary);
  return new Set(first?.sections ?? []);
}

/** Whether a section's address ends in a heading id that is one of `kinds` or holds one as whole words ("milder-side-effects"). */
export function answersIntent(url, kinds) {
  const id = url.split("#")[1];
  return id !== undefined && [...kinds].some((kind) => `-${id}-`.includes(`-${kind}-`));
}

/** The words of a query long enough to tell languages apart (numbers aside). */
function languageWords(query, vocabulary) {
  return queryWords(query).filter((word) => word.length >= vocabulary.minTermLength && !/\d/.test(word));
}

/** Whether a language's vocabulary knows a word: a site, synonym or question word, or the start of a site word. */
function knowsWord(vocabulary, word) {
  return vocabulary.questionWords.has(word) || !isUnknown(word, vocabulary);
}

/** Whether the page's language (`here`) knows every word of the query, so no other language's vocabulary need be read. */
export function knowsEveryWord(query, here) {
  return languageWords(query, here).every((word) => knowsWord(here, word));
}

/**
 * Whether a query reads as another language's (`there`) rather than the page's (`here`): it has words only the other
 * language knows, and more of them than words only the page's language knows, or nothing matched (`found`, the number
 * of results here, null while not known) here.
 * "mesoterapia para la celulitis" on the English search ("para" and "celulitis" are Spanish only), "side effects" on
 * the Spanish one; a word both know ("kybella", "mesotherapy") decides nothing.
 */
export function readsAsOtherLanguage(query, here, there, found) {
  const { onlyThere, onlyHere } = languageShares(query, here, there);
  return onlyThere > 0 && (onlyThere > onlyHere || found === 0);
}

/**
 * Whether a query reads plainly as another language's: it has words only that language knows and none only the page's
 * language knows, or nothing matched here ("mesoterapia para la celulitis" on the English search, not "celulitis
 * cellulite effects"). Its results in that language then lead the list (see `withOtherLanguage`).
 */
export function readsPlainlyAsOtherLanguage(query, here, there, found) {
  const { onlyThere, onlyHere } = languageShares(query, here, there);
  return onlyThere > 0 && (onlyHere === 0 || found === 0);
}

/**
 * How many of a query's words only the other language (`there`) knows, and how many only the page's (`here`) (see
 * `isOnlyIn`).
 */
function languageShares(query, here, there) {
  const words = languageWords(query, here);
  const onlyIn = (vocabulary, other) => words.filter((word) => isOnlyIn(word, vocabulary, other)).length;
  return { onlyThere: onlyIn(there, here), onlyHere: onlyIn(here, there) };
}

/**
 * Whether a word is one language's (`vocabulary`) and not the other's: that language knows it and the other does not, or
 * neither knows it and only that language has a near word for it ("selulitis" is a misspelt Spanish "celulitis", with
 * no English word as near), so that it is corrected in its own language.
 */
function isOnlyIn(word, vocabulary, other) {
  const near = (language) => nearestWords(word, language).length > 0;
  return !knowsWord(other, word) && (knowsWord(vocabulary, word) || (near(vocabulary) && !near(other)));
}

/**
 * The query as another language's (`there`) index is searched with it: without the words only the page's language
 * (`here`) has (see `isOnlyIn`) and with no near word there, since such a word is on none of that language's pages and
 * would keep the whole query from matching ("haematoma after mesotherapy" is searched in Spanish as "haematoma
 * mesotherapy", corrected there to "hematomas"; in "effets secondaires", "effets" is near the English "effects" only).
 * The query as typed when that would leave nothing.
 */
export function otherLanguageWording(query, here, there) {
  const languageWord = new Set(languageWords(query, here));
  const kept = queryWords(query)
    .filter((word) => !(languageWord.has(word) && isOnlyIn(word, here, there) && nearestWords(word, there).length === 0));
  return kept.length > 0 ? kept.join(" ") : query;
}

/** In `withOtherLanguage`, how many of the page's own results stay before another language's when the query is not plainly that language's. */
const OwnResultsFirst = 3;

/**
 * One list of the page's own results (`own`) and another language's (`other`, found by that language's index): the
 * other language's first when the query reads plainly as that language's (`first`), otherwise after the page's first
 * few, so that a query in mixed words still sees both. Each result once.
 */
export function withOtherLanguage(own, other, first) {
  const ownUrls = new Set(own.map((result) => result.url));
  const others = other.filter((result) => !ownUrls.has(result.url));
  const lead = first ? 0 : OwnResultsFirst;
  return [...own.slice(0, lead), ...others, ...own.slice(lead)];
}

/**
 * Levenshtein distance with an adjacent transposition counted as one edit ("hte" -> "the"), the same
 * measure the generator uses for its own "did you mean" hints; `substitution` prices one letter typed for another.
 */
export function editDistance(a, b, substitution = () => 1) {
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : substitution(a[i - 1], b[j - 1]);
      current[j] = Math.min(current[j - 1] + 1, previous[j] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        current[j] = Math.min(current[j], before[j - 2] + 1);
      }
    }
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** The keyboard's rows of letters, each set off from the one above as the keys are (a quarter key, then half a key more). */
const KeyRows = [["qwertyuiop", 0], ["asdfghjkl", 0.25], ["zxcvbnm", 0.75]];

/** Where each letter's key is: its row, and how far along the row. */
const KeyPlaces = new Map(KeyRows.flatMap(([keys, offset], row) => [...keys].map((key, at) => [key, { row, along: at + offset }])));

/** Whether two letters' keys touch: side by side on a row, or on rows one apart and less than a key along. */
function keysTouch(a, b) {
  const [x, y] = [KeyPlaces.get(a), KeyPlaces.get(b)];
  return x !== undefined && y !== undefined && (x.row === y.row ? Math.abs(x.along - y.along) === 1 : Math.abs(x.row - y.row) === 1 && Math.abs(x.along - y.along) < 1);
}

/** The vowels, and the consonants by where the mouth makes them: the lips, the teeth and gums, the back of the mouth. */
const LetterKinds = ["aeiouy", "pbfvmw", "tdszlnr", "kcgqxjh"];

/** What one letter typed for another costs, accents aside (see `typingSubstitution`). */
function letterCost(x, y) {
  return x === y || LetterKinds.some((kind) => kind.includes(x) && kind.includes(y)) || keysTouch(x, y) ? 1 : 2;
}

/** `letterCost` of every pair of letters without accents, worked out once: words are compared letter by letter. */
const PlainLetterCosts = Array.from({ length: 128 }, (_, x) => Array.from({ length: 128 }, (_, y) => letterCost(String.fromCharCode(x), String.fromCharCode(y))));

/**
 * One letter for another, as a misspelling costs it: one edit for the slips people make (a vowel for a vowel, a
 * consonant for one said in the same place, as "f" for "p", a key for the key beside it, an accent left out), two for
 * any other, which more often makes another real word: "excessive" is no misspelt "expensive".
 */
function typingSubstitution(a, b) {
  return a < "\u0080" && b < "\u0080" ? PlainLetterCosts[a.charCodeAt(0)][b.charCodeAt(0)] : letterCost(withoutAccents(a), withoutAccents(b));
}

/** One letter for any other as one edit: the letters alone, as the generator's hints compare them. */
function anySubstitution() {
  return 1;
}

/**
 * Longer words may be further off: none up to 4 letters ("love" is not a misspelt "live"), one up to 8, two beyond.
 * A looser limit turns real words the site does not use into other words ("removal" into "remove").
 */
function allowedEdits(word) {
  return word.length <= 4 ? 0 : word.length <= 8 ? 1 : 2;
}

/** How many corrections of a query are tried, nearest first, for one that finds the whole query (see `suggestCorrections`). */
export const MaxCorrections = 3;

/**
 * The corrections of a query, nearest first, at most `MaxCorrections`, or none when every word is known, or when a word
 * has no near site word (the correction would still hold a word no page has, so it would find nothing). Two words the
 * site writes as one are joined ("lipo suction": "liposuction"), a word the site writes as two is split ("lemonbottle":
 * "lemon bottle", see `splitWord`), and each unknown word is replaced by a near site word: the first correction takes
 * each word's nearest, the others each word's next nearest in turn, since the nearest word alone may make a pair no page
 * has ("lemon little"); the search shows the first that finds the whole query. A word that starts a known word is taken
 * as still being typed, not misspelt, and an ordinary word of the language (vocabulary.json `ordinary`, from
 * i18n/<lang>.yml search_ordinary_words) is meant as typed: "while" is no misspelt "whole". Among equally near words a
 * word from the synonym groups wins, then the more common site word (the vocabulary lists those first).
 */
export function suggestCorrections(query, vocabulary) {
  const typed = queryWords(query);
  const words = joinedWords(typed, vocabulary);
  const choices = words.map((word) => {
    if (isOrdinary(word, vocabulary)) {
      return [word];
    }
    const split = splitWord(word, vocabulary);
    if (split !== null) {
      return [split];
    }
    return isUnknown(word, vocabulary) ? nearestWords(word, vocabulary) : [likelierPatientWord(word, vocabulary) ?? word];
  });
  if (choices.some((near) => near.length === 0)) {
    return [];
  }
  const nearest = choices.map((near) => near[0]);
  const others = choices.flatMap((near, i) => near.slice(1).map((other) => nearest.map((word, j) => (j === i ? other : word))));
  return [...new Set([nearest, ...others].map((words) => words.join(" ")))]
    .filter((correction) => correction !== typed.join(" ")).slice(0, MaxCorrections);
}

/**
 * The words with each pair the site writes as one word joined ("lipo suction", "ky bella"). A letter alone is left
 * alone: it is what is left of a possessive or an article ("mesotherapy's pain" is no "spain", "a part" no "apart").
 */
function joinedWords(words, vocabulary) {
  const joined = [];
  for (let i = 0; i < words.length; i++) {
    const pair = words[i] + (words[i + 1] ?? "");
    const joins = i + 1 < words.length && words[i].length > 1 && words[i + 1].length > 1 && vocabulary.siteWords.has(pair);
    joined.push(joins ? pair : words[i]);
    i += joins ? 1 : 0;
  }
  return joined;
}

/**
 * A word the site does not have in any form (nor the synonym groups: "aftercare"), written as two words it does have,
 * as those two ("lemonbottle": "lemon bottle", "hairloss": "hair loss", "fatdissolving": "fat dissolving"), or null
 * ("microneedling" is no "micro needling": "micro" is a synonym's word, no site word). The first part is a site word as
 * typed, the second in any of its forms, each of three letters or more; of several splits, the one whose shorter part
 * is longest.
 */
function splitWord(word, vocabulary) {
  if (vocabulary.siteWords.has(word) || vocabulary.patientWords.has(word) || vocabulary.spellings.has(wordKey(word, vocabulary.forms))) {
    return null;
  }
  // The vocabulary lists no site word shorter than `minTermLength`, so a shorter part is taken from the synonym groups.
  const whole = (part) => vocabulary.siteWords.has(part) || (part.length < vocabulary.minTermLength && vocabulary.patientWords.has(part));
  let best = null;
  for (let at = MinStemLength; at <= word.length - MinStemLength; at++) {
    const [first, second] = [word.slice(0, at), word.slice(at)];
    const shorter = Math.min(first.length, second.length);
    if (whole(first) && (whole(second) || vocabulary.spellings.has(wordKey(second, vocabulary.forms))) && (best === null || shorter > best.shorter)) {
      best = { words: `${first} ${second}`, shorter };
    }
  }
  return best?.words ?? null;
}

/**
 * For a word the site knows only in another of its forms, never as typed, a word of the synonym groups one edit away that
 * is not a form of the same word, or null: "thining" is known by its stem "thin", but it is a misspelt "thinning", the
 * word patients search for; "safer" and "dimpled" stay, being forms of "safe" and "dimples".
 */
function likelierPatientWord(word, vocabulary) {
  if (allowedEdits(word) === 0 || /\d/.test(word) || vocabulary.siteWords.has(word) || vocabulary.patientWords.has(word)
    || vocabulary.terms.some((term) => term.startsWith(word))) {
    return null;
  }
  const key = wordKey(word, vocabulary.forms);
  return [...vocabulary.patientWords].find((other) => editDistance(word, other) === 1 && wordKey(other, vocabulary.forms) !== key) ?? null;
}

/**
 * Whether the site has no such word: not a site or synonym word, not the start of one (still being typed), not a
 * number, and long enough to judge (a shorter word is left to the search itself).
 */
export function isUnknown(word, vocabulary) {
  return word.length >= vocabulary.minTermLength && !/\d/.test(word) && !isKnown(word, vocabulary)
    && !vocabulary.terms.some((term) => term.startsWith(word));
}

/**
 * Whether a query has a word the site does not have (see `isUnknown`), or has only in another form and may be a
 * misspelt patients' word (see `likelierPatientWord`): only then are the language's ordinary words read, to leave such a
 * word uncorrected.
 */
export function hasUnknownWord(query, vocabulary) {
  return queryWords(query).some((word) => isUnknown(word, vocabulary) || likelierPatientWord(word, vocabulary) !== null
    || splitWord(word, vocabulary) !== null);
}

/**
 * The vocabulary with the language's ordinary words (search/ordinary-words.json), which no page has. Only the words long
 * enough to judge (`minTermLength`) are read in their other spellings: a short word's key would make a misspelt site
 * word ordinary ("waetr", read as "wetr", as "wet").
 */
export function withOrdinaryWords(vocabulary, words) {
  const keyed = words.filter((word) => word.length >= vocabulary.minTermLength);
  return { ...vocabulary, ordinary: new Set(words.map(withoutAccents)), ordinaryKeys: new Set(keyed.map((word) => wordKey(word, vocabulary.forms))) };
}

/**
 * Whether a word is one of the language's ordinary words, with or without its accents, or in another of its spellings
 * (`search_spelling_variants`): the English list is American, and "summarise" is as ordinary as "summarize". Other
 * forms do not count: "thining" is no ordinary form of "thin". A question word of one letter run together with a word
 * is ordinary too, as patients write them ("alot", see `isRunTogether`); two ordinary words are not, since a misspelt
 * site word may read as two ("lipsuction").
 */
function isOrdinary(word, vocabulary) {
  const key = wordKey(word, vocabulary.forms);
  return vocabulary.ordinary.has(withoutAccents(word))
    || (key !== wordKey(word, withoutSpellings(vocabulary.forms)) && vocabulary.ordinaryKeys.has(key))
    || isRunTogether(word, vocabulary);
}

/** The shortest word taken as run together with a question word before it (see `isRunTogether`). */
const MinRunTogetherWord = 3;

/**
 * Whether a word is a question word of one letter followed by an ordinary or site word of three letters or more, written
 * as one ("alot": "a lot", "abit": "a bit"). A longer question word would make misspelt site words ordinary: the
 * question words hold other languages' small words ("disolving": the Italian "di" and "solving").
 */
function isRunTogether(word, vocabulary) {
  const rest = word.slice(1);
  return rest.length >= MinRunTogetherWord && vocabulary.questionWords.has(word[0]) && (vocabulary.ordinary.has(rest) || vocabulary.siteWords.has(rest));
}

/** Word forms without the spelling rules: a word's key in the letters typed. */
function withoutSpellings(forms) {
  return { ...forms, spellings: [], spellingsAtEnd: [] };
}

/**
 * The words of a query that may be in no article, question words aside: those the vocabulary does not have and that no
 * site word is near, and the short words it does not list (it lists words of `minTermLength` letters or more, so "job"
 * in "nose job" can only be checked in the index). An ordinary word near a site word is not among them, though it is
 * not corrected: most are words of any question ("while", "whole"), which would make a short query say that nothing
 * matched ("kybella while pregnant"). Nor is a word a site word is near only by its letters, not as a slip of typing
 * ("excessive" and "expensive", see `typingSubstitution`): such a word looks like a real word, so it is not corrected
 * either, and "excessive hair loss" is searched as typed. The vocabulary holds the articles' and pages' words only, so the
 * index may still hold such a word (a source's).
 */
export function unmatchedWords(query, vocabulary) {
  return keywords(query, vocabulary).split(" ").filter((word) => (isUnknown(word, vocabulary) && nearestWords(word, vocabulary, anySubstitution).length === 0)
    || (word.length > 1 && word.length < vocabulary.minTermLength && !/\d/.test(word) && !isKnown(word, vocabulary)));
}

/** Whether the vocabulary has the word in one of its forms (see `wordKey`). */
function isKnown(word, vocabulary) {
  return vocabulary.known.has(wordKey(word, vocabulary.forms));
}

/**
 * Whether `text` has `word`, or a longer word that starts with it ("injection" in "injections"), whatever the case.
 * A capital after a small letter starts a word too: Pagefind's text of a page runs its elements together
 * ("What was measuredTrichogram").
 */
export function hasWord(text, word) {
  const wanted = normalize(word);
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    const before = text[at - 1] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) || (/\p{Ll}/u.test(before) && /\p{Lu}/u.test(text[at]))) {
      return true;
    }
  }
  return false;
}

/**
 * The site words near an unknown word (see `nearWords`), or, with none, the site words it may be a cognate of (see
 * `cognates`), at most `MaxCorrections`.
 */
function nearestWords(word, vocabulary, substitution = typingSubstitution) {
  const near = nearWords(word, vocabulary, substitution);
  return (near.length > 0 ? near : cognates(word, vocabulary)).slice(0, MaxCorrections);
}

/**
 * The site words near an unknown word within the edits its length allows, nearest first, or none: edits of the letters
 * typed, each letter for another priced by `substitution`, or of the word as it sounds (`search_sound_alikes` in
 * i18n/<lang>.yml) plus one: "selulite" sounds as "cellulite" does, so its two letters off count as one edit. Counting a
 * sound's edits as the letters' would correct common words the site does not have to site words ("hello" to "help").
 */
export function nearWords(word, vocabulary, substitution = typingSubstitution) {
  if (allowedEdits(word) === 0) {
    return [];
  }
  const sound = vocabulary.sounds(word);
  const allowed = allowedEdits(word) + 1;
  const near = [];
  for (const term of vocabulary.candidates) {
    if (Math.abs(term.word.length - word.length) >= allowed && Math.abs(term.sound.length - sound.length) >= allowed) {
      continue;
    }
    // Of words as near, one that sounds the same wins ("loking": "looking", not "losing").
    const distance = Math.min(editDistance(word, term.word, substitution), editDistance(sound, term.sound, substitution) + 1) - (sound === term.sound ? 0.5 : 0);
    if (distance < allowed) {
      near.push({ word: term.word, distance });
    }
  }
  // A stable sort: among words as near, the earlier candidate (a synonym group's word, then the more common) first.
  return near.sort((x, y) => x.distance - y.distance).map((term) => term.word);
}

/** Words shorter than this are not taken for another language's form of a site word: short words share consonants by chance. */
const MinCognateLength = 7;

/** How many of a cognate's letters may differ from the site word's: about a third ("secondaires" and "secundarios": 3 of 11). */
const CognateShare = 0.36;

/** A voiceless stop and its voiced pair, one sound in a cognate: Latin's "capillus" is the Italian "capelli" and the Spanish "cabello". */
const Voiced = { p: "b", t: "d", k: "g" };

/**
 * The site words a word no page has may be another language's form of (see `cognateKey`), in the candidates' order, with
 * at most `share` of the longer word's letters different; none for a short word.
 */
export function cognates(word, vocabulary, share = CognateShare) {
  if (word.length < MinCognateLength) {
    return [];
  }
  const cognate = cognateKey(word, vocabulary.sounds);
  return vocabulary.candidates
    .filter((term) => term.word.length >= MinCognateLength && term.cognate === cognate
      && editDistance(word, term.word) <= share * Math.max(word.length, term.word.length))
    .map((term) => term.word);
}

/**
 * A word as a neighbouring language may spell its root: its first letter, then its consonants as they sound, each once,
 * a voiceless stop as its voiced pair, a final "s" aside. A word no page has with the key of a long site word is that
 * word's cognate, the last resort of `nearestWords`: the French "secondaires" is the Spanish "secundarios",
 * "lipolytiques" "lipolíticos", the Italian "complicazioni" "complicaciones".
 */
function cognateKey(word, sounds) {
  const sound = sounds(withoutAccents(word));
  return sound[0] + sound.slice(1).replace(/[aeiouyh]/g, "").replace(/[ptk]/g, (stop) => Voiced[stop]).replace(/(.)\1+/g, "$1").replace(/s$/, "");
}

/**
 * The synonym phrases found in a query, in any of their words' forms (see `phraseKeys`), the longest first and never
 * overlapping, one per group: each with its place in ` ${query} `, the phrase of the group it matched (of those a stretch
 * of the query matches, the one written as typed), and the other phrases of its group whose words the site actually uses,
 * the matched phrase among them when the query has it in another form than a plural (Pagefind finds a plural by its
 * singular, but "itchy" not as the articles' "itching").
 * A phrase of two words also matches them the other way round, below a match in its own order: a patient describes
 * "my smile is crooked" or "skin is lumpy", which, question words left out, are the groups' "crooked smile" and "lumpy skin".
 */
export function findSynonyms(query, vocabulary) {
  const words = queryWords(query);
  const text = ` ${words.join(" ")} `;
  const starts = words.reduce((offsets, word, i) => [...offsets, offsets[i] + word.length + 1], [0]);
  const keys = words.map((word) => wordKey(word, vocabulary.forms));
  const matches = [];
  for (let first = 0; first < words.length; first++) {
    for (let last = first; last < words.length; last++) {
      const typed = words.slice(first, last + 1).join(" ");
      const joined = wordKey(words.slice(first, last + 1).join(""), vocabulary.forms);
      const spanKeys = keys.slice(first, last + 1);
      const sameKeys = (phraseKeys) => phraseKeys.length === spanKeys.length && phraseKeys.every((key, i) => key === spanKeys[i]);
      const place = { start: starts[first], end: starts[last] + words[last].length + 1 };
      vocabulary.phrases.forEach(({ term, group, keys: phrase }) => {
        if (phrase.joined === joined || sameKeys(phrase.words)) {
          matches.push({ term, group, ...place, exact: term === typed, asTyped: sameButForPlurals(term, typed), reversed: false });
        } else if (phrase.words.length === 2 && sameKeys([...phrase.words].reverse())) {
          matches.push({ term, group, ...place, exact: false, asTyped: false, reversed: true });
        }
      });
    }
  }
  matches.sort((x, y) => (y.end - y.start) - (x.end - x.start) || Number(x.reversed) - Number(y.reversed) || Number(y.exact) - Number(x.exact)
    || y.term.length - x.term.length || (x.term < y.term ? -1 : 1));
  const found = [];
  for (const { term, group, start, end, asTyped } of matches) {
    if (!found.some((other) => other.group === group || (start < other.end && other.start < end))) {
      found.push({ term, group, start, end, alternatives: group.filter((other) => (other !== term || !asTyped) && usesSiteWords(other, vocabulary)) });
    }
  }
  return { text, found };
}

/**
 * The same query in other patients' or clinicians' words: the query with each synonym phrase replaced by
 * the other phrases of its group. When several groups are found, the first variant replaces each phrase
 * with the first usable phrase of its group ("lipo vs meso" -> "liposuction vs mesotherapy"), which is why
 * each group in synonyms.yml starts with the word the articles use. At most `limit` variants.
 */
export function expandQuery(query, vocabulary, limit = MaxExpansions) {
  const { text, found } = findSynonyms(query, vocabulary);
  const replace = (within, match, other) => `${within.slice(0, match.start + 1)}${other}${within.slice(match.end)}`;
  const variants = [];
  const replaceable = found.filter((match) => match.alternatives.length > 0);
  if (replaceable.length > 1) {
    const combined = [...replaceable].sort((x, y) => y.start - x.start).reduce((within, match) => replace(within, match, match.alternatives[0]), text);
    variants.push(combined.trim());
  }
  for (let round = 0; variants.length < limit && replaceable.some((match) => round < match.alternatives.length); round++) {
    for (const match of replaceable) {
      const variant = round < match.alternatives.length ? replace(text, match, match.alternatives[round]).trim() : null;
      if (variant !== null && variants.length < limit && !variants.includes(variant)) {
        variants.push(variant);
      }
    }
  }
  return variants;
}

/**
 * Looser searches for when the planned ones find few pages (Pagefind wants every word of a query on the same
 * page): the query without the words no article has ("mesotherapy actually work" -> "mesotherapy work"), then, for a
 * query of three words or more, the query without one of its words, then each synonym phrase found, and its first
 * alternatives, on their own, then each remaining word on its own. The shorter queries need no part of the index the
 * query itself has not loaded. For a query that names a topic (see `namesNoTopic`), none is only the site's subject or
 * a word for the treatment itself (`namesSomething`), and for a query with a meaningful word (see `meaningfulWords`),
 * none is without one: a page found by "mesotherapy", "injections", "side effects" or "after" alone is on any topic but
 * the one asked about.
 */
export function looserSearches(query, vocabulary, limit = MaxExpansions * 2) {
  const { text, found } = findSynonyms(query, vocabulary);
  const topicless = namesNoTopic(query, vocabulary);
  const aimless = meaningfulWords(query, vocabulary).length === 0;
  const all = queryWords(query);
  const known = all.filter((word) => !isUnknown(word, vocabulary));
  const shorter = all.length < 3 ? [] : all.map((_, left) => all.filter((__, i) => i !== left).join(" "));
  const phrases = found.flatMap((match) => [match.term, ...match.alternatives.slice(0, 2)]).filter((phrase) => usesSiteWords(phrase, vocabulary));
  const rest = found.reduce((within, match) => within.slice(0, match.start + 1) + " ".repeat(match.end - match.start - 1) + within.slice(match.end), text);
  const words = queryWords(rest).filter((word) => word.length >= vocabulary.minTermLength && vocabulary.siteWords.has(word));
  return [...new Set([known.join(" "), ...shorter, ...phrases, ...words])]
    .filter((search) => search.length > 0 && search !== normalize(query)
      && (topicless || (namesSomething(search, vocabulary) && (aimless || meaningfulWords(search, vocabulary).length > 0)))).slice(0, limit);
}

/**
 * The words of a query that say what it is about: none of its question words, the site's subject, a word for the
 * treatment itself (`vocabulary.treatment`), a word on nearly every page (vocabulary.json `widespread`: "after",
 * "doctor", "shots"; a plural as its singular) or a short word no synonym, glossary term or country names ("at", "ok"). A page that holds only the other words of a query is on any topic but the
 * one asked about.
 */
export function meaningfulWords(query, vocabulary) {
  const widespread = (word) => vocabulary.widespread.has(word) || vocabulary.widespread.has(singular(word)) || vocabulary.widespread.has(`${word}s`);
  return queryWords(query).filter((word) => {
    const key = wordKey(word, vocabulary.forms);
    return !isStopWord(word, vocabulary) && !vocabulary.subjectKeys.has(key) && !vocabulary.treatment.has(key) && !widespread(word);
  });
}

/**
 * Whether a word names nothing by itself: a question word, or a word shorter than the vocabulary counts ("at", "her",
 * "ok"), which has no share of the pages to tell how common it is, and so names something only as a word the editors
 * wrote for it: in a synonym group, a glossary term or a country ("fat", "uk").
 */
function isStopWord(word, vocabulary) {
  const counted = word.length >= vocabulary.minTermLength || vocabulary.names.has(word) || vocabulary.countryWords.has(word);
  return !counted || vocabulary.questionWords.has(word);
}

/** Whether every word of a query names nothing by itself (see `isStopWord`), so that it may ask nothing (see `asksNothing`). */
export function namesNothing(query, vocabulary) {
  const words = queryWords(query);
  return words.length > 0 && words.every((word) => isStopWord(word, vocabulary));
}

/**
 * Whether a query is of the language's small words only ("the the the", "and or but", "de la el") and asks nothing a
 * question shape of content/search-intents.yml knows ("how much"): nearly every page holds such words, and none answers
 * them. Each word must be a question word or one of the language's ordinary words (the vocabulary `withOrdinaryWords`): a
 * short name the editors wrote nowhere ("ppc", "pdo") may still be on a page, and is searched.
 */
export function asksNothing(query, vocabulary) {
  const words = queryWords(query);
  return namesNothing(query, vocabulary) && words.every((word) => vocabulary.questionWords.has(word) || isOrdinary(word, vocabulary))
    && !asksQuestion(words.join(" "), vocabulary);
}

/**
 * The parts of a query that say what it is about, each to be searched on its own (see `rankByParts`): each synonym
 * phrase it holds that has a meaningful word (see `meaningfulWords`), searched as typed and as the first two other
 * phrases of its group, and each other meaningful word once in any of its forms, none that asks for a kind of section.
 * `topic` says whether the part is a patients' or a glossary name for something the site covers (a synonym phrase, or
 * a glossary term's name): those name the subject of a description, where its other words ("clinic", "house",
 * "weeks") tell only its story.
 */
export function queryParts(query, vocabulary) {
  const { text, found } = findSynonyms(query, vocabulary);
  // A word that asks for a kind of section ("afford", "legal", "hurt") is answered by that section (see `intentSections`), not by a page that has it.
  const naming = (text) => meaningfulWords(text, vocabulary).filter((word) => !vocabulary.asks(word));
  const phrases = found.filter((match) => naming(match.term).length > 0)
    .map((match) => ({ searches: [match.term, ...match.alternatives.slice(0, 2)].filter((phrase) => usesSiteWords(phrase, vocabulary)), topic: true }))
    .filter((part) => part.searches.length > 0);
  const rest = found.reduce((within, match) => within.slice(0, match.start + 1) + " ".repeat(match.end - match.start - 1) + within.slice(match.end), text);
  const keys = new Set();
  // A shorter word or a number ("at", "she", "30") tells a story's grammar, not its subject; the vocabulary lists none.
  const words = naming(rest).filter((word) => word.length >= vocabulary.minTermLength && !/\d/.test(word))
    .filter((word) => !keys.has(wordKey(word, vocabulary.forms)) && keys.add(wordKey(word, vocabulary.forms)))
    .map((word) => ({ searches: [word], topic: vocabulary.glossary.entries.some((entry) => entry.names.includes(namedKey(word, vocabulary.forms))) }));
  return [...phrases, ...words];
}

/**
 * A query is a description ranked by its parts (see `rankByParts`) when it has this many searched words and parts or
 * more: a shorter query's searches without one word still hold most of it, and fewer parts leave no story to outweigh.
 */
const Description = { words: 7, parts: 4 };

/** In `rankByParts`, how much a page the planned searches found first counts, as a share of all the parts' weight. */
const RankedShare = 0.5;

/** In `rankByParts`, how much more a part that names a topic (see `queryParts`) counts than another word of as many pages. */
const TopicWeight = 3;

/**
 * One ranking of the pages a long query's parts find on their own (`parts`, each `{ topic, lists }`, `lists` the results
 * of each of its searches, best first): a page scores by the parts it holds, each part weighing by how few of the pages
 * found by any of them or by `ranked` hold it (log((pages + 1) / its pages)), `TopicWeight` times as much for a topic, and
 * within that by its place in the part's best list (`RankConstant`), so that a page holding the rare words of a description rises above one that
 * holds its common ones, whichever looser search found it first. Pages of equal score keep their order in `ranked`
 * (see `mergeResults`), whose pages come first; a page only a part found comes after them.
 */
export function rankByParts(ranked, parts) {
  const pages = new Map(ranked.map((page, order) => [page.id, { page, order, score: 0 }]));
  const held = parts.map(({ topic, lists }) => {
    const places = new Map();
    lists.forEach((results) => results.forEach((result, place) => {
      if (!places.has(result.id) || places.get(result.id).place > place) {
        places.set(result.id, { result, place });
      }
    }));
    return { topic, places };
  }).filter(({ places }) => places.size > 0);
  const pageCount = new Set([...pages.keys(), ...held.flatMap(({ places }) => [...places.keys()])]).size;
  const weighed = held.map(({ topic, places }) => ({ places, weight: Math.log((pageCount + 1) / places.size) * (topic ? TopicWeight : 1) }));
  const add = (id, place, weight, result) => {
    const entry = pages.get(id) ?? { page: { id, data: () => result.data(), others: [] }, order: pages.size, score: 0 };
    entry.score += (weight * RankConstant) / (RankConstant + place);
    pages.set(id, entry);
  };
  weighed.forEach(({ places, weight }) => places.forEach(({ result, place }, id) => add(id, place, weight, result)));
  // A page the planned searches found holds most of the query's words together, which no part alone tells.
  const together = RankedShare * weighed.reduce((sum, { weight }) => sum + weight, 0);
  ranked.forEach((page, place) => add(page.id, place, together));
  return [...pages.values()].sort((x, y) => y.score - x.score || x.order - y.order).map(({ page }) => page);
}

/**
 * Whether a search names more than what every article is about: a word that is neither the site's subject
 * (vocabulary.json `subject`) nor a word for the treatment itself (`vocabulary.treatment`: "injections", "shots"), and
 * is not a phrase of the subject's synonym group ("skin injections" is mesotherapy).
 */
function namesSomething(search, vocabulary) {
  const subject = normalize(vocabulary.subject);
  const subjectGroup = vocabulary.groups.find((group) => group.includes(subject)) ?? [];
  return !subjectGroup.includes(search) && queryWords(search).map((word) => wordKey(word, vocabulary.forms))
    .some((key) => !vocabulary.subjectKeys.has(key) && !vocabulary.treatment.has(key));
}

function usesSiteWords(phrase, vocabulary) {
  return phrase.split(" ").every((word) => word.length < vocabulary.minTermLength || vocabulary.siteWords.has(word));
}

/**
 * Every Pagefind search one query needs, with how much each counts: the query without its question words
 * and the site's everywhere words (each word costs a download of its part of the index, and "of" or "how"
 * is in every page) and its spelling
 * correction; then, in `synonyms`, the query in other words, and in `looser`, searches for when the others
 * find fewer pages than search.js reads to rank them. `needsSynonyms` says whether the query holds a patient's word that
 * the site itself does not use, so that only the other words can find it, and `inOtherWords` whether it holds a word
 * that is not the first of its synonym group, the articles' word ("back pain injections": the articles say "shots"), so
 * that the articles' wording runs too. `suggestions` are the corrections to try, nearest first (see
 * `suggestCorrections`). `listed` holds the words of a wording made only of words the generator made lists of
 * (words on nearly every page of a large site, and the synonym groups' words), which those lists answer instead
 * of Pagefind (see `listResults`). `last` holds the looser searches past their limit, for when no other search finds
 * anything. `unmatched` holds the words the vocabulary has no near word for, `meaningful` the words that say what
 * the query is about (see `meaningfulWords`), `words` the number of words searched and `defined` the glossary terms it
 * names (see `definedTerms`), for `isUncovered`. `parts`
 * holds, for a long description (`Description`), its parts to be searched one by one (see `queryParts`), or none.
 */
export function planSearches(query, vocabulary) {
  const [typed, ...respelt] = siteSpellings(withoutEverywhereWords(searchedWords(query, vocabulary), vocabulary), vocabulary);
  if (typed.length === 0) {
    return { suggestions: [], searches: [], synonyms: [], looser: [], last: [], needsSynonyms: false, inOtherWords: false, listed: [], unmatched: [], meaningful: [], words: 0, parts: [], defined: [] };
  }

  const suggestions = suggestCorrections(typed, vocabulary);
  const found = findSynonyms(typed, vocabulary).found;
  const needsSynonyms = found.some((match) => !usesSiteWords(match.term, vocabulary));
  // A word no page has finds nothing, so the query as typed is in effect a looser search without it.
  const searches = [typed, ...respelt].map((wording) => ({ query: wording, weight: needsSynonyms ? Weights.looser : Weights.typed }));
  const planned = new Set([typed, ...respelt]);
  const fresh = (texts, weight) => texts.filter((text) => !planned.has(text) && planned.add(text)).map((text) => ({ query: text, weight }));
  const synonyms = fresh(expandQuery(typed, vocabulary), Weights.synonym);
  const inOtherWords = found.some((match) => match.term !== match.group[0] && usesSiteWords(match.group[0], vocabulary));
  const looser = fresh(looserSearches(typed, vocabulary), Weights.looser);
  // A long description's looser searches are its wordings without one word each, which fill the limit and may all find
  // nothing; its phrases and words on their own then still find the page about it (search.js runs these when nothing else did).
  const last = fresh(looserSearches(typed, vocabulary, Infinity), Weights.looser);
  const listed = listedWording([typed, ...(needsSynonyms ? synonyms.map((search) => search.query) : [])], vocabulary);
  const words = typed.split(" ").length;
  const parts = words >= Description.words ? queryParts(typed, vocabulary) : [];
  return {
    suggestions, searches, synonyms, looser, last, needsSynonyms, inOtherWords, listed, unmatched: unmatchedWords(typed, vocabulary),
    meaningful: meaningfulWords(typed, vocabulary), words, parts: parts.length >= Description.parts ? parts : [],
    defined: definedTerms(typed, vocabulary),
  };
}

/**
 * Whether a planned query is about something no article covers: a third or more of its words are ones no article has
 * (`missing`: those of `plan.unmatched` that no article in the index holds either, whatever a source or the glossary
 * says) and it names no glossary term (`plan.defined`, see `definedTerms`), or every word that says what it is about is (`plan.meaningful`, see `meaningfulWords`). Its other words alone
 * would find pages about something else ("tattoo removal", "alcohol after mesotherapy injections"): Pagefind leaves a
 * word out of a search when no page has it, so it gets no results.
 */
export function isUncovered(plan, missing) {
  return (missing.length * UncoveredShare >= plan.words && plan.defined.length === 0)
    || (plan.meaningful.length > 0 && plan.meaningful.every((word) => missing.includes(word)));
}

/**
 * The glossary terms a query names whole, in any of their names and forms ("finasteride", "atx 101"), other than the
 * site's subject and the treatment (see `namesSomething`): each is a topic the site defines and covers, so a word beside
 * it that no article has asks something of that topic ("finasteride and the foetus", "mesotherapie cellulite avis") rather
 * than naming a subject the site does not cover.
 */
export function definedTerms(query, vocabulary) {
  const keyed = ` ${namedKey(query, vocabulary.forms)} `;
  return vocabulary.glossary.entries
    .filter((entry) => entry.names.some((name) => name.length > 0 && keyed.includes(` ${name} `)))
    .map((entry) => entry.term)
    .filter((term) => namesSomething(normalize(term), vocabulary));
}

/**
 * The results that match what a query is about (`plan.meaningful`, see `meaningfulWords`), for a query with a meaningful
 * word that asks of more than the subject itself (see `namesNoTopic`): those whose excerpt marks a meaningful word (a
 * synonym's, from the wording that found it, counts: "face" for "viso"), whose heading holds a meaningful word of the query
 * or of its synonyms' wordings (the subject's own synonyms aside) or whose title holds one or another word of the query
 * that is no question word, the subject or a word for the treatment, that are a section of the kind its question
 * asks for (`kinds`, see `intentSections`: "Who should not have it?" for "pregnant"), or whose excerpt marks nothing,
 * which cannot tell. Any other result was found by "treatment", "mesotherapy", "after" or a question word alone: a
 * second section of a page the query matches elsewhere, or a page on another topic. When no result matches, every one
 * stays: the search matched none of the meaningful words in a section (a word the index does not have, "invented"), so
 * the marks tell no result from another. A single letter is no meaningful word: it is what a contraction leaves ("t" of
 * "can't").
 */
export function matchingResults(results, plan, text, kinds, vocabulary) {
  const meaningful = plan.meaningful.filter((word) => word.length > 1);
  if (meaningful.length === 0 || namesNoTopic(text, vocabulary)) {
    return results;
  }
  const key = (word) => wordKey(word, vocabulary.forms);
  const subjectGroup = vocabulary.groups.find((group) => group.includes(normalize(vocabulary.subject))) ?? [];
  const subjectKeys = new Set(subjectGroup.flatMap(queryWords).map(key));
  const synonymWords = plan.synonyms.flatMap((search) => meaningfulWords(search.query, vocabulary)).filter((word) => !subjectKeys.has(key(word)));
  const about = new Set([...meaningful, ...synonymWords].filter((word) => word.length > 1).map(key));
  // A title names what its page is about, so any word of the query it holds counts, even one on most pages of a small
  // edition ("grasa" on the Spanish pages, "Mesoterapia para la grasa").
  const queryKeys = queryWords(plan.searches[0]?.query ?? "").filter((word) => word.length > 1 && !vocabulary.questionWords.has(word)).map(key)
    .filter((term) => !subjectKeys.has(term) && !vocabulary.treatment.has(term));
  const titled = new Set([...about, ...queryKeys]);
  const names = (words, keys = about) => queryWords(words ?? "").some((word) => keys.has(key(word)));
  const marked = (result) => markedTexts(result.excerpt ?? "").join(" ").trim();
  const matches = (result) => meaningfulWords(marked(result), vocabulary).some((word) => word.length > 1) || names(result.title, titled) || names(result.heading);
  if (!results.some(matches)) {
    return results;
  }
  return results.filter((result) => matches(result) || marked(result) === "" || answersIntent(result.url, kinds));
}

/**
 * Whether a query starts with a name no article has (`missing`, see `isUncovered`), a word that is no ordinary word of
 * the language, in a query that does not name the site's subject: "lasik eye surgery cost", "ozempic dose". A patient
 * names first what they search for and then what they ask of it, so the words after such a name are about it, however
 * many pages have them ("cost"). A name said later says where or with what ("a clinic in bogota", "on warfarin"), and
 * an ordinary word first is more often one of the patient's life ("boyfriend got kybella").
 */
export function startsWithName(query, missing, vocabulary) {
  const words = queryWords(query);
  return missing.includes(words[0]) && !isOrdinary(words[0], vocabulary)
    && !words.some((word) => vocabulary.subjectKeys.has(wordKey(word, vocabulary.forms)));
}

/**
 * The words of the first wording made only of words the generator made lists of, or none: the query itself, or
 * when the site does not use the patient's word ("does it hurt"), the first of its synonyms ("side effects").
 */
function listedWording(wordings, vocabulary) {
  const words = wordings.map((wording) => [...new Set(wording.split(" "))]).find((words) => words.every((word) => vocabulary.listed.has(word)));
  return words ?? [];
}

/**
 * The results for a query made only of listed words (`listed` in the plan), from the generator's list of each
 * word (search/words/<word>.json: the pages with the word in their title, a heading or their summary, best
 * first): pages with more of the query's words first, then the higher summed score, then the order of the lists.
 * Each page links to the section that best holds the words, and its summary is the excerpt with the words marked.
 * `type` ("Articles", "Sources" or "") keeps one kind only.
 */
export function listResults(lists, words, type) {
  const pages = new Map();
  lists.forEach((list) => {
    list.results.forEach((result) => {
      if (type && result.type !== type) {
        return;
      }
      const page = pages.get(result.page);
      if (page === undefined) {
        pages.set(result.page, { best: result, words: 1, score: result.score, order: pages.size });
      } else {
        page.words += 1;
        page.score += result.score;
        page.best = result.score > page.best.score ? result : page.best;
      }
    });
  });
  return [...pages.values()]
    .sort((x, y) => y.words - x.words || y.score - x.score || x.order - y.order)
    .map(({ best }) => ({ title: best.title, heading: best.heading, url: best.url, excerpt: markWords(best.excerpt, words), type: best.type }));
}

/**
 * Plain text as the excerpt markup Pagefind gives: escaped, with <mark> around each of `words` (a plural
 * counting as its singular), so both kinds of excerpt are shown the same way.
 */
export function markWords(text, words) {
  const wanted = new Set(words);
  const escape = (part) => part.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return text.split(/(\p{L}+)/u).map((part) => {
    const word = part.toLowerCase();
    return wanted.has(word) || wanted.has(singular(word)) ? `<mark>${escape(part)}</mark>` : escape(part);
  }).join("");
}

/**
 * One ranking from several result lists (each `{ weight, results }`, results best first, each with an
 * `id`): reciprocal-rank fusion, so that lists whose scores are on different scales can be combined and
 * a page that several wordings find rises. The lists of one weight (the synonyms' wordings, the looser searches) add
 * up to at most what one list of that weight gives its first page, so the words typed outweigh their synonyms' wordings
 * taken together ("hard lump after fat dissolving injection"). Ties keep the order in which pages were first seen. Each page is its `id`
 * and the `data` of the result first seen, with `others`, the same page as the other lists found it (`{ weight,
 * result }`): each wording marks its own sections of it.
 */
export function mergeResults(lists) {
  const merged = new Map();
  lists.forEach(({ weight, results }) => {
    results.forEach((result, rank) => {
      const score = weight / (RankConstant + rank + 1);
      const entry = merged.get(result.id);
      if (entry === undefined) {
        merged.set(result.id, { result, scores: new Map([[weight, score]]), order: merged.size, others: [] });
      } else {
        entry.scores.set(weight, Math.min(weight / (RankConstant + 1), (entry.scores.get(weight) ?? 0) + score));
        entry.others.push({ weight, result });
      }
    });
  });
  const total = (entry) => [...entry.scores.values()].reduce((sum, score) => sum + score, 0);
  return [...merged.values()]
    .sort((x, y) => total(y) - total(x) || x.order - y.order)
    .map(({ result, others }) => ({ id: result.id, data: () => result.data(), others }));
}

/**
 * A page's sections as every wording found them (`found`, `{ weight, sections }` with Pagefind's `sub_results`, the
 * wording that first found the page first, at weight 1): each section once, as the first wording marked it, with that
 * wording's `weight` (`Weights`), so that a section only a synonym names can answer ("Finasteride" for "propecia"),
 * though less than one the first wording names (README "Search").
 */
export function allSections(found) {
  const sections = new Map();
  found.forEach(({ weight, sections: marked }) => {
    marked.filter((section) => !sections.has(section.url)).forEach((section) => sections.set(section.url, { ...section, weight }));
  });
  return [...sections.values()];
}

/**
 * The words that a heading answering a query would share with it ("who should not have mesotherapy" and "Who should
 * not have it?"), in the form `wordKey` compares them in, each with its weight: the query's own words 1, the words only
 * its other wordings have (`planned`, its synonyms: "propecia" is answered by "Finasteride") a synonym's, so that
 * "Safe shots" answers "back pain injections" less than a heading with the words typed. All but the shortest words,
 * the site's everywhere words and the question words (vocabulary.json `questionWords`), which say how a question is
 * asked, not what about: "for" in "How strong the evidence is for each use" says nothing of "is there proof it works for
 * cellulite", nor "these" ("the" is its stem) of "what are the dangers of lemon bottle".
 */
export function headingTerms(query, vocabulary, planned = []) {
  const keys = (wording) => queryWords(wording)
    .filter((word) => word.length > 2 && !vocabulary.everywhere.has(word) && !vocabulary.questionWords.has(word))
    .map((word) => wordKey(word, vocabulary.forms));
  const typed = new Set(keys(query));
  return new Map([...planned.flatMap(keys).map((key) => [key, Weights.synonym]), ...[...typed].map((key) => [key, Weights.typed])]);
}

/**
 * How well a heading matches `terms` (see `headingTerms`), its words in any of their `forms` ("Lumps" and "lump",
 * "Swelling" and "swollen"): the weight of the terms it holds times the share of its words they are, so "Is it safe?"
 * answers "is mesotherapy safe" better than a long heading that names everything.
 */
export function headingMatches(heading, terms, forms = prepareWordForms()) {
  const words = queryWords(heading ?? "");
  const matched = new Set(words.map((word) => wordKey(word, forms)).filter((key) => terms.has(key)));
  const weight = [...matched].reduce((sum, key) => sum + terms.get(key), 0);
  return words.length === 0 ? 0 : (weight * matched.size) / words.length;
}

/**
 * The sections of a page, the one that best answers the query first: first the ones of a kind the query's question
 * asks for (`kinds`, see `intentSections`) and whose heading best matches `terms` (see `headingTerms` and
 * `headingMatches`; a word of the page's title tells its sections apart no better than none, so it counts only when
 * the title has every word), of those alike the one whose heading matches more, since a heading that names what is
 * asked answers more closely than one only of the kind asked ("Minoxidil" before "Other choices" for "is it better
 * than minoxidil"), then the ones whose excerpt shows the most different query words, then one whose heading
 * matches, then the one whose matches weigh most. The title and summary count for the page, not for its opening
 * section. Holds the page itself when Pagefind lists no section. `answer` says how well the section answers (its first
 * score), for `rankSections`, and `words` how many of the query's words its excerpt shows. Pagefind lists only the sections that hold a word of the query, so a heading of the
 * asked-for kind is taken from the page's anchors ("Does it last?" for "is kybella permanent"), with the words under
 * it as its excerpt.
 */
export function pageSections(data, terms = new Map(), kinds = new Set(), forms = prepareWordForms()) {
  const title = data.meta?.title ?? "";
  const titleWords = new Set(queryWords(title).map((word) => wordKey(word, forms)));
  const untitled = new Map([...terms].filter(([term]) => !titleWords.has(term)));
  const headingWords = untitled.size > 0 ? untitled : terms;
  const scored = (data.sub_results ?? []).map((section) => {
    const opening = section.url === data.url;
    const locations = section.weighted_locations ?? [];
    const named = opening ? 0 : (section.weight ?? 1) * headingMatches(section.title, headingWords, forms);
    const answer = named + (opening || !answersIntent(section.url, kinds) ? 0 : (section.weight ?? 1) * IntentWeight);
    const score = [
      answer,
      named,
      markedWords(section.excerpt ?? ""),
      !opening && locations.some((location) => location.weight > 1) ? 1 : 0,
      locations.filter((location) => !opening || location.weight <= 1).reduce((sum, location) => sum + location.balanced_score, 0),
    ];
    return { score, section: { title, heading: opening ? null : section.title, url: section.url, excerpt: section.excerpt, answer, words: score[2] } };
  });
  const listed = new Set((data.sub_results ?? []).map((section) => section.url));
  for (const anchor of data.anchors ?? []) {
    const url = `${data.url}#${anchor.id}`;
    if (!/^h[2-6]$/.test(anchor.element) || listed.has(url) || !answersIntent(url, kinds)) {
      continue;
    }
    const named = headingMatches(anchor.text, headingWords, forms);
    const answer = named + IntentWeight;
    const words = (data.content ?? "").split(/\s+/);
    const start = anchor.location + anchor.text.split(/\s+/).length;
    const excerpt = markWords(words.slice(start, start + ExcerptWords).join(" "), [...terms.keys()]);
    scored.push({ score: [answer, named, 0, 1, 0], section: { title, heading: anchor.text, url, excerpt, answer, words: 0 } });
  }
  const sections = scored.map((entry, order) => ({ ...entry, order }))
    .sort((x, y) => compareScores(y.score, x.score) || x.order - y.order)
    .map(({ section }) => section);
  return sections.length > 0 ? sections : [{ title, heading: null, url: data.url, excerpt: data.excerpt, answer: 0, words: 0 }];
}

/** A name as glossary entries and queries are compared: the key of each of its words (see `wordKey`). */
function namedKey(text, forms) {
  return phraseKeys(normalize(text), forms).words.join(" ");
}

/**
 * The glossary entry a query names, question words aside ("local anesthetic", "what is lidocaine"), as a result whose
 * excerpt is the definition, or null. A term's entry answers a query for the term or one of its synonyms.
 */
export function glossaryResult(query, vocabulary) {
  const named = keywords(query, vocabulary);
  const entry = vocabulary.glossary.entries.find((candidate) => candidate.names.includes(namedKey(named, vocabulary.forms)));
  return entry === undefined ? null
    : { title: vocabulary.glossary.title, heading: entry.term, url: entry.url, excerpt: markWords(entry.definition, named.split(" ")), type: null };
}

/**
 * A page's sections as Pagefind lists them (`data`, its `sub_results`), each that holds a glossary entry (an anchor whose
 * address is one of `termUrls`) pointing at the entry of its first match, under the term's name, rather than at the
 * letter heading above it: "mesoderm" opens "#mesoderm", not "#letter-m". Other pages' sections stay as they are.
 */
export function atGlossaryTerms(data, termUrls) {
  const terms = (data.anchors ?? []).filter((anchor) => termUrls.has(`${data.url}#${anchor.id}`));
  if (terms.length === 0) {
    return data;
  }
  const sub_results = (data.sub_results ?? []).map((section) => {
    const first = Math.min(...(section.locations ?? []));
    const term = terms.filter((anchor) => anchor.location <= first && anchor.location >= (section.anchor?.location ?? 0)).at(-1);
    return term === undefined ? section : { ...section, url: `${data.url}#${term.id}`, title: term.text };
  });
  return { ...data, sub_results };
}

/**
 * The shown results with the glossary entry the query names (see `glossaryResult`) listed once, second: the first
 * result stays first, since for a brand or a question the article that answers it is the better answer than the
 * definition (the judged queries grade it so), and the definition is still among the first results.
 */
export function withGlossaryEntry(shown, entry) {
  const others = shown.filter((result) => result.url !== entry.url);
  return [...others.slice(0, 1), entry, ...others.slice(1)];
}

/** Whether two phrases are the same words but for a plural "s" ("lump" and "lumps"). */
function sameButForPlurals(phrase, other) {
  return phrase.split(" ").map(singular).join(" ") === other.split(" ").map(singular).join(" ");
}

/** A word without a plural "s" ("injections" -> "injection"); words of three letters or fewer stay as they are. */
function singular(word) {
  return word.replace(/(?<=...)s$/, "");
}

/** How many different words Pagefind highlighted in an excerpt, a plural counting as its singular. */
export function markedWords(excerpt) {
  const words = markedTexts(excerpt)
    .map((text) => singular(normalize(text)))
    .filter((word) => word.length > 0);
  return new Set(words).size;
}

/** The texts Pagefind marked in an excerpt (`<mark>` around each match). */
function markedTexts(excerpt) {
  return [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]);
}

/** Positive when `score` is greater than `other`, compared value by value. */
function compareScores(score, other) {
  const index = score.findIndex((value, i) => value !== other[i]);
  return index < 0 ? 0 : score[index] - other[index];
}

/**
 * One list of sections from the pages read, best page first (each `{ type, sections }`, its sections best first, see
 * `pageSections`): each page's best section at its page's place, and its next section a place lower when that
 * section's heading answers the query or its excerpt shows more of the query's words (`words`) than the best one's,
 * since the judged answer to a question is often a second section of the page that leads. A section scores by its place in Pagefind's ranking of pages, a place counting less the lower
 * it is, and by how well it answers (`answer`); the place counts most: on the tuning set a heavier answer lowered MRR
 * (README "Search"). Articles stay before other pages.
 */
export function rankSections(pages, answerWeight = AnswerWeight) {
  const article = (result) => (result.type === "Articles" ? 0 : 1);
  const placed = pages.flatMap(({ type, sections }, place) => sections
    .filter((section, index) => index === 0 || (index === 1 && (section.answer >= SecondSectionAnswer || section.words > sections[0].words)))
    .map((section, index) => ({ result: { ...section, type }, place: place + index, order: index })));
  return placed.map((entry) => ({ ...entry, score: PlaceWeight / (entry.place + PlaceWeight) + answerWeight * entry.result.answer }))
    .sort((x, y) => article(x.result) - article(y.result) || y.score - x.score || x.place - y.place || x.order - y.order)
    .map(({ result }) => result);
}

/** The results that are articles (their ids in `articleIds`) before all others, each group in its own order. */
export function articlesFirst(results, articleIds) {
  return [...results.filter((result) => articleIds.has(result.id)), ...results.filter((result) => !articleIds.has(result.id))];
}

/**
 * Puts first the shown results whose title contains the whole query as typed ("what is mesotherapy" finds
 * "What is mesotherapy?"): searching without question words loses that, and re-adding them to the search
 * would download their large share of the index. Among those, the title with the fewest other words (`questionWords`
 * aside) comes first: "mesotherapy" finds "What is mesotherapy?" before "Mesotherapy for fat". The move stays within
 * each kind of result (articles, then sources), so a study whose title names the query never jumps above the
 * articles. `wordings` are the query in the articles' words, whose titles count too ("mesotherapie" finds "What is
 * mesotherapy?"). Otherwise keeps the order.
 */
export function promoteTitleMatches(shown, query, questionWords, wordings = []) {
  const wanted = [query, ...wordings].map((wording) => ` ${normalize(wording)} `);
  const matches = (result) => wanted.some((wording) => ` ${normalize(result.title)} `.includes(wording));
  const asked = new Set(wanted.flatMap((wording) => wording.trim().split(" ")));
  const otherWords = (result) => queryWords(result.title).filter((word) => !asked.has(word) && !questionWords.has(word)).length;
  const kinds = [...new Set(shown.map((result) => result.type))];
  return kinds.flatMap((kind) => {
    const ofKind = shown.filter((result) => result.type === kind);
    const titled = ofKind.filter(matches).map((result, order) => ({ result, order }))
      .sort((x, y) => otherWords(x.result) - otherWords(y.result) || x.order - y.order)
      .map(({ result }) => result);
    return [...titled, ...ofKind.filter((result) => !matches(result))];
  });
}

/** The words of a text that are neither question words nor words of a question shape (those `asks` holds), sorted, once each. */
function subjectOf(text, asks) {
  return [...new Set(queryWords(text).filter((word) => !asks(word)))].sort().join(" ");
}

/**
 * Whether a question names no topic of its own: without its asking words (`vocabulary.asks`) and its words for the
 * treatment itself (`vocabulary.treatment`) it is nothing ("how much does it cost", "will it hurt", "are the injections
 * painful") or only what every article is about (vocabulary.json `subject`, from site.yml: "who can do mesotherapy").
 */
export function namesNoTopic(query, vocabulary) {
  const words = queryWords(query);
  const asking = askingOrdinaryWord(words, vocabulary);
  const namesNothing = (word) => vocabulary.asks(word) || word === asking || vocabulary.treatment.has(wordKey(word, vocabulary.forms));
  const subject = subjectOf(query, namesNothing);
  return subject.length === 0 || subject === subjectOf(vocabulary.subject, namesNothing);
}

/**
 * For a query that names a topic ("back pain injections", "how long do kybella results last"), the results on a page whose
 * title holds one of the topic's words first among their kind, those whose title holds more of them first, each in their
 * order, and for a question only those that answer the kind of question asked (`kinds`, see `intentSections`): the topic chooses the page and the question its section, so
 * neither a page that names the topic in passing nor a word of the question ("last", "go out") decides which page
 * answers. The topic's words are the query's words that are
 * neither asking words (`vocabulary.asks`) nor the site's subject nor words for the treatment itself (`vocabulary.treatment`:
 * "injections"), with those of every phrase of a synonym group it names other than the subject's, since a title is in the
 * articles' words ("scalp shots" names "hair injections", and so the page about hair loss), all compared in any of their
 * forms. A phrase that holds its group's first phrase is that topic narrowed and adds nothing: "skin infection" names
 * infection, not the page about skin. Otherwise keeps the order.
 */
export function promoteTopicAnswers(shown, query, vocabulary, kinds) {
  const subject = new Set(queryWords(vocabulary.subject).map((word) => wordKey(word, vocabulary.forms)));
  const topicWords = (text) => queryWords(text).filter((word) => !vocabulary.asks(word)).map((word) => wordKey(word, vocabulary.forms))
    .filter((key) => !subject.has(key) && !vocabulary.treatment.has(key));
  const named = findSynonyms(query, vocabulary).found
    .filter((found) => topicWords(found.term).length > 0 && !found.group.includes(normalize(vocabulary.subject)));
  const groupWords = (group) => {
    const [head, ...others] = group.map(topicWords);
    const narrowsHead = (phrase) => head.length > 0 && head.every((key) => phrase.includes(key));
    return [...head, ...others.flatMap((phrase) => (narrowsHead(phrase) ? [] : phrase))];
  };
  const topic = new Set([...topicWords(query), ...named.flatMap((found) => groupWords(found.group))]);
  const titleWords = (result) => new Set(queryWords(result.title).map((word) => wordKey(word, vocabulary.forms)).filter((key) => topic.has(key))).size;
  return byEachType(shown, (result) => (kinds.size === 0 || answersIntent(result.url, kinds) ? titleWords(result) : 0));
}

/**
 * The shown results with each type's together (articles, sources), the types in the order they first come, and within
 * each type the results `first` holds before the others, each in its order.
 */
function firstOfEachType(shown, first) {
  return byEachType(shown, (result) => (first(result) ? 1 : 0));
}

/**
 * The shown results with each type's together, the types in the order they first come, and within each type the
 * results with a higher `rank` first, those of equal rank in their order.
 */
function byEachType(shown, rank) {
  const types = [...new Set(shown.map((result) => result.type))];
  return types.flatMap((type) => shown.filter((result) => result.type === type)
    .map((result, order) => ({ result, order, rank: rank(result) }))
    .sort((x, y) => y.rank - x.rank || x.order - y.order)
    .map(({ result }) => result));
}

/**
 * For a question about the subject itself (`query` without the words `asks` holds, the question words and the words of
 * the question shapes: "mesotherapy" in "is mesotherapy legit", "how much is mesotherapy" or "is mesotherapy painful"),
 * the results of the page whose title is that subject and question words only ("What is mesotherapy?") first among
 * their kind, when they are sections of a kind the question asks for (`kinds`, see `intentSections`): the overview
 * answers what is asked of the whole subject, a page about one use of it only that use. Not above a section of the kind
 * asked whose heading matches more of `named` (see `namingTerms`): "How many sessions" answers "how many sessions"
 * more closely than the overview's "What a session is like". Otherwise keeps the order.
 */
export function promoteSubjectTitle(shown, query, asks, kinds, named = new Map(), forms = prepareWordForms()) {
  const wanted = subjectOf(query, asks);
  const onSubject = (result) => wanted.length > 0 && subjectOf(result.title, asks) === wanted && answersIntent(result.url, kinds);
  const naming = (result) => headingMatches(result.heading, named, forms);
  const closest = Math.max(0, ...shown.filter((result) => !onSubject(result) && answersIntent(result.url, kinds)).map(naming));
  return firstOfEachType(shown, (result) => onSubject(result) && naming(result) >= closest);
}

/**
 * The words of a query that say what it asks about rather than how it asks (those `vocabulary.asks` holds aside, but
 * the words for the treatment kept: "sessions" in "how many sessions"), as `headingMatches` takes them.
 */
export function namingTerms(query, vocabulary) {
  const words = queryWords(query).filter((word) => word.length > 2 && !vocabulary.asks(word));
  return new Map(words.map((word) => [wordKey(word, vocabulary.forms), Weights.typed]));
}
