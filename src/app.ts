import { type PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import dayjs from 'dayjs';
import { configure as configureIcons } from '@nutui/icons-react-taro';
import 'dayjs/locale/zh-cn';
import { trackVisit } from '@/services/visits';
import './app.scss';

dayjs.locale('zh-cn');
// NutUI icons render an <i> by default, which has no template in the mini-program.
if (process.env.TARO_ENV === 'weapp') configureIcons({ tag: 'view' });

/** H5 has no launch query from WeChat; read ?src= from the address bar instead. */
function launchOptions(): { path?: string; query?: Record<string, string> } {
  if (process.env.TARO_ENV === 'h5') {
    const url = new URL(window.location.href);
    return { path: url.pathname, query: Object.fromEntries(url.searchParams) };
  }
  return Taro.getLaunchOptionsSync();
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void trackVisit(launchOptions());
  });
  return children;
}

export default App;
