/** The advisory pages (Taro page paths). */
export const advisoryRoutes = {
  /** 消费提示: official advisories, and consumer tips on the second tab. */
  list: '/features/advisories/pages/index/index',
  tipsTab: '/features/advisories/pages/index/index?tab=tips',
  detail: (id: string) => `/features/advisories/pages/detail/index?id=${encodeURIComponent(id)}`,
  poster: (id: string) => `/features/advisories/pages/poster/index?id=${encodeURIComponent(id)}`,
  // Staff: every advisory by status, write or edit one, review (publish, return, unpublish,
  // versions), and how they were read and shared.
  manage: '/features/advisories/pages/manage/index',
  write: '/features/advisories/pages/edit/index',
  edit: (id: string) => `/features/advisories/pages/edit/index?id=${encodeURIComponent(id)}`,
  review: (id: string) => `/features/advisories/pages/review/index?id=${encodeURIComponent(id)}`,
  stats: '/features/advisories/pages/stats/index',
};
