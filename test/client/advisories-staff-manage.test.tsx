import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import {
  colleagueId,
  colleagueName,
  content,
  myName,
  staffAdvisory,
  staffSession,
} from './support/advisories-staff-fixtures';
import ManagePage from '@/features/advisories/pages/manage/index';
import { advisoryRoutes } from '@/features/advisories/routes';
import { session } from '@/services/session';

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
});

/** The list by status; returns the statuses asked for. */
function serve() {
  const asked: string[] = [];
  fakeApi({
    'GET /advisories/manage': (options) => {
      const status = new URL(options.url, 'http://app.test').searchParams.get('status') ?? '';
      asked.push(status);
      if (status === 'submitted') {
        return ok({
          items: [
            staffAdvisory(1),
            staffAdvisory(2, {
              content: content({ kind: '警示', title: '警惕“免费体检”推销保健品' }),
            }),
          ],
          nextCursor: null,
        });
      }
      if (status === 'published') {
        return ok({
          items: [
            staffAdvisory(3, {
              status: 'published',
              readCount: 120,
              publishedBy: staffSession.user.id,
              publishedByName: myName,
              revision: {
                status: 'submitted',
                content: content(),
                authorId: staffSession.user.id,
                authorName: myName,
                updatedAt: '2026-03-14T02:00:00Z',
              },
            }),
          ],
          nextCursor: null,
        });
      }
      if (status === 'unpublished') {
        return ok({
          items: [
            staffAdvisory(4, {
              status: 'unpublished',
              authorId: staffSession.user.id,
              authorName: myName,
              publishedBy: colleagueId,
              publishedByName: colleagueName,
              unpublishedBy: colleagueId,
              unpublishedByName: colleagueName,
              unpublishedAt: '2026-03-15T02:00:00Z',
            }),
          ],
          nextCursor: null,
        });
      }
      return ok({ items: [], nextCursor: null });
    },
  });
  return asked;
}

test('opens on 待审核; each tab asks for its status; a pending new version is flagged', async () => {
  const asked = serve();
  render(<ManagePage />);
  expect(await screen.findByText('警惕“免费体检”推销保健品')).toBeTruthy();
  expect(screen.getByText(staffAdvisory(1).content.title)).toBeTruthy();
  expect(screen.getAllByText(`${colleagueName}撰写`)).toHaveLength(2);

  fireEvent.click(screen.getByText('已发布'));
  expect(await screen.findByText('有新版本待审')).toBeTruthy();
  expect(screen.getByText(/阅读 120/)).toBeTruthy();

  fireEvent.click(screen.getByText('已下线'));
  expect(await screen.findByText(staffAdvisory(4).content.title)).toBeTruthy();
  expect(asked).toEqual(['submitted', 'published', 'unpublished']);
});

test('each card names who wrote, published and took it down; the reader is marked （我）', async () => {
  serve();
  render(<ManagePage />);
  await screen.findByText(staffAdvisory(1).content.title);
  fireEvent.click(screen.getByText('已发布'));
  expect(await screen.findByText(`${colleagueName}撰写 · ${myName}（我）发布`)).toBeTruthy();
  expect(screen.getByText(`新版本：${myName}（我）撰写`)).toBeTruthy();

  fireEvent.click(screen.getByText('已下线'));
  expect(
    await screen.findByText(`${myName}（我）撰写 · ${colleagueName}发布 · ${colleagueName}下线`),
  ).toBeTruthy();
});

test('a card opens its review; 写提示 and 数据统计 open their pages', async () => {
  serve();
  render(<ManagePage />);
  fireEvent.click(await screen.findByText(staffAdvisory(1).content.title));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({
    url: advisoryRoutes.review(staffAdvisory(1).id),
  });
  fireEvent.click(screen.getByText('写提示'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: advisoryRoutes.write });
  fireEvent.click(screen.getByText('数据统计'));
  await waitFor(() =>
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: advisoryRoutes.stats }),
  );
});

test('a consumer is asked to sign in as staff', async () => {
  session.save({ ...staffSession, user: { ...staffSession.user, role: 'consumer' } });
  serve();
  render(<ManagePage />);
  expect(await screen.findByText('仅工作人员可用')).toBeTruthy();
});
