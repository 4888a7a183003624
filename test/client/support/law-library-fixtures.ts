import fs from 'node:fs';
import path from 'node:path';
import type { ArticleDetail, LawArticle, LawSummary, LawText } from '@api/law';
import { articleLabel } from '@/domain/law-citations';

/** The words of the shipped 消费者权益保护法 (never typed by hand). */
const MARKDOWN = fs.readFileSync(
  path.join(__dirname, '../../../server/src/features/law/texts/consumer-protection.md'),
  'utf8',
);

/** One article's paragraphs as the server gives them, from the shipped text. */
export function articleText(no: number): string {
  const lines = MARKDOWN.split('\n');
  const label = articleLabel(no);
  const start = lines.findIndex((line) => line.startsWith(`${label} `));
  if (start < 0) throw new Error(`no ${label}`);
  const paragraphs = [lines[start].slice(label.length + 1).trim()];
  for (const line of lines.slice(start + 1)) {
    if (/^第[零一二三四五六七八九十百]+条 /.test(line) || line.startsWith('#')) break;
    if (line.trim()) paragraphs.push(line.trim());
  }
  return paragraphs.join('\n');
}

export const article = (no: number, patch: Partial<LawArticle> = {}): LawArticle => ({
  no,
  label: articleLabel(no),
  text: articleText(no),
  partial: false,
  ...patch,
});

export const lawSummary = (patch: Partial<LawSummary> = {}): LawSummary => ({
  key: 'consumer-protection',
  title: '中华人民共和国消费者权益保护法',
  shortTitle: '消费者权益保护法',
  kind: '法律',
  versionDate: '2013-10-25',
  complete: true,
  fullTextUrl: 'https://flk.npc.gov.cn/detail2.html?consumer',
  source: { name: '国家法律法规数据库', url: 'https://flk.npc.gov.cn/' },
  articleCount: 63,
  origin: 'builtin',
  revision: 'rev-1',
  ...patch,
});

/** Two chapters of the law, a few articles each. */
export const lawText = (patch: Partial<LawText> = {}): LawText => ({
  ...lawSummary(),
  preamble: ['1993年10月31日 第八届全国人民代表大会常务委员会第四次会议通过'],
  chapters: [
    { title: '第一章 总则', articles: [article(1), article(2)] },
    { title: '第三章 经营者的义务', articles: [article(24), article(25), article(26)] },
  ],
  ...patch,
});

export const articleDetail = (no = 25, patch: Partial<ArticleDetail> = {}): ArticleDetail => ({
  law: lawSummary(),
  chapter: '第三章 经营者的义务',
  article: article(no),
  previous: no - 1,
  next: no + 1,
  usedBy: [
    { label: '线下无理由退货承诺与倡议', path: '/features/pledges/pages/wall/index' },
    {
      label: '问答：网购的东西不想要了，能退吗？',
      path: '/features/law/pages/qa-detail/index?id=Q1',
    },
    { label: '节假日与工作日' },
  ],
  ...patch,
});
