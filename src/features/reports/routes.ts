const q = encodeURIComponent;

/** The 举报 pages (Taro page paths). */
export const reportRoutes = {
  /** The report form (optionally for a campaign); after sending it shows the number and code. */
  create: (campaignId?: string) =>
    campaignId === undefined
      ? '/features/reports/pages/new/index'
      : `/features/reports/pages/new/index?campaignId=${q(campaignId)}`,
  /** 举报进度查询: number and code (anyone). */
  progress: '/features/reports/pages/progress/index',
  /** 我的举报: a signed-in real-name reporter's reports, and one of them. */
  mine: '/features/reports/pages/mine/index',
  detail: (id: string) => `/features/reports/pages/detail/index?id=${q(id)}`,
  // Staff: the queue by deadline; handle one (identity on request, audited; decisions).
  queue: '/features/reports/pages/queue/index',
  handle: (id: string) => `/features/reports/pages/handle/index?id=${q(id)}`,
};
