import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { copyText } from './copy-text';
import './excerpt-notice.scss';

/**
 * Where the whole text is: a 摘录 says so, or an article the library lacks. The mini-program
 * cannot open outside pages, so the address is shown and copied.
 */
export function FullTextNotice({ message, url }: { message: string; url: string }) {
  return (
    <View className="excerpt-notice" role="note">
      <Text>{message}</Text>
      <Text className="excerpt-notice__url" userSelect>
        {url}
      </Text>
      <Button
        size="small"
        fill="outline"
        type="primary"
        onClick={() => void copyText(url, '链接已复制，可在浏览器中打开')}
      >
        复制链接
      </Button>
    </View>
  );
}
