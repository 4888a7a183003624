/** The consumer tip pages (Taro page paths); the public list is a tab of advisoryRoutes.list. */
export const tipRoutes = {
  detail: (id: string) => `/features/tips/pages/detail/index?id=${encodeURIComponent(id)}`,
  write: '/features/tips/pages/write/index',
  mine: '/features/tips/pages/mine/index',
  poster: (id: string) => `/features/tips/pages/poster/index?id=${encodeURIComponent(id)}`,
  // Staff: tips waiting for moderation, and reports of published tips.
  queue: '/features/tips/pages/queue/index',
  reports: '/features/tips/pages/reports/index',
};
