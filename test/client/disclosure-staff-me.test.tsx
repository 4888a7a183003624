import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import MePage from '@/pages/me/index';
import { disclosureRoutes } from '@/features/disclosure/routes';
import { session } from '@/services/session';

const STAFF_ONLY = ['投诉公示管理', '公示跟进', '值班值守'];

beforeEach(() => {
  taroTest.reset();
  fakeApi({ 'GET /messages/unread-count': ok({ count: 0 }) });
});

const opened = (title: string) => {
  fireEvent.click(screen.getByText(title));
  return (Taro.navigateTo as jest.Mock).mock.calls.at(-1)[0].url;
};

describe('我的 entries for 投诉信息公示 (issue 15)', () => {
  test('staff open 投诉公示管理, 公示跟进 and 值班值守', () => {
    const staff = sessionFor('staff');
    session.save(staff);
    fakeApi({ 'GET /messages/unread-count': ok({ count: 0 }), 'GET /auth/me': ok(staff.user) });
    render(<MePage />);
    expect(opened('投诉公示管理')).toBe(disclosureRoutes.manage);
    expect(opened('公示跟进')).toBe(disclosureRoutes.followUps);
    expect(opened('值班值守')).toBe(disclosureRoutes.duty);
    expect(screen.queryByText('投诉公示异议')).toBeNull();
  });

  test('a merchant member opens 投诉公示异议; a consumer sees none of these', () => {
    const merchant = sessionFor('merchant');
    session.save(merchant);
    const first = render(<MePage />);
    expect(opened('投诉公示异议')).toBe(disclosureRoutes.mine);
    for (const title of STAFF_ONLY) expect(screen.queryByText(title)).toBeNull();
    first.unmount();

    session.save(sessionFor('consumer'));
    render(<MePage />);
    expect(screen.queryByText('投诉公示异议')).toBeNull();
    for (const title of STAFF_ONLY) expect(screen.queryByText(title)).toBeNull();
  });
});
