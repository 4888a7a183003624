import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Membership } from '@api/merchants';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { creditCode } from './support/merchants-fixtures';
import ApplyPage from '@/features/model-units/pages/apply/index';
import { session } from '@/services/session';

const region = seededRegion as Region;
const { categories, checklist } = region.modelUnit;
const MERCHANT = '01JMERCHANT000000000000001';
const DRAFT = `fx.draft.model-unit-apply.${MERCHANT}`;

const merchantSession = {
  token: 'jwt-merchant',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '01JUSER000000000000000000A', role: 'merchant' as const, nickname: '微信用户0001' },
};

const membership = (patch: Partial<Membership> = {}): Membership => ({
  id: '01JMEMBER0000000000000001',
  merchantId: MERCHANT,
  merchantName: '青山惠民超市1号店',
  creditCode: creditCode(1),
  role: 'owner',
  status: 'active',
  createdAt: '2026-03-01T02:00:00.000Z',
  ...patch,
});

const uploadFile = jest.fn();
let uploads = 0;
beforeEach(() => {
  taroTest.reset();
  session.save(merchantSession);
  taroTest.setRouterParams({ merchantId: MERCHANT });
  uploads = 0;
  Object.assign(Taro, {
    chooseImage: jest.fn(async ({ count }: { count: number }) => ({
      tempFilePaths: ['blob:a', 'blob:b', 'blob:c'].slice(0, count),
    })),
    uploadFile,
  });
  uploadFile.mockImplementation(
    (options: { success: (r: unknown) => void; url: string; filePath: string }) => {
      const id = `UP${++uploads}`;
      let report: ((p: { progress: number }) => void) | undefined;
      setTimeout(() => report?.({ progress: 60 }), 1);
      setTimeout(() => {
        options.success({
          statusCode: 201,
          data: JSON.stringify({ id, url: `/api/v1/uploads/${id}`, mime: 'image/jpeg' }),
        });
      }, 30);
      return { onProgressUpdate: (callback: typeof report) => (report = callback) };
    },
  );
});

const base = {
  'GET /region': ok(region),
  'GET /merchants/memberships/mine': ok({ items: [membership()] }),
};

const fieldError = (label: RegExp | string) =>
  screen.getByText(label).closest('.form-field')?.querySelector('.form-field__error')
    ?.textContent ?? '';

