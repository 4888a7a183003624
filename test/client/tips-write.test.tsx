import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { TipBody } from '@api/tips';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { myTip } from './support/tips-fixtures';
import WriteTipPage from '@/features/tips/pages/write/index';
import { session } from '@/services/session';

const DRAFT = 'fx.draft.tip';
const TITLE = '预付卡办卡前看清退卡规则';
const BODY = '办卡前问清有效期和退卡规则，保留好合同和收据。';

const uploadFile = jest.fn();
beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('consumer'));
  Object.assign(Taro, {
    chooseImage: jest.fn(async () => ({ tempFilePaths: ['blob:tip-1'], tempFiles: [] })),
    uploadFile,
  });
  uploadFile.mockImplementation((options: { url: string; success: (r: unknown) => void }) => {
    setTimeout(() =>
      options.success({
        statusCode: 201,
        data: JSON.stringify({ id: 'UP1', url: '/api/v1/uploads/UP1', mime: 'image/jpeg' }),
      }),
    );
    return { onProgressUpdate: () => undefined };
  });
});

const requests = () =>
  (Taro.request as unknown as jest.Mock).mock.calls.map(([options]) => options);
const posts = () =>
  requests().filter(
    (options) =>
      options.method === 'POST' &&
      new URL(options.url, 'http://app.test').pathname === '/api/v1/tips',
  );

const field = (name: string) =>
  waitFor(() => {
    const found = document.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!found) throw new Error(`no ${name}`);
    return found;
  });
/** The draft as stored (storage keeps JSON text). */
const saved = () => JSON.parse(String(taroTest.storage.get(DRAFT) ?? 'null'));
const bodyArea = () =>
  waitFor(() => {
    const found = document.querySelector('textarea');
    if (!found) throw new Error('no textarea');
    return found;
  });
const errorOf = (label: string) =>
  screen.getByText(label).closest('.form-field')?.querySelector('.form-field__error')
    ?.textContent ?? '';

async function fill() {
  fireEvent.input(await field('title'), { target: { value: TITLE } });
  fireEvent.input(await bodyArea(), { target: { value: BODY } });
  fireEvent.click(screen.getByText('预付式消费'));
}
const submit = () => fireEvent.click(screen.getByText('提交审核'));
/** Adds a photo and waits until its upload is done (until then 提交审核 waits for it). */
async function addPhoto() {
  fireEvent.click(screen.getByText('添加图片'));
  await screen.findByLabelText('照片1');
  await waitFor(() => expect(saved()?.value?.photos?.[0]?.id).toBe('UP1'));
}

