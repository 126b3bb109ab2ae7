// The search box in the header of every page and the search page at /search/?q=. Without JavaScript
// both forms still work: the header form opens the search page, which then lists every page instead.
// Pagefind, the query logic and the vocabulary load on first use, so pages that are only read pay nothing.

const box = document.querySelector("form[data-search-box]");
const pageForm = document.querySelector("form[data-search-page]");
const HeaderResults = 3;
const PageResults = 10;
const DelayMs = 150;
// The words this script shows, in English; a page in another language gives its own (templates/layout.html).
const Words = {
  noResults: "No results for “{query}”.",
  oneResult: "{count} result for “{query}”.",
  results: "{count} results for “{query}”.",
  seeAll: "See all {count} results",
  onSearchPage: "Search for “{query}” on the search page",
  unavailable: "Search is not available right now. Please try again later.",
  showingResultsFor: "Showing results for ",
  searchInsteadFor: ". Search instead for ",
  article: "Article",
  source: "Source",
  ...JSON.parse(document.getElementById("search-words")?.textContent ?? "{}"),
};

/** One of the words, with its {count} and {query} filled in. */
function say(name, values = {}) {
  return fill(Words[name], values);
}

/** Words with their {count} and {query} filled in. */
function fill(words, values) {
  return words.replace(/\{(count|query)\}/g, (_, key) => values[key]);
}
/** Pagefind's filter for article pages (data-pagefind-filter="type:Articles" in article.html). */
const OnlyArticles = { filters: { type: "Articles" } };
/** How many of the pages Pagefind finds for a word alone are read to tell the word from others of its stem. */
const StemChecks = 3;
/** How many of the best pages are read to choose the results whose section best answers the query. */
const RankedPages = 8;

let engine = null;

/** Loads Pagefind, the query module and the vocabulary once; later calls share the same promise. */
function loadEngine() {
  engine ??= (async () => {
    const [pagefind, query, vocabulary] = await Promise.all([
      import(box.dataset.pagefind),
      import(box.dataset.queryModule),
      fetch(box.dataset.vocabulary).then((response) => response.json()),
    ]);
    await pagefind.options(indexOptions(query));
    return {
      pagefind, query, vocabulary: query.prepareVocabulary(vocabulary), vocabularyUrl: box.dataset.vocabulary,
      articles: null, lists: new Map(), others: new Map(), editions: new Map(), rankedPages: RankedPages, ordinaryWords: null,
    };
  })();
  return engine;
}

/**
 * Pagefind's options for every index searched. Long articles answer most questions: a weaker page-length penalty than
 * Pagefind's (0.75) ranks them fairly against short source pages, and a slower term saturation than its 1.1 lets a page
 * that names the query's words often, as the page about them does, stay above one that names them in passing (README
 * "Search").
 */
function indexOptions(query) {
  return { baseUrl: box.dataset.baseUrl, excerptLength: query.ExcerptWords, ranking: { pageLength: 0.5, termSaturation: 2 } };
}

/** The generator's list for a listed word, fetched once; it sits beside the vocabulary. */
function wordList(loaded, word) {
  if (!loaded.lists.has(word)) {
    const url = new URL(`words/${encodeURIComponent(word)}.json`, new URL(loaded.vocabularyUrl, location.href));
    loaded.lists.set(word, fetch(url).then((response) => (response.ok ? response.json() : { results: [] })));
  }
  return loaded.lists.get(word);
}

/**
 * Adds the ordinary words, fetched once, for a query with a word the site does not have or of words that name nothing
 * (see `asksNothing`): only they need them.
 */
async function addOrdinaryWords(loaded, text) {
  if (loaded.ordinaryWords === null && (loaded.query.hasUnknownWord(text, loaded.vocabulary) || loaded.query.namesNothing(text, loaded.vocabulary))) {
    const url = new URL("ordinary-words.json", new URL(loaded.vocabularyUrl, location.href));
    loaded.ordinaryWords = fetch(url).then((response) => response.json())
      .then((words) => (loaded.vocabulary = loaded.query.withOrdinaryWords(loaded.vocabulary, words)));
  }
  await loaded.ordinaryWords;
}

/**
 * The ids of every article page: a filter with no words reads only the filter's part of the index, one small
 * download, where separate searches for articles and sources would run every synonym and looser search twice.
 */
async function articleIds(loaded) {
  loaded.articles ??= loaded.pagefind.search(null, OnlyArticles)
    .then((found) => new Set((found?.results ?? []).map((result) => result.id)));
  return loaded.articles;
}

