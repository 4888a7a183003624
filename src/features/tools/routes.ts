/** The 识假工具 pages (Taro page paths). */
export const toolRoutes = {
  index: '/features/tools/pages/index/index',
  barcode: '/features/tools/pages/barcode/index',
  sc: '/features/tools/pages/sc/index',
  creditCode: '/features/tools/pages/credit-code/index',
};