describe('写小贴士', () => {
  test('says before writing that tips are checked and the nickname shows masked', async () => {
    fakeApi({});
    render(<WriteTipPage />);
    expect(await screen.findByText(/提交后先经内容安全检测和工作人员审核/)).toBeTruthy();
    // consumer-user → c**** (the first character only).
    expect(screen.getByText(/「c\*{6}」/)).toBeTruthy();
  });

  test('the body counter counts characters live and the rules show before sending', async () => {
    const api = fakeApi({});
    render(<WriteTipPage />);
    expect(screen.getByLabelText('字数').textContent).toBe('0/500');
    fireEvent.input(await bodyArea(), { target: { value: '太短了' } });
    expect(screen.getByLabelText('字数').textContent).toBe('3/500');
    fireEvent.input(await bodyArea(), { target: { value: '👍'.repeat(12) } });
    expect(screen.getByLabelText('字数').textContent).toBe('12/500');
    submit();
    expect(errorOf('标题')).toBe('请填写标题');
    expect(errorOf('分类')).toBe('请选择分类');
    expect(api.calls.filter((call) => call === 'POST /tips')).toEqual([]);
  });

  test('a failed request keeps the draft across a restart; the retry sends the same key', async () => {
    fakeApi({
      'POST /tips': [new Error('offline'), { statusCode: 201, data: myTip(1) }],
    });
    const first = render(<WriteTipPage />);
    await fill();
    await addPhoto();
    submit();
    expect(await screen.findByText(/网络不给力，内容已保存在本机/)).toBeTruthy();
    // The draft is written after a short pause, not on every keystroke.
    await waitFor(() =>
      expect(saved()).toMatchObject({
        value: { title: TITLE, body: BODY, category: '预付式消费', photos: [{ id: 'UP1' }] },
      }),
    );
    first.unmount();

    render(<WriteTipPage />);
    expect((await field('title')).value).toBe(TITLE);
    expect((await bodyArea()).value).toBe(BODY);
    submit();
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/features/tips/pages/mine/index' });
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '已提交，审核通过后公开' }),
    );
    const [lost, sent] = posts();
    expect(sent.header['Idempotency-Key']).toBe(lost.header['Idempotency-Key']);
    expect(sent.data as TipBody).toEqual({
      title: TITLE,
      body: BODY,
      category: '预付式消费',
      photos: ['UP1'],
    });
    expect(taroTest.storage.has(DRAFT)).toBe(false);
  });

  test('text refused by the content check: said at the top and next to title and body', async () => {
    fakeApi({
      'POST /tips': fail(
        422,
        'TIP_CONTENT_REFUSED',
        '内容未通过微信内容安全检测，请修改标题或正文后再提交',
      ),
    });
    render(<WriteTipPage />);
    await fill();
    submit();
    expect(
      await screen.findByText('内容未通过微信内容安全检测，请修改标题或正文后再提交'),
    ).toBeTruthy();
    expect(errorOf('标题')).toBe('未通过内容安全检测，请修改标题或正文');
    expect(errorOf('正文')).toBe('未通过内容安全检测，请修改标题或正文');
    // Editing the text clears the marks; the draft is still there.
    fireEvent.input(await bodyArea(), { target: { value: `${BODY}改一改` } });
    expect(errorOf('正文')).toBe('');
    expect(errorOf('标题')).toBe('');
    await waitFor(() => expect(saved()).toMatchObject({ value: { title: TITLE } }));
  });

  test('a refused photo is named next to the photos', async () => {
    const refusal = {
      statusCode: 422,
      data: {
        code: 'TIP_PHOTO_REFUSED',
        message: '第1张图片未通过微信内容安全检测，请更换后再提交',
        fields: { 'photos.0': '未通过内容安全检测' },
      },
    };
    fakeApi({ 'POST /tips': refusal });
    render(<WriteTipPage />);
    await fill();
    await addPhoto();
    submit();
    expect(await screen.findByText('第1张图片未通过微信内容安全检测，请更换后再提交')).toBeTruthy();
    expect(errorOf('图片')).toBe('第1张图片未通过微信内容安全检测，请更换后再提交');
  });

  test('the daily limit and a duplicate are said at the top, with the way to 我的投稿', async () => {
    fakeApi({
      'POST /tips': [
        fail(429, 'TIP_DAILY_LIMIT', '每人每天最多投稿 3 条小贴士，明天再来吧'),
        fail(409, 'TIP_DUPLICATE', '你已经投过内容相同的小贴士了，请勿重复投稿'),
      ],
    });
    render(<WriteTipPage />);
    await fill();
    submit();
    expect(await screen.findByText(/每人每天最多投稿 3 条小贴士，明天再来吧/)).toBeTruthy();
    expect(posts()).toHaveLength(1); // a 429 here is an answer, not a reason to retry
    submit();
    expect(await screen.findByText('你已经投过内容相同的小贴士了，请勿重复投稿')).toBeTruthy();
    fireEvent.click(screen.getByText('查看我的投稿'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/tips/pages/mine/index' });
  });

  test('a field the server refuses shows next to that field', async () => {
    fakeApi({
      'POST /tips': {
        statusCode: 400,
        data: {
          code: 'TIP_INVALID',
          message: '请选择列表中的分类',
          fields: { category: '请选择列表中的分类' },
        },
      },
    });
    render(<WriteTipPage />);
    await fill();
    submit();
    await waitFor(() => expect(errorOf('分类')).toBe('请选择列表中的分类'));
  });

  test('signed out: explains and offers sign-in, no form', () => {
    session.clear();
    fakeApi({});
    render(<WriteTipPage />);
    expect(screen.getByText('写小贴士前请先登录，方便你查看审核结果。')).toBeTruthy();
    expect(document.querySelector('textarea')).toBeNull();
  });
});
