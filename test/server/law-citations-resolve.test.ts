import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { KNOWN_LAWS } from '@/domain/advisory-vocabulary';
import { articleLabel, refOf } from '@/domain/law-citations';
import {
  buildIndex,
  citationSites,
  freshIndexText,
  INDEX_FILE,
  referenceSites,
  unknownCitations,
  unplacedSites,
  type CitationSite,
} from '../../scripts/law-citations-scan';
import { builtinLaws } from '../../server/src/features/law/builtin-laws';

/**
 * Issue 17: every citation in the app's own code (src/, server/src/, the quiz bank) names an
 * article the library holds, so each tap opens an article; and the index of those citations
 * (the article page's 本条在本应用中的使用) matches the code.
 */

/** The articles of every built-in law, loaded as the server loads them at start. */
const library = new Map<string, Set<number>>(
  builtinLaws().map((law) => [
    law.key,
    new Set(law.parsed.chapters.flatMap((chapter) => chapter.articles.map((a) => a.no))),
  ]),
);

const missingOf = (sites: CitationSite[]) =>
  sites.flatMap((site) =>
    site.articles
      .filter((no) => !library.get(site.law)?.has(no))
      .map(
        (no) => `${site.file}:${site.line} “${site.text}”：${site.law} ${articleLabel(no)}未收录`,
      ),
  );

describe('the app’s citations', () => {
  const sites = citationSites();

  it('are found in the screens, the rules and the quiz bank', () => {
    const files = new Set(sites.map((site) => site.file));
    expect(sites.length).toBeGreaterThan(100);
    expect([...files].filter((f) => f.startsWith('server/src/features/quiz/bank/'))).toEqual(
      expect.arrayContaining([
        'server/src/features/quiz/bank/questions.ts',
        'server/src/features/quiz/bank/questions-sanbao.ts',
      ]),
    );
    expect(files).toContain('src/features/privacy/texts.ts');
    expect(files).toContain('src/domain/refusal-reasons.ts');
  });

  it('each name an article the library holds', () => {
    expect(missingOf(sites).join('\n')).toBe('');
  });

  it('name only laws the library has (a citation of any other law is plain text)', () => {
    const unknown = unknownCitations().map(
      (found) => `${found.file}:${found.line} “${found.text}”：《${found.name}》不在法规库`,
    );
    expect(unknown.join('\n')).toBe('');
  });

  it('written as data (seeded advisories, the profile’s campaigns) each name an article too', () => {
    const references = referenceSites();
    expect(references.map((r) => r.file)).toEqual(
      expect.arrayContaining([
        'server/src/db/seed/demo-advisories.ts',
        'server/src/db/seed/region.json',
      ]),
    );
    const wrong = references.flatMap((r) => {
      const where = `${r.file}:${r.line} “${r.law}${r.article}”`;
      if (!r.cites) return [`${where}：法规或条号无法识别`];
      return r.cites.articles
        .filter((no) => !library.get(r.cites!.law)?.has(no))
        .map((no) => `${where}：${articleLabel(no)}未收录`);
    });
    expect(wrong.join('\n')).toBe('');
  });

  it('can be made by the advisory editor’s law names', () => {
    expect(KNOWN_LAWS.filter((law) => refOf(law, '第一条') === undefined)).toEqual([]);
  });

  it('all belong to a feature the article page can name', () => {
    expect(unplacedSites(sites).map((site) => `${site.file}:${site.line}`)).toEqual([]);
  });

  it('are indexed in app-citations.json as the code stands (else: npm run law:citations)', () => {
    const committed = readFileSync(INDEX_FILE, 'utf8');
    const fresh = freshIndexText();
    expect(committed === fresh ? 'fresh' : 'stale: run npm run law:citations').toBe('fresh');
  });
});

describe('the walker', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'law-citations-'));
    write(
      'src/features/complaints/texts.ts',
      [
        '// 投诉举报处理暂行办法 第十五条: checked within 7 working days.',
        "export const a = '依照《消费者权益保护法》第九百条办理';",
        "export const b = '见实施条例第十二条、《民法典》第五百条、本法第十条';",
      ].join('\n'),
    );
    write(
      'src/domain/pledge-text.ts',
      '/**\n * The statutory return (消费者权益保护法\n * 第二十五条) is for distance sales.\n */\n',
    );
    write(
      'server/src/features/quiz/bank/q.tsx',
      'export const q = <Text>部分商品修理更换退货责任规定第九条</Text>;\n',
    );
    write('server/src/features/quiz/bank/q.test.ts', "const t = '消费者权益保护法第一千条';\n");
    write('server/src/features/law/texts/x.ts', "const t = '消费者权益保护法第一千条';\n");
    write('server/src/db/migrations/0001_x.ts', '// 消费者权益保护法第二十四条\n');
    write(
      'server/src/db/seed/profile.json',
      '{ "legalBasis": [\n  { "law": "《中华人民共和国价格法》",\n    "article": "第十四条" },\n' +
        '  { "law": "民法典", "article": "第五百条" }\n] }\n',
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports the file, the line, the text and the article the library lacks', () => {
    const sites = citationSites(root);
    expect(missingOf(sites)).toEqual([
      'src/features/complaints/texts.ts:2 “《消费者权益保护法》第九百条”：consumer-protection 第九百条未收录',
    ]);
  });

  it('reads a comment’s spaced or broken citation at its own line, and skips tests and law texts', () => {
    const sites = citationSites(root).map((s) => [s.file, s.line, s.law, s.articles]);
    expect(sites).toEqual([
      ['server/src/db/migrations/0001_x.ts', 1, 'consumer-protection', [24]],
      ['server/src/features/quiz/bank/q.tsx', 1, 'goods-warranty', [9]],
      ['src/domain/pledge-text.ts', 2, 'consumer-protection', [25]],
      ['src/features/complaints/texts.ts', 1, 'complaint-report-measures', [15]],
      ['src/features/complaints/texts.ts', 2, 'consumer-protection', [900]],
    ]);
  });

  it('lists citations of laws outside the library in the texts users see, not 本法', () => {
    expect(unknownCitations(root).map((u) => [u.file, u.line, u.name])).toEqual([
      ['src/features/complaints/texts.ts', 3, '实施条例'],
      ['src/features/complaints/texts.ts', 3, '民法典'],
    ]);
  });

  it('reads a 法律依据 written as data, and says when it names no article it can read', () => {
    expect(referenceSites(root)).toEqual([
      {
        file: 'server/src/db/seed/profile.json',
        line: 2,
        law: '《中华人民共和国价格法》',
        article: '第十四条',
        cites: { law: 'price', articles: [14] },
      },
      { file: 'server/src/db/seed/profile.json', line: 4, law: '民法典', article: '第五百条' },
    ]);
  });

  it('indexes each article once per feature, with its label and page, and leaves the database out', () => {
    const index = buildIndex(citationSites(root));
    expect(index).toEqual({
      'consumer-protection': {
        '25': [{ label: '线下无理由退货承诺与倡议', path: '/features/pledges/pages/wall/index' }],
        '900': [{ label: '投诉处理', path: '/features/complaints/pages/new/index' }],
      },
      'complaint-report-measures': {
        '15': [{ label: '投诉处理', path: '/features/complaints/pages/new/index' }],
      },
      'goods-warranty': {
        '9': [{ label: '识假辨假答题', path: '/features/quiz/pages/index/index' }],
      },
    });
    expect(Object.keys(index)).toEqual([
      'consumer-protection',
      'complaint-report-measures',
      'goods-warranty',
    ]);
  });
});
