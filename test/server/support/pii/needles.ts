/**
 * The distinctive personal data the personal-data scan plants, and the substrings that must never
 * show unmasked. Every value is made up and unique to this suite, so a hit anywhere is this data.
 * A needle is a substring a correct masking hides: the full value and the part a mask removes
 * (139****4816 hides 5720, so the last 8 digits are a needle; 张* hides the given name).
 * Not planted: a pledge's signer name, which the public certificate shows by design
 * (PledgeCertificate.signerName, part of the signed content hash).
 */

/** Who planted a value: that caller may read it back; every other caller must not. */
export type Owner = 'complainant' | 'otherConsumer' | 'merchant' | 'otherMerchant';

export interface Needle {
  /** For failure messages: what the value is and where it was planted. */
  label: string;
  text: string;
  owner: Owner;
  /**
   * Structured personal data is encrypted at rest: never in plaintext anywhere. Free text a
   * person typed (facts, messages, notes) is stored as typed, in these columns only.
   */
  atRest: 'encrypted' | { columns: string[] };
}

// 18-digit resident ID numbers with valid check digits (GB 11643), birth dates made up.
const ID_IN_FACTS = '520322198807152471';
const ID_IN_MESSAGE = '522627199302186355';

/** The complainant block of the main complaint (about merchant A). */
export const COMPLAINANT = {
  name: '欧阳测试娜',
  phone: '13957204816',
  address: '青山县城关镇琥珀巷8731号',
};
/** The other consumer's own complaint (about merchant B). */
export const OTHER_COMPLAINANT = {
  name: '上官验证晖',
  phone: '13760391528',
  address: '青山县黄桥镇玳瑁街6042号',
};
/** The private contacts merchants A and B register with. */
export const MERCHANT_CONTACT = { name: '司马测核强', phone: '15820483917' };
export const OTHER_MERCHANT_CONTACT = { name: '诸葛核查芸', phone: '18631759024' };

/** Facts typed by the complainant: a phone, an ID number, an address and a plate. */
export const FACTS =
  '在该店购买的电动自行车三天后刹车失灵。店员让我登记电话13526481937和身份证号' +
  `${ID_IN_FACTS}，说会送货到青山县城关镇翡翠路5186号，车停在店门口，车牌贵C7K9Q2，至今无人处理。`;
/** A note the complainant adds to the timeline, with another set of personal data. */
export const CONSUMER_MESSAGE =
  `补充：我爱人的手机15093827461，身份证${ID_IN_MESSAGE}，` +
  '收货地址青山县城关镇玛瑙巷4417号，送货车牌贵AD36158，请商家核实。';
/** The complainant's WeChat nickname, shown on its published 消费小贴士 only masked (皇*). */
export const TIP_AUTHOR_NICKNAME = '皇甫测昵琳';
export const TIP_AUTHOR_LABELS = ['tip author nickname', 'tip author nickname (given)'];
/**
 * The user agent of the phone the complainant reads a 警示 with: a read is counted once per
 * reader per day by an HMAC of the reader, so the agent is stored nowhere.
 */
export const READER_AGENT_MARK = 'PiiScanPhone-7Q4Z';
export const READER_AGENT_LABEL = 'reader user agent';
export const READER_AGENT = `Mozilla/5.0 (Linux; Android 14; ${READER_AGENT_MARK}) MicroMessenger/8.0.50`;
/**
 * A real-name 举报 by the complainant about merchant A (第三十三条): only staff's GET
 * /reports/{id}/reporter may show it; the report's own reads never do.
 */
export const REPORTER = { name: '慕容举报婷', phone: '13645098273' };
export const REPORTER_LABELS = [
  'reporter name',
  'reporter name (given)',
  'reporter phone',
  'reporter phone (last 8)',
];
/** Merchant A's own note on its model-unit application. */
export const APPLICATION_NOTE = '店内已张贴承诺，负责人值班手机17708642359。';

const encrypted = 'encrypted' as const;
const factsColumns = { columns: ['complaints.facts'] };
const messageColumns = { columns: ['complaint_events.message'] };

