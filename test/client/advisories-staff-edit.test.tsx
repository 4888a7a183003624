import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { AdvisoryContent, AdvisoryTransitionBody } from '@api/advisories';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import {
  colleagueId,
  colleagueName,
  content,
  region,
  staffAdvisory,
  staffSession,
} from './support/advisories-staff-fixtures';
import EditPage from '@/features/advisories/pages/edit/index';
import {
  EMPTY_ADVISORY,
  formFieldOf,
  toContent,
  validateAdvisory,
} from '@/features/advisories/pages/edit/advisory-form-rules';
import { advisoryRoutes } from '@/features/advisories/routes';
import { session } from '@/services/session';

const DRAFT = 'fx.draft.advisory-new';
const NEW_ID = '01JADVISORYNEW000000000001';
const MERCHANT = {
  id: '01JMERCHANT000000000000001',
  name: '青山惠民超市',
  address: '城关镇人民路1号',
};

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
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

/** Opens an OptionPicker and confirms its first option (食品; the bureau). */
async function pickFirst(label: string) {
  fireEvent.click(await screen.findByLabelText(label));
  fireEvent.click(await waitFor(() => document.querySelector('.nut-picker-confirm-btn')!));
  await waitFor(() => expect(document.querySelector('.nut-picker')).toBeNull());
}

async function fillRequired(container: HTMLElement) {
  await type(container, 'input[name="title"]', '春节购买预付卡要谨慎');
  await type(container, 'textarea[name="body"]', '办卡前看清经营者资质。\n\n- 保留**合同**');
  await pickFirst('选择分类');
  await pickFirst('选择发布单位');
}

type Sent = { key: string; data: unknown; idempotencyKey?: string };

function serve(replies: Record<string, unknown> = {}) {
  const sent: Sent[] = [];
  const record =
    (key: string, fallback: unknown) =>
    (options: { data?: unknown; header?: Record<string, string> }) => {
      sent.push({ key, data: options.data, idempotencyKey: options.header?.['Idempotency-Key'] });
      const reply = replies[key];
      if (Array.isArray(reply)) return reply.length > 1 ? reply.shift() : reply[0];
      return reply ?? fallback;
    };
  fakeApi({
    'GET /region': ok(region),
    'GET /merchants': ok({ items: [MERCHANT], nextCursor: null }),
    'POST /advisories': record('create', {
      statusCode: 201,
      data: { id: NEW_ID, status: 'draft' },
    }),
    [`PUT /advisories/${NEW_ID}`]: record('update', ok(staffAdvisory(1, { id: NEW_ID }))),
    [`POST /advisories/${NEW_ID}/transitions`]: record(
      'transition',
      ok(staffAdvisory(1, { id: NEW_ID })),
    ),
  });
  return sent;
}

describe('advisory form rules', () => {
  const choices = { categories: ['食品'], issuers: [region.bureau] };
  const filled = {
    ...EMPTY_ADVISORY,
    title: '春节购买预付卡要谨慎',
    body: '办卡前看清经营者资质，保留合同。',
    category: '食品',
    issuer: region.bureau,
  };

  test('a 警示 naming a merchant needs the penalty number and a date not in the future', () => {
    const named = { ...filled, kind: '警示' as const, merchantId: MERCHANT.id };
    expect(validateAdvisory(named, choices, '2026-03-15')).toEqual({
      penaltyNo: '点名商家须依据已公布的行政处罚，请填写处罚决定书文号',
      penaltyDate: '请填写行政处罚决定日期',
    });
    const later = { ...named, penaltyNo: '青市监罚〔2026〕8号', penaltyDate: '2026-03-16' };
    expect(validateAdvisory(later, choices, '2026-03-15')).toEqual({
      penaltyDate: '处罚决定日期不能晚于今天',
    });
    // A 提示 never carries a merchant, even one left over from a switch of kind.
    expect(toContent({ ...named, kind: '提示' }).merchant).toBeUndefined();
    expect(toContent({ ...later, penaltyDate: '2026-03-01' }).merchant).toEqual({
      merchantId: MERCHANT.id,
      penaltyNo: '青市监罚〔2026〕8号',
      penaltyDate: '2026-03-01',
    });
  });

  test('legal references, the window and the call to action are checked; server paths map to fields', () => {
    const draft = {
      ...filled,
      legalBasis: [{ law: '消费者权益保护法', article: '五十六' }],
      validFrom: '2026-03-10',
      validUntil: '2026-03-01',
      action: 'quiz' as const,
    };
    expect(validateAdvisory(draft, choices, '2026-03-15')).toEqual({
      'legalBasis.0': '条款格式不正确，如：第五十六条、第十五条第一款',
      validUntil: '有效期结束日期不能早于开始日期',
      action: '请选择答题主题',
    });
    expect(formFieldOf('merchant.penaltyNo')).toBe('penaltyNo');
    expect(formFieldOf('merchant.merchantId')).toBe('merchant');
    expect(formFieldOf('legalBasis.2.article')).toBe('legalBasis.2');
    expect(formFieldOf('action.topic')).toBe('action');
  });
});

