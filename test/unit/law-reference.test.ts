import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_LAWS } from '@/domain/law-vocabulary';
import { BUILTIN_LAW_FILES, builtinLaws } from '../../server/src/features/law/builtin-laws';
import {
  articlesOf,
  parseLawText,
  type ParsedArticle,
} from '../../server/src/features/law/law-text-parser';

/**
 * Every article the library shows is the official wording: each built-in law's articles equal
 * the checked copies in ../shared/reference/laws (full/: whole texts, named 标题(版本日期).md;
 * one folder up: our excerpts, 标题-年份[-要条].md). The excerpts carry notes of ours: an article
 * with a （注：…） line is not compared, and "……" marks text they leave out.
 */

const REFERENCE = join(__dirname, '../../../shared/reference/laws');
const FULL = join(REFERENCE, 'full');
const present = existsSync(REFERENCE);

const stored = new Map(builtinLaws().map((law) => [law.key, law]));
/** The name a reference file uses: the title without 中华人民共和国. */
const bareTitle = (title: string) => title.replace(/^中华人民共和国/, '');
const keyOfName = new Map(BUILTIN_LAWS.map((law) => [bareTitle(law.title), law.key]));

const filesIn = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md') : [];

/** Same characters, whatever the paragraph breaks, spaces and ASCII punctuation. */
const normalised = (text: string) =>
  text
    .replace(/\s+/g, '')
    .replace(/[:;,()]/g, (c) => ({ ':': '：', ';': '；', ',': '，', '(': '（', ')': '）' })[c]!);

const byNumber = (articles: ParsedArticle[]) => new Map(articles.map((a) => [a.label, a]));

it('finds the reference copies (the repository checks out beside ../shared)', () => {
  // A checkout without ../shared skips the comparisons below; this project's CI has it.
  if (process.env.CI) expect(present).toBe(true);
  expect(filesIn(FULL).length > 0).toBe(present);
});

describe('whole texts (reference/laws/full)', () => {
  const files = filesIn(FULL);
  it('names a built-in law for every reference text, at the version the library shows', () => {
    for (const file of files) {
      const [, name, date] = /^(.+)\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(file) ?? [];
      const key = keyOfName.get(name);
      expect([file, key]).toEqual([file, expect.any(String)]);
      expect([file, BUILTIN_LAW_FILES[key!].versionDate]).toEqual([file, date]);
    }
  });

  it('holds every article of each whole text, word for word', () => {
    let compared = 0;
    for (const file of files) {
      const key = keyOfName.get(file.replace(/\(.*$/, ''))!;
      const law = stored.get(key)!;
      const reference = byNumber(articlesOf(parseLawText(readFileSync(join(FULL, file), 'utf8'))));
      const ours = articlesOf(law.parsed);
      if (law.entry.complete) expect([key, ours.length]).toEqual([key, reference.size]);
      for (const article of ours) {
        const theirs = reference.get(article.label);
        expect([key, article.label, article.text]).toEqual([key, article.label, theirs?.text]);
        compared += 1;
      }
    }
    expect(compared > 600).toBe(present);
  });
});

describe('excerpts (reference/laws/*.md)', () => {
  it('agrees with every excerpt article that carries no note of ours', () => {
    let compared = 0;
    for (const file of filesIn(REFERENCE)) {
      const key = keyOfName.get(file.replace(/-.*$/, ''));
      expect([file, key]).toEqual([file, expect.any(String)]);
      const law = stored.get(key!)!;
      const raw = readFileSync(join(REFERENCE, file), 'utf8');
      const noted = notedLabels(raw);
      const ours = byNumber(articlesOf(law.parsed));
      for (const excerpt of articlesOf(parseLawText(raw))) {
        if (noted.has(excerpt.label)) continue;
        const article = ours.get(excerpt.label);
        expect([key, excerpt.label, article !== undefined]).toEqual([key, excerpt.label, true]);
        const text = normalised(article!.text);
        if (!excerpt.partial) {
          expect([key, excerpt.label, text]).toEqual([
            key,
            excerpt.label,
            normalised(excerpt.text),
          ]);
        } else {
          // Each piece the excerpt keeps is in the article (a （节） may join list items).
          const pieces = normalised(excerpt.text)
            .split(/……|；/)
            // Where the excerpt cuts, its punctuation is its own (。 for the law's ：).
            .map((piece) => piece.replace(/^[，。：；]+|[，。：；]+$/g, ''))
            .filter(Boolean);
          for (const piece of pieces) {
            expect([key, excerpt.label, piece, text.includes(piece)]).toEqual([
              key,
              excerpt.label,
              piece,
              true,
            ]);
          }
        }
        compared += 1;
      }
    }
    // 投诉举报处理暂行办法 25, 消保法 16 of 17, 实施条例 13 of 14 (the others carry a note).
    expect(present ? compared >= 54 : compared === 0).toBe(true);
  });
});

/** The labels of excerpt articles followed by a （注：…） line of ours. */
function notedLabels(raw: string): Set<string> {
  const noted = new Set<string>();
  let current: string | undefined;
  for (const line of raw.split('\n')) {
    const start = /^(第[零一二三四五六七八九十百千]+条(?:之[零一二三四五六七八九十]+)?)[（\s]/.exec(
      line,
    );
    if (start) current = start[1];
    else if (/^\s*[（(]注[：:]/.test(line) && current) noted.add(current);
  }
  return noted;
}
