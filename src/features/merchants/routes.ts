const DETAIL = '/features/merchants/pages/detail/index';

/** The merchant pages (Taro page paths; 查商家 itself is the main-package tab page). */
export const merchantRoutes = {
  detail: (id: string) => `${DETAIL}?id=${encodeURIComponent(id)}`,
  /** A merchant found by its 统一社会信用代码. */
  detailByCode: (code: string) => `${DETAIL}?code=${encodeURIComponent(code)}`,
  register: '/features/merchants/pages/register/index',
  mine: '/features/merchants/pages/mine/index',
  verify: '/features/merchants/pages/verify/index',
  import: '/features/merchants/pages/import/index',
};
