import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { disclosureApi } from '../api';
import './export-links.scss';

/**
 * The CSV and the print-friendly page. A browser opens them; WeChat cannot open a web page from
 * a mini-program, so there the link is copied to open in a browser.
 */
async function openExport(url: string) {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank');
    return;
  }
  try {
    await Taro.setClipboardData({ data: url });
    void Taro.showToast({ title: '链接已复制，请在浏览器中打开', icon: 'none' });
  } catch {
    void Taro.showModal({ title: '请手动复制链接', content: url, showCancel: false });
  }
}

export function ExportLinks({ batchId }: { batchId: string }) {
  return (
    <View className="section disclosure-exports" aria-label="下载">
      <View className="section-title">下载与打印</View>
      <View className="disclosure-exports__buttons">
        <Button size="small" onClick={() => void openExport(disclosureApi.csvUrl(batchId))}>
          下载表格（CSV）
        </Button>
        <Button size="small" onClick={() => void openExport(disclosureApi.printUrl(batchId))}>
          打印版
        </Button>
      </View>
      {process.env.TARO_ENV !== 'h5' && (
        <View className="muted">微信内无法直接打开，点击后复制链接到浏览器打开</View>
      )}
    </View>
  );
}
