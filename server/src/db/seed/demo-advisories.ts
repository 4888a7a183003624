import type { AdvisoryContent } from '@api/advisories';

/**
 * The demo county's published 提示/警示, in the app's own words (no legal text is quoted: the
 * legal basis is a reference to an article of ../shared/reference/laws). A real county writes
 * its own; these are seeded only with SEED_DEMO, into an empty table.
 */
export const DEMO_ADVISORIES: (AdvisoryContent & { daysAgo: number })[] = [
  {
    daysAgo: 1,
    kind: '警示',
    title: '警惕“办卡送礼”：预付卡消费先看清再付款',
    body: [
      '近期有消费者反映，部分健身、美容、教培门店以“充值送礼”“限时低价”招揽办卡，随后门店停业或转让，余额难以退回。',
      '办卡前请注意：',
      '- 查看经营者的营业执照，优先选择信誉好、经营时间长的商家；',
      '- 不一次性充值大额，**签订书面合同**并保存付款凭证；',
      '- 经营者未按约定提供服务的，可以要求继续履行或者退回预付款。',
      '遇到门店“跑路”，请保存好合同、收据和聊天记录，及时投诉或拨打 12315。',
    ].join('\n'),
    images: [],
    category: '预付式消费',
    issuer: '青山县消费者权益保护委员会',
    legalBasis: [{ law: '消费者权益保护法', article: '第五十三条' }],
    action: { kind: 'complaint' },
  },
  {
    daysAgo: 3,
    kind: '提示',
    title: '春节年货选购消费提示',
    body: [
      '年货采购高峰将至，县市场监管局提醒广大消费者：',
      '1. 到证照齐全的超市、商场购买，**索要并保存购物小票**；',
      '2. 查看预包装食品的生产日期、保质期和食品生产许可证编号（SC 编号）；',
      '3. 散装熟食、糕点尽量少量购买、尽快食用。',
      '买到不符合食品安全标准的食品受到损害的，可以向经营者或者生产者要求赔偿，接到要求的一方应当先行赔付。',
    ].join('\n'),
    images: [],
    category: '食品',
    issuer: '青山县市场监督管理局',
    legalBasis: [{ law: '食品安全法', article: '第一百四十八条' }],
    season: '春节',
    action: { kind: 'tool', tool: 'sc-licence' },
  },
  {
    daysAgo: 5,
    kind: '提示',
    title: '直播间购物，记住“七日无理由退货”',
    body: [
      '通过网络、电视、电话等方式购买的商品，一般可以自收到商品之日起七日内无理由退货。',
      '**注意例外**：定作的商品、鲜活易腐的商品、在线下载或已拆封的音像制品和计算机软件、交付的报纸期刊等不适用；其他根据商品性质并经消费者在购买时确认不宜退货的商品，也可以不适用。',
      '下单前请截图保存商品介绍和主播承诺，收货后及时验货。',
    ].join('\n'),
    images: [],
    category: '网购直播',
    issuer: '青山县市场监督管理局',
    legalBasis: [{ law: '消费者权益保护法', article: '第二十五条' }],
    action: { kind: 'call-12315' },
  },
  {
    daysAgo: 8,
    kind: '提示',
    title: '提醒家中老人：警惕“免费体检”“健康讲座”推销保健品',
    body: [
      '一些不法商家以免费体检、健康讲座、赠送礼品为名，向老年人高价推销保健品，夸大甚至虚构功效。',
      '- 保健食品不是药物，**不能代替药物治疗疾病**；',
      '- 不轻信“包治百病”“特效”等宣传；',
      '- 子女多陪伴、多提醒，发现上当及时保存证据。',
      '经营者有欺诈行为的，消费者可以要求增加赔偿。',
    ].join('\n'),
    images: [],
    category: '老年人保健品',
    issuer: '青山县消费者权益保护委员会',
    legalBasis: [{ law: '消费者权益保护法', article: '第五十五条' }],
    action: { kind: 'quiz', topic: '识假辨假' },
  },
];
