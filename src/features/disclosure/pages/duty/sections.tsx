import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { ComplaintStatus } from '@api/complaints';
import type { DutyComplaint, DutyView, RisingItem } from '@api/disclosure';
import { EmptyState } from '@/components/empty-state';
import { COMPLAINT_STATUS, complaintRoutes } from '@/features/complaints';
import { merchantRoutes } from '@/features/merchants';
import { dateTime, shortDate } from '../../follow-up-components/disclosure-text';

// The duty view sends the complaint's status key: show it in the complaints' own words.
const statusLabel = (status: string) =>
  status in COMPLAINT_STATUS ? COMPLAINT_STATUS[status as ComplaintStatus].label : status;

export function TodayCounts({ counts }: { counts: DutyView['todayByStatus'] }) {
  const total = counts.reduce((sum, item) => sum + item.count, 0);
  return (
    <View className="section duty__today">
      <View className="section-title">今日投诉 {total} 件</View>
      {counts.length === 0 ? (
        <Text className="muted">今天还没有新投诉</Text>
      ) : (
        <View className="duty__counts">
          {counts.map((item) => (
            <View key={item.status} className="duty__count" aria-label={statusLabel(item.status)}>
              <Text className="duty__count-number">{item.count}</Text>
              <Text className="muted">{statusLabel(item.status)}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

function ComplaintLine({ complaint, today }: { complaint: DutyComplaint; today: string }) {
  const overdue = complaint.dueOn < today;
  return (
    <View
      className={`duty__complaint tap-target ${overdue ? 'is-overdue' : ''}`}
      role="link"
      aria-label={`投诉 ${complaint.trackingNo}`}
      onClick={() => void Taro.navigateTo({ url: complaintRoutes.detail(complaint.id) })}
    >
      <View className="duty__complaint-head">
        <Text className="duty__complaint-merchant">{complaint.merchantName}</Text>
        {complaint.supervised && <Tag type="danger">督办</Tag>}
      </View>
      <Text className="muted">
        {complaint.trackingNo} · {complaint.category} · {statusLabel(complaint.status)}
      </Text>
      <Text className={overdue ? 'duty__overdue' : 'duty__due'}>
        {overdue
          ? `已逾期（期限${shortDate(complaint.dueOn)}）`
          : `${shortDate(complaint.dueOn)}到期`}
      </Text>
    </View>
  );
}

export function DueSoon({ items, today }: { items: DutyComplaint[]; today: string }) {
  return (
    <View className="section duty__due-soon">
      <View className="section-title">即将到期 {items.length} 件</View>
      {items.length === 0 ? (
        <Text className="muted">2个工作日内没有到期的投诉</Text>
      ) : (
        items.map((item) => <ComplaintLine key={item.id} complaint={item} today={today} />)
      )}
    </View>
  );
}

function RisingLine({ item }: { item: RisingItem }) {
  const rise = item.last7 - item.previous7;
  const open = item.merchantId
    ? () => void Taro.navigateTo({ url: merchantRoutes.detail(item.merchantId!) })
    : undefined;
  return (
    <View className={`duty__rising ${open ? 'tap-target' : ''}`} onClick={open}>
      <Text className="duty__rising-name">{item.name}</Text>
      <Text className="duty__rising-figures">
        近7天{item.last7}件 / 前7天{item.previous7}件
        <Text className="duty__rise">{rise > 0 ? ` ↑${rise}` : ''}</Text>
      </Text>
    </View>
  );
}

export function Rising({ view }: { view: DutyView }) {
  const empty = view.risingBusinesses.length === 0 && view.risingIndustries.length === 0;
  return (
    <View className="section duty__rising-section">
      <View className="section-title">投诉上升</View>
      {empty ? (
        <Text className="muted">近7天没有明显上升的经营者或行业</Text>
      ) : (
        <>
          {view.risingBusinesses.length > 0 && <Text className="duty__subtitle">经营者</Text>}
          {view.risingBusinesses.map((item) => (
            <RisingLine key={item.merchantId ?? item.name} item={item} />
          ))}
          {view.risingIndustries.length > 0 && <Text className="duty__subtitle">行业</Text>}
          {view.risingIndustries.map((item) => (
            <RisingLine key={item.name} item={item} />
          ))}
        </>
      )}
    </View>
  );
}

export function Supervised({ view }: { view: DutyView }) {
  return (
    <View className="section duty__supervised">
      <View className="section-title">督办中 {view.supervised.length} 件</View>
      {view.supervised.length === 0 ? (
        <EmptyState title="暂无督办投诉" description="在投诉详情中点“督办”加入" />
      ) : (
        view.supervised.map((item) => (
          <View key={item.id} className="duty__supervised-item">
            <ComplaintLine complaint={item} today={view.date} />
            <Text className="duty__supervision-note">
              {item.supervisorName} {dateTime(item.since)} 督办：{item.note}
            </Text>
          </View>
        ))
      )}
    </View>
  );
}