/**
 * The results for a query, or for its correction when a word of it is not the site's and a near word is
 * (`corrected` holds the correction: "Showing results for ..."): of the corrections, nearest first, the first whose
 * every word is on one page, or else the nearest if it finds anything; a correction that finds nothing is never offered.
 * `asTyped` leaves the query uncorrected.
 */
async function search(loaded, text, type, count, asTyped) {
  await addOrdinaryWords(loaded, text);
  const plan = loaded.query.planSearches(text, loaded.vocabulary);
  const corrections = asTyped ? [] : plan.suggestions.map((suggestion) => ({ suggestion, plan: loaded.query.planSearches(suggestion, loaded.vocabulary) }));
  const options = type ? { filters: { type } } : {};
  // A wording the generator's word lists answer is left to them (see `searchPlan`): Pagefind's parts for it are its largest.
  const findsWhole = async ({ plan: corrected }) => corrected.listed.length > 0
    || ((await loaded.pagefind.search(corrected.searches[0].query, options))?.results.length ?? 0) > 0;
  const correction = (await findFirst(corrections, findsWhole)) ?? corrections[0];
  if (correction !== undefined) {
    const outcome = await searchPlan(loaded, correction.plan, correction.suggestion, type, count);
    if (outcome.total > 0) {
      return addGlossaryEntry(loaded, { ...outcome, corrected: correction.suggestion }, correction.suggestion, type, count);
    }
  }
  return addGlossaryEntry(loaded, { ...await searchPlan(loaded, plan, text, type, count), corrected: false }, text, type, count);
}

/** The first of `items` for which `test` holds, tried one after another, or undefined. */
async function findFirst(items, test) {
  for (const item of items) {
    if (await test(item)) {
      return item;
    }
  }
  return undefined;
}

/** The outcome with the glossary entry the query names among its first results, unless the reader chose a kind of page. */
function addGlossaryEntry(loaded, outcome, text, type, count) {
  const entry = type ? null : loaded.query.glossaryResult(text, loaded.vocabulary);
  if (entry === null) {
    return outcome;
  }
  const listed = outcome.shown.some((result) => result.url === entry.url);
  const shown = loaded.query.withGlossaryEntry(outcome.shown, entry).slice(0, count);
  return { ...outcome, total: outcome.total + (listed ? 0 : 1), shown };
}

/** Runs every search a plan holds (as typed, synonyms, looser) and merges them into one ranking. */
async function searchPlan(loaded, plan, text, type, count) {
  const { pagefind, query, vocabulary } = loaded;
  const options = type ? { filters: { type } } : {};
  if (query.asksNothing(text, vocabulary)) {
    return { total: 0, shown: [] };
  }
  if (plan.unmatched.length > 0) {
    // Only a search for the word alone tells whether an article has it. A source or the glossary naming it
    // ("microneedling") does not make the site cover it, unless the reader asked for sources.
    const scope = type === "Sources" ? options : OnlyArticles;
    const missing = (await Promise.all(plan.unmatched.map(async (word) => ((await anyPageHas(loaded, word, scope)) ? null : word)))).filter(Boolean);
    if (query.isUncovered(plan, missing) || query.startsWithName(text, missing, vocabulary)) {
      return { total: 0, shown: [] };
    }
  }
  const terms = query.headingTerms(text, vocabulary, plan.synonyms.map((search) => search.query));
  const kinds = new Set([...query.intentSections(text, vocabulary), ...query.countrySections(text, vocabulary)]);
  // On a large site Pagefind would download its largest index parts for the common and the patients' words; the
  // generator's lists of those words answer from titles, headings and summaries instead, and Pagefind runs only
  // when they find nothing.
  if (plan.listed.length > 0) {
    const found = query.listResults(await Promise.all(plan.listed.map((word) => wordList(loaded, word))), plan.listed, type);
    if (found.length > 0) {
      return { total: found.length, shown: query.promoteTitleMatches(found.slice(0, count), text, vocabulary.questionWords) };
    }
  }
  // A few more pages than are shown are read, so that a page ranked lower whose section answers the question can rise.
  const pagesRead = Math.max(count, loaded.rankedPages);
  const ranked = await rank(pagefind, query, plan, options, pagesRead);
  // With no type chosen, articles come first: a patient wants the plain-language answer before the studies
  // behind it, which the Sources filter (or the rest of the list) still finds.
  const ordered = type ? ranked : query.articlesFirst(ranked, await articleIds(loaded));
  const read = await Promise.all(ordered.slice(0, pagesRead).map(async (result) => {
    // Pagefind shares one object per page between its searches, so the other wordings' sections are read before the
    // page's own data.
    const others = [];
    for (const { weight, result: other } of result.others ?? []) {
      others.push({ weight, sections: query.atGlossaryTerms(await other.data(), vocabulary.glossary.urls).sub_results ?? [] });
    }
    const data = query.atGlossaryTerms(await result.data(), vocabulary.glossary.urls);
    const sections = query.allSections([{ weight: 1, sections: data.sub_results ?? [] }, ...others]);
    return { sections: query.pageSections({ ...data, sub_results: sections }, terms, kinds, vocabulary.forms), type: data.filters?.type?.[0] ?? null };
  }));
  // A query in patients' words ("mesotherapie") is also the title it names in the articles' words, its first synonym.
  const articlesWording = plan.needsSynonyms || plan.inOtherWords ? plan.synonyms.slice(0, 1).map((search) => search.query) : [];
  const topicless = kinds.size > 0 && query.namesNoTopic(text, vocabulary);
  const sections = query.rankSections(read, topicless ? query.TopiclessAnswerWeight : undefined);
  const byTitle = query.promoteTitleMatches(sections, text, vocabulary.questionWords, articlesWording);
  // A query naming a topic is answered on the topic's pages ("back pain injections", "how long do kybella results last").
  const onTopic = topicless ? byTitle : query.promoteTopicAnswers(byTitle, text, vocabulary, kinds);
  // A question that names nothing but how it is asked is about the site's subject ("is it worth it", "will it hurt").
  const answered = kinds.size > 0
    ? query.promoteSubjectTitle(onTopic, topicless ? vocabulary.subject : text, vocabulary.asks, kinds, query.namingTerms(text, vocabulary), vocabulary.forms)
    : onTopic;
  // A page read none of whose sections matches what the query is about is no result; when none of those read does,
  // nothing matched, though pages further down hold its common words.
  const matching = query.matchingResults(answered, plan, text, kinds, vocabulary);
  const pageOf = (result) => result.url.split("#")[0];
  const unmatched = new Set(answered.map(pageOf).filter((page) => !matching.some((result) => pageOf(result) === page)));
  return { total: matching.length === 0 ? 0 : ordered.length - unmatched.size, shown: matching.slice(0, count) };
}

