import {
  idNumberCheckChar,
  isValidIdNumber,
  maskOrderNo,
  maskPersonalText,
} from '@/domain/free-text-masking';

describe('maskPersonalText: personal data in complaint text is masked', () => {
  test.each([
    // Mobiles, as consumers write them.
    ['我的电话13812345678，请尽快联系', '我的电话138****5678，请尽快联系'],
    ['手机：138 1234 5678', '手机：138****5678'],
    ['手机：138-1234-5678。', '手机：138****5678。'],
    ['联系 +86 139 0000 1111 或 +8615912345678', '联系 +86 139****1111 或 +86159****5678'],
    ['(+86)18612345678', '(+86)186****5678'],
    ['号码是０１３８１２３４５６７８', '号码是０１３８****５６７８'],
    ['全角号码１３８１２３４５６７８。', '全角号码１３８****５６７８。'],
    ['两个号码13812345678,13987654321', '两个号码138****5678,139****4321'],
    // Landlines: the area code stays.
    ['座机0571-88886666', '座机0571-****6666'],
    ['家里电话（0571）8888 6666', '家里电话（0571）****6666'],
    ['打010 62345678没人接', '打010 ****5678没人接'],
    ['电话：8888 6666', '电话：****6666'],
    // ID numbers: 18 digits (check X too), with spaces, and 15-digit old ones.
    ['身份证号330102199003071230，', '身份证号330***********1230，'],
    ['身份证11010519491231002x已登记', '身份证110***********002x已登记'],
    ['证件号 523311 19850615 3212', '证件号 523***********3212'],
    ['老身份证号330102900307123', '老身份证号330********7123'],
    // Bank cards: Luhn-valid, or labelled as a card.
    ['退款请打到6222021234567890128', '退款请打到622************0128'],
    ['卡号 4367 4212 3456 7896', '卡号 436*********7896'],
    ['银行卡号1234567812345678', '银行卡号123*********5678'],
    // E-mail and messaging ids.
    ['邮箱zhangsan1990@163.com', '邮箱z***********@163.com'],
    ['QQ邮箱12345678@qq.com', 'QQ邮箱1*******@qq.com'],
    ['加我微信：zhang_san88', '加我微信：zh*********'],
    ['QQ 123456789', 'QQ 12*******'],
    // Licence plates: ordinary, new energy, with a separator.
    ['车牌浙A12345的车停在门口', '车牌浙A****5的车停在门口'],
    ['新能源车浙AD12345充电桩', '新能源车浙A*****5充电桩'],
    ['京A·12345被刮', '京A·****5被刮'],
    ['粤B12345D大车', '粤B*****D大车'],
    // Addresses: the road or estate stays, the house numbers go.
    ['家住杭州市西湖区文三路123号5幢2单元301室，', '家住杭州市西湖区文三路****，'],
    ['送货到幸福小区3栋2单元1201，没人签收', '送货到幸福小区****，没人签收'],
    ['青山县城关镇幸福小区3-2-301', '青山县城关镇幸福小区****'],
    ['住在张家村3组15号', '住在张家村****'],
    ['人民路45弄6号302室', '人民路****'],
    ['阳光花园 5 幢 1201室', '阳光花园****'],
    ['锦绣苑十二栋三单元', '锦绣苑****'],
  ])('%j → %j', (input, masked) => {
    expect(maskPersonalText(input)).toBe(masked);
  });
});

describe('maskPersonalText: numbers that matter to the dispute stay', () => {
  test.each([
    '2026年3月15日在店里花1299元买了3件衣服',
    '实付¥1,299.00，优惠券抵扣50.5元',
    '2026-03-15 14:30 到店，等了45分钟',
    '订单号3456789012345678901，商家拒绝退款',
    '订单编号：202603151234567890',
    '快递单号SF1234567890123，签收于3月16日',
    '手机串号（IMEI）861234567890123',
    '打了12315和400-888-8888都没人处理',
    '电饭煲型号MB-FB40E511，功率860W，买了2台',
    '在人民路店买的，第3次上门维修，共花费300元',
    '买了一组5号电池，用了2天就没电',
    '商场3楼的专卖店，营业到21:30',
    '承诺7日无理由退货，现在过了5个工作日',
    '投诉已提交，市场监管部门将在 2026-10-13 前作出是否受理的决定',
    '恢复调解，检测鉴定用时 12 天，调解期限顺延至 2026-12-01',
    '退款 1000 元，含运费 12.5 元',
    'Order NO-2026-0001, 2 pcs, USD 35.00',
    '',
  ])('%j is left as typed', (text) => {
    expect(maskPersonalText(text)).toBe(text);
  });
});

describe('maskPersonalText on a whole complaint', () => {
  const facts =
    '2026年9月1日在青山县城关镇人民路88号某某电器商行购买电饭煲一台，实付1299.5元，订单号NO-2026-0001。' +
    '使用三天后无法加热，我打电话13812345678找商家，商家让我送到店里。' +
    '我开车（浙A12345）送去后被拒绝退货。我家住幸福小区3栋2单元502室，身份证330102199003071230。';

  it('hides every personal detail and keeps the dispute readable', () => {
    const masked = maskPersonalText(facts);
    for (const secret of ['13812345678', '浙A12345', '3栋2单元502室', '330102199003071230']) {
      expect(masked).not.toContain(secret);
    }
    for (const kept of ['2026年9月1日', '1299.5元', 'NO-2026-0001', '电饭煲一台', '三天后']) {
      expect(masked).toContain(kept);
    }
    expect(masked).toContain('138****5678');
    expect(masked).toContain('幸福小区****');
  });

  it('is stable: masking masked text changes nothing', () => {
    const once = maskPersonalText(facts);
    expect(maskPersonalText(once)).toBe(once);
  });
});

describe('maskOrderNo', () => {
  test.each([
    ['NO-2026-0001', 'NO-2026-0001'],
    ['3456789012345678901', '3456789012345678901'],
    ['E20260315123456', 'E20260315123456'],
    ['13812345678', '138****5678'],
    ['TB13812345678', 'TB138****5678'],
    ['330102199003071230', '330***********1230'],
    // Shaped like an ID but the check character does not fit: an order number.
    ['330102199003071231', '330102199003071231'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskOrderNo(input)).toBe(masked);
  });
});

describe('ID number check character (GB 11643)', () => {
  test.each([
    ['33010219900307123', '0'],
    ['11010519491231002', 'X'],
    ['52331119850615321', '2'],
    ['44030419931108888', '5'],
  ])('%s → %s', (first17, check) => {
    expect(idNumberCheckChar(first17)).toBe(check);
    expect(isValidIdNumber(first17 + check)).toBe(true);
  });

  test.each(['330102199003071231', '330102199013071230', '33010219900307123', '0301021990030712'])(
    '%s is not a valid ID number',
    (id) => {
      expect(isValidIdNumber(id)).toBe(false);
    },
  );
});
