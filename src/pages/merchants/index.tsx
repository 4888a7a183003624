import { View, Text } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';

/**
 * 查商家 tab. The merchant registry (search, scan, model-unit badges) lands with the
 * merchants feature; until then the tab says so plainly instead of showing an empty search.
 */
export default function MerchantsPage() {
  return (
    <PageShell>
      <View className="section">
        <View className="section-title">放心消费示范单位查询</View>
        <Text className="muted">
          商家名录、示范单位与无理由退货承诺查询即将开放。遇到消费纠纷，可先在首页拨打投诉热线。
        </Text>
      </View>
    </PageShell>
  );
}
