/**
 * 放心消费示范单位 year rule, the same on the application form, the review and the merchant's page.
 *
 * Titles are handed out at the county's 3·15 event (授牌 on the schedule), so a title belongs to the
 * campaign year of the county profile (theme.year: 2027 for the 2027-03-15 event), the year the
 * application form names. The calendar year of the review is not it: an application approved in
 * December 2026 is for the 2027 award.
 */
export const modelUnitYear = (profile: { theme: { year: number } }): number => profile.theme.year;

interface Title {
  year: number;
  status: 'active' | 'expired' | 'revoked';
}

export type ApplyBlock<T extends Title> =
  { reason: 'open' } | { reason: 'awarded'; title: T } | { reason: 'revoked'; title: T };

/**
 * Why the merchant cannot apply for this year's title now, or undefined when it can: an
 * application is waiting, or this year's title was granted (an expired one may be renewed) or
 * revoked. Without the year (profile not loaded) any valid title counts as this year's.
 */
export function applyBlock<T extends Title>(
  year: number | undefined,
  open: boolean,
  titles: readonly T[],
): ApplyBlock<T> | undefined {
  if (open) return { reason: 'open' };
  const ofYear = titles.filter((t) =>
    year === undefined ? t.status === 'active' : t.year === year,
  );
  const awarded = ofYear.find((t) => t.status === 'active');
  if (awarded) return { reason: 'awarded', title: awarded };
  const revoked = ofYear.find((t) => t.status === 'revoked');
  if (revoked) return { reason: 'revoked', title: revoked };
  return undefined;
}

/** The block in one plain sentence (the server's refusal and the page's note). */
export function applyBlockMessage(block: ApplyBlock<Title>): string {
  switch (block.reason) {
    case 'open':
      return '已有审核中的示范单位申请，请等待审核结果';
    case 'awarded':
      return `已是${block.title.year}年度放心消费示范单位，无需重复申请`;
    case 'revoked':
      return `${block.title.year}年度示范单位称号已被撤销，${block.title.year + 1}年度可再申请`;
  }
}
