// The search page's results in another language (search.js loads this module only for a query with a word the page's
// language does not know): that language's Pagefind index and vocabulary, searched when the query reads as its.

/**
 * The page's results and, when the query reads as another language's (see `readsAsOtherLanguage`), that language's
 * results from its own index, marked with their language and merged by `withOtherLanguage`; `offered` holds the
 * languages whose search the page then offers too. The other index is loaded only for a query that reads as its
 * language's. `search` and `indexOptions` are search.js's own, so both languages are searched and ranked alike.
 */
export async function searchWithOtherLanguages({ loaded, text, type, count, asTyped, offers, search, indexOptions, pagefindUrl }) {
  const searchHere = search(loaded, text, type, count, asTyped);
  const searchThere = async (offer) => search(await otherEdition(loaded, offer, indexOptions, pagefindUrl), text, type, count, asTyped);
  const found = await Promise.all(offers.map(async (offer) => {
    const there = await otherVocabulary(loaded, offer.dataset.vocabulary);
    // A query that reads as that language's whatever the page finds (`found` not yet known) is searched there at once.
    const early = loaded.query.readsAsOtherLanguage(text, loaded.vocabulary, there, null) ? searchThere(offer) : null;
    const foundHere = (await searchHere).total;
    if (!loaded.query.readsAsOtherLanguage(text, loaded.vocabulary, there, foundHere)) {
      return null;
    }
    const theirs = await (early ?? searchThere(offer));
    const marked = theirs.shown.map((result) => ({ ...result, lang: offer.dataset.lang, languageLabel: offer.dataset.resultLabel }));
    return { offer, total: theirs.total, shown: marked, first: loaded.query.readsPlainlyAsOtherLanguage(text, loaded.vocabulary, there, foundHere) };
  }));
  const own = await searchHere;
  const others = found.filter(Boolean);
  const shown = others.reduce((list, other) => loaded.query.withOtherLanguage(list, other.shown, other.first), own.shown);
  const total = others.reduce((sum, other) => sum + other.total, own.total);
  return { ...own, total, shown: shown.slice(0, count), offered: others.map((other) => other.offer) };
}

/**
 * Another language's search (the search page names it, `offer`): its Pagefind index, vocabulary and word lists, made on
 * the first query that reads as that language's, so that other queries never download them. Pagefind's script keeps one
 * language's WebAssembly per copy of itself (and its worker), so the other language has a copy of its own, imported
 * under another address; and it chooses an instance's index by the page's <html lang> when the instance is made, with
 * no option to choose another, so the page names the other language for that one synchronous call.
 */
function otherEdition(loaded, offer, indexOptions, pagefindUrl) {
  const { lang, vocabulary } = offer.dataset;
  if (!loaded.editions.has(lang)) {
    loaded.editions.set(lang, (async () => {
      const script = new URL(pagefindUrl, location.href);
      script.search = new URLSearchParams({ language: lang }).toString();
      const copy = await import(script.href);
      const root = document.documentElement;
      const own = root.lang;
      root.lang = lang;
      let pagefind;
      try {
        pagefind = copy.createInstance({});
      } finally {
        root.lang = own;
      }
      await pagefind.options(indexOptions(loaded.query));
      return { pagefind, query: loaded.query, vocabulary: await otherVocabulary(loaded, vocabulary), vocabularyUrl: vocabulary, articles: null, lists: new Map() };
    })());
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
