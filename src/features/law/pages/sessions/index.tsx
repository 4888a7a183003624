import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { OptionPicker } from '@/components/option-picker';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { TabStrip } from '@/components/tab-strip';
import { useRegion } from '@/hooks/use-region';
import { SessionCard } from '../../session-components/session-card';
import { useSessions, type SessionTab } from './use-sessions';
import './index.scss';

const TABS: { value: SessionTab; label: string }[] = [
  { value: 'upcoming', label: '近期活动' },
  { value: 'past', label: '往期活动' },
];

/** 法润乡村: the 普法 sessions in the villages, my reminders, nearest first on request. */
export default function LawSessionsPage() {
  const page = useSessions();
  const towns = useRegion()?.towns ?? [];
  const upcoming = page.tab === 'upcoming';
  const reminders = page.reminders?.filter((item) => item.status === 'published' && !item.past);

  return (
    <PageShell className="law-sessions">
      <View className="law-sessions__hero">
        <Text className="law-sessions__title">法润乡村</Text>
        <Text className="law-sessions__slogan">普法讲座进村入户，现场签到答题</Text>
      </View>

      {upcoming && reminders && reminders.length > 0 && (
        <View className="law-sessions__mine" aria-label="我的提醒">
          <View className="section-title law-sessions__mine-title">我的提醒</View>
          {reminders.map((item) => (
            <SessionCard key={item.id} session={item} reminded />
          ))}
        </View>
      )}

      <TabStrip tabs={TABS} value={page.tab} onChange={page.setTab} />
      <View className="section law-sessions__filters">
        <View className="law-sessions__town">
          <Text className="muted">乡镇</Text>
          <OptionPicker
            title="选择乡镇"
            options={towns}
            value={page.town}
            placeholder="全部乡镇"
            onChange={page.setTown}
          />
          {page.town && (
            <Button size="small" fill="none" onClick={() => page.setTown('')}>
              看全部
            </Button>
          )}
        </View>
        {upcoming && (
          <View className="law-sessions__sort">
            {page.near ? (
              <>
                <Text className="law-sessions__sorted">已按距离排序</Text>
                <Button size="small" fill="outline" onClick={page.sortByTime}>
                  按时间排序
                </Button>
              </>
            ) : (
              <Button
                size="small"
                fill="outline"
                loading={page.locating}
                disabled={page.locating}
                onClick={() => void page.sortByDistance()}
              >
                按距离排序
              </Button>
            )}
          </View>
        )}
        {page.locationProblem && !page.near && (
          <View className="law-sessions__problem" role="alert">
            {page.locationProblem}
          </View>
        )}
      </View>

      <PagedListView
        list={page.list}
        empty={
          <View className="law-sessions__empty">
            <EmptyState
              title={upcoming ? '近期没有普法活动' : '还没有往期活动'}
              description={
                page.town ? '换个乡镇看看' : upcoming ? '新的活动发布后会显示在这里' : undefined
              }
            />
          </View>
        }
      >
        {(items) =>
          items.map((item) => (
            <SessionCard key={item.id} session={item} reminded={page.remindedIds.has(item.id)} />
          ))
        }
      </PagedListView>
    </PageShell>
  );
}