export const NEEDLES: Needle[] = [
  ...structured('complainant', COMPLAINANT, '琥珀巷8731', '8731号'),
  ...structured('otherConsumer', OTHER_COMPLAINANT, '玳瑁街6042', '6042号'),
  ...contact('merchant', MERCHANT_CONTACT),
  ...contact('otherMerchant', OTHER_MERCHANT_CONTACT),
  ...phone('facts phone', '13526481937', 'complainant', factsColumns),
  ...idNumber('facts ID number', ID_IN_FACTS, factsColumns),
  { label: 'facts address', text: '翡翠路5186', owner: 'complainant', atRest: factsColumns },
  { label: 'facts house number', text: '5186号', owner: 'complainant', atRest: factsColumns },
  { label: 'facts plate', text: '贵C7K9Q2', owner: 'complainant', atRest: factsColumns },
  { label: 'facts plate serial', text: '7K9Q2', owner: 'complainant', atRest: factsColumns },
  ...phone('message phone', '15093827461', 'complainant', messageColumns),
  ...idNumber('message ID number', ID_IN_MESSAGE, messageColumns),
  { label: 'message address', text: '玛瑙巷4417', owner: 'complainant', atRest: messageColumns },
  { label: 'message house number', text: '4417号', owner: 'complainant', atRest: messageColumns },
  { label: 'message plate', text: '贵AD36158', owner: 'complainant', atRest: messageColumns },
  { label: 'message plate serial', text: 'D36158', owner: 'complainant', atRest: messageColumns },
  ...phone('application note phone', '17708642359', 'merchant', {
    columns: ['model_unit_applications.note'],
  }),
  { label: READER_AGENT_LABEL, text: READER_AGENT_MARK, owner: 'complainant', atRest: encrypted },
  ...name('reporter name', REPORTER.name, 'complainant'),
  ...phone('reporter phone', REPORTER.phone, 'complainant', encrypted),
  ...name('tip author nickname', TIP_AUTHOR_NICKNAME, 'complainant').map((x) => ({
    ...x,
    atRest: { columns: ['users.nickname'] },
  })),
];

function structured(
  owner: Owner,
  p: { name: string; phone: string; address: string },
  road: string,
  houseNumber: string,
): Needle[] {
  return [
    ...name(`${owner} name`, p.name, owner),
    ...phone(`${owner} phone`, p.phone, owner, encrypted),
    { label: `${owner} address road`, text: road, owner, atRest: encrypted },
    { label: `${owner} house number`, text: houseNumber, owner, atRest: encrypted },
  ];
}

function contact(owner: Owner, c: { name: string; phone: string }): Needle[] {
  return [
    ...name(`${owner} contact name`, c.name, owner),
    ...phone(`${owner} contact phone`, c.phone, owner, encrypted),
  ];
}

/** The whole name, and the given name a mask replaces (compound surnames keep two characters). */
function name(label: string, value: string, owner: Owner): Needle[] {
  return [
    { label, text: value, owner, atRest: encrypted },
    { label: `${label} (given)`, text: value.slice(2), owner, atRest: encrypted },
  ];
}

/** The number, and its last 8 digits (a mask shows the first 3 and the last 4 at most). */
function phone(label: string, value: string, owner: Owner, atRest: Needle['atRest']): Needle[] {
  return [
    { label, text: value, owner, atRest },
    { label: `${label} (last 8)`, text: value.slice(3), owner, atRest },
  ];
}

/** The number, and the birth date inside it. */
function idNumber(label: string, value: string, atRest: Needle['atRest']): Needle[] {
  return [
    { label, text: value, owner: 'complainant', atRest },
    { label: `${label} (birth date)`, text: value.slice(6, 14), owner: 'complainant', atRest },
  ];
}

export interface Hit {
  label: string;
  text: string;
}

/** The needles found in `text` (a response body, a log, a column value). */
export function findNeedles(text: string, needles: readonly Needle[]): Hit[] {
  return needles
    .filter((n) => text.includes(n.text))
    .map(({ label, text: t }) => ({ label, text: t }));
}

/** The needles this caller must not read: everyone's but its own. */
export const secretsFor = (caller: Owner | 'anonymous') =>
  NEEDLES.filter((n) => n.owner !== caller);
