const q = encodeURIComponent;

/** The 专项整治 pages (Taro page paths). */
export const campaignRoutes = {
  /** Published campaigns: active, upcoming, ended. */
  list: '/features/campaigns/pages/index/index',
  /** One campaign: period, lead unit, targets, what to report, legal basis, advisories, 我要举报. */
  detail: (id: string) => `/features/campaigns/pages/detail/index?id=${q(id)}`,
  // Staff: every campaign by status (and 新建); edit one; its reports by status, town and map.
  manage: '/features/campaigns/pages/manage/index',
  create: '/features/campaigns/pages/edit/index',
  edit: (id: string) => `/features/campaigns/pages/edit/index?id=${q(id)}`,
  stats: (id: string) => `/features/campaigns/pages/stats/index?id=${q(id)}`,
};
