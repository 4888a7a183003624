import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { CampaignTransitionBody } from '@api/campaigns';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { campaignId, content, staffCampaign } from './support/campaigns-fixtures';
import ManagePage from '@/features/campaigns/pages/manage/index';
import MePage from '@/pages/me/index';
import EditPage from '@/features/campaigns/pages/edit/index';
import { formFieldOf } from '@/features/campaigns/pages/edit/campaign-form-rules';
import { campaignRoutes } from '@/features/campaigns/routes';
import { session } from '@/services/session';
import { storage } from '@/services/storage';

const id = campaignId(1);

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('staff'));
});

const field = (container: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = container.querySelector<HTMLInputElement>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  });
const type = async (container: HTMLElement, selector: string, value: string) =>
  fireEvent.input(await field(container, selector), { target: { value } });

/** The error line of the field labelled `label` ('' when none). */
const errorOf = (label: string) =>
  screen.getByText(label).closest('.form-field')?.querySelector('.form-field__error')
    ?.textContent ?? '';

/** Every request's method, path and body, in order. */
const sent = () =>
  (Taro.request as unknown as jest.Mock).mock.calls.map(
    ([options]: [{ url: string; method?: string; data?: unknown }]) => ({
      call: `${options.method ?? 'GET'} ${new URL(options.url, 'http://app.test').pathname.replace(/^\/api\/v1/, '')}`,
      data: options.data,
    }),
  );
const writes = () => sent().filter(({ call }) => !call.startsWith('GET'));

const fail400 = (fields: Record<string, string>) => ({
  statusCode: 400,
  data: { code: 'VALIDATION_FAILED', message: '请修改标红的内容', fields },
});

/** Every field but the period, as a kept draft holds them. */
const filled = {
  name: '农资打假专项行动',
  leadUnit: '县市场监管局产品质量安全监管股',
  targets: content().targets,
  reportable: ['假劣化肥'],
};

describe('专项整治管理', () => {
  test('staff reach it from 我的; consumers do not see it', () => {
    const { unmount } = render(<MePage />);
    fireEvent.click(screen.getByText('专项整治管理'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: campaignRoutes.manage });
    unmount();

    session.save(sessionFor('consumer'));
    render(<MePage />);
    expect(screen.queryByText('专项整治管理')).toBeNull();
  });

  test('by status: source tag, report count, edit and stats; 新建', async () => {
    const asked: string[] = [];
    fakeApi({
      'GET /campaigns/manage': (options) => {
        const status = new URL(options.url, 'http://app.test').searchParams.get('status') ?? '';
        asked.push(status);
        const items =
          status === 'published'
            ? [
                staffCampaign(1, {
                  status: 'published',
                  source: 'profile',
                  reportCount: 12,
                  content: content({ name: '食品安全专项行动' }),
                }),
              ]
            : status === 'withdrawn'
              ? [staffCampaign(2, { status: 'withdrawn', withdrawnReason: '与上级部署合并' })]
              : [];
        return ok({ items, nextCursor: null });
      },
    });
    render(<ManagePage />);

    const card = (await screen.findByText('食品安全专项行动')).closest('.staff-campaign')!;
    const inCard = within(card as HTMLElement);
    expect(inCard.getByText('县域配置')).toBeTruthy();
    expect(inCard.getByText('进行中')).toBeTruthy();
    expect(inCard.getByText('收到举报 12 件')).toBeTruthy();
    fireEvent.click(inCard.getByText('举报统计'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: campaignRoutes.stats(id) });
    fireEvent.click(inCard.getByText('编辑'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: campaignRoutes.edit(id) });

    fireEvent.click(screen.getByText('已撤下'));
    expect(await screen.findByText('撤下原因：与上级部署合并')).toBeTruthy();
    expect(screen.getByText('自建')).toBeTruthy();
    fireEvent.click(screen.getByText('草稿'));
    expect(await screen.findByText('没有草稿')).toBeTruthy();
    expect(asked).toEqual(['published', 'withdrawn', 'draft']);

    fireEvent.click(screen.getByText('新建专项整治'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: campaignRoutes.create });
  });
});

