import { readFileSync } from 'fs';
import { join } from 'path';
import type { ArticleDetail, LawSummary, QaCard, QaContent, StaffQa } from '@api/law';
import { articleLabel } from '@/domain/law-citations';

/** A law as the library lists it. */
export const lawSummary = (patch: Partial<LawSummary> = {}): LawSummary => ({
  key: 'consumer-protection',
  title: '中华人民共和国消费者权益保护法',
  shortTitle: '消费者权益保护法',
  kind: '法律',
  versionDate: '2013-10-25',
  complete: true,
  fullTextUrl: 'https://flk.npc.gov.cn/',
  source: { name: '国家法律法规数据库', url: 'https://flk.npc.gov.cn/' },
  articleCount: 63,
  origin: 'builtin',
  revision: '0123456789abcdef',
  ...patch,
});

/**
 * One article of a shipped law, its words read from server/src/features/law/texts (never typed
 * here): the lines from "第X条 " to the next article or heading.
 */
export function articleDetail(law: string, no: number, title: string): ArticleDetail {
  const file = join(__dirname, '../../../server/src/features/law/texts', `${law}.md`);
  const lines = readFileSync(file, 'utf8').split('\n');
  const label = articleLabel(no);
  const start = lines.findIndex((line) => line.startsWith(`${label} `));
  if (start < 0) throw new Error(`${law} has no ${label}`);
  const body = [lines[start].slice(label.length + 1)];
  for (const line of lines.slice(start + 1)) {
    if (/^(第[零一二三四五六七八九十百千]+条 |#)/.test(line)) break;
    if (line.trim()) body.push(line.trim());
  }
  return {
    law: lawSummary({ key: law, title }),
    chapter: '',
    article: { no, label, text: body.join('\n'), partial: false },
    usedBy: [],
  };
}

export const content = (patch: Partial<QaContent> = {}): QaContent => ({
  topic: '七天无理由',
  question: '网上买的东西不喜欢，能退吗？',
  answer:
    '多数网购商品收到之日起七日内可以无理由退货。\n定做的、鲜活易腐的、已拆封的音像制品等除外。\n退回商品的运费一般由消费者承担，商家另有约定的从约定。',
  citations: [{ law: 'consumer-protection', no: 25 }],
  ...patch,
});

export const qaCard = (serial: number, patch: Partial<QaCard> = {}): QaCard => ({
  id: `01JLAWQA${String(serial).padStart(18, '0')}`,
  topic: '七天无理由',
  question: `第${serial}问：网上买的东西不喜欢，能退吗？`,
  answer: content().answer,
  citations: [
    {
      law: 'consumer-protection',
      no: 25,
      lawTitle: '中华人民共和国消费者权益保护法',
      label: '第二十五条',
    },
  ],
  publishedAt: '2026-03-10T02:00:00.000Z',
  version: 1,
  ...patch,
});

export const staffQa = (serial: number, patch: Partial<StaffQa> = {}): StaffQa => ({
  id: `01JLAWQA${String(serial).padStart(18, '0')}`,
  status: 'submitted',
  version: 1,
  content: content({ question: `第${serial}问：网上买的东西不喜欢，能退吗？` }),
  authorName: '系统预置',
  createdAt: '2026-03-10T02:00:00.000Z',
  updatedAt: '2026-03-11T02:00:00.000Z',
  submittedAt: '2026-03-11T02:00:00.000Z',
  ...patch,
});
