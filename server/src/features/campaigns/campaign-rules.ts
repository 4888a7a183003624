import type { CampaignContent } from '@api/campaigns';
import { legalReferenceProblem } from '@/domain/advisory-vocabulary';
import { CAMPAIGN_LIMITS } from '@/domain/campaign-vocabulary';

/** The content trimmed as it is stored (blank list items dropped, repeats once). */
export function normaliseCampaign<C extends Omit<CampaignContent, 'cover'>>(content: C): C {
  const reportable = [
    ...new Set(content.reportable.map((item) => item.trim()).filter((item) => item.length > 0)),
  ];
  return {
    ...content,
    name: content.name.trim(),
    leadUnit: content.leadUnit.trim(),
    targets: content.targets.replace(/\r\n?/g, '\n').trim(),
    reportable,
    legalBasis: content.legalBasis.map((r) => ({ law: r.law.trim(), article: r.article.trim() })),
  };
}

/** Days from one date to another, both included. */
export const periodDays = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/**
 * Field problems beyond the schema, checked on trimmed content: lengths after trimming, the
 * period in order and at most CAMPAIGN_LIMITS.maxDays, legal references well formed.
 */
export function campaignProblems(content: Omit<CampaignContent, 'cover'>): Record<string, string> {
  const L = CAMPAIGN_LIMITS;
  const fields: Record<string, string> = {};
  if (content.name.length < L.name.min) fields.name = `名称至少${L.name.min}个字`;
  if (content.leadUnit.length < L.leadUnit.min) fields.leadUnit = '请填写牵头单位';
  if (content.targets.length < L.targets.min) {
    fields.targets = `整治重点至少${L.targets.min}个字`;
  }
  if (content.reportable.length === 0) fields.reportable = '请至少填写一项可举报事项';
  content.reportable.forEach((item, i) => {
    if (item.length < L.reportable.min) {
      fields[`reportable.${i}`] = `每项至少${L.reportable.min}个字`;
    }
  });
  if (content.periodTo < content.periodFrom) {
    fields.periodTo = '结束日期不能早于开始日期';
  } else if (periodDays(content.periodFrom, content.periodTo) > L.maxDays) {
    fields.periodTo = `整治期限不能超过${L.maxDays}天`;
  }
  content.legalBasis.forEach((ref, i) => {
    const problem = legalReferenceProblem(ref);
    if (problem) fields[`legalBasis.${i}`] = problem;
  });
  return fields;
}
