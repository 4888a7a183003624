/** The 关于, 隐私政策 and 用户协议 pages (Taro page paths). */
export const privacyRoutes = {
  about: '/features/privacy/pages/about/index',
  policy: '/features/privacy/pages/policy/index',
  terms: '/features/privacy/pages/terms/index',
};
