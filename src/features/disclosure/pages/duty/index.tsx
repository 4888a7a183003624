import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { DutyView } from '@api/disclosure';
import { gatedPage } from '@/components/access-gate';
import { LoadState } from '@/components/load-state';
import { shortDate } from '../../follow-up-components/disclosure-text';
import { dayLabel, RosterEditor } from './roster-editor';
import { DueSoon, Rising, Supervised, TodayCounts } from './sections';
import { useDuty } from './use-duty';
import './index.scss';

function Roster({
  view,
  onSave,
}: {
  view: DutyView;
  onSave: ReturnType<typeof useDuty>['saveRoster'];
}) {
  const [editing, setEditing] = useState(false);
  const today = view.week.find((day) => day.date === view.date);
  return (
    <View className="section duty__roster">
      <View className="duty__roster-head">
        <View className="section-title">今日值班 · {shortDate(view.date)}</View>
        {!editing && view.week.length > 0 && (
          <Button size="small" fill="outline" onClick={() => setEditing(true)}>
            编辑排班
          </Button>
        )}
      </View>
      {today?.staff.length ? (
        <View className="duty__on-duty">
          <Text className="duty__names">{today.staff.join('、')}</Text>
          {today.phone && (
            <Button
              size="small"
              type="primary"
              onClick={() =>
                void Taro.makePhoneCall({ phoneNumber: today.phone! }).catch(() => undefined)
              }
            >
              值班电话 {today.phone}
            </Button>
          )}
        </View>
      ) : (
        <Text className="muted">今天没有排班</Text>
      )}
      {editing ? (
        <RosterEditor
          week={view.week}
          onCancel={() => setEditing(false)}
          onSave={async (body) => {
            await onSave(body);
            setEditing(false);
          }}
        />
      ) : (
        <View className="duty__week" aria-label="本周排班">
          {view.week.length > 0 && (
            <Text className="duty__week-title muted">
              活动周排班（{shortDate(view.week[0].date)}–
              {shortDate(view.week[view.week.length - 1].date)}）
            </Text>
          )}
          {view.week.map((day) => (
            <View
              key={day.date}
              className={`duty__week-day ${day.date === view.date ? 'is-today' : ''}`}
            >
              <Text className="duty__week-date">{dayLabel(day.date)}</Text>
              <Text className={day.staff.length ? '' : 'muted'}>
                {day.staff.length ? day.staff.join('、') : '未排班'}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

function Duty() {
  const duty = useDuty();
  return (
    <LoadState {...duty} onRetry={() => void duty.reload()} skeletonRows={10}>
      {(view) => (
        <>
          <Roster view={view} onSave={duty.saveRoster} />
          <TodayCounts counts={view.todayByStatus} />
          <DueSoon items={view.dueSoon} today={view.date} />
          <Rising view={view} />
          <Supervised view={view} />
          <Text className="duty__refresh muted">下拉可刷新</Text>
        </>
      )}
    </LoadState>
  );
}

/** 3·15 值班值守 (staff): who is on duty, today's complaints, what is due, what rises, 督办. */
export default gatedPage('duty', { staffOnly: true }, Duty);
