import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import type { AdvisoryAction } from '@api/advisories';
import { complaintRoutes } from '@/features/complaints';
import { quizRoutes } from '@/features/quiz';
import { toolRoutes } from '@/features/tools';
import { actionLabel } from './advisory-labels';

const TOOL_PAGES = {
  barcode: toolRoutes.barcode,
  'sc-licence': toolRoutes.sc,
  'credit-code': toolRoutes.creditCode,
} as const;

/** Copies a number or link; a browser without a clipboard shows it to copy by hand. */
export async function copyText(data: string, done: string) {
  try {
    await Taro.setClipboardData({ data });
    void Taro.showToast({ title: done, icon: 'none' });
  } catch {
    void Taro.showModal({ title: '请手动复制', content: data, showCancel: false });
  }
}

/**
 * Calls the hotline. In a browser (maybe a computer that cannot dial) the user picks 拨打 or
 * 复制号码; WeChat's own call sheet already offers both.
 */
export async function callHotline(hotline: string) {
  const dial = () => Taro.makePhoneCall({ phoneNumber: hotline }).catch(() => undefined);
  if (process.env.TARO_ENV === 'weapp') return dial();
  let tapIndex: number;
  try {
    ({ tapIndex } = await Taro.showActionSheet({ itemList: [`拨打 ${hotline}`, '复制号码'] }));
  } catch {
    return; // 取消
  }
  if (tapIndex === 0) await dial();
  else await copyText(hotline, `已复制号码 ${hotline}`);
}

interface CallToActionProps {
  action: AdvisoryAction;
  hotline: string;
  /** The merchant a 警示 names: a complaint is then about it. */
  merchantId?: string;
}

/** The advisory's call to action as one button: complain, call, take a quiz, open a tool. */
export function CallToAction({ action, hotline, merchantId }: CallToActionProps) {
  const run = () => {
    switch (action.kind) {
      case 'complaint':
        return Taro.navigateTo({ url: complaintRoutes.new(merchantId) });
      case 'call-12315':
        return callHotline(hotline);
      case 'quiz':
        return Taro.navigateTo({ url: quizRoutes.landing });
      case 'tool':
        return Taro.navigateTo({ url: TOOL_PAGES[action.tool] });
    }
  };
  return (
    <Button block type="primary" onClick={() => void run()}>
      {actionLabel(action, hotline)}
    </Button>
  );
}