/**
 * Whether a page `scope` admits has the word itself. Pagefind matches a word's stem, so "removal" finds pages that say
 * "removed"; the text of its first few pages tells.
 */
async function anyPageHas(loaded, word, scope) {
  const found = (await loaded.pagefind.search(word, scope))?.results ?? [];
  const texts = await Promise.all(found.slice(0, StemChecks).map(async (result) => (await result.data()).content));
  return texts.some((text) => loaded.query.hasWord(text, word));
}

/**
 * One ranking of the pages `options` admits: the planned searches, then synonyms and looser searches only when needed.
 * The looser searches run whenever the others find fewer pages than are read (`pagesRead`): a patient's long question or
 * description ("lumpy skin on thighs") may be held whole only by pages that name it in passing, and the page about
 * it, holding most of its words, then has a place among those read, where its title can name the topic
 * (`promoteTopicAnswers`). When even they find nothing, the last searches run (`plan.last`): a description no page
 * holds most of is still found by its words on their own, rather than "nothing matched". A long description's parts
 * (`plan.parts`) are then searched one by one, and its pages ranked by the parts they hold (`rankByParts`): the words
 * that name its subject, not the looser search that found a page first, choose the pages read. Each part's words are
 * the query's own or its synonyms' (see `queryParts`), whose index parts the searches before have mostly loaded.
 */
async function rank(pagefind, query, plan, options, pagesRead) {
  const run = (searches) => Promise.all(searches.map(async (planned) => {
    const found = await pagefind.search(planned.query, options);
    return { weight: planned.weight, results: found?.results ?? [] };
  }));
  // Each extra search may download more of the index, so synonyms and looser searches run only when needed.
  const lists = await run(plan.searches);
  if (plan.needsSynonyms || plan.inOtherWords || query.mergeResults(lists).length < query.FewResults) {
    lists.push(...await run(plan.synonyms));
  }
  if (query.mergeResults(lists).length >= pagesRead) {
    return query.mergeResults(lists);
  }
  lists.push(...await run(plan.looser));
  if (query.mergeResults(lists).length === 0) {
    lists.push(...await run(plan.last));
  }
  if (plan.parts.length === 0) {
    return query.mergeResults(lists);
  }
  const parts = await Promise.all(plan.parts.map(async (part) => ({ topic: part.topic, lists: (await run(part.searches.map((search) => ({ query: search })))).map((list) => list.results) })));
  return query.rankByParts(query.mergeResults(lists), parts);
}

