const q = encodeURIComponent;

/** The 投诉信息公示 pages (Taro page paths). */
export const disclosureRoutes = {
  /** 投诉公示: the published batches, newest first. */
  list: '/features/disclosure/pages/index/index',
  /** One batch: the industry table and chart, the trend, the ranked businesses. */
  batch: (id: string) => `/features/disclosure/pages/batch/index?id=${q(id)}`,
  /** Staff: exactly what the public will see, before it is public. */
  preview: (id: string) => `/features/disclosure/pages/batch/index?id=${q(id)}&preview=1`,
  /** One ranked business's published complaints and its statements. */
  business: (id: string, merchantId: string) =>
    `/features/disclosure/pages/business/index?id=${q(id)}&merchantId=${q(merchantId)}`,
  // Staff: batches by status (and open a new one), review one (rows, exclusions, objections,
  // notice, approval, withdrawal, corrections, exports).
  manage: '/features/disclosure/pages/manage/index',
  review: (id: string) => `/features/disclosure/pages/review/index?id=${q(id)}`,
  /** A merchant: the batches naming its businesses; object or add a statement. */
  mine: '/features/disclosure/pages/mine/index',
  // Staff: flagged businesses and industries with their follow-ups; record or edit one.
  followUps: '/features/disclosure/pages/follow-ups/index',
  newFollowUp: (target: { merchantId?: string; industry?: string; batchId?: string }) =>
    `/features/disclosure/pages/follow-up/index?${Object.entries(target)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${q(v as string)}`)
      .join('&')}`,
  followUp: (id: string) => `/features/disclosure/pages/follow-up/index?id=${q(id)}`,
  /** Staff: 3·15 值班值守. */
  duty: '/features/disclosure/pages/duty/index',
};
