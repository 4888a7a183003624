import Taro from '@tarojs/taro';

/** Copies text or a link; a browser without a clipboard shows it to copy by hand. */
export async function copyText(data: string, done: string) {
  try {
    await Taro.setClipboardData({ data });
    void Taro.showToast({ title: done, icon: 'none' });
  } catch {
    void Taro.showModal({ title: '请手动复制', content: data, showCancel: false });
  }
}
