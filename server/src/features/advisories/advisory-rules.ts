import type { AdvisoryContent } from '@api/advisories';
import type { Region } from '@api/region';
import { DEFAULT_ADVISORY_CATEGORIES, legalReferenceProblem } from '@/domain/advisory-vocabulary';
import { QUIZ_TOPICS } from '@/domain/quiz-vocabulary';

/** The county's advisory (and tip) categories. */
export const advisoryCategories = (region: Region): readonly string[] =>
  region.advisories?.categories ?? DEFAULT_ADVISORY_CATEGORIES;

/** Who may issue an advisory: the bureau, the council, the member units. */
export const advisoryIssuers = (region: Region): string[] => [
  region.bureau,
  region.council,
  ...(region.advisories?.memberUnits ?? []),
];

/** The content trimmed as it is stored. */
export function normaliseContent(content: AdvisoryContent): AdvisoryContent {
  return {
    ...content,
    title: content.title.trim(),
    body: content.body.replace(/\r\n?/g, '\n').trim(),
    category: content.category.trim(),
    issuer: content.issuer.trim(),
    legalBasis: content.legalBasis.map((r) => ({ law: r.law.trim(), article: r.article.trim() })),
    ...(content.season !== undefined && { season: content.season.trim() }),
    ...(content.merchant && {
      merchant: {
        merchantId: content.merchant.merchantId,
        ...(content.merchant.penaltyNo !== undefined && {
          penaltyNo: content.merchant.penaltyNo.trim(),
        }),
        ...(content.merchant.penaltyDate !== undefined && {
          penaltyDate: content.merchant.penaltyDate,
        }),
      },
    }),
  };
}

/**
 * Field problems beyond the schema: the profile's categories and issuers, well-formed legal
 * references, a window in order, a quiz topic that exists, and a named merchant only in a 警示
 * resting on a penalty decision (number and date, not in the future): 消费者权益保护法 第五十六条.
 */
export function contentProblems(
  content: AdvisoryContent,
  region: Region,
  today: string,
): Record<string, string> {
  const fields: Record<string, string> = {};
  if (content.title.length < 4) fields.title = '标题至少4个字';
  if (content.body.length < 10) fields.body = '正文至少10个字';
  if (!advisoryCategories(region).includes(content.category)) {
    fields.category = '请从列表中选择分类';
  }
  if (!advisoryIssuers(region).includes(content.issuer)) {
    fields.issuer = '请从列表中选择发布单位';
  }
  content.legalBasis.forEach((ref, i) => {
    const problem = legalReferenceProblem(ref);
    if (problem) fields[`legalBasis.${i}`] = problem;
  });
  if (content.validFrom && content.validUntil && content.validFrom > content.validUntil) {
    fields.validUntil = '有效期结束日期不能早于开始日期';
  }
  if (
    content.action?.kind === 'quiz' &&
    !(QUIZ_TOPICS as readonly string[]).includes(content.action.topic)
  ) {
    fields['action.topic'] = '请选择已有的答题主题';
  }
  const merchant = content.merchant;
  if (merchant) {
    if (content.kind !== '警示') {
      fields.merchant = '只有警示可以点名商家';
    } else {
      if (!merchant.penaltyNo) {
        fields['merchant.penaltyNo'] =
          '点名商家须依据已公布的行政处罚，请填写处罚决定书文号（消费者权益保护法第五十六条）';
      }
      if (!merchant.penaltyDate) {
        fields['merchant.penaltyDate'] = '请填写行政处罚决定日期';
      } else if (merchant.penaltyDate > today) {
        fields['merchant.penaltyDate'] = '处罚决定日期不能晚于今天';
      }
    }
  }
  return fields;
}

/** The text the public search looks in, lower-cased: the search compares it as stored. */
export const searchText = (content: AdvisoryContent) =>
  `${content.title}\n${content.body}`.toLowerCase();
