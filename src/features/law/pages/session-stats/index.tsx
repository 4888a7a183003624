import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { SessionStats } from '@api/law';
import { gatedPage } from '@/components/access-gate';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { TabStrip } from '@/components/tab-strip';
import { useRemote } from '@/hooks/use-remote';
import { FeedbackFigures } from '../../session-components/feedback-figures';
import { toDateAndTime } from '../../session-components/session-time';
import { sessionsStaffApi } from '../../staff-sessions-api';
import { SessionFeedback } from './session-feedback';
import './index.scss';

type StatsView = 'towns' | 'sessions';
const TABS: { value: StatsView; label: string }[] = [
  { value: 'towns', label: '按乡镇' },
  { value: 'sessions', label: '按场次' },
];

const dayOf = (iso: string) => {
  const [year, month, day] = toDateAndTime(iso).date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

function Totals({ stats }: { stats: SessionStats }) {
  const attendees = stats.towns.reduce((sum, town) => sum + town.attendees, 0);
  const feedback = stats.towns.reduce((sum, town) => sum + town.feedback, 0);
  return (
    <View className="section session-stats__totals">
      {[
        { value: stats.sessions.length, label: '场活动' },
        { value: attendees, label: '人次签到' },
        { value: feedback, label: '份反馈' },
      ].map((item) => (
        <View key={item.label} className="session-stats__total">
          <Text className="session-stats__number">{item.value}</Text>
          <Text className="muted">{item.label}</Text>
        </View>
      ))}
    </View>
  );
}

function Sessions({ stats }: { stats: SessionStats }) {
  const [open, setOpen] = useState<string>();
  return (
    <>
      {stats.sessions.map((session) => (
        <View key={session.id} className="section session-stats__card">
          <View
            className="session-stats__card-head tap-target"
            role="button"
            aria-expanded={open === session.id}
            onClick={() => setOpen(open === session.id ? undefined : session.id)}
          >
            <Text className="session-stats__title">{session.topic}</Text>
            <Text className="muted">
              {dayOf(session.startsAt)} · {session.town} · {session.village}
            </Text>
          </View>
          <FeedbackFigures figures={session} />
          <View
            className="session-stats__toggle tap-target"
            role="button"
            onClick={() => setOpen(open === session.id ? undefined : session.id)}
          >
            {open === session.id ? '收起反馈内容' : `查看反馈内容（${session.feedback}）›`}
          </View>
          {open === session.id && <SessionFeedback sessionId={session.id} />}
        </View>
      ))}
    </>
  );
}

function Towns({ stats }: { stats: SessionStats }) {
  return (
    <>
      {stats.towns.map((town) => (
        <View key={town.town} className="section session-stats__card" aria-label={town.town}>
          <View className="session-stats__card-head">
            <Text className="session-stats__title">{town.town}</Text>
            <Text className="muted">{town.sessions} 场活动</Text>
          </View>
          <FeedbackFigures figures={town} />
        </View>
      ))}
    </>
  );
}

function Stats() {
  const remote = useRemote(sessionsStaffApi.stats);
  const [view, setView] = useState<StatsView>('towns');
  return (
    <LoadState {...remote} onRetry={() => void remote.reload()} skeletonRows={8}>
      {(stats) =>
        stats.sessions.length === 0 ? (
          <View className="session-stats__empty">
            <EmptyState
              title="还没有活动数据"
              description="活动发布并有群众扫码签到后，这里会显示统计"
            />
          </View>
        ) : (
          <>
            <Totals stats={stats} />
            <Text className="muted session-stats__note">
              签到人次按现场扫码计，每人每场只计一次。
            </Text>
            <TabStrip tabs={TABS} value={view} onChange={setView} />
            {view === 'towns' ? <Towns stats={stats} /> : <Sessions stats={stats} />}
          </>
        )
      }
    </LoadState>
  );
}

/** 签到与反馈统计 (staff): per town and per session; a session's feedback texts on tap. */
export default gatedPage('session-stats', { staffOnly: true }, Stats);
