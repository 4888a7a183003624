import { LinkButton } from '@/components/link-button';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ComplaintCreated } from '@api/complaints';
import { formatDate } from '../../labels';
import { complaintRoutes } from '../../routes';

/**
 * After 提交: the tracking number and the date by which the bureau decides to accept. WeChat
 * reminders are promised only to who allowed them (a subscribe message needs that consent).
 */
export function Submitted({
  created,
  subscribed,
}: {
  created: ComplaintCreated;
  subscribed: boolean;
}) {
  const copy = () =>
    void Promise.resolve(Taro.setClipboardData({ data: created.trackingNo })).catch(
      () => undefined,
    );
  return (
    <View className="section new-complaint__result" role="status">
      <View className="new-complaint__result-icon">✓</View>
      <Text className="new-complaint__result-title">投诉已提交</Text>
      <View className="new-complaint__tracking">
        <Text className="muted new-complaint__tracking-label">投诉编号</Text>
        <Text className="new-complaint__tracking-no" selectable>
          {created.trackingNo}
        </Text>
        <Button size="small" fill="outline" onClick={copy}>
          复制
        </Button>
      </View>
      <Text className="new-complaint__result-text">
        市场监管部门将于 {formatDate(created.acceptDeadline)}（含）前决定是否受理
      </Text>
      <Text className="muted">
        {subscribed ? '您已允许微信服务通知，处理状态更新时会通过服务通知提醒您一次。' : ''}
        处理进展可随时在「我的 → 我的投诉」查看，每次状态变化也会发到「我的 → 消息」。
      </Text>
      <View className="new-complaint__result-actions">
        <LinkButton type="primary" block url={complaintRoutes.detail(created.id)} replace>
          查看进度
        </LinkButton>
        <Button block onClick={() => void Taro.switchTab({ url: '/pages/index/index' })}>
          返回首页
        </Button>
      </View>
    </View>
  );
}
