// The browser side of index_part_bounds.py: runs each word it wrote through Pagefind's own search script (the site's
// pagefind.js) in headless Chromium, on a fresh page each so that no part loaded before helps, and prints whether the
// results hold every page with the word and which index parts the query downloaded (docs/performance.md, "Words at
// the end of index parts"). The site must be served at the given address.
//   node tests/benchmarks/index_part_queries.cjs <playwright package> <address> <site output> <queries.json>
"use strict";
const fs = require("fs");
const [playwright, address, site, queriesFile] = process.argv.slice(2);
const { chromium } = require(playwright);
const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));

(async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  let found = 0;
  for (const { language, query, part, pages } of queries) {
    const page = await browser.newPage();
    const parts = [];
    page.on("request", (request) => {
      const match = request.url().match(/\/pagefind\/index\/([^/]+)\.pf_index/);
      if (match) parts.push(match[1]);
    });
    await page.goto(`${address}/${language === "en" ? "" : `${language}/`}`);
    const ids = new Set(await page.evaluate(async (term) => {
      const pagefind = await import("/pagefind/pagefind.js");
      return (await pagefind.search(term)).results.map((result) => result.id);
    }, query));
    const missing = pages.filter((id) => !ids.has(id)).length;
    found += missing === 0;
    const bytes = parts.reduce((sum, name) => sum + fs.statSync(`${site}/pagefind/index/${name}.pf_index`).size, 0);
    console.log(`${language} ${query.padEnd(16)} pages ${pages.length} missing ${missing} parts ${parts.length}` +
      ` (its own ${parts.includes(part) ? "among them" : "NOT among them"}) ${(bytes / 1024).toFixed(1)} KB`);
    await page.close();
  }
  console.log(`${found} of ${queries.length} queries found every page with their word`);
  await browser.close();
})();
