import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '@/domain/credit-code';
import type { MerchantType } from '@api/merchants';
import type { ModelUnitLevel } from '@api/model-units';

/**
 * Demo merchants of 青山县 (a made-up county): believable names across the region's industries
 * and towns. Tests count on these constants; change them together with the tests.
 */
export interface DemoMerchant {
  name: string;
  type: MerchantType;
  industry: string;
  town: string;
  address: string;
  hours?: string;
  publicPhone?: string;
  /** false: no location on file (sorted last by distance). */
  located?: boolean;
}

export const DEMO_MERCHANTS: readonly DemoMerchant[] = [
  {
    name: '青山县城关镇惠民超市',
    type: '企业',
    industry: '商场超市',
    town: '城关镇',
    address: '城关镇人民路18号',
    hours: '08:00-22:00',
    publicPhone: '0123-6621001',
  },
  {
    name: '老街米粉店',
    type: '个体工商户',
    industry: '餐饮',
    town: '城关镇',
    address: '城关镇老街32号',
    hours: '06:30-14:00',
  },
  {
    name: '白云酒厂直营店',
    type: '企业',
    industry: '白酒',
    town: '白云镇',
    address: '白云镇酒厂路1号',
    hours: '09:00-18:00',
    publicPhone: '0123-6681234',
  },
  {
    name: '青山百货大楼',
    type: '企业',
    industry: '商场超市',
    town: '东城街道',
    address: '东城街道中山路66号',
    hours: '09:00-21:30',
    publicPhone: '0123-6620066',
  },
  {
    name: '万家福便利店',
    type: '个体工商户',
    industry: '便利店',
    town: '西城街道',
    address: '西城街道滨河路12号',
    hours: '00:00-24:00',
  },
  {
    name: '仁和大药房',
    type: '企业',
    industry: '药店',
    town: '城关镇',
    address: '城关镇解放街5号',
    hours: '08:00-21:00',
    publicPhone: '0123-6623120',
  },
  {
    name: '青石镇农资服务部',
    type: '个体工商户',
    industry: '农资',
    town: '青石镇',
    address: '青石镇新街28号',
    hours: '07:30-18:30',
  },
  {
    name: '河口渔家乐',
    type: '个体工商户',
    industry: '餐饮',
    town: '河口镇',
    address: '河口镇码头路3号',
    hours: '10:00-21:00',
    publicPhone: '13885100001',
  },
  {
    name: '桃花源农家客栈',
    type: '个体工商户',
    industry: '住宿',
    town: '桃花乡',
    address: '桃花乡桃源村一组',
    publicPhone: '13885100002',
  },
  {
    name: '长乐镇好又多超市',
    type: '企业',
    industry: '商场超市',
    town: '长乐镇',
    address: '长乐镇长乐大道9号',
    hours: '08:00-21:30',
  },
  {
    name: '东城家电城',
    type: '企业',
    industry: '家电数码',
    town: '东城街道',
    address: '东城街道建设路101号',
    hours: '09:00-21:00',
    publicPhone: '0123-6627788',
  },
  {
    name: '西城美发沙龙',
    type: '个体工商户',
    industry: '美容美发',
    town: '西城街道',
    address: '西城街道文化路7号',
    hours: '10:00-22:00',
  },
  {
    name: '青山宾馆',
    type: '企业',
    industry: '住宿',
    town: '城关镇',
    address: '城关镇人民路1号',
    publicPhone: '0123-6620001',
  },
  {
    name: '白云山景区游客中心',
    type: '企业',
    industry: '文化旅游',
    town: '白云镇',
    address: '白云镇白云山景区入口',
    hours: '08:00-17:30',
    publicPhone: '0123-6688888',
  },
  {
    name: '老字号羊肉粉馆',
    type: '个体工商户',
    industry: '餐饮',
    town: '东城街道',
    address: '东城街道小十字街4号',
    hours: '06:00-13:30',
  },
  {
    name: '惠民药店河口分店',
    type: '企业',
    industry: '药店',
    town: '河口镇',
    address: '河口镇河滨路20号',
    hours: '08:00-20:00',
  },
  {
    name: '青山县汽车维修中心',
    type: '企业',
    industry: '汽车服务',
    town: '西城街道',
    address: '西城街道环城北路88号',
    hours: '08:30-18:00',
    publicPhone: '0123-6625566',
  },
  {
    name: '金鑫服装店',
    type: '个体工商户',
    industry: '服装鞋帽',
    town: '城关镇',
    address: '城关镇步行街15号',
    hours: '09:00-21:30',
  },
  {
    name: '长乐米粉',
    type: '个体工商户',
    industry: '餐饮',
    town: '长乐镇',
    address: '长乐镇新市场2号',
    hours: '06:30-13:00',
    located: false,
  },
  {
    name: '青石镇供销超市',
    type: '企业',
    industry: '商场超市',
    town: '青石镇',
    address: '青石镇供销社大院',
    hours: '08:00-20:00',
  },
  {
    name: '福满堂中医馆',
    type: '企业',
    industry: '中医药',
    town: '东城街道',
    address: '东城街道杏林路3号',
    hours: '08:30-17:30',
    publicPhone: '0123-6626161',
  },
  {
    name: '桃花乡茶叶专业合作社',
    type: '农民专业合作社',
    industry: '农产品',
    town: '桃花乡',
    address: '桃花乡茶园村',
    publicPhone: '13885100003',
  },
  {
    name: '白云镇便民超市',
    type: '个体工商户',
    industry: '便利店',
    town: '白云镇',
    address: '白云镇中街19号',
    hours: '07:00-22:00',
  },
  {
    name: '河口镇农资店',
    type: '个体工商户',
    industry: '农资',
    town: '河口镇',
    address: '河口镇农贸市场旁',
    hours: '07:30-18:00',
    located: false,
  },
  {
    name: '启航教育培训学校',
    type: '企业',
    industry: '教育培训',
    town: '西城街道',
    address: '西城街道学府路21号',
    hours: '08:00-20:30',
    publicPhone: '0123-6629900',
  },
  {
    name: '好帮手家政服务部',
    type: '个体工商户',
    industry: '家政服务',
    town: '东城街道',
    address: '东城街道幸福小区3栋1楼',
    publicPhone: '13885100004',
  },
  {
    name: '青山特产店',
    type: '个体工商户',
    industry: '农产品',
    town: '城关镇',
    address: '城关镇人民路40号',
    hours: '08:30-21:00',
  },
  {
    name: '红星数码手机店',
    type: '个体工商户',
    industry: '家电数码',
    town: '西城街道',
    address: '西城街道滨河路36号',
    hours: '09:00-21:30',
  },
  {
    name: '长乐镇卫生用品批发部',
    type: '个体工商户',
    industry: '其他',
    town: '长乐镇',
    address: '长乐镇长乐大道50号',
    located: false,
  },
  {
    name: '阳光大酒店',
    type: '企业',
    industry: '住宿',
    town: '东城街道',
    address: '东城街道迎宾大道2号',
    publicPhone: '0123-6628000',
  },
  {
    name: '老街火锅店',
    type: '个体工商户',
    industry: '餐饮',
    town: '城关镇',
    address: '城关镇老街8号',
    hours: '11:00-23:00',
  },
  {
    name: '白云镇酱香酒坊',
    type: '个体工商户',
    industry: '白酒',
    town: '白云镇',
    address: '白云镇酒街12号',
    hours: '08:00-19:00',
  },
  {
    name: '百佳超市西城店',
    type: '企业',
    industry: '商场超市',
    town: '西城街道',
    address: '西城街道文化路30号',
    hours: '08:00-22:00',
    publicPhone: '0123-6624545',
  },
  {
    name: '青石镇美容院',
    type: '个体工商户',
    industry: '美容美发',
    town: '青石镇',
    address: '青石镇新街5号',
    hours: '09:30-20:00',
    located: false,
  },
  {
    name: '康乐大药房',
    type: '企业',
    industry: '药店',
    town: '西城街道',
    address: '西城街道滨河路50号',
    hours: '08:00-22:00',
  },
  {
    name: '天麻种植专业合作社',
    type: '农民专业合作社',
    industry: '中医药',
    town: '青石镇',
    address: '青石镇山林村',
    publicPhone: '13885100005',
  },
  {
    name: '河口镇鞋城',
    type: '个体工商户',
    industry: '服装鞋帽',
    town: '河口镇',
    address: '河口镇河滨路8号',
    hours: '09:00-21:00',
  },
  {
    name: '城关汽车美容店',
    type: '个体工商户',
    industry: '汽车服务',
    town: '城关镇',
    address: '城关镇环城南路6号',
    hours: '08:30-19:00',
  },
  {
    name: '桃花乡农家乐',
    type: '个体工商户',
    industry: '餐饮',
    town: '桃花乡',
    address: '桃花乡桃源村二组',
    hours: '10:00-20:00',
    publicPhone: '13885100006',
  },
  {
    name: '东城便利店',
    type: '个体工商户',
    industry: '便利店',
    town: '东城街道',
    address: '东城街道中山路12号',
    hours: '07:00-23:00',
  },
  {
    name: '青山旅行社',
    type: '企业',
    industry: '文化旅游',
    town: '城关镇',
    address: '城关镇人民路22号',
    hours: '09:00-17:30',
    publicPhone: '0123-6623456',
  },
  {
    name: '长乐镇家电维修部',
    type: '个体工商户',
    industry: '家电数码',
    town: '长乐镇',
    address: '长乐镇新市场18号',
    hours: '08:30-18:30',
    located: false,
  },
  {
    name: '白云镇米粉王',
    type: '个体工商户',
    industry: '餐饮',
    town: '白云镇',
    address: '白云镇中街3号',
    hours: '06:30-14:00',
  },
  {
    name: '新世纪购物广场',
    type: '企业',
    industry: '商场超市',
    town: '东城街道',
    address: '东城街道建设路1号',
    hours: '09:00-22:00',
    publicPhone: '0123-6627000',
  },
  {
    name: '河口镇生鲜超市',
    type: '个体工商户',
    industry: '商场超市',
    town: '河口镇',
    address: '河口镇农贸市场1号',
    hours: '07:00-21:00',
  },
  {
    name: '西城童装店',
    type: '个体工商户',
    industry: '服装鞋帽',
    town: '西城街道',
    address: '西城街道步行街9号',
    hours: '09:00-21:30',
  },
  {
    name: '青山县中医院药房',
    type: '企业',
    industry: '中医药',
    town: '城关镇',
    address: '城关镇医院路2号',
    hours: '08:00-17:30',
    publicPhone: '0123-6622120',
  },
  {
    name: '长乐镇农产品直销店',
    type: '个体工商户',
    industry: '农产品',
    town: '长乐镇',
    address: '长乐镇长乐大道33号',
    hours: '08:00-19:00',
  },
  {
    name: '东城驾校报名点',
    type: '个体工商户',
    industry: '教育培训',
    town: '东城街道',
    address: '东城街道迎宾大道18号',
    hours: '08:30-18:00',
  },
  {
    name: '桃花乡便民小卖部',
    type: '个体工商户',
    industry: '便利店',
    town: '桃花乡',
    address: '桃花乡政府旁',
    hours: '07:00-21:00',
  },
];

