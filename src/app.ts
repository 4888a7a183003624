import { type PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import dayjs from 'dayjs';
// The icon library's own config module (shared by every subpackage's icons), not its index
// that would bring every icon any subpackage uses into the main package.
import { configure as configureIcons } from '@nutui/icons-react-taro/dist/es/icons/configure.js';
import 'dayjs/locale/zh-cn';
import { trackVisit } from '@/services/visits';
import { useH5NavigationBar } from '@/components/h5-navigation-bar';
import { askForPrivacy } from '@/features/privacy';
import './app.scss';

dayjs.locale('zh-cn');
// NutUI icons render an <i> by default, which has no template in the mini-program.
if (process.env.TARO_ENV === 'weapp') configureIcons({ tag: 'view' });

/**
 * 用户隐私保护指引: before a privacy API (location, camera, photos) runs for a user who has not
 * agreed, WeChat asks the app; the page on screen shows our dialog and answers (app.ts cannot
 * draw). Registered once, before any page; older WeChat versions without it ask by themselves.
 */
if (process.env.TARO_ENV === 'weapp' && typeof Taro.onNeedPrivacyAuthorization === 'function') {
  Taro.onNeedPrivacyAuthorization((resolve) => askForPrivacy(resolve));
}

/** H5 has no launch query from WeChat; read ?src= from the address bar instead. */
function launchOptions(): { path?: string; query?: Record<string, string> } {
  if (process.env.TARO_ENV === 'h5') {
    const url = new URL(window.location.href);
    return { path: url.pathname, query: Object.fromEntries(url.searchParams) };
  }
  return Taro.getLaunchOptionsSync();
}

function App({ children }: PropsWithChildren) {
  useH5NavigationBar();
  useLaunch(() => {
    void trackVisit(launchOptions());
  });
  return children;
}

export default App;
