import type { ComponentProps } from 'react';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';

interface LinkButtonProps extends Omit<ComponentProps<typeof Button>, 'onClick'> {
  url: string;
  /** Replace this page (redirectTo) instead of opening the new one on top (navigateTo). */
  replace?: boolean;
}

/** A button that opens a page of the app. */
export function LinkButton({ url, replace, ...button }: LinkButtonProps) {
  const open = () => (replace ? Taro.redirectTo({ url }) : Taro.navigateTo({ url }));
  return <Button {...button} onClick={() => void open()} />;
}
