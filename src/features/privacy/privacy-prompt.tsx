import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { LiteButton } from '@/components/lite-button';
import { AGREE_BUTTON_ID, agreeToPrivacy, declinePrivacy, usePrivacyPrompt } from './consent-store';
import { privacyRoutes } from './routes';
import './privacy-prompt.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';
const open = (url: string) => () => void Taro.navigateTo({ url });

function Panel({ mode, updated }: { mode: 'wechat' | 'ask'; updated: boolean }) {
  const decline = () => {
    declinePrivacy();
    if (mode === 'wechat') void Taro.showToast({ title: '未同意，暂不能使用该功能', icon: 'none' });
  };
  return (
    <View className="privacy-prompt__panel">
      <Text className="privacy-prompt__title">{updated ? '隐私政策已更新' : '隐私保护提示'}</Text>
      <Text className="privacy-prompt__text">
        {mode === 'wechat' ? '这项功能要用到位置、相机或照片。' : ''}
        请阅读
        <Text className="privacy-prompt__link" onClick={open(privacyRoutes.policy)}>
          《隐私政策》
        </Text>
        和
        <Text className="privacy-prompt__link" onClick={open(privacyRoutes.terms)}>
          《用户协议》
        </Text>
        ，了解我们收集哪些信息、用来做什么、保存多久、谁能看到。不同意也可以浏览公开信息。
      </Text>
      <View className="privacy-prompt__actions">
        <LiteButton className="privacy-prompt__button" onClick={decline}>
          {mode === 'wechat' ? '拒绝' : '暂不'}
        </LiteButton>
        {/* WeChat lets the waiting API go on only after a tap on this very button. */}
        <LiteButton
          className="privacy-prompt__button"
          type="primary"
          id={AGREE_BUTTON_ID}
          openType={isWeapp ? 'agreePrivacyAuthorization' : undefined}
          onAgreePrivacyAuthorization={isWeapp ? agreeToPrivacy : undefined}
          onClick={isWeapp ? undefined : agreeToPrivacy}
        >
          同意
        </LiteButton>
      </View>
    </View>
  );
}

/** Where the quiet 隐私保护提示 card is shown: the tab pages a visitor opens first, and ours. */
const ASKING_PAGES = /(^|\/)(pages\/(index|merchants|me)\/index|features\/privacy\/)/;

/**
 * 隐私保护提示, on every page (PageShell). When WeChat waits for consent before a privacy API
 * (location, camera, photos): a dialog on whichever page is on screen. When the current texts were
 * not agreed to yet (first open, or a new version): a card at the end of the tab pages that never
 * blocks reading; 暂不 hides it until the app starts again.
 */
export function PrivacyPrompt() {
  const { mode, updated } = usePrivacyPrompt();
  const [asksHere] = useState(() =>
    ASKING_PAGES.test(Taro.getCurrentInstance().router?.path ?? ''),
  );
  if (mode === 'wechat') {
    return (
      <View
        className="privacy-prompt privacy-prompt--wechat"
        role="dialog"
        aria-label="隐私保护提示"
      >
        <View className="privacy-prompt__mask" catchMove />
        <View className="privacy-prompt__fixed">
          <Panel mode={mode} updated={updated} />
        </View>
      </View>
    );
  }
  if (mode !== 'ask' || !asksHere) return null;
  return (
    <View
      className="section privacy-prompt privacy-prompt--ask"
      role="region"
      aria-label="隐私保护提示"
    >
      <Panel mode={mode} updated={updated} />
    </View>
  );
}