describe('写提示', () => {
  test('a 警示 naming a merchant without the penalty decision is refused next to the fields', async () => {
    const sent = serve();
    const { container } = render(<EditPage />);
    await fillRequired(container);
    fireEvent.click(screen.getByText('警示'));
    await type(container, 'input[name="merchantQuery"]', '惠民');
    fireEvent.click(await screen.findByText(MERCHANT.name));
    expect(await screen.findByText('该商家页面将显示这条警示')).toBeTruthy();
    fireEvent.click(screen.getByText('提交审核'));

    expect(errorOf('行政处罚决定书文号')).toBe(
      '点名商家须依据已公布的行政处罚，请填写处罚决定书文号',
    );
    expect(errorOf('处罚决定日期')).toBe('请填写行政处罚决定日期');
    expect(screen.getAllByText(/消费者权益保护法第五十六条/).length).toBeGreaterThan(0);
    expect(sent).toHaveLength(0);
  });

  test('预览 renders the markup: lists and bold, no markup characters left', async () => {
    serve();
    const { container } = render(<EditPage />);
    await type(container, 'textarea[name="body"]', '第一段\n\n- 甲项\n- 保留**票据**');
    fireEvent.click(screen.getByText('预览'));
    const preview = await screen.findByLabelText('正文预览');
    expect(preview.querySelectorAll('.markup-view__item')).toHaveLength(2);
    expect(preview.querySelector('.markup-view__bold')?.textContent).toBe('票据');
    expect(preview.textContent).not.toContain('**');
    fireEvent.click(screen.getByText('返回编辑'));
    expect((await field(container, 'textarea[name="body"]')).value).toContain('**票据**');
  });

  test('the draft survives a failed submit and a restart; the retry updates the one created', async () => {
    const sent = serve({
      // Created, then the submit is lost (with its automatic retries); the user's retry goes through.
      transition: [
        new Error('offline'),
        new Error('offline'),
        new Error('offline'),
        ok(staffAdvisory(1, { id: NEW_ID })),
      ],
    });
    const first = render(<EditPage />);
    await fillRequired(first.container);
    fireEvent.click(screen.getByText('提交审核'));
    expect(await screen.findByText(/填写的内容已保存在本机/)).toBeTruthy();
    const created = sent.filter((s) => s.key === 'create');
    expect(created).toHaveLength(1);
    expect((created[0].data as AdvisoryContent).category).toBe('食品');
    expect(taroTest.storage.get(DRAFT)).toBeTruthy();
    first.unmount();

    const again = render(<EditPage />);
    expect(await screen.findByText('已恢复上次未提交的内容。')).toBeTruthy();
    expect((await field(again.container, 'input[name="title"]')).value).toBe(
      '春节购买预付卡要谨慎',
    );
    fireEvent.click(screen.getByText('提交审核'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());

    // No second advisory: the content went to the one created, then it was submitted.
    expect(sent.filter((s) => s.key === 'create')).toHaveLength(1);
    expect(sent.filter((s) => s.key === 'update')).toHaveLength(1);
    const submits = sent.filter((s) => s.key === 'transition');
    expect(submits.at(-1)!.data as AdvisoryTransitionBody).toEqual({ action: 'submit' });
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: advisoryRoutes.review(NEW_ID) });
    expect(taroTest.storage.get(DRAFT)).toBeUndefined();
  });

  test("the server's field problems show next to their fields and the draft is kept", async () => {
    serve({
      create: {
        statusCode: 400,
        data: {
          code: 'VALIDATION_FAILED',
          message: '请从列表中选择分类',
          fields: { category: '请从列表中选择分类', title: '标题与已有提示重复' },
        },
      },
    });
    const { container } = render(<EditPage />);
    await fillRequired(container);
    fireEvent.click(screen.getByText('保存草稿'));
    await waitFor(() => expect(errorOf('分类')).toBe('请从列表中选择分类'));
    expect(errorOf('标题')).toBe('标题与已有提示重复');
    expect(taroTest.storage.get(DRAFT)).toBeTruthy();
    // Changing the field clears the server's problem with it.
    await type(container, 'input[name="title"]', '春节购买预付卡要留心');
    await waitFor(() => expect(errorOf('标题')).toBe(''));
  });
});

