import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { DisclosureFlag } from '@api/disclosure';
import { figuresText } from '../../follow-up-components/disclosure-text';
import { targetName } from '../../follow-up-components/target-text';
import { disclosureRoutes } from '../../routes';

/** Where 记录跟进 opens the form: the flagged business or industry and the batch that flagged it. */
export const followUpUrlOf = (flag: DisclosureFlag) =>
  disclosureRoutes.newFollowUp(
    flag.target.kind === 'business'
      ? { merchantId: flag.target.merchantId, batchId: flag.batchId }
      : { industry: flag.target.industry, batchId: flag.batchId },
  );

/** One business or industry over the thresholds: why, its figures, its follow-ups so far. */
export function FlagCard({ flag }: { flag: DisclosureFlag }) {
  const { target } = flag;
  return (
    <View className="section flag-card" aria-label={targetName(target)}>
      <View className="flag-card__head">
        <Text className="flag-card__name">{targetName(target)}</Text>
        <Tag type={target.kind === 'business' ? 'danger' : 'warning'}>
          {target.kind === 'business' ? '经营者' : '行业'}
        </Tag>
      </View>
      {target.kind === 'business' && <Text className="muted">行业：{target.industry}</Text>}
      <View className="flag-card__why">
        {flag.why.map((why) => (
          <Text key={why} className="flag-card__reason">
            {why}
          </Text>
        ))}
      </View>
      <Text>{figuresText(flag.figures)}</Text>
      <Text className="muted">
        {flag.batchTitle} · 已跟进{flag.followUps}次
        {flag.openFollowUps > 0 ? `，${flag.openFollowUps}项进行中` : ''}
      </Text>
      <Button
        size="small"
        type="primary"
        onClick={() => void Taro.navigateTo({ url: followUpUrlOf(flag) })}
      >
        记录跟进
      </Button>
    </View>
  );
}
