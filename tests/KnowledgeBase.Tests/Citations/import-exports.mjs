// Imports every source's .bib and .ris download from a built site with Citation.js, the parser behind several
// reference managers, and compares what it read with the source's CSL-JSON download. Prints one line per
// difference and exits with 1 when there is any; run by ReferenceExportTests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

const folder = join(process.argv[2], 'references');
const keys = readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
const problems = [];

// "et al." is "and others" in BibTeX, which Citation.js reads as an author called "others". In an RIS news record
// AU is the reporter, as the RIS format defines it, and Citation.js reads it into "reporter", one name as written.
const names = (item) => (item.author ?? (item.reporter === undefined ? [] : [{ literal: item.reporter }]))
  .filter((name) => name.family !== 'others')
  .map((name) => name.literal ?? [name.family, name.given].filter(Boolean).join(', '));
const year = (item) => item.issued?.['date-parts']?.[0]?.[0];
const compared = {
  title: (item) => item.title,
  'container-title': (item) => item['container-title'] ?? item.publisher,
  year,
  volume: (item) => item.volume,
  issue: (item) => item.issue,
  page: (item) => item.page,
  DOI: (item) => item.DOI,
  // Citation.js percent-encodes a BibTeX url again ("%2F" becomes "%252F"); decodeURI undoes only that.
  URL: (item) => (item.URL === undefined ? undefined : decodeURI(item.URL)),
  authors: (item) => JSON.stringify(names(item)),
};

for (const key of keys) {
  const expected = JSON.parse(readFileSync(join(folder, `${key}.json`), 'utf8'));
  if (!Array.isArray(expected) || expected.length !== 1) {
    problems.push(`${key}.json: expected an array of one item`);
    continue;
  }
  for (const format of ['bib', 'ris']) {
    let imported;
    try {
      imported = new Cite(readFileSync(join(folder, `${key}.${format}`), 'utf8')).data;
    } catch (error) {
      problems.push(`${key}.${format}: does not import: ${error.message}`);
      continue;
    }
    if (imported.length !== 1) {
      problems.push(`${key}.${format}: imports as ${imported.length} items, not 1`);
      continue;
    }
    for (const [field, read] of Object.entries(compared)) {
      if (format === 'ris' && field === 'issue' && expected[0].type === 'article-newspaper') {
        continue; // RIS has no issue for a news item (Citation.js drops IS there).
      }
      if (format === 'ris' && field === 'page' && expected[0].type === 'webpage') {
        continue; // Nor pages for an electronic source (ELEC), such as a decree seen in an online gazette.
      }
      const want = read(expected[0]);
      const got = read(imported[0]);
      if (String(want ?? '') !== String(got ?? '')) {
        problems.push(`${key}.${format}: ${field} is ${JSON.stringify(got)}, the CSL-JSON has ${JSON.stringify(want)}`);
      }
    }
  }
}

console.log(`imported ${keys.length * 2} files from ${keys.length} sources`);
for (const problem of problems) {
  console.log(problem);
}
process.exit(problems.length === 0 ? 0 : 1);
