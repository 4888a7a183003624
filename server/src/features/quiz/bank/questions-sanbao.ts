import type { BankQuestion } from '@api/quiz';
import { FALSE, o, TF, TRUE } from './question-helpers';

/**
 * 三包 questions (topic 消费者权益), q106–q121.
 * 家用汽车产品修理更换退货责任规定（市场监管总局令第43号，2022-01-01施行）:
 *   /work/shared/reference/laws/full/ (from the national database of laws, flk.npc.gov.cn).
 * 移动电话机商品修理更换退货责任规定（国家质检总局、国家工商总局、信息产业部2001年第4号令，
 *   2001-11-15施行）and 部分商品修理更换退货责任规定（国经贸〔1995〕458号，1995-08-25）: articles
 *   as republished in public copies found by search, no official site being reachable here
 *   (手机: the 总局令 as published by 国家质检总局, hrbxlgy.com/zjl/2001-9/17/86225.html; 第三至五条:
 *   m.ishare.iask.com/f/iQZkduRhVV.html; 第十一至十三、十六条: dybbs8.com/tongji2/3419512.html,
 *   tianhewen.com/article/56271.html. 部分商品 第一至四条: law66.infoeach.com/view-NjZ8Njk3OQ==.html;
 *   第九、十条: uianet.net/dictionary/b2535463.html; 第十一、十三条: crsrw.com/falvjiangtang/111959.html,
 *   law.t8p.cn/articles/7140552613331865600.html). No repeal or replacement of either was found
 *   (the 2021 car rules repealed only the 2012 car rules); check flk.npc.gov.cn / samr.gov.cn
 *   before each campaign. Only articles a copy gives in full are used; nothing from memory.
 *   The 手机 explanations name the rule without its article numbers: the law library (普法) has
 *   no clean copy of it to open, and a citation there must lead to its article.
 */
