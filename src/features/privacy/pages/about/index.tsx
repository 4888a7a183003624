import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { PageShell } from '@/components/page-shell';
import { openPage, TapCells } from '@/components/tap-cells';
import { PRIVACY_VERSIONS } from '@/domain/privacy';
import { useRegion } from '@/hooks/use-region';
import { version } from '../../../../../package.json';
import { usePrivacyPrompt, useSyncedPrivacyConsent } from '../../consent-store';
import { privacyRoutes } from '../../routes';
import './index.scss';

dayjs.extend(utc);
const shanghaiTime = (iso: string) => dayjs(iso).utcOffset(480).format('YYYY-MM-DD HH:mm');

function AgreementRecord() {
  const { agreement, upToDate } = usePrivacyPrompt();
  if (!agreement) return <Text className="muted">还没有同意当前版本的隐私政策和用户协议。</Text>;
  return (
    <>
      <Text className="about__line">
        {shanghaiTime(agreement.agreedAt)} 同意了隐私政策 {agreement.privacy} 版、用户协议{' '}
        {agreement.terms} 版
      </Text>
      {!upToDate && <Text className="about__warn">内容已更新，请阅读新版后重新同意。</Text>}
    </>
  );
}

/** 关于: the app, who runs it, its 隐私政策 and 用户协议, and what the user agreed to. */
export default function AboutPage() {
  const region = useRegion();
  useSyncedPrivacyConsent();
  const hotlines = region?.hotlines ?? [];
  return (
    <PageShell className="about">
      <View className="section about__head">
        <Text className="about__name">放心消费</Text>
        <Text className="muted">版本 {version}</Text>
        {region && <Text className="about__line">由{region.bureau}提供</Text>}
      </View>
      <View className="section">
        <TapCells
          items={[
            {
              key: 'policy',
              title: '隐私政策',
              description: `${PRIVACY_VERSIONS.privacy} 版：收集什么、为什么、保存多久、谁能看到`,
              onTap: openPage(privacyRoutes.policy),
            },
            {
              key: 'terms',
              title: '用户协议',
              description: `${PRIVACY_VERSIONS.terms} 版`,
              onTap: openPage(privacyRoutes.terms),
            },
          ]}
        />
      </View>
      <View className="section about__record">
        <View className="section-title">我的同意记录</View>
        <AgreementRecord />
      </View>
      {hotlines.length > 0 && (
        <View className="section">
          <View className="section-title">联系我们</View>
          <TapCells
            items={hotlines.map((h) => ({
              key: h.number,
              title: h.name,
              description: h.hours,
              extra: h.number,
              onTap: () =>
                void Taro.makePhoneCall({ phoneNumber: h.number }).catch(() => undefined),
            }))}
          />
        </View>
      )}
    </PageShell>
  );
}
