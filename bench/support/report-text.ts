/** What synthetic 举报 say: what was seen, where, and a detail (built into varied texts). */
export const GOODS = ['过期食品', '无证经营', '虚假宣传', '短斤少两', '假冒化肥', '餐具不洁'];
export const GOODS_MORE = [
  '三无产品',
  '价格欺诈',
  '过期药品',
  '无照行医',
  '劣质农药',
  '电梯无检验',
];
export const SEEN = [
  '货架上摆着',
  '店里在卖',
  '后厨里有',
  '门口堆着',
  '朋友圈里宣传',
  '柜台里放着',
  '仓库里发现',
];
export const DETAILS = [
  '生产日期看不清，包装也破了',
  '店员说没事照样卖',
  '价签和结账价格不一样',
  '没有看到营业执照和许可证',
  '好几个老人都买了',
  '拍了照片，请去查一下',
  '已经好几天了，还在卖',
];
