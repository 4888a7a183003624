/** The model-unit (放心消费示范单位) pages (Taro page paths). */
export const modelUnitRoutes = {
  apply: (merchantId: string) =>
    `/features/model-units/pages/apply/index?merchantId=${encodeURIComponent(merchantId)}`,
  applications: '/features/model-units/pages/applications/index',
  review: '/features/model-units/pages/review/index',
};