describe('编辑', () => {
  test('a published one: the form starts from it, says a new version is made, and PUTs it', async () => {
    const published = staffAdvisory(5, {
      status: 'published',
      content: {
        ...staffAdvisory(5).content,
        kind: '警示',
        merchant: {
          merchantId: MERCHANT.id,
          penaltyNo: '青市监罚〔2026〕8号',
          penaltyDate: '2026-03-01',
        },
      },
    });
    taroTest.setRouterParams({ id: published.id });
    const sent: { key: string; data: unknown }[] = [];
    fakeApi({
      'GET /region': ok(region),
      [`GET /advisories/${published.id}/manage`]: ok(published),
      [`GET /merchants/${MERCHANT.id}`]: ok(MERCHANT),
      [`PUT /advisories/${published.id}`]: (options) => {
        sent.push({ key: 'update', data: options.data });
        return ok(published);
      },
      [`POST /advisories/${published.id}/transitions`]: (options) => {
        sent.push({ key: 'transition', data: options.data });
        return ok(published);
      },
    });
    const { container } = render(<EditPage />);
    expect(await screen.findByText(/修改后将作为新版本提交审核/)).toBeTruthy();
    expect(await screen.findByText(MERCHANT.name)).toBeTruthy();
    expect((await field(container, 'input[name="penaltyNo"]')).value).toBe('青市监罚〔2026〕8号');
    await type(container, 'input[name="title"]', '第5条提示：春节购买预付卡要格外谨慎');
    fireEvent.click(screen.getByText('提交审核'));
    await waitFor(() => expect(sent.map((s) => s.key)).toEqual(['update', 'transition']));
    const body = sent[0].data as AdvisoryContent;
    expect(body.title).toBe('第5条提示：春节购买预付卡要格外谨慎');
    expect(body.merchant).toEqual(published.content.merchant);
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: advisoryRoutes.review(published.id) });
  });

  test('a submitted one cannot be edited until it is sent back', async () => {
    const submitted = staffAdvisory(6);
    taroTest.setRouterParams({ id: submitted.id });
    fakeApi({
      'GET /region': ok(region),
      [`GET /advisories/${submitted.id}/manage`]: ok(submitted),
    });
    render(<EditPage />);
    expect(await screen.findByText('已提交审核，需审核人退回后才能修改。')).toBeTruthy();
    expect(screen.queryByText('提交审核')).toBeNull();
  });

  test('a colleague’s draft or new version in progress names who holds it', async () => {
    const held = [
      staffAdvisory(7, { status: 'draft' }),
      staffAdvisory(8, {
        status: 'published',
        revision: {
          status: 'draft',
          content: content(),
          authorId: colleagueId,
          authorName: colleagueName,
          updatedAt: '2026-03-14T02:00:00Z',
        },
      }),
    ];
    const said = [
      `只有作者（${colleagueName}）可以修改草稿。`,
      `${colleagueName}正在修改这条的新版本。`,
    ];
    for (const [i, advisory] of held.entries()) {
      taroTest.setRouterParams({ id: advisory.id });
      fakeApi({
        'GET /region': ok(region),
        [`GET /advisories/${advisory.id}/manage`]: ok(advisory),
      });
      const { unmount } = render(<EditPage />);
      expect(await screen.findByText(said[i])).toBeTruthy();
      expect(screen.queryByText('提交审核')).toBeNull();
      unmount();
    }
  });
});
