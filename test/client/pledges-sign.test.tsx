import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { detail } from './support/merchants-fixtures';
import { session } from '@/services/session';
import SignPage from '@/features/pledges/pages/sign/index';
import {
  emptyTerms,
  startsOnError,
  toTerms,
  validateTerms,
  type TermsDraft,
} from '@/features/pledges/pledge-rules';
import { normalisePledgeTerms, offlineReturnText } from '@/domain/pledge-text';
import type { OfflineReturnTerms } from '@api/pledges';

/**
 * The real pad, on what jsdom lacks: a 2d context that records the ink, a PNG export, a box
 * for the canvas, a pixel ratio of 2 and pointer events.
 */
const ink = { strokes: 0, transform: [] as number[] };
const context = {
  setTransform: (...matrix: number[]) => void (ink.transform = matrix),
  stroke: () => void (ink.strokes += 1),
  clearRect: () => void (ink.strokes = 0),
  ...Object.fromEntries(
    ['beginPath', 'moveTo', 'lineTo', 'quadraticCurveTo', 'arc', 'fill'].map((name) => [
      name,
      () => undefined,
    ]),
  ),
};
const SIGNATURE_PNG = 'data:image/png;base64,U0lHTg==';
class TestPointerEvent extends MouseEvent {
  pointerId: number;
  pointerType: string;
  constructor(type: string, init: PointerEventInit = {}) {
    super(type, init);
    this.pointerId = init.pointerId ?? 1;
    this.pointerType = init.pointerType ?? 'touch';
  }
}
beforeAll(() => {
  Object.assign(window, { PointerEvent: TestPointerEvent, devicePixelRatio: 2 });
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => context as never);
  jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(() => SIGNATURE_PNG);
  jest
    .spyOn(HTMLCanvasElement.prototype, 'getBoundingClientRect')
    .mockImplementation(() => ({ left: 0, top: 0, width: 320, height: 180 }) as DOMRect);
});

/** A finger writes a short stroke on the pad. */
async function write() {
  const pad = await screen.findByLabelText('手写签名区');
  const at = (clientX: number, clientY: number) => ({ pointerId: 7, clientX, clientY });
  fireEvent.pointerDown(pad, { ...at(20, 90), pointerType: 'touch' });
  for (let i = 1; i <= 5; i++) fireEvent.pointerMove(pad, at(20 + i * 30, 90 + (i % 2) * 20));
  fireEvent.pointerUp(pad, at(170, 110));
}

const region = seededRegion as Region;
const merchant = detail();
const merchantSession = {
  token: 'jwt-merchant',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '01JUSER00000000000000000AA', role: 'merchant' as const, nickname: '张老板' },
};

const uploadFile = jest.fn();
beforeEach(() => {
  taroTest.reset();
  session.save(merchantSession);
  ink.strokes = 0;
  Object.assign(Taro, { uploadFile });
  uploadFile.mockImplementation((options: { success: (r: unknown) => void }) => {
    options.success({
      statusCode: 201,
      data: JSON.stringify({ id: 'SIG1', url: '/api/v1/uploads/SIG1', mime: 'image/png' }),
    });
    return { onProgressUpdate: () => undefined };
  });
});

const today = dayjs('2027-03-15');
const draft = (patch: Partial<TermsDraft> = {}) => ({ ...emptyTerms(today), ...patch });

