import Taro from '@tarojs/taro';

/**
 * Whether a form may be sent now: no photo still uploading and no problem with what was typed.
 * When not, a toast says why (the problems themselves are marked red at their fields).
 */
export function readyToSend(problems: object, uploading = false): boolean {
  if (uploading) {
    void Taro.showToast({
      title: '照片还没有上传完成，上传失败的可点击重试或删除',
      icon: 'none',
    });
    return false;
  }
  if (Object.keys(problems).length > 0) {
    void Taro.showToast({ title: '请先改正标红的内容', icon: 'none' });
    return false;
  }
  return true;
}
