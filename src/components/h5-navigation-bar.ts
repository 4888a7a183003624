import { useEffect } from 'react';
import { usePrefs } from '@/services/prefs';
import './h5-navigation-bar.scss';

/** Gives one of the bar's icon buttons a name and a keyboard stop (Taro draws bare divs). */
function label(bar: HTMLElement, selector: string, name: string) {
  const control = bar.querySelector(selector);
  if (!control || control.getAttribute('aria-label')) return;
  control.setAttribute('role', 'button');
  control.setAttribute('aria-label', name);
  control.setAttribute('tabindex', '0');
  control.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') (control as HTMLElement).click();
  });
}

/**
 * H5 only: Taro's own navigation bar (the app's navigationStyle is 'default') shows each page's
 * navigationBarTitleText, sets document.title, and offers 返回 — or 首页 on a page opened directly,
 * with nothing to go back to. This names its controls and follows 大字模式. The mini-program
 * has WeChat's bar instead, so nothing happens there.
 */
export function useH5NavigationBar() {
  const { largeText } = usePrefs();
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    const bar = document.getElementById('taro-navigation-bar');
    if (!bar) return;
    label(bar, '.taro-navigation-bar-back', '返回');
    label(bar, '.taro-navigation-bar-home', '返回首页');
    bar.classList.toggle('is-large-text', largeText);
  }, [largeText]);
}
