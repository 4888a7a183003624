import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { AdvisoryTransitionBody, StaffAdvisory } from '@api/advisories';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import {
  colleagueId,
  colleagueName,
  content,
  myName,
  staffAdvisory,
  staffSession,
} from './support/advisories-staff-fixtures';
import ReviewPage from '@/features/advisories/pages/review/index';
import { advisoryRoutes } from '@/features/advisories/routes';
import { session } from '@/services/session';

const me = staffSession.user.id;

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
});

/** Serves one advisory, its versions and its transitions; returns what was sent. */
function serve(advisory: StaffAdvisory, transition?: unknown) {
  taroTest.setRouterParams({ id: advisory.id });
  const sent: AdvisoryTransitionBody[] = [];
  fakeApi({
    [`GET /advisories/${advisory.id}/manage`]: ok(advisory),
    [`GET /advisories/${advisory.id}/versions`]: ok({
      items:
        advisory.version > 1
          ? [
              {
                version: 1,
                content: content({ title: '春节购买预付卡要谨慎（初版）' }),
                authorId: colleagueId,
                authorName: colleagueName,
                publishedBy: me,
                publishedByName: myName,
                publishedAt: '2026-03-01T02:00:00.000Z',
              },
              {
                version: 2,
                content: advisory.content,
                authorId: me,
                authorName: myName,
                publishedBy: colleagueId,
                publishedByName: colleagueName,
                publishedAt: '2026-03-12T02:00:00.000Z',
              },
            ]
          : [],
    }),
    [`POST /advisories/${advisory.id}/transitions`]: (options) => {
      sent.push(options.data as AdvisoryTransitionBody);
      return (transition as never) ?? ok(advisory);
    },
  });
  return sent;
}

const button = (label: string) =>
  screen
    .getAllByText(label)
    .find((text) => text.closest('.nut-button'))!
    .closest('.nut-button') as HTMLElement;
const dialogButton = (label: string) =>
  waitFor(() => {
    const found = Array.from(document.querySelectorAll('.nut-dialog .nut-button')).find(
      (b) => b.textContent === label,
    );
    if (!found) throw new Error(`no ${label}`);
    return found as HTMLElement;
  });

async function giveReason(reason: string) {
  const area = await waitFor(() => {
    const found = document.querySelector<HTMLTextAreaElement>('.reason-dialog textarea');
    if (!found) throw new Error('no reason box');
    return found;
  });
  fireEvent.input(area, { target: { value: reason } });
}