describe('新建专项整治', () => {
  test('an empty form shows each problem next to its field and sends nothing', async () => {
    fakeApi({});
    taroTest.setRouterParams({});
    render(<EditPage />);
    fireEvent.click(await screen.findByText('保存草稿'));

    await waitFor(() => expect(errorOf('名称')).toBe('请填写名称'));
    expect(errorOf('开始日期')).toBe('请选择开始日期');
    expect(errorOf('结束日期')).toBe('请选择结束日期');
    expect(errorOf('牵头单位')).toBe('请填写牵头单位');
    expect(errorOf('整治重点')).toBe('请填写整治重点');
    expect(errorOf('可举报事项')).toBe('请至少添加一项可举报事项');
    expect(writes()).toEqual([]);
  });

  test('a period that ends before it starts is refused next to 结束日期', async () => {
    // The dates were picked before the app was closed: the kept draft brings them back.
    storage.set('fx.draft.campaign-new', {
      value: { ...filled, periodFrom: '2027-02-01', periodTo: '2027-01-31' },
      idempotencyKey: 'key-1',
    });
    fakeApi({});
    taroTest.setRouterParams({});
    render(<EditPage />);
    expect(await screen.findByText('已恢复上次未保存的内容。')).toBeTruthy();
    fireEvent.click(screen.getByText('发布'));
    await waitFor(() => expect(errorOf('结束日期')).toBe('结束日期不能早于开始日期'));
    expect(errorOf('名称')).toBe('');
    expect(writes()).toEqual([]);
  });

  test('typed and saved: the body the server gets, its problem by field, one key across retries', async () => {
    storage.set('fx.draft.campaign-new', {
      value: { periodFrom: '2027-02-01', periodTo: '2027-06-30' },
      idempotencyKey: 'key-1',
    });
    const keys: string[] = [];
    fakeApi({
      'POST /campaigns': (options) => {
        keys.push(options.header?.['Idempotency-Key'] ?? '');
        return keys.length === 1
          ? fail400({ leadUnit: '牵头单位名称过长' })
          : { statusCode: 201, data: { id, status: 'draft' } };
      },
    });
    taroTest.setRouterParams({});
    const { container } = render(<EditPage />);
    await type(container, 'input[name="name"]', '农资打假专项行动');
    await type(container, 'input[name="leadUnit"]', '县市场监管局产品质量安全监管股');
    await type(container, 'textarea[name="targets"]', content().targets);
    // Items: added, a repeat refused, one removed.
    for (const item of ['假劣化肥', '无证经营农资', '假劣化肥']) {
      await type(container, 'input[name="reportable-new"]', item);
      fireEvent.click(screen.getByText('添加'));
    }
    expect(await screen.findByText('这一项已经有了')).toBeTruthy();
    await type(container, 'input[name="reportable-new"]', '过期种子');
    fireEvent.click(screen.getByText('添加'));
    fireEvent.click(await screen.findByLabelText('删除 过期种子'));

    fireEvent.click(screen.getByText('保存草稿'));
    await waitFor(() => expect(writes()).toHaveLength(1));
    await waitFor(() => expect(errorOf('牵头单位')).toBe('牵头单位名称过长'));
    // The typed campaign is still on the phone.
    expect(storage.get<{ value: { name: string } }>('fx.draft.campaign-new')?.value.name).toBe(
      '农资打假专项行动',
    );

    fireEvent.click(screen.getByText('保存草稿'));
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: campaignRoutes.manage }),
    );
    const posts = writes();
    expect(posts).toHaveLength(2);
    expect(posts[1]).toEqual({
      call: 'POST /campaigns',
      data: content({ legalBasis: [], advisoryIds: [] }),
    });
    expect(keys).toEqual(['key-1', 'key-1']);
    expect(storage.get('fx.draft.campaign-new')).toBeUndefined();
  });
});

describe('编辑专项整治', () => {
  test("the server's field paths land on the form's fields", () => {
    expect(formFieldOf('legalBasis.1.article')).toBe('legalBasis.1');
    expect(formFieldOf('advisoryIds.0')).toBe('advisories');
    expect(formFieldOf('reportable.3')).toBe('reportable');
    expect(formFieldOf('periodTo')).toBe('periodTo');
  });

  test('a draft: saved in place, then published', async () => {
    const draft = staffCampaign(1, { cover: { id: 'U1', url: '/api/v1/uploads/U1' } });
    const transitions: CampaignTransitionBody[] = [];
    fakeApi({
      [`GET /campaigns/${id}/manage`]: ok(draft),
      [`PUT /campaigns/${id}`]: ok(draft),
      [`POST /campaigns/${id}/transitions`]: (options) => {
        transitions.push(options.data as CampaignTransitionBody);
        return ok({ ...draft, status: 'published' });
      },
    });
    taroTest.setRouterParams({ id });
    const { container } = render(<EditPage />);
    expect(await screen.findByText('当前状态：草稿')).toBeTruthy();
    await type(container, 'input[name="name"]', '春耕农资打假专项行动');
    fireEvent.click(screen.getByText('发布'));

    await waitFor(() => expect(transitions).toEqual([{ action: 'publish' }]));
    expect(writes()[0]).toEqual({
      call: `PUT /campaigns/${id}`,
      data: { ...content({ name: '春耕农资打假专项行动' }), cover: 'U1' },
    });
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已发布', icon: 'success' });
  });

  test('a published one: 撤下 asks for a reason and sends it', async () => {
    const published = staffCampaign(1, { status: 'published', source: 'profile' });
    fakeApi({
      [`GET /campaigns/${id}/manage`]: ok(published),
      [`POST /campaigns/${id}/transitions`]: ok({ ...published, status: 'withdrawn' }),
    });
    taroTest.setRouterParams({ id });
    render(<EditPage />);
    expect(await screen.findByText('当前状态：已发布 · 来自县域配置')).toBeTruthy();
    expect(screen.queryByText('发布')).toBeNull();
    fireEvent.click(screen.getByText('撤下'));

    const dialog = await waitFor(() => document.querySelector('.reason-dialog')!);
    // The route takes at most 200 characters: the dialog takes no more (no failed request).
    fireEvent.input(dialog.querySelector('textarea')!, { target: { value: '合'.repeat(201) } });
    await waitFor(() => expect(dialog.querySelector('textarea')!.value).toHaveLength(200));
    fireEvent.input(dialog.querySelector('textarea')!, { target: { value: '与上级部署合并' } });
    fireEvent.click(
      Array.from(document.querySelectorAll('.nut-dialog .nut-button')).find(
        (button) => button.textContent === '撤下',
      )!,
    );
    await waitFor(() =>
      expect(writes()).toEqual([
        {
          call: `POST /campaigns/${id}/transitions`,
          data: { action: 'withdraw', reason: '与上级部署合并' },
        },
      ]),
    );
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已撤下', icon: 'success' });
  });
});