/** Pagefind excerpts are escaped text with <mark> around matches; rebuild them without parsing HTML into the page. */
function excerptNodes(excerpt) {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html").body.firstChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== "MARK") {
      return document.createTextNode(node.textContent);
    }
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function resultItem(result) {
  const item = element("li", "search-result");
  const link = element("a", "search-result-link");
  link.href = result.url;
  link.append(element("span", "search-result-title", result.title));
  if (result.heading) {
    link.append(element("span", "search-result-section", result.heading));
  }
  // Another language's result says so in that language, which its reader reads ("En español").
  if (result.lang) {
    link.lang = result.lang;
    link.hreflang = result.lang;
    link.append(element("span", "search-result-language", result.languageLabel));
  }
  item.append(link);
  if (result.excerpt) {
    const excerpt = element("p", "search-result-excerpt");
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(excerpt);
  }
  if (result.type) {
    item.append(element("p", "search-result-type", say(result.type === "Sources" ? "source" : "article")));
  }
  return item;
}

function countText(total, text) {
  return say(total === 0 ? "noResults" : total === 1 ? "oneResult" : "results", { count: total, query: text });
}

/**
 * What the live region says: the count, and which correction was searched for instead. With another language's results
 * (the search page's `counts`), what each language found for what was searched in it, the other language's count in its
 * own words, as its results are labelled ("31 resultados en español para «micobacteria»."), and the page's own count
 * only when it found something: the line never says "No results" beside results.
 */
function statusNodes(outcome, text) {
  const there = (outcome.counts?.there ?? []).filter((other) => other.total > 0);
  if (there.length === 0) {
    return [outcome.corrected ? `${say("noResults", { query: text })} ${countText(outcome.total, outcome.corrected)}` : countText(outcome.total, text)];
  }
  const here = outcome.counts.here > 0 ? [`${countText(outcome.counts.here, outcome.corrected || text)} `] : [];
  return [...here, ...there.map(({ offer, total }) => {
    const count = document.createElement("span");
    count.textContent = fill(total === 1 ? offer.dataset.oneResult : offer.dataset.results, { count: total, query: text });
    count.lang = offer.dataset.lang;
    return count;
  })];
}

/** The search page's address for a query; `asTyped` asks it not to correct the query's spelling. */
function searchPageUrl(text, asTyped = false) {
  const url = new URL(box.action, location.href);
  url.search = new URLSearchParams(asTyped ? { q: text, spelling: "as-typed" } : { q: text }).toString();
  return url.href;
}

/**
 * Wires one form: searches as the reader types (the newest query wins), shows results, announces the
 * count in the form's live region, and moves through results with the arrow keys.
 */
function enhance(form, { list, status, count, render, clear, asTyped = () => false, find = search }) {
  const input = form.querySelector("[data-search-input]");
  let latest = 0;
  let timer = 0;

  async function run() {
    const text = input.value.trim();
    const ticket = ++latest;
    if (text === "") {
      clear();
      status.textContent = "";
      return;
    }
    try {
      const outcome = await find(await loadEngine(), text, form.elements.type?.value ?? "", count, asTyped());
      if (ticket === latest) {
        list.replaceChildren(...outcome.shown.map(resultItem));
        render(text, outcome);
        status.replaceChildren(...statusNodes(outcome, text));
      }
    } catch (failure) {
      if (ticket === latest) {
        status.textContent = say("unavailable");
        console.error(failure);
      }
    }
  }

  input.addEventListener("focus", () => loadEngine().catch(() => {}), { once: true });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, DelayMs);
  });
  input.addEventListener("keydown", (event) => {
    const first = list.querySelector("a");
    if (event.key === "ArrowDown" && first) {
      event.preventDefault();
      first.focus();
    } else if (event.key === "Escape") {
      if (!clear()) {
        input.value = "";
        status.textContent = "";
      }
    }
  });
  list.addEventListener("keydown", (event) => {
    const links = [...list.querySelectorAll("a")];
    const index = links.indexOf(document.activeElement);
    if (index < 0) {
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = index + (event.key === "ArrowDown" ? 1 : -1);
      (next < 0 ? input : links[Math.min(next, links.length - 1)]).focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      input.focus();
      clear();
    }
  });
  return { input, run };
}

