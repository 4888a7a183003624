// Writes server/src/features/law/app-citations.json: every article the app's own code cites, with
// the feature that cites it (the article page's 本条在本应用中的使用). Run after changing a
// citation: npm run law:citations (test/server/law-citations-resolve.test.ts fails until then).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  INDEX_FILE,
  ROOT,
  buildIndex,
  citationSites,
  indexText,
  unknownCitations,
  unplacedSites,
} from './law-citations-scan.ts';

const sites = citationSites();
const index = buildIndex(sites);
writeFileSync(INDEX_FILE, indexText(index));
const articles = Object.values(index).reduce((n, law) => n + Object.keys(law).length, 0);
console.log(`${relative(ROOT, INDEX_FILE)}: ${sites.length} citations, ${articles} articles`);

for (const site of unplacedSites(sites)) {
  console.warn(
    `not in the index (no feature for this file): ${site.file}:${site.line} ${site.text}`,
  );
}
for (const found of unknownCitations()) {
  console.warn(`a law the library lacks: ${found.file}:${found.line} ${found.text}`);
}
