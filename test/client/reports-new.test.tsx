import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Region } from '@api/region';
import type { CampaignCard } from '@api/campaigns';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import NewReportPage from '@/features/reports/pages/new/index';
import {
  EMPTY_REPORT_DRAFT,
  fieldOfServerPath,
  toCreateBody,
  validateReport,
} from '@/features/reports/pages/new/report-rules';
import { session } from '@/services/session';

const DRAFT = 'fx.draft.report';
const region = seededRegion as unknown as Region;
const merchant = {
  id: '01JMERCHANT000000000000001',
  name: '青山惠民超市',
  industry: '商场超市',
  town: '城关镇',
  address: '城关镇人民路1号',
  badges: { pledge: false, initiative: false },
};
const campaign: CampaignCard = {
  id: '01JCAMPAIGN00000000000001',
  name: '农资打假专项行动',
  periodFrom: '2020-03-01',
  periodTo: '2099-05-31',
  phase: 'active',
  leadUnit: '县市场监管局',
  summary: '假劣化肥、农药、种子',
  reportable: ['销售假劣化肥', '无证经营农药'],
};
const SEEN = '店里货架上的复合肥包装没有厂名厂址，价格明显低于市场价。';
const created = {
  id: '01JREPORT0000000000000001',
  reportNo: 'JB20270315-0012',
  code: 'ABCD-EFGH',
  decideBy: '2027-04-03',
};

const uploadFile = jest.fn();
const setClipboardData = jest.fn(async () => undefined);
const showModal = jest.fn();
beforeEach(() => {
  taroTest.reset();
  session.clear();
  Object.assign(Taro, {
    chooseImage: jest.fn(async () => ({ tempFilePaths: ['blob:seen-1'], tempFiles: [] })),
    uploadFile,
    setClipboardData,
    showModal,
  });
  showModal.mockResolvedValue({ confirm: false, cancel: true });
  uploadFile.mockImplementation((options: { success: (r: unknown) => void }) => {
    setTimeout(
      () =>
        options.success({
          statusCode: 201,
          data: JSON.stringify({ id: 'UP1', url: '/api/v1/uploads/UP1', mime: 'image/jpeg' }),
        }),
      0,
    );
    return { onProgressUpdate: () => undefined };
  });
});

const routes = (extra: Parameters<typeof fakeApi>[0] = {}) =>
  fakeApi({
    'GET /region': ok(region),
    'GET /campaigns/active': ok({ items: [campaign] }),
    'GET /merchants': ok({ items: [merchant], nextCursor: null }),
    ...extra,
  });

const input = async (container: HTMLElement, name: string) =>
  waitFor(() => {
    const found = container.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!found) throw new Error(`no input ${name}`);
    return found;
  });
const type = async (container: HTMLElement, name: string, value: string) =>
  fireEvent.input(await input(container, name), { target: { value } });
const describeSeen = (container: HTMLElement, value: string) =>
  fireEvent.input(container.querySelector('textarea')!, { target: { value } });
const errorOf = (label: string) => {
  const field = screen.getByText(label).closest('.form-field');
  return field?.querySelector('.form-field__error')?.textContent ?? '';
};
const submit = () => fireEvent.click(screen.getByText('提交举报'));

/** Everything but the reporter: a registry shop, the campaign, text, today, place, one photo. */
async function fillReport(container: HTMLElement) {
  await type(container, 'businessQuery', '惠民');
  fireEvent.click(await screen.findByText('青山惠民超市'));
  await screen.findByText('更换');
  fireEvent.click(await screen.findByText('农资打假专项行动'));
  fireEvent.click(await screen.findByText('销售假劣化肥'));
  describeSeen(container, `${container.querySelector('textarea')!.value}${SEEN}`);
  fireEvent.click(screen.getByLabelText('发现日期'));
  fireEvent.click(await screen.findByText('确认'));
  await type(container, 'place', '城关镇人民路1号店内');
  fireEvent.click(screen.getByText('添加照片'));
  await screen.findByLabelText('照片1');
}

