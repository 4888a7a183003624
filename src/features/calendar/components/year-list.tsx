import { View, Text } from '@tarojs/components';
import { Button, Skeleton } from '@nutui/nutui-react-taro';
import type { CalendarYearList } from '@api/calendar';

const when = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The loaded years with their source, and a warning for this or next year missing. */
export function YearList(props: { list?: CalendarYearList; error?: string; onRetry: () => void }) {
  const { list, error, onRetry } = props;
  if (error) {
    return (
      <View className="section calendar__error" role="alert">
        <Text>{error}</Text>
        <Button size="small" onClick={onRetry}>
          重试
        </Button>
      </View>
    );
  }
  if (!list) {
    return (
      <View className="section">
        <Skeleton rows={3} animated />
      </View>
    );
  }
  return (
    <View className="section calendar__years">
      <View className="section-title">已导入的年份</View>
      {list.missing.length > 0 && (
        <View className="calendar__missing" role="alert">
          {list.missing.map((y) => `${y}年`).join('、')}
          节假日安排未导入：该年的期限按周一至周五计算，可能有误。国务院办公厅通知发布后请在下方导入。
        </View>
      )}
      {list.items.length === 0 && <Text className="muted">还没有任何年份</Text>}
      {list.items.map((item) => (
        <View key={item.year} className="calendar__year">
          <View className="calendar__year-head">
            <Text className="calendar__year-no">{item.year}年</Text>
            <Text className="muted">
              放假 {item.holidays} 天 · 调休上班 {item.workdays} 天
            </Text>
          </View>
          <Text className="calendar__source">来源：{item.source}</Text>
          <Text className="muted">
            {item.importedAt
              ? `${item.importedBy ?? ''} 于 ${when(item.importedAt)} 导入`
              : '随系统内置'}
          </Text>
        </View>
      ))}
    </View>
  );
}