describe('审核提示警示', () => {
  test('shows the advisory as the public will: markup, legal basis, call to action', async () => {
    serve(
      staffAdvisory(1, {
        content: content({ action: { kind: 'call-12315' }, season: '春节' }),
      }),
    );
    render(<ReviewPage />);
    const preview = (await screen.findAllByLabelText('预览'))[0];
    expect(preview.querySelector('.markup-view__bold')?.textContent).toBe('合同和票据');
    expect(within(preview).getByText('《消费者权益保护法》第五十三条')).toBeTruthy();
    expect(within(preview).getByLabelText('行动按钮').textContent).toBe('拨打12315');
    expect(within(preview).getByText('春节')).toBeTruthy();
  });

  test('发布 now sends publish without a time; 定时发布 sends a future publishAt', async () => {
    const sent = serve(staffAdvisory(1));
    render(<ReviewPage />);
    fireEvent.click(await screen.findByText('发布'));
    fireEvent.click(await dialogButton('确认发布'));
    await waitFor(() => expect(sent).toEqual([{ action: 'publish' }]));

    fireEvent.click(button('发布'));
    fireEvent.click(await screen.findByText('定时发布'));
    fireEvent.click(await dialogButton('确认定时发布'));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1].action).toBe('publish');
    const at = new Date(sent[1].publishAt!);
    expect(at.getTime()).toBeGreaterThan(Date.now());
    expect([at.getHours(), at.getMinutes()]).toEqual([9, 0]); // tomorrow 09:00 by default
  });

  test('退回 sends its reason', async () => {
    const sent = serve(staffAdvisory(1));
    render(<ReviewPage />);
    fireEvent.click(await screen.findByText('退回修改'));
    await giveReason('标题不够具体');
    fireEvent.click(await dialogButton('确认退回'));
    await waitFor(() => expect(sent).toEqual([{ action: 'return', reason: '标题不够具体' }]));
  });

  test('a published one: 下线 with a reason, 编辑 makes a new version', async () => {
    const sent = serve(
      staffAdvisory(2, { status: 'published', publishedBy: me, publishAt: '2026-03-12T02:00:00Z' }),
    );
    render(<ReviewPage />);
    fireEvent.click(await screen.findByText('编辑（生成新版本）'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: advisoryRoutes.edit(staffAdvisory(2).id) });
    fireEvent.click(button('下线'));
    await giveReason('活动已结束');
    fireEvent.click(await dialogButton('确认下线'));
    await waitFor(() => expect(sent).toEqual([{ action: 'unpublish', reason: '活动已结束' }]));
  });

  test('the author cannot publish their own: the button is disabled and says why', async () => {
    const sent = serve(staffAdvisory(1, { authorId: me }));
    render(<ReviewPage />);
    await screen.findByText('这是您撰写的，需由其他工作人员审核发布');
    expect(button('发布').className).toContain('disabled');
    fireEvent.click(button('发布'));
    expect(document.querySelector('.nut-dialog')).toBeNull();
    expect(sent).toHaveLength(0);
  });

  test("the server's refusal (AUTHOR_CANNOT_PUBLISH) is shown on the page", async () => {
    const message = '不能审核发布自己撰写的提示/警示，请由其他工作人员审核';
    serve(staffAdvisory(1), fail(403, 'AUTHOR_CANNOT_PUBLISH', message));
    render(<ReviewPage />);
    fireEvent.click(await screen.findByText('发布'));
    fireEvent.click(await dialogButton('确认发布'));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', message);
  });

  test('a pending new version is shown with the published one; 版本记录 opens an old version', async () => {
    serve(
      staffAdvisory(3, {
        status: 'published',
        version: 2,
        publishedBy: me,
        publishedByName: myName,
        publishAt: '2026-03-12T02:00:00Z',
        revision: {
          status: 'submitted',
          content: content({ title: '春节购买预付卡要谨慎（第三版）' }),
          authorId: colleagueId,
          authorName: colleagueName,
          updatedAt: '2026-03-14T02:00:00Z',
        },
      }),
    );
    render(<ReviewPage />);
    expect(await screen.findByText('新版本（待审核）')).toBeTruthy();
    expect(screen.getByText('春节购买预付卡要谨慎（第三版）')).toBeTruthy();
    expect(screen.getByText('发布新版本')).toBeTruthy();
    expect(await screen.findByText('第 2 版（当前）')).toBeTruthy();
    expect(screen.queryByText('春节购买预付卡要谨慎（初版）')).toBeNull();
    fireEvent.click(screen.getByText('第 1 版'));
    expect(await screen.findByText('春节购买预付卡要谨慎（初版）')).toBeTruthy();
  });

  test('状态记录 and 版本记录 name who wrote, submitted, published and took it down', async () => {
    serve(
      staffAdvisory(5, {
        status: 'unpublished',
        version: 2,
        publishedBy: me,
        publishedByName: myName,
        publishAt: '2026-03-12T02:00:00Z',
        unpublishedBy: colleagueId,
        unpublishedByName: colleagueName,
        unpublishedAt: '2026-03-20T02:00:00Z',
        unpublishedReason: '活动已结束',
        revision: {
          status: 'draft',
          content: content(),
          authorId: me,
          authorName: myName,
          updatedAt: '2026-03-14T02:00:00Z',
        },
      }),
    );
    render(<ReviewPage />);
    const history = await screen.findByLabelText('状态记录');
    const steps = within(history)
      .getAllByText(/撰写|提交|发布|下线|新版本/)
      .map((step) => step.textContent);
    expect(steps).toEqual([
      `${colleagueName}撰写`,
      `${colleagueName}提交审核`,
      `${myName}（我）审核发布`,
      `${myName}（我）正在编辑新版本`,
      `${colleagueName}下线`,
    ]);
    expect(await screen.findByText(/第 1 版/)).toBeTruthy();
    const versions = document.querySelector('.version-list')!;
    expect(versions.textContent).toContain(`${colleagueName}撰写 · ${myName}（我）发布`);
    expect(versions.textContent).toContain(`${myName}（我）撰写 · ${colleagueName}发布`);
  });

  test('the author submits their draft; the history shows why it was returned', async () => {
    const sent = serve(
      staffAdvisory(4, { status: 'draft', authorId: me, returnedReason: '请补充法律依据' }),
    );
    render(<ReviewPage />);
    expect(await screen.findByText('原因：请补充法律依据')).toBeTruthy();
    fireEvent.click(button('提交审核'));
    await waitFor(() => expect(sent).toEqual([{ action: 'submit' }]));
  });
});
