import type { LegalReference } from '@api/advisories';
import type { AppUse } from '@api/law';
import { findCitations, lawNameTable, numberToChinese } from '@/domain/law-citations';
import { advisoryRoutes } from '@/features/advisories/routes';
import { campaignRoutes } from '@/features/campaigns/routes';
import { lawRoutes as lawPages } from '@/features/law/routes';
import type { AppDeps } from '../../deps';
import { contentOf as advisoryContent } from '../advisories/advisory-view';
import { listPublicMentioning } from '../advisories/advisories-repository';
import { contentOf as campaignContent } from '../campaigns/campaign-view';
import { listAllPublished } from '../campaigns/campaigns-repository';
import citationIndex from './app-citations.json';
import { publishedQaCiting } from './qa-repository';

/**
 * 本条在本应用中的使用 (issue 17), for one article's page: the app's own rules and screens that
 * cite it (app-citations.json, written by `npm run law:citations` from the code), then the
 * published 消费提示/警示 and 专项整治 whose 法律依据 cites it, then the published 问答 cards.
 */

export type AppUsesDeps = Pick<AppDeps, 'db' | 'now'>;

/** law key → article number → the features citing it (see scripts/law-citations-scan.ts). */
const INDEX: Record<string, Record<string, AppUse[]> | undefined> = citationIndex;

/** Each kind of published content lists at most this many (newest first). */
export const USES_PER_KIND = 10;

/** The app's own rules and screens citing an article. */
export const codeUsesOf = (law: string, no: number): AppUse[] => INDEX[law]?.[String(no)] ?? [];

/**
 * Whether a structured reference ({ law: '消费者权益保护法', article: '第五十六条' }) cites the
 * article; `table` names the laws (lawNameTable(), with the imported ones to find those too).
 */
export function referenceCites(
  ref: LegalReference,
  law: string,
  no: number,
  table = lawNameTable(),
): boolean {
  const text = `${ref.law.trim().replace(/^《|》$/g, '')}${ref.article.trim()}`;
  return findCitations(text, table).some((c) => c.law === law && c.articles.includes(no));
}

export async function appUsesOf(
  deps: AppUsesDeps,
  law: string,
  no: number,
  table = lawNameTable(),
): Promise<AppUse[]> {
  const db = deps.db.db;
  const cites = (refs: LegalReference[]) => refs.some((ref) => referenceCites(ref, law, no, table));
  const [advisories, campaigns, cards] = await Promise.all([
    // Only those mentioning the number (a range's middle article, 第二十四至二十六条 for 25, is
    // missed: a price paid so that an article's page does not read every advisory).
    listPublicMentioning(db, deps.now().toISOString(), numberToChinese(no)),
    listAllPublished(db),
    publishedQaCiting(db, law, no),
  ]);
  const advisoryUses = advisories
    .map((row) => ({ id: row.id, content: advisoryContent(row) }))
    .filter(({ content }) => cites(content.legalBasis))
    .slice(0, USES_PER_KIND)
    .map(({ id, content }) => ({
      label: `消费${content.kind}：《${content.title}》`,
      path: advisoryRoutes.detail(id),
    }));
  const campaignUses = campaigns
    .map((row) => ({ id: row.id, content: campaignContent(row) }))
    .filter(({ content }) => cites(content.legalBasis))
    .slice(0, USES_PER_KIND)
    .map(({ id, content }) => ({
      label: `专项整治：${content.name}`,
      path: campaignRoutes.detail(id),
    }));
  const qaUses = cards.slice(0, USES_PER_KIND).map((card) => ({
    label: `问答：${card.question}`,
    path: lawPages.qaDetail(card.id),
  }));
  return [...codeUsesOf(law, no), ...advisoryUses, ...campaignUses, ...qaUses];
}