describe('terms rules', () => {
  test('window: chips, custom 1–365 whole days', () => {
    expect(validateTerms(draft({ windowChoice: 15 }), today)).toEqual({});
    const custom = (customDays: string) =>
      validateTerms(draft({ windowChoice: 'custom', customDays }), today).windowDays;
    expect(custom('')).toBe('请输入退货天数');
    expect(custom('0')).toBe('退货天数为1–365天的整数');
    expect(custom('366')).toBe('退货天数为1–365天的整数');
    expect(custom('2.5')).toBe('退货天数为1–365天的整数');
    expect(custom('1')).toBeUndefined();
    expect(custom('365')).toBeUndefined();
    expect(toTerms(draft({ windowChoice: 'custom', customDays: '45' })).windowDays).toBe(45);
  });

  test('start date today or later; refund 1–15 days; categories for 指定品类', () => {
    expect(startsOnError('2027-03-15', today)).toBeUndefined();
    expect(startsOnError('2027-03-14', today)).toBe('开始日期不能早于今天');
    expect(startsOnError('', today)).toBe('请选择开始日期');
    expect(validateTerms(draft({ refundDays: '16' }), today).refundDays).toBe(
      '退款到账天数为1–15天的整数',
    );
    expect(validateTerms(draft({ refundDays: '' }), today).refundDays).toBe('请输入退款到账天数');
    expect(validateTerms(draft({ scope: 'categories' }), today).categories).toBe(
      '请至少添加一个适用品类',
    );
    const scoped = draft({ scope: 'categories', categories: ['服装', '鞋帽'] });
    expect(validateTerms(scoped, today)).toEqual({});
    expect(toTerms(scoped).scope).toEqual({ kind: 'categories', categories: ['服装', '鞋帽'] });
  });
});

describe('the preview text', () => {
  test('the domain text: window, scope, exclusions, proof, refund; binding under 第十二条', () => {
    const terms = toTerms(draft({ windowChoice: 15, otherBranches: true, refundDays: '7' }));
    const text = offlineReturnText('青山百货', terms);
    expect(text).toContain('自2027年3月15日起');
    expect(text).toContain('定制商品、鲜活易腐、已拆封的音像制品/软件、贴身衣物、食品');
    expect(text).toContain('自购买之日起15日内可无理由退货');
    expect(text).toContain('消费者凭购物小票、发票或支付记录等其他能证明购买的凭据办理退货');
    expect(text).toContain('收到退货之日起7日内按原支付方式一次性退清货款');
    expect(text).toContain('第十二条');
    expect(text).not.toContain('第十九条');
  });
});

const input = (container: HTMLElement, name: string) =>
  waitFor(() => {
    const found = container.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!found) throw new Error(`no input ${name}`);
    return found;
  });
const type = async (container: HTMLElement, name: string, value: string) =>
  fireEvent.input(await input(container, name), { target: { value } });
const errorOf = (label: string) =>
  screen.getByText(label).closest('.form-field')?.querySelector('.form-field__error')
    ?.textContent ?? '';
const button = (label: string) => screen.getByText(label).closest('.nut-button') as HTMLElement;

function api(
  created: unknown[],
  reply: unknown = ok({
    id: 'PLEDGE1',
    certificateNo: 'FX-2027-0001',
    contentHash: 'a'.repeat(64),
  }),
) {
  return fakeApi({
    'GET /region': ok(region),
    [`GET /merchants/${merchant.id}`]: ok(merchant),
    'POST /pledges': (options) => {
      created.push({ data: options.data, key: options.header?.['Idempotency-Key'] });
      return reply as never;
    },
  });
}

