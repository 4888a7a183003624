import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import WallPage from '@/features/pledges/pages/wall/index';

const region = seededRegion as Region;
const paragraphs = region.initiative.text.split('\n');

beforeEach(() => taroTest.reset());

describe('倡议签署墙: what was signed', () => {
  test('shows the 倡议书 folded to its opening, unfolds it, and says what signing means', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /pledges/initiative/signatories': ok({
        count: 1,
        items: [
          {
            merchantId: 'M1',
            merchantName: '青山茶庄1号',
            town: '城关镇',
            signedAt: '2027-03-15T02:00:00.000Z',
          },
        ],
        nextCursor: null,
      }),
    });
    render(<WallPage />);
    expect(await screen.findByText(`「${region.initiative.title}」倡议书`)).toBeTruthy();
    const text = screen.getByLabelText('倡议书');
    // Folded: the salutation and the opening, not the later clauses nor the signature line.
    expect(within(text).getByText(paragraphs[0])).toBeTruthy();
    expect(within(text).getByText(paragraphs[1])).toBeTruthy();
    expect(within(text).queryByText(paragraphs[4])).toBeNull();
    expect(within(text).queryByText(paragraphs.at(-1)!)).toBeNull();

    const toggle = screen.getByRole('button', { name: '展开全文' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    for (const paragraph of paragraphs) expect(within(text).getByText(paragraph)).toBeTruthy();
    expect(screen.getByRole('button', { name: '收起' }).getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '收起' }));
    expect(within(text).queryByText(paragraphs[4])).toBeNull();

    const meaning = screen.getByLabelText('签署的含义');
    expect(within(meaning).getByText('签署意味着什么')).toBeTruthy();
    expect(within(meaning).getByText(/自愿公开承诺/)).toBeTruthy();
    expect(within(meaning).getByText(/您可以投诉/)).toBeTruthy();
    // The text and its meaning come before the list of names.
    const names = screen.getByText('青山茶庄1号');
    expect(text.compareDocumentPosition(names) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('a short 倡议 is shown whole, with nothing to unfold', async () => {
    const short = {
      ...region,
      initiative: { title: '诚信经营', text: '全县经营者：\n诚信经营。' },
    };
    fakeApi({
      'GET /region': ok(short),
      'GET /pledges/initiative/signatories': ok({ count: 0, items: [], nextCursor: null }),
    });
    render(<WallPage />);
    expect(await screen.findByText('诚信经营。')).toBeTruthy();
    expect(screen.getByText('全县经营者：')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '展开全文' })).toBeNull();
  });
});