describe('report rules', () => {
  const valid = {
    ...EMPTY_REPORT_DRAFT,
    merchantId: merchant.id,
    businessName: merchant.name,
    businessAddress: merchant.address,
    description: SEEN,
    seenOn: '2027-03-10',
    place: '城关镇人民路1号',
    reporterKind: 'anonymous' as const,
    name: '张三',
    phone: '13800138000',
  };

  test('each rule of the contract, with the words shown next to the field', () => {
    expect(validateReport(valid, '2027-03-15')).toEqual({});
    expect(
      validateReport(
        { ...valid, description: '有问题', seenOn: '2027-03-16', place: '', reporterKind: '' },
        '2027-03-15',
      ),
    ).toEqual({
      description: '至少10个字，还差7个字',
      seenOn: '日期不能晚于今天',
      place: '请写下发现的地点，如 城关镇人民路12号店内',
      reporterKind: '请选择匿名举报或实名举报',
    });
    expect(
      validateReport(
        { ...valid, reporterKind: 'real-name', name: '', phone: '1380013' },
        '2027-03-15',
      ),
    ).toEqual({ name: '请输入您的姓名', phone: '请输入11位手机号码（1开头）' });
    expect(validateReport({ ...valid, merchantId: undefined }, '2027-03-15').business).toBe(
      '请搜索并选择被举报的商家，找不到可手动填写',
    );
  });

  test('an anonymous body carries nothing about the reporter, whatever the draft holds', () => {
    const body = toCreateBody({ ...valid, typed: true, seenTime: '' }, true);
    expect(body.reporter).toEqual({ kind: 'anonymous' });
    expect(JSON.stringify(body)).not.toContain('13800138000');
    expect(body.business).toEqual({ name: '青山惠民超市', address: '城关镇人民路1号' });
    expect(body.subscribed).toBeUndefined();
    expect(body.seenTime).toBeUndefined();
    expect(toCreateBody({ ...valid, reporterKind: 'real-name' }, true).reporter).toEqual({
      kind: 'real-name',
      name: '张三',
      phone: '13800138000',
    });
  });

  test('server field paths map to the form fields', () => {
    expect(fieldOfServerPath('reporter.phone')).toBe('phone');
    expect(fieldOfServerPath('/business/name')).toBe('businessName');
    expect(fieldOfServerPath('campaignId')).toBe('campaignId');
    expect(fieldOfServerPath('photos.3')).toBe('photos');
    expect(fieldOfServerPath('nope')).toBeUndefined();
  });
});