describe('签署无理由退货承诺', () => {
  beforeEach(() => taroTest.setRouterParams({ merchantId: merchant.id, kind: 'offline-return' }));

  test('checks the terms as typed; the draft survives a remount', async () => {
    api([]);
    const first = render(<SignPage />);
    expect(await screen.findByText(`商家：${merchant.name}`)).toBeTruthy();
    fireEvent.click(screen.getByText('15天'));
    fireEvent.click(screen.getByText('自定义'));
    await type(first.container, 'customDays', '400');
    expect(errorOf('退货期限')).toBe('退货天数为1–365天的整数');
    await type(first.container, 'customDays', '45');
    expect(errorOf('退货期限')).toBe('');

    fireEvent.click(screen.getByText('指定品类'));
    expect(errorOf('适用范围')).toBe('请至少添加一个适用品类');
    await type(first.container, 'category', '服装');
    fireEvent.click(screen.getAllByText('添加')[0]);
    expect(await screen.findByText('服装')).toBeTruthy();
    expect(errorOf('适用范围')).toBe('');

    fireEvent.click(screen.getByLabelText('删除食品'));
    expect(screen.queryByText('食品')).toBeNull();
    first.unmount();

    const second = render(<SignPage />);
    expect((await input(second.container, 'customDays')).value).toBe('45');
    expect(screen.getByText('服装')).toBeTruthy();
    expect(screen.queryByText('食品')).toBeNull();
    expect(screen.getByText('贴身衣物')).toBeTruthy();
  });

  test('a start date in the past (an old draft) blocks the preview', async () => {
    api([]);
    taroTest.storage.set(
      `fx.draft.pledge-sign.${merchant.id}.offline-return`,
      JSON.stringify({
        value: {
          terms: { ...emptyTerms(), startsOn: '2020-01-01' },
          signerName: '',
          signerRole: '负责人',
        },
        idempotencyKey: 'KEY-OLD',
      }),
    );
    render(<SignPage />);
    await screen.findByText('承诺条款');
    expect(errorOf('开始日期')).toBe('开始日期不能早于今天');
    fireEvent.click(screen.getByText('下一步：预览承诺全文'));
    expect(screen.queryByLabelText('承诺全文')).toBeNull();
  });

  test('preview, then sign: uploads the signature, creates with the draft key, opens the certificate', async () => {
    const created: { data: unknown; key?: string }[] = [];
    api(created);
    const { container } = render(<SignPage />);
    await screen.findByText('承诺条款');
    fireEvent.click(screen.getByText('15天'));
    const key = JSON.parse(
      taroTest.storage.get(`fx.draft.pledge-sign.${merchant.id}.offline-return`) as string,
    ).idempotencyKey as string;

    fireEvent.click(screen.getByText('下一步：预览承诺全文'));
    const preview = (await screen.findByLabelText('承诺全文')).textContent;
    expect(preview).toContain('15日内可无理由退货');
    fireEvent.click(screen.getByText('确认无误，去签名'));

    await type(container, 'signerName', '张三');
    await write();
    fireEvent.click(button('确认签署'));
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: '/features/pledges/pages/certificate/index?id=PLEDGE1',
      }),
    );
    expect(uploadFile).toHaveBeenCalledTimes(1);
    expect(uploadFile.mock.calls[0][0]).toMatchObject({
      filePath: SIGNATURE_PNG,
      url: expect.stringContaining('/uploads?purpose=signature'),
    });
    expect(created).toHaveLength(1);
    expect(created[0].key).toBe(key);
    expect(created[0].data).toEqual({
      merchantId: merchant.id,
      kind: 'offline-return',
      terms: toTerms({ ...emptyTerms(), windowChoice: 15 }),
      signature: { uploadId: 'SIG1', signerName: '张三', signerRole: '负责人' },
    });
    // What was previewed is byte for byte what the server stores for the terms sent: it stores
    // offlineReturnText(merchant name, normalised terms) (test/server/pledges.test.ts).
    const sent = (created[0].data as { terms: OfflineReturnTerms }).terms;
    expect(preview).toBe(offlineReturnText(merchant.name, normalisePledgeTerms(sent)));
    // The draft is gone after success.
    expect(taroTest.storage.has(`fx.draft.pledge-sign.${merchant.id}.offline-return`)).toBe(false);
  });

  test('a 403 shows the server message; the retry reuses the upload and the key', async () => {
    const created: { data: unknown; key?: string }[] = [];
    api(created, fail(403, 'FORBIDDEN', '只有已核验的商家负责人可以签署承诺'));
    const { container } = render(<SignPage />);
    await screen.findByText('承诺条款');
    fireEvent.click(screen.getByText('下一步：预览承诺全文'));
    fireEvent.click(screen.getByText('确认无误，去签名'));
    await type(container, 'signerName', '张三');
    await write();
    fireEvent.click(button('确认签署'));
    expect(await screen.findByText('只有已核验的商家负责人可以签署承诺')).toBeTruthy();
    expect(screen.getByText('签名已保存')).toBeTruthy();
    await act(async () => {
      fireEvent.click(button('确认签署'));
    });
    await waitFor(() => expect(created).toHaveLength(2));
    expect(uploadFile).toHaveBeenCalledTimes(1);
    expect(created[1].key).toBe(created[0].key);
    expect(created[1].data).toEqual(created[0].data);
  });
});