export const sanbaoQuestions: BankQuestion[] = [
  {
    id: 'q106',
    type: 'single',
    topic: '消费者权益',
    subtopic: '三包·汽车',
    difficulty: 1,
    stem: '按国家规定，家用汽车产品的包修期最低是多少？',
    options: o(
      '3年或者行驶里程60,000公里，以先到者为准',
      '2年或者行驶里程50,000公里，以先到者为准',
      '1年或者行驶里程20,000公里，以先到者为准',
      '由4S店自行决定',
    ),
    answer: ['A'],
    explanation:
      '家用汽车产品修理更换退货责任规定第十八条：三包有效期不得低于2年或50,000公里，包修期不得低于3年或60,000公里，均以先到者为准；自开具购车发票之日起算，与交车日期不一致的自交付之日起算。',
  },
  {
    id: 'q107',
    type: 'true-false',
    topic: '消费者权益',
    subtopic: '三包·汽车',
    difficulty: 2,
    stem: '新车自三包有效期起算之日起60日内或行驶3000公里之内（以先到者为准），因质量问题出现制动系统失效的，消费者可以选择换车或者退车。',
    options: TF,
    answer: TRUE,
    explanation:
      '家用汽车产品修理更换退货责任规定第二十三条：出现转向系统失效、制动系统失效、车身开裂、燃油泄漏或者动力蓄电池起火的，凭购车发票、三包凭证可选择换车或退货，销售者应当免费更换或者退货。',
  },
  {
    id: 'q108',
    type: 'single',
    topic: '消费者权益',
    subtopic: '三包·汽车',
    difficulty: 3,
    stem: '家用汽车在包修期内因质量问题单次修理超过5日（包括等待修理零部件的时间），修理者应当怎么做？',
    options: o(
      '自第6日起提供备用车，或者支付合理的交通费用补偿',
      '退还全部购车款',
      '免除下一次保养费用',
      '不必承担任何责任',
    ),
    answer: ['A'],
    explanation:
      '家用汽车产品修理更换退货责任规定第二十一条：自第6日起提供备用车或者支付合理的交通费用补偿；经营者与消费者另有约定的，按约定的方式补偿。',
  },
  {
    id: 'q109',
    type: 'true-false',
    topic: '消费者权益',
    subtopic: '三包·汽车',
    difficulty: 3,
    stem: '家用汽车因严重安全性能故障累计修理2次仍未排除，消费者选择退车的，销售者必须全额退还车价，不得收取任何使用补偿费。',
    options: TF,
    answer: FALSE,
    explanation:
      '家用汽车产品修理更换退货责任规定第二十七条：依第二十四条第一款换车或退车的，消费者应支付使用补偿费＝车价款×行驶里程/1000×n；n由生产者在三包凭证上明示，不得高于0.5%。',
  },
  {
    id: 'q110',
    type: 'multiple',
    topic: '消费者权益',
    subtopic: '三包·汽车',
    difficulty: 2,
    stem: '家用汽车在三包有效期内出现下列哪些情形，消费者可以凭购车发票、三包凭证选择换车或者退车？',
    options: o(
      '因质量问题累计修理时间超过30日',
      '因同一质量问题累计修理超过4次',
      '发动机因其质量问题累计更换2次，仍不能正常使用',
      '车内饰有一处轻微划痕',
    ),
    answer: ['A', 'B', 'C'],
    explanation:
      '家用汽车产品修理更换退货责任规定第二十四条列出了这些情形；轻微划痕不在其中，属于质量问题的，包修期内可以凭三包凭证免费修理（第十九条）。',
  },
  {
    id: 'q111',
    type: 'true-false',
    topic: '消费者权益',
    subtopic: '三包·汽车',
    difficulty: 2,
    stem: '车主没有在卖车的4S店做保养，4S店就可以以此为由拒绝承担三包责任。',
    options: TF,
    answer: FALSE,
    explanation:
      '家用汽车产品修理更换退货责任规定第三十二条第二款：经营者不得限制消费者自主选择维护、保养的企业，并将其作为拒绝承担三包责任的理由。',
  },
  {
    id: 'q112',
    type: 'single',
    topic: '消费者权益',
    subtopic: '三包·汽车',
    difficulty: 2,
    stem: '三包有效期内，销售者收到消费者换车或者退车的要求后，应当在多长时间内作出答复？',
    options: o('10个工作日内', '20个工作日内', '30日内', '60日内'),
    answer: ['A'],
    explanation:
      '家用汽车产品修理更换退货责任规定第二十八条：自收到要求之日起10个工作日内答复，不符合条件的要说明理由；符合条件的，自提出要求之日起20个工作日内完成更换或者退货。',
  },
  {
    id: 'q113',
    type: 'single',
    topic: '消费者权益',
    subtopic: '三包·手机',
    difficulty: 1,
    stem: '手机主机自售出之日起7日内出现《移动电话机商品性能故障表》所列的性能故障，消费者可以怎么办？',
    options: o('选择退货、换货或者修理', '只能修理', '只能换货', '只能自己找生产厂家'),
    answer: ['A'],
    explanation:
      '按移动电话机商品修理更换退货责任规定，消费者可以选择退货、换货或者修理；要求退货的，销售者应免费退货，并按发货票价格一次退清货款。',
  },
  {
    id: 'q114',
    type: 'true-false',
    topic: '消费者权益',
    subtopic: '三包·手机',
    difficulty: 2,
    stem: '手机主机在售出后第8日至第15日内出现性能故障表所列故障，按手机三包规定，消费者仍然可以要求退货。',
    options: TF,
    answer: FALSE,
    explanation:
      '按移动电话机商品修理更换退货责任规定，第8日至第15日内可以选择换货或者修理；可选退货的是售出后7日内。商家作出更优承诺的，应当依法履行。',
  },
  {
    id: 'q115',
    type: 'single',
    topic: '消费者权益',
    subtopic: '三包·手机',
    difficulty: 3,
    stem: '三包有效期内，手机主机出现性能故障表所列故障，经过几次修理仍不能正常使用的，凭修理记录由销售者免费更换同型号同规格主机？',
    options: o('一次', '两次', '三次', '五次'),
    answer: ['B'],
    explanation:
      '按移动电话机商品修理更换退货责任规定，经两次修理仍不能正常使用的，凭三包凭证中修理者提供的修理记录，由销售者负责免费更换同型号同规格的主机。',
  },
  {
    id: 'q116',
    type: 'multiple',
    topic: '消费者权益',
    subtopic: '三包·手机',
    difficulty: 1,
    stem: '按手机三包规定，销售者卖手机时应当做到哪些？',
    options: o(
      '开箱检验，正确调试，当面向消费者交验',
      '核对主机机身号（IMEI串号）和进网标志',
      '提供三包凭证和有效发货票',
      '要求消费者放弃7日内退货的权利',
    ),
    answer: ['A', 'B', 'C'],
    explanation:
      '移动电话机商品修理更换退货责任规定列出了销售者的这些义务；销售者与生产者、修理者之间的合同也不能免除三包责任。',
  },
  {
    id: 'q117',
    type: 'single',
    topic: '消费者权益',
    subtopic: '三包·家电',
    difficulty: 1,
    stem: '列入《实施三包的部分商品目录》的商品自售出之日起7日内发生性能故障，消费者选择退货，销售者应当怎样退款？',
    options: o('按发票价格一次退清货款', '扣除折旧费后退款', '分三个月退清', '只退一半货款'),
    answer: ['A'],
    explanation:
      '部分商品修理更换退货责任规定第九条：7日内发生性能故障，消费者可以选择退货、换货或修理；退货时销售者按发票价格一次退清货款，再向生产者、供货者追偿。',
  },
  {
    id: 'q118',
    type: 'single',
    topic: '消费者权益',
    subtopic: '三包·家电',
    difficulty: 2,
    stem: '列入三包目录的家电，售出后第10天发生性能故障，按部分商品三包规定消费者可以选择什么？',
    options: o('换货或者修理', '只能退货', '只能修理', '什么也不能要求'),
    answer: ['A'],
    explanation:
      '部分商品修理更换退货责任规定第十条：自售出之日起15日内发生性能故障，消费者可选择换货或者修理，销售者应免费调换同型号同规格的产品。可选退货的是第九条规定的7日内。',
  },
  {
    id: 'q119',
    type: 'true-false',
    topic: '消费者权益',
    subtopic: '三包·家电',
    difficulty: 1,
    stem: '列入三包目录的商品在三包有效期内修理两次仍不能正常使用的，凭修理者提供的修理记录和证明，销售者应当免费调换同型号同规格产品或者依规定退货。',
    options: TF,
    answer: TRUE,
    explanation:
      '部分商品修理更换退货责任规定第十一条有此规定，退货按第十三条办理。修理记录是换货、退货的凭据，每次修理都要留好。',
  },
  {
    id: 'q120',
    type: 'true-false',
    topic: '消费者权益',
    subtopic: '三包·家电',
    difficulty: 3,
    stem: '三包有效期内商品符合换货条件，但销售者没有同型号同规格的产品，消费者不愿换其他型号而要求退货的，销售者可以收取折旧费。',
    options: TF,
    answer: FALSE,
    explanation:
      '部分商品修理更换退货责任规定第十三条：这种情形应当退货，不得收取折旧费；只有在有同型号同规格产品、消费者不愿调换而要求退货时，才对已使用过的商品按规定收取折旧费。',
  },
  {
    id: 'q121',
    type: 'multiple',
    topic: '消费者权益',
    subtopic: '三包·家电',
    difficulty: 2,
    stem: '关于部分商品修理更换退货责任规定，下列哪些说法正确？',
    options: o(
      '列入目录的产品实行谁经销谁负责三包',
      '销售者与生产者之间订立的合同，不得免除三包责任',
      '商家承诺了高于目录标准的三包，就要按承诺承担责任',
      '售出7日内出现性能故障，消费者只能去找生产厂家',
    ),
    answer: ['A', 'B', 'C'],
    explanation:
      '部分商品修理更换退货责任规定第三条：谁经销谁负责三包，销售者与生产者、供货者、修理者之间的合同不得免除三包责任；第四条：不免除销售者、生产者向消费者承诺的高于目录的三包责任。7日内退换由销售者负责（第九条）。',
  },
];