/** The header box: a short list of results under the box, and a link to all of them on the search page. */
function enhanceHeader() {
  const popup = box.querySelector("[data-search-popup]");
  const list = popup.querySelector("[data-search-results]");
  const close = () => {
    const wasOpen = !popup.hidden;
    popup.hidden = true;
    return wasOpen;
  };
  const wired = enhance(box, {
    list,
    status: box.querySelector("[data-search-status]"),
    count: HeaderResults,
    render(text, outcome) {
      if (outcome.total > outcome.shown.length || outcome.total === 0) {
        const more = element("li", "search-more");
        const link = element("a", "", say(outcome.total === 0 ? "onSearchPage" : "seeAll", { count: outcome.total, query: text }));
        link.href = searchPageUrl(outcome.corrected || text);
        more.append(link);
        list.append(more);
      }
      popup.hidden = false;
    },
    clear: close,
  });
  box.addEventListener("focusout", (event) => {
    if (!box.contains(event.relatedTarget)) {
      close();
    }
  });
  return wired;
}

/** The search page: reads ?q= and ?type=, keeps the address up to date so results can be linked, offers corrections. */
function enhancePage() {
  const suggestion = document.querySelector("[data-search-suggestion]");
  const nothing = document.querySelector("[data-search-nothing]");
  const listings = document.querySelector("[data-search-listings]");
  const results = document.querySelector("main [data-search-results]");
  const filter = pageForm.querySelector("[data-search-filter]");
  const otherLanguages = [...document.querySelectorAll("[data-search-other-language]")];
  const params = new URLSearchParams(location.search);
  filter.hidden = false;
  // Set by a "Search instead for ..." link; typing a new query corrects again.
  let asTyped = params.get("spelling") === "as-typed";
  const wired = enhance(pageForm, {
    asTyped: () => asTyped,
    find: searchWithOtherLanguages,
    list: results,
    status: document.querySelector("main [data-search-status]"),
    count: PageResults,
    render(text, outcome) {
      listings.hidden = true;
      nothing.hidden = outcome.total > 0;
      suggestion.hidden = !outcome.corrected;
      otherLanguages.forEach((offer) => (offer.hidden = !outcome.offered.includes(offer)));
      outcome.offered.forEach((offer) => offerSearch(offer, text));
      if (outcome.corrected) {
        const original = element("a", "", text);
        original.href = searchPageUrl(text, true);
        suggestion.replaceChildren(say("showingResultsFor"), element("strong", "", outcome.corrected), say("searchInsteadFor"), original, ".");
      }
      remember(text);
    },
    clear() {
      results.replaceChildren();
      suggestion.hidden = true;
      otherLanguages.forEach((offer) => (offer.hidden = true));
      nothing.hidden = true;
      listings.hidden = false;
      remember("");
      return false;
    },
  });
  /**
   * The page's results and, for a query with a word the page's language does not know, those of any other language
   * it reads as (search-other-languages.js, loaded only then); `offered` holds the languages whose search the page
   * then offers too.
   */
  async function searchWithOtherLanguages(loaded, text, type, count, asTyped) {
    if (otherLanguages.length === 0 || loaded.query.knowsEveryWord(text, loaded.vocabulary)) {
      return { ...await search(loaded, text, type, count, asTyped), offered: [] };
    }
    const { searchWithOtherLanguages: withOthers } = await import(pageForm.dataset.otherLanguagesModule);
    return withOthers({ loaded, text, type, count, asTyped, offers: otherLanguages, search, indexOptions, pagefindUrl: box.dataset.pagefind });
  }
  /** Shows the link to another language's search for the query. */
  function offerSearch(offer, text) {
    const link = offer.querySelector("a");
    const url = new URL(link.href);
    url.search = new URLSearchParams({ q: text }).toString();
    link.href = url.href;
    offer.querySelector("[data-search-other-query]").textContent = text;
  }
  function remember(text) {
    const next = new URLSearchParams();
    if (text) {
      next.set("q", text);
    }
    if (pageForm.elements.type.value) {
      next.set("type", pageForm.elements.type.value);
    }
    if (asTyped && text) {
      next.set("spelling", "as-typed");
    }
    const query = next.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  }
  wired.input.addEventListener("input", () => {
    asTyped = false;
  });
  pageForm.addEventListener("submit", (event) => {
    event.preventDefault();
    wired.run();
  });
  filter.addEventListener("change", () => wired.run());
  const type = params.get("type") ?? "";
  const radio = [...pageForm.elements.type].find((option) => option.value === type);
  if (radio) {
    radio.checked = true;
  }
  wired.input.value = params.get("q") ?? "";
  if (wired.input.value.trim() !== "") {
    wired.run();
  }
  return wired;
}

if (box) {
  const header = enhanceHeader();
  const page = pageForm ? enhancePage() : null;
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      (page ?? header).input.focus();
    }
  });
}
