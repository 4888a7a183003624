import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Region } from '@api/region';
import { PRIVACY_VERSIONS } from '@/domain/privacy';
import AboutPage from '@/features/privacy/pages/about/index';
import PolicyPage from '@/features/privacy/pages/policy/index';
import TermsPage from '@/features/privacy/pages/terms/index';
import { resetPrivacyPrompt } from '@/features/privacy/consent-store';
import { session } from '@/services/session';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';

/** Another county than the seed: the texts must come from the profile, not be written in. */
const region: Region = {
  ...(seededRegion as Region),
  county: '白云县',
  bureau: '白云县市场监督管理局',
  council: '白云县消费者权益保护委员会',
  hotlines: [
    { name: '全国12315平台', number: '12315' },
    { name: '白云县市场监督管理局', number: '0999-7712315', hours: '工作日 9:00-17:00' },
  ],
};

beforeEach(() => {
  taroTest.reset();
  session.clear();
  resetPrivacyPrompt();
  fakeApi({ 'GET /region': ok(region) });
});

describe('隐私政策', () => {
  test("names the county's bureau, council and hotline, and cites the law by article", async () => {
    render(<PolicyPage />);
    expect(await screen.findByText(/“放心消费”由白云县市场监督管理局提供/)).toBeTruthy();
    const text = document.body.textContent ?? '';
    expect(text).toContain('白云县消费者权益保护委员会参与投诉调解');
    expect(text).toContain('白云县市场监督管理局：0999-7712315（工作日 9:00-17:00）');
    expect(text).toContain('请联系：白云县市场监督管理局 0999-7712315');
    expect(text).not.toContain('青山县');
    for (const article of ['第十七条', '第十九条', '第二十五条', '第十五条', '第四十七条']) {
      expect(text).toContain(article);
    }
    // What, why, how long, who sees it, rights: each has its section.
    for (const heading of [
      '收集什么、为什么收集',
      '保存多久',
      '谁能看到',
      '你的权利',
      '联系我们',
    ]) {
      expect(screen.getByText(heading)).toBeTruthy();
    }
    expect(
      screen.getByText(`${PRIVACY_VERSIONS.privacy} 版 · ${PRIVACY_VERSIONS.privacy} 起生效`),
    ).toBeTruthy();
  });
});

describe('用户协议', () => {
  test("names the county's bureau and its version", async () => {
    render(<TermsPage />);
    expect(await screen.findByText(/是白云县市场监督管理局提供的公益服务/)).toBeTruthy();
    expect(screen.getByText(`本协议 ${PRIVACY_VERSIONS.terms} 版。`)).toBeTruthy();
  });
});

describe('关于', () => {
  test('shows the app, its bureau and version, opens both texts, calls the hotline', async () => {
    render(<AboutPage />);
    expect(await screen.findByText('由白云县市场监督管理局提供')).toBeTruthy();
    expect(screen.getByText(/^版本 \d+\.\d+\.\d+/)).toBeTruthy();
    expect(screen.getByText(/还没有同意/)).toBeTruthy();

    fireEvent.click(screen.getByText('隐私政策'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/privacy/pages/policy/index' });
    fireEvent.click(screen.getByText('用户协议'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/privacy/pages/terms/index' });
    fireEvent.click(screen.getByText('0999-7712315'));
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0999-7712315' });
  });

  test('shows the version agreed to and when (Asia/Shanghai), and asks again for a newer one', async () => {
    taroTest.storage.set(
      'fx.privacy',
      JSON.stringify({
        privacy: '2026-01-01',
        terms: '2026-01-01',
        agreedAt: '2026-01-02T02:30:00.000Z',
      }),
    );
    resetPrivacyPrompt();
    render(<AboutPage />);
    await screen.findByText('由白云县市场监督管理局提供');
    expect(
      screen.getByText('2026-01-02 10:30 同意了隐私政策 2026-01-01 版、用户协议 2026-01-01 版'),
    ).toBeTruthy();
    expect(screen.getByText('内容已更新，请阅读新版后重新同意。')).toBeTruthy();
  });
});