describe('我要举报', () => {
  test('an anonymous report with a photo: the body sent, the number and code shown once, the draft gone', async () => {
    const bodies: unknown[] = [];
    const api = routes({
      'POST /reports': (options) => {
        bodies.push(options.data);
        return { statusCode: 201, data: created };
      },
    });
    const { container } = render(<NewReportPage />);
    expect(screen.getByText(/与投诉分别处理（第七条）/)).toBeTruthy();
    await fillReport(container);
    fireEvent.click(screen.getByText('匿名举报'));
    submit();

    expect(await screen.findByText('ABCD-EFGH')).toBeTruthy();
    expect(screen.getByText('JB20270315-0012')).toBeTruthy();
    expect(screen.getByText('查询码只显示这一次，请截图或抄下')).toBeTruthy();
    expect(screen.getByText('市场监管部门将于 2027年4月3日（含）前决定是否立案')).toBeTruthy();
    // The photo went to the reports' own route, open to visitors not signed in.
    expect(uploadFile.mock.calls[0][0].url).toContain('/api/v1/reports/photos?purpose=report');
    expect(api.calls).toContain('POST /reports');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(bodies).toEqual([
      {
        reporter: { kind: 'anonymous' },
        business: { merchantId: merchant.id, name: '青山惠民超市', address: '城关镇人民路1号' },
        campaignId: campaign.id,
        description: `销售假劣化肥：${SEEN}`,
        seenOn: today,
        place: '城关镇人民路1号店内',
        town: '城关镇',
        photos: ['UP1'],
        wantsReply: true,
      },
    ]);
    expect(taroTest.storage.has(DRAFT)).toBe(false);

    fireEvent.click(screen.getByLabelText('复制查询码'));
    expect(setClipboardData).toHaveBeenCalledWith({ data: 'ABCD-EFGH' });
    fireEvent.click(screen.getByText('查询进度'));
    const url = (Taro.navigateTo as jest.Mock).mock.calls.at(-1)[0].url as string;
    expect(url).toBe('/features/reports/pages/progress/index?reportNo=JB20270315-0012');
    expect(url).not.toContain('ABCD');
  });

  test('problems show next to their fields, from the rules and from the server', async () => {
    const api = routes({
      'POST /reports': fail(400, 'VALIDATION', '请检查填写的内容'),
    });
    const { container } = render(<NewReportPage />);
    submit();
    expect(errorOf('搜索商家')).toBe('请搜索并选择被举报的商家，找不到可手动填写');
    expect(errorOf('违法行为')).toBe('请写下您看到的违法行为（至少10个字）');
    expect(errorOf('发现日期')).toBe('请选择发现的日期');
    expect(errorOf('举报方式')).toBe('请选择匿名举报或实名举报');
    await act(async () => undefined);
    expect(api.calls.filter((call) => call.startsWith('POST'))).toEqual([]);

    describeSeen(container, '太短了');
    expect(errorOf('违法行为')).toBe('至少10个字，还差7个字');

    // The server's word on a field lands beside it.
    routes({
      'POST /reports': {
        statusCode: 400,
        data: {
          code: 'VALIDATION',
          message: '请检查填写的内容',
          fields: { campaignId: '该专项整治不在进行中' },
        },
      },
    });
    await fillReport(container);
    fireEvent.click(screen.getByText('匿名举报'));
    submit();
    await waitFor(() => expect(errorOf('相关专项整治')).toBe('该专项整治不在进行中'));
    expect(screen.queryByText('查询码只显示这一次，请截图或抄下')).toBeNull();
  });

  test('the draft survives a failed request and a restart; the retry keeps its key', async () => {
    const keys: string[] = [];
    const reply = jest.fn();
    routes({
      'POST /reports': (options) => {
        keys.push(options.header!['Idempotency-Key']);
        return reply();
      },
    });
    reply.mockReturnValue(new Error('offline'));
    const first = render(<NewReportPage />);
    await fillReport(first.container);
    fireEvent.click(screen.getByText('匿名举报'));
    submit();
    expect(await screen.findByText(/网络不给力，填写的内容已保存在本机/)).toBeTruthy();
    expect(taroTest.storage.has(DRAFT)).toBe(true);
    first.unmount();

    const second = render(<NewReportPage />);
    expect((await input(second.container, 'place')).value).toBe('城关镇人民路1号店内');
    expect(second.container.querySelector('textarea')!.value).toBe(`销售假劣化肥：${SEEN}`);
    expect(screen.getByText('青山惠民超市')).toBeTruthy();
    // Not signed in, the server would refuse to send the photo back: it says so, no broken image.
    expect(within(screen.getByLabelText('照片1')).getByText('已上传，仅办理人员可见')).toBeTruthy();
    reply.mockReturnValue({ statusCode: 201, data: created });
    submit();
    expect(await screen.findByText('ABCD-EFGH')).toBeTruthy();
    expect(new Set(keys).size).toBe(1);
    expect(taroTest.storage.has(DRAFT)).toBe(false);
  });

  test('a campaign page presets its campaign and its hints; one no longer active is dropped', async () => {
    taroTest.setRouterParams({ campaignId: campaign.id });
    routes();
    const { unmount } = render(<NewReportPage />);
    expect(await screen.findByLabelText('可举报事项')).toBeTruthy();
    expect(screen.getByText('无证经营农药')).toBeTruthy();
    unmount();

    taroTest.setRouterParams({ campaignId: '01JENDED' });
    routes();
    render(<NewReportPage />);
    await screen.findByText('农资打假专项行动');
    await waitFor(() =>
      expect(JSON.parse(String(taroTest.storage.get(DRAFT))).value.campaignId).toBeUndefined(),
    );
    expect(screen.queryByLabelText('可举报事项')).toBeNull();
  });

  test('实名 asks to sign in; declining keeps the identity out, signed in it asks name and phone', async () => {
    routes();
    const { container, unmount } = render(<NewReportPage />);
    fireEvent.click(screen.getByText('实名举报'));
    await waitFor(() =>
      expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '请先登录' })),
    );
    await waitFor(() =>
      expect(
        screen.getByText('实名举报').closest('[role="radio"]')!.getAttribute('aria-checked'),
      ).toBe('false'),
    );
    expect(container.querySelector('input[name="phone"]')).toBeNull();
    unmount();

    session.save(sessionFor('consumer'));
    const bodies: { reporter: unknown; subscribed?: boolean }[] = [];
    routes({
      'POST /reports': (options) => {
        bodies.push(options.data as (typeof bodies)[number]);
        return { statusCode: 201, data: created };
      },
    });
    const signedIn = render(<NewReportPage />);
    await fillReport(signedIn.container);
    fireEvent.click(screen.getByText('实名举报'));
    await type(signedIn.container, 'phone', '1380013');
    expect(errorOf('手机号码')).toBe('请输入11位手机号码（1开头）');
    await type(signedIn.container, 'name', '张三');
    await type(signedIn.container, 'phone', '13800138000');
    expect(showModal).toHaveBeenCalledTimes(1);
    submit();
    expect(await screen.findByText('ABCD-EFGH')).toBeTruthy();
    expect(bodies[0].reporter).toEqual({ kind: 'real-name', name: '张三', phone: '13800138000' });
    expect(bodies[0].subscribed).toBe(false);
    expect(screen.getByText(/作出决定后会在「我的 → 消息」告诉您/)).toBeTruthy();
    // The phone is not kept on the phone once the report is in.
    expect(JSON.stringify([...taroTest.storage.values()])).not.toContain('13800138000');
  });
});
