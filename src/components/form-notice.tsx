import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { SubmitNotice } from '@/services/form-errors';
import './form-notice.scss';

interface FormNoticeProps {
  notice: SubmitNotice | undefined;
  /** Where the user sees what they already sent, e.g. 查看我的投诉. */
  mine: { label: string; url: string };
}

/** A submission's problem that belongs to no single field, with a link to the user's own list. */
export function FormNotice({ notice, mine }: FormNoticeProps) {
  if (!notice) return null;
  return (
    <View className="section form-notice" role="alert">
      <Text>{notice.text}</Text>
      {notice.showMine && (
        <Button size="small" fill="outline" onClick={() => void Taro.navigateTo({ url: mine.url })}>
          {mine.label}
        </Button>
      )}
    </View>
  );
}
