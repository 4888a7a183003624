import { render, screen } from '@testing-library/react';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import MessagesPage from '@/features/messages/pages/index/index';
import { EmptyState } from '@/components/empty-state';
import { session } from '@/services/session';

/** The bundled illustration as jest sees any imported image (test/client/support/file-mock.js);
 * Taro's H5 <Image> renders as taro-image-core. */
const BUNDLED = 'test-file-stub';

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('consumer'));
});

describe('empty states draw our own picture, never a third-party one', () => {
  test('EmptyState shows the bundled illustration with its words', () => {
    const { container } = render(<EmptyState title="暂无数据" description="说明文字" />);
    const image = container.querySelector('.empty-state taro-image-core');
    expect(image?.getAttribute('src')).toBe(BUNDLED);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    expect(screen.getByText('说明文字')).toBeTruthy();
  });

  test('a page with nothing to list (消息) loads no image from another host', async () => {
    fakeApi({ 'GET /messages': ok({ items: [], nextCursor: null }) });
    const { container } = render(<MessagesPage />);
    expect(await screen.findByText('暂无消息')).toBeTruthy();
    const sources = [...container.querySelectorAll('img, taro-image-core')].map((img) =>
      img.getAttribute('src'),
    );
    expect(sources).toEqual([BUNDLED]);
  });
});