/** The county seat, where the demo merchants are scattered (about ±5 km). */
export const DEMO_CENTRE = { lat: 27.72, lng: 106.92 };

/** 6-digit administrative-area code of the made-up county. */
export const DEMO_AREA_CODE = '523321';

/** A valid credit code: 9 (market regulation) + entity type + area + organisation code + check. */
export function demoCreditCode(index: number, type: MerchantType, area = DEMO_AREA_CODE): string {
  const typeChar = type === '个体工商户' ? '2' : type === '农民专业合作社' ? '3' : '1';
  let org = '';
  for (let n = index, k = 0; k < 7; k++, n = Math.floor(n / CREDIT_CODE_ALPHABET.length)) {
    org = CREDIT_CODE_ALPHABET[n % CREDIT_CODE_ALPHABET.length] + org;
  }
  const first17 = `9${typeChar}${area}MA${org}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Titles held by demo merchants (index into DEMO_MERCHANTS); days are relative to seed day. */
export interface DemoModelUnit {
  merchant: number;
  category: string;
  level: ModelUnitLevel;
  fromDaysAgo: number;
  /** Negative: already expired. */
  untilDaysAhead: number;
  revoked?: { daysAgo: number; reason: string };
}

export const DEMO_MODEL_UNITS: readonly DemoModelUnit[] = [
  { merchant: 0, category: '商场超市', level: '市级', fromDaysAgo: 300, untilDaysAhead: 430 },
  { merchant: 1, category: '餐饮服务', level: '县级', fromDaysAgo: 200, untilDaysAhead: 530 },
  { merchant: 2, category: '特色产业', level: '省级', fromDaysAgo: 400, untilDaysAhead: 330 },
  { merchant: 3, category: '商场超市', level: '县级', fromDaysAgo: 120, untilDaysAhead: 610 },
  { merchant: 5, category: '生活服务', level: '县级', fromDaysAgo: 90, untilDaysAhead: 640 },
  { merchant: 9, category: '商场超市', level: '县级', fromDaysAgo: 60, untilDaysAhead: 670 },
  { merchant: 12, category: '文化旅游', level: '市级', fromDaysAgo: 250, untilDaysAhead: 480 },
  { merchant: 13, category: '文化旅游', level: '省级', fromDaysAgo: 500, untilDaysAhead: 230 },
  { merchant: 20, category: '特色产业', level: '县级', fromDaysAgo: 30, untilDaysAhead: 700 },
  { merchant: 29, category: '文化旅游', level: '县级', fromDaysAgo: 150, untilDaysAhead: 580 },
  { merchant: 32, category: '商场超市', level: '市级', fromDaysAgo: 180, untilDaysAhead: 550 },
  { merchant: 43, category: '商场超市', level: '县级', fromDaysAgo: 45, untilDaysAhead: 685 },
  // Ended titles: the merchant page shows them as expired or revoked, search never does.
  { merchant: 14, category: '餐饮服务', level: '县级', fromDaysAgo: 760, untilDaysAhead: -30 },
  {
    merchant: 17,
    category: '商场超市',
    level: '县级',
    fromDaysAgo: 200,
    untilDaysAhead: 530,
    revoked: { daysAgo: 12, reason: '经查存在价格欺诈行为，撤销放心消费示范单位称号' },
  },
];

/** Offline no-reason-return pledges: verified and running, and two withdrawn. */
export interface DemoPledge {
  merchant: number;
  windowDays: 7 | 15 | 30;
  daysAgo: number;
  withdrawn?: { daysAgo: number; reason: string };
}

const EXCLUDED = ['定制类商品', '鲜活易腐商品', '已拆封的个人卫生用品'];
export const DEMO_EXCLUDED = EXCLUDED;

export const DEMO_PLEDGES: readonly DemoPledge[] = [
  { merchant: 0, windowDays: 7, daysAgo: 100 },
  { merchant: 3, windowDays: 15, daysAgo: 90 },
  { merchant: 4, windowDays: 7, daysAgo: 80 },
  { merchant: 9, windowDays: 7, daysAgo: 75 },
  { merchant: 10, windowDays: 30, daysAgo: 70 },
  { merchant: 17, windowDays: 7, daysAgo: 65 },
  { merchant: 19, windowDays: 7, daysAgo: 60 },
  { merchant: 22, windowDays: 7, daysAgo: 55 },
  { merchant: 27, windowDays: 15, daysAgo: 50 },
  { merchant: 32, windowDays: 15, daysAgo: 45 },
  { merchant: 35, windowDays: 7, daysAgo: 40 },
  { merchant: 36, windowDays: 30, daysAgo: 35 },
  { merchant: 43, windowDays: 15, daysAgo: 30 },
  { merchant: 44, windowDays: 7, daysAgo: 25 },
  { merchant: 45, windowDays: 7, daysAgo: 20 },
  {
    merchant: 7,
    windowDays: 7,
    daysAgo: 120,
    withdrawn: { daysAgo: 15, reason: '商家停业装修，申请撤回承诺' },
  },
  {
    merchant: 26,
    windowDays: 15,
    daysAgo: 110,
    withdrawn: { daysAgo: 8, reason: '商家申请撤回承诺' },
  },
];

/** Merchants that signed the county initiative (倡议). */
export const DEMO_INITIATIVE: readonly number[] = [
  0, 1, 2, 3, 5, 6, 9, 10, 12, 13, 15, 18, 20, 23, 29, 30, 32, 38, 41, 43,
];

export const DEMO_SIGNERS = ['王建国', '李秀英', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄丽'];
