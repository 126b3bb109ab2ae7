// The search page's results in another language (search.js loads this module only for a query with a word the page's
// language does not know): that language's Pagefind index and vocabulary, searched when the query reads as its.

/** How many results another language's index gives (README "Search"). */
const OtherLanguageResults = 3;

/**
 * How many of its best pages another language's index reads to rank them: one more than it shows, so that a section
 * answering the question ("¿es segura la mesoterapia?") can rise from below the first three; each page read is one
 * more excerpt to download (docs/performance.md, "Search: questions as patients ask them").
 */
const OtherLanguagePagesRead = 4;

/**
 * The page's results and, when the query reads as another language's (see `readsAsOtherLanguage`), that language's
 * results from its own index, marked with their language and merged by `withOtherLanguage`; `offered` holds the
 * languages whose search the page then offers too. The other index is loaded only for a query that reads as its
 * language's, and a query that reads plainly as its language's is searched only there unless nothing matches there:
 * the page's own index would download as much again. `search` and `indexOptions` are search.js's own, so both
 * languages are searched and ranked alike.
 */
export async function searchWithOtherLanguages({ loaded, text, type, count, asTyped, offers, search, indexOptions, pagefindUrl }) {
  const { query } = loaded;
  const others = await Promise.all(offers.map(async (offer) => ({ offer, vocabulary: await otherVocabulary(loaded, offer.dataset.vocabulary) })));
  const searchThere = async ({ offer, vocabulary }) => {
    const edition = await otherEdition(loaded, offer, vocabulary, indexOptions, pagefindUrl);
    const found = await search(edition, query.otherLanguageWording(text, loaded.vocabulary, vocabulary), type, OtherLanguageResults, asTyped);
    const marked = found.shown.map((result) => ({ ...result, lang: offer.dataset.lang, languageLabel: offer.dataset.resultLabel }));
    return { offer, total: found.total, shown: marked };
  };
  const plainly = others.filter((other) => query.readsPlainlyAsOtherLanguage(text, loaded.vocabulary, other.vocabulary, null));
  if (plainly.length > 0) {
    const found = (await Promise.all(plainly.map(searchThere))).filter((there) => there.total > 0);
    if (found.length > 0) {
      return merged(query, { total: 0, shown: [], corrected: false, searched: false }, found.map((there) => ({ ...there, first: true })), count);
    }
  }
  const searchHere = search(loaded, text, type, count, asTyped);
  const found = await Promise.all(others.map(async (other) => {
    // A query that reads as that language's whatever the page finds (`found` not yet known) is searched there at once.
    const early = query.readsAsOtherLanguage(text, loaded.vocabulary, other.vocabulary, null) ? searchThere(other) : null;
    const foundHere = (await searchHere).total;
    if (!query.readsAsOtherLanguage(text, loaded.vocabulary, other.vocabulary, foundHere)) {
      return null;
    }
    return { ...await (early ?? searchThere(other)), first: query.readsPlainlyAsOtherLanguage(text, loaded.vocabulary, other.vocabulary, foundHere) };
  }));
  return merged(query, { ...await searchHere, searched: true }, found.filter(Boolean), count);
}

/**
 * The page's own outcome (`own`, `searched` false when the page's index was not searched) with other languages' results
 * (`others`) merged into its list and its count; `counts` holds what each language found, which the status announces.
 */
function merged(query, own, others, count) {
  const shown = others.reduce((list, other) => query.withOtherLanguage(list, other.shown, other.first), own.shown);
  const total = others.reduce((sum, other) => sum + other.total, own.total);
  const counts = { here: own.searched ? own.total : null, there: others.map((other) => ({ offer: other.offer, total: other.total })) };
  return { ...own, total, shown: shown.slice(0, count), offered: others.map((other) => other.offer), counts };
}

/**
 * Another language's search (the search page names it, `offer`): its Pagefind index, vocabulary and word lists, made on
 * the first query that reads as that language's, so that other queries never download them; its Pagefind instance only
 * on the first search that needs the index, so that a query that language's word lists answer downloads none of it,
 * not even its WebAssembly and metadata. Pagefind's script keeps one language's WebAssembly per thread: the page's
 * language searches in Pagefind's worker, so the first other language searches on the page's thread (`noWorker`) with
 * the same script, and any further one in a copy of the script imported under another address, which has a worker of
 * its own. Pagefind chooses an instance's index by the page's <html lang> when the instance is made, with no option to
 * choose another, so the page names the other language for that one synchronous call.
 */
function otherEdition(loaded, offer, vocabulary, indexOptions, pagefindUrl) {
  const { lang } = offer.dataset;
  if (!loaded.editions.has(lang)) {
    const onPageThread = loaded.editions.size === 0;
    let instance = null;
    const index = () => (instance ??= (async () => {
      const script = new URL(pagefindUrl, location.href);
      script.search = new URLSearchParams({ language: lang }).toString();
      const copy = onPageThread ? loaded.pagefind : await import(script.href);
      const root = document.documentElement;
      const own = root.lang;
      root.lang = lang;
      let pagefind;
      try {
        pagefind = copy.createInstance({ noWorker: onPageThread });
      } finally {
        root.lang = own;
      }
      await pagefind.options(indexOptions(loaded.query));
      return pagefind;
    })());
    loaded.editions.set(lang, {
      pagefind: { search: async (...args) => (await index()).search(...args) },
      query: loaded.query, vocabulary, vocabularyUrl: offer.dataset.vocabulary, articles: null, lists: new Map(),
      rankedPages: OtherLanguagePagesRead, ordinaryWords: null,
    });
  }
  return loaded.editions.get(lang);
}

/** Another language's vocabulary (its search page names it), fetched once. */
function otherVocabulary(loaded, url) {
  if (!loaded.others.has(url)) {
    loaded.others.set(url, fetch(url).then((response) => response.json()).then((file) => loaded.query.prepareVocabulary(file)));
  }
  return loaded.others.get(url);
}