describe('申请示范单位', () => {
  test('shows the categories with examples and every checklist item; sends every item ticked or not', async () => {
    const sent: { data: unknown; key: string }[] = [];
    fakeApi({
      ...base,
      'POST /model-units/applications': (options) => {
        sent.push({ data: options.data, key: options.header!['Idempotency-Key'] });
        return { statusCode: 201, data: { id: 'A1' } };
      },
    });
    render(<ApplyPage />);
    expect(await screen.findByText('青山惠民超市1号店')).toBeTruthy();
    for (const category of categories) {
      expect(screen.getByText(category.name)).toBeTruthy();
      expect(screen.getByText(`如：${category.examples.join('、')}`)).toBeTruthy();
    }
    for (const item of checklist) expect(screen.getByText(item)).toBeTruthy();

    fireEvent.click(screen.getByText(categories[1].name));
    fireEvent.click(screen.getByText(checklist[0]));
    fireEvent.click(screen.getByText(checklist[2]));
    expect(
      await screen.findByText(new RegExp(`还有 ${checklist.length - 2} 项未勾选`)),
    ).toBeTruthy();

    fireEvent.click(screen.getByText('添加照片'));
    await screen.findByLabelText('照片3');
    fireEvent.click(screen.getByLabelText('删除照片2'));
    await waitFor(() => expect(screen.queryByLabelText('照片3')).toBeNull());

    fireEvent.click(screen.getByText('提交申请'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].data).toEqual({
      merchantId: MERCHANT,
      category: categories[1].name,
      checklist: checklist.map((item, index) => ({ item, checked: index === 0 || index === 2 })),
      photos: ['UP1', 'UP3'],
    });
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: '/features/model-units/pages/applications/index',
      }),
    );
    expect(taroTest.storage.has(DRAFT)).toBe(false);
  });

  test('a category is required; nothing is sent until one is chosen', async () => {
    const api = fakeApi(base);
    render(<ApplyPage />);
    await screen.findByText('青山惠民超市1号店');
    fireEvent.click(screen.getByText('提交申请'));
    expect(await screen.findByText('请选择申报类别')).toBeTruthy();
    // Nothing ticked and trying to send: the warning counts every item.
    expect(screen.getByText(new RegExp(`还有 ${checklist.length} 项未勾选`))).toBeTruthy();
    expect(api.calls.filter((call) => call.startsWith('POST'))).toEqual([]);
  });

  test('the draft survives a remount and a failed submit; the retry uses the same key', async () => {
    const keys: string[] = [];
    const apply = jest.fn();
    fakeApi({
      ...base,
      'POST /model-units/applications': (options) => {
        keys.push(options.header!['Idempotency-Key']);
        return apply();
      },
    });
    apply.mockReturnValue(new Error('offline'));
    const first = render(<ApplyPage />);
    await screen.findByText('青山惠民超市1号店');
    fireEvent.click(screen.getByText(categories[0].name));
    for (const item of checklist) fireEvent.click(screen.getByText(item));
    const note = await waitFor(() => {
      const found = first.container.querySelector('textarea');
      if (!found) throw new Error('no textarea');
      return found;
    });
    fireEvent.input(note, { target: { value: '连续三年零投诉' } });
    fireEvent.click(screen.getByText('提交申请'));
    expect(
      await screen.findByText('网络不给力，填写的内容已保存在本机，网络恢复后再点提交即可。'),
    ).toBeTruthy();
    first.unmount();

    const second = render(<ApplyPage />);
    await screen.findByText('青山惠民超市1号店');
    expect(
      screen.getByText(`自查清单（已勾选 ${checklist.length}/${checklist.length}）`),
    ).toBeTruthy();
    await waitFor(() =>
      expect(second.container.querySelector('textarea')?.value).toBe('连续三年零投诉'),
    );

    apply.mockReturnValue({ statusCode: 201, data: { id: 'A1' } });
    fireEvent.click(screen.getByText('提交申请'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    expect(new Set(keys).size).toBe(1);
    expect(keys.length).toBeGreaterThan(1);
    expect(taroTest.storage.has(DRAFT)).toBe(false);
  });

  test('409 (an application is open) links to 我的申请; field errors show under their fields', async () => {
    fakeApi({
      ...base,
      'POST /model-units/applications': [
        {
          statusCode: 400,
          data: {
            code: 'VALIDATION_FAILED',
            message: 'category：取值不在允许范围内',
            fields: { category: '取值不在允许范围内', 'checklist.3.item': '最多60个字符' },
          },
        },
        fail(409, 'APPLICATION_OPEN', '该商家已有审核中的申请'),
      ],
    });
    render(<ApplyPage />);
    await screen.findByText('青山惠民超市1号店');
    fireEvent.click(screen.getByText(categories[0].name));
    fireEvent.click(screen.getByText('提交申请'));
    await waitFor(() => expect(fieldError('申报类别')).toBe('取值不在允许范围内'));
    expect(fieldError(/自查清单/)).toBe('最多60个字符');

    fireEvent.click(screen.getByText('提交申请'));
    expect(await screen.findByText('该商家已有审核中的申请')).toBeTruthy();
    fireEvent.click(screen.getByText('查看我的申请'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/model-units/pages/applications/index',
    });
  });

  test('the same key answered before with another body: maybe sent already, see 我的申请', async () => {
    fakeApi({
      ...base,
      'POST /model-units/applications': fail(409, 'IDEMPOTENCY_KEY_REUSED', '请求重复'),
    });
    render(<ApplyPage />);
    await screen.findByText('青山惠民超市1号店');
    fireEvent.click(screen.getByText(categories[0].name));
    fireEvent.click(screen.getByText('提交申请'));
    expect(
      await screen.findByText('这份申请可能已经提交成功，请到「我的申请」查看进度。'),
    ).toBeTruthy();
    expect(screen.getByText('查看我的申请')).toBeTruthy();
  });

  test('photos: a progress bar each; a failed upload can be retried', async () => {
    const api = fakeApi(base);
    // Each upload waits for the test: report progress, then succeed or fail.
    type Task = {
      progress: (percent: number) => void;
      succeed: () => void;
      fail: () => void;
    };
    const tasks: Task[] = [];
    uploadFile.mockImplementation(
      (options: { success: (r: unknown) => void; fail: () => void }) => {
        let report: (p: { progress: number }) => void = () => undefined;
        const id = `UP${++uploads}`;
        tasks.push({
          progress: (progress) => report({ progress }),
          succeed: () =>
            options.success({
              statusCode: 201,
              data: JSON.stringify({ id, url: `/api/v1/uploads/${id}`, mime: 'image/jpeg' }),
            }),
          fail: () => options.fail(),
        });
        return { onProgressUpdate: (callback: typeof report) => (report = callback) };
      },
    );
    render(<ApplyPage />);
    await screen.findByText('青山惠民超市1号店');
    fireEvent.click(screen.getByText('添加照片'));
    await waitFor(() => expect(tasks).toHaveLength(3));
    act(() => {
      tasks[0].fail();
      tasks[1].progress(60);
      tasks[2].progress(60);
    });
    expect(await screen.findByText('上传失败，点此重试')).toBeTruthy();
    expect(screen.getAllByText('上传中 60%')).toHaveLength(2);
    expect(document.querySelectorAll('.photo-grid .nut-progress')).toHaveLength(2);
    // Sending waits for the photos.
    fireEvent.click(screen.getByText(categories[0].name));
    fireEvent.click(screen.getByText('提交申请'));
    expect(Taro.showToast).toHaveBeenCalledWith({
      title: '照片还没有上传完成，上传失败的可点击重试或删除',
      icon: 'none',
    });
    act(() => {
      tasks[1].succeed();
      tasks[2].succeed();
    });
    expect(await screen.findByLabelText('照片2')).toBeTruthy();

    fireEvent.click(screen.getByText('上传失败，点此重试'));
    await waitFor(() => expect(tasks).toHaveLength(4));
    act(() => tasks[3].succeed());
    expect(await screen.findByLabelText('照片3')).toBeTruthy();
    expect(screen.queryByText('上传失败，点此重试')).toBeNull();
    expect(screen.getByText('照片（3/9）')).toBeTruthy();
    expect(api.calls.filter((call) => call.startsWith('POST'))).toEqual([]);
  });

  test('this year’s title granted already: no form, the reason and 我的申请', async () => {
    const badge = {
      id: 'B1',
      certificateNo: `QS-${region.theme.year}-SF-0001`,
      category: categories[0].name,
      level: '县级' as const,
      year: region.theme.year,
      validFrom: '2026-12-05',
      validUntil: '2027-12-04',
      status: 'active' as const,
    };
    const approved = {
      id: 'A1',
      merchantId: MERCHANT,
      merchantName: '青山惠民超市1号店',
      category: categories[0].name,
      checklist: [],
      photos: [],
      status: 'approved',
      submittedAt: '2026-12-01T02:00:00.000Z',
      badge,
    };
    fakeApi({
      ...base,
      'GET /model-units/applications/mine': ok({ items: [approved], nextCursor: null }),
    });
    render(<ApplyPage />);
    expect(await screen.findByText('暂不能申请')).toBeTruthy();
    expect(
      screen.getByText(`已是${region.theme.year}年度放心消费示范单位，无需重复申请`),
    ).toBeTruthy();
    expect(screen.queryByText('提交申请')).toBeNull();
    fireEvent.click(screen.getByText('查看我的申请'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: '/features/model-units/pages/applications/index',
    });
  });

  test('the form names the county’s campaign year, the one the title will carry', async () => {
    fakeApi({ ...base, 'GET /region': ok({ ...region, theme: { ...region.theme, year: 2031 } }) });
    render(<ApplyPage />);
    expect(await screen.findByText(`2031年度${region.county}放心消费示范单位申请`)).toBeTruthy();
  });

  test('a merchant that is not verified cannot apply', async () => {
    fakeApi({
      ...base,
      'GET /merchants/memberships/mine': ok({ items: [membership({ status: 'pending' })] }),
    });
    render(<ApplyPage />);
    expect(await screen.findByText('暂不能申请')).toBeTruthy();
    expect(screen.queryByText('提交申请')).toBeNull();
  });
});
