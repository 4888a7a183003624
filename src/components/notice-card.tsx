import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';

interface NoticeCardProps {
  /** The card's own class besides "section". */
  className: string;
  title: ReactNode;
  message: ReactNode;
  /** The one way on: the button's text and what it does. */
  action: string;
  onAction: () => void;
}

/** Why a page cannot go on (not allowed, expired, gone), and the one way on from here. */
export function NoticeCard({ className, title, message, action, onAction }: NoticeCardProps) {
  return (
    <View className={`section ${className}`} role="alert">
      <View className="section-title">{title}</View>
      <Text className="muted">{message}</Text>
      <Button block type="primary" onClick={onAction}>
        {action}
      </Button>
    </View>
  );
}