describe('签署倡议', () => {
  test('shows the initiative to read, then signs without terms', async () => {
    taroTest.setRouterParams({ merchantId: merchant.id, kind: 'initiative' });
    const created: { data: unknown; key?: string }[] = [];
    api(created);
    const { container } = render(<SignPage />);
    expect(await screen.findByText(region.initiative.title)).toBeTruthy();
    expect(screen.getByLabelText('倡议全文').textContent).toBe(region.initiative.text);
    fireEvent.click(screen.getByText('我已阅读，去签名'));
    await type(container, 'signerName', '李四');
    fireEvent.click(screen.getByText('店长'));
    await write();
    fireEvent.click(button('确认签署'));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0].data).toEqual({
      merchantId: merchant.id,
      kind: 'initiative',
      signature: { uploadId: 'SIG1', signerName: '李四', signerRole: '店长' },
    });
  });
});

describe('手写签名', () => {
  beforeEach(() => taroTest.setRouterParams({ merchantId: merchant.id, kind: 'initiative' }));

  test('nothing written: the error sits at the pad and nothing is sent; writing clears it', async () => {
    const created: unknown[] = [];
    api(created);
    const { container } = render(<SignPage />);
    fireEvent.click(await screen.findByText('我已阅读，去签名'));
    await type(container, 'signerName', '李四');
    fireEvent.click(button('确认签署'));
    await waitFor(() => expect(errorOf('手写签名')).toBe('请在签名框内手写签名'));
    const field = screen.getByText('手写签名').closest('.form-field')!;
    expect(field.querySelector('[aria-label="手写签名区"]')).toBeTruthy();
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '请先改正标红的内容', icon: 'none' });
    expect(uploadFile).not.toHaveBeenCalled();
    expect(created).toHaveLength(0);

    await write();
    expect(errorOf('手写签名')).toBe('');
    expect(ink.strokes).toBeGreaterThan(0);

    // 清除重写 empties the pad: the next try is stopped again.
    fireEvent.click(screen.getByText('清除重写'));
    expect(ink.strokes).toBe(0);
    fireEvent.click(button('确认签署'));
    await waitFor(() => expect(errorOf('手写签名')).toBe('请在签名框内手写签名'));
    expect(created).toHaveLength(0);
  });

  test('the canvas is drawn at the pixel ratio; a mouse writes; a hover draws nothing', async () => {
    api([]);
    render(<SignPage />);
    fireEvent.click(await screen.findByText('我已阅读，去签名'));
    const pad = (await screen.findByLabelText('手写签名区')) as HTMLCanvasElement;
    expect([pad.width, pad.height]).toEqual([640, 360]);
    expect(ink.transform).toEqual([2, 0, 0, 2, 0, 0]);

    fireEvent.pointerMove(pad, { pointerId: 1, pointerType: 'mouse', clientX: 50, clientY: 50 });
    expect(ink.strokes).toBe(0);
    expect(screen.getByText('请在此处手写签名')).toBeTruthy();
    const mouse = { pointerId: 1, pointerType: 'mouse', button: 0 };
    fireEvent.pointerDown(pad, { ...mouse, clientX: 30, clientY: 60 });
    fireEvent.pointerMove(pad, { ...mouse, clientX: 90, clientY: 80 });
    fireEvent.pointerUp(pad, mouse);
    expect(ink.strokes).toBeGreaterThan(0);
    expect(screen.queryByText('请在此处手写签名')).toBeNull();
  });
});
