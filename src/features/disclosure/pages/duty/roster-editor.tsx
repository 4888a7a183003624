import { useState } from 'react';
import dayjs from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { DutyView, RosterBody } from '@api/disclosure';
import { ApiError } from '@/services/request';
import { useBusy } from '@/hooks/use-busy';
import { rosterProblems, rosterRowsOf, toRosterBody, type RosterRow } from './roster-rules';

const WEEKDAY = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
export const dayLabel = (date: string) => {
  const day = dayjs(date);
  return `${day.format('M月D日')} ${WEEKDAY[day.day()]}`;
};

interface RosterEditorProps {
  week: DutyView['week'];
  onSave: (body: RosterBody) => Promise<void>;
  onCancel: () => void;
}

/** 编辑排班: each day's people on one line (、分隔) and the duty phone. */
export function RosterEditor({ week, onSave, onCancel }: RosterEditorProps) {
  const [rows, setRows] = useState<RosterRow[]>(() => rosterRowsOf(week));
  const [attempted, setAttempted] = useState(false);
  const [failure, setFailure] = useState<string>();
  const { busy, whileBusy } = useBusy();
  const problems = rosterProblems(rows);
  const body = toRosterBody(rows);

  const edit = (date: string, patch: Partial<RosterRow>) => {
    setFailure(undefined);
    setRows((current) => current.map((row) => (row.date === date ? { ...row, ...patch } : row)));
  };

  const save = async () => {
    setAttempted(true);
    if (Object.keys(problems).length > 0) return;
    if (body.days.length === 0) {
      setFailure('请至少为一天填写值班人员');
      return;
    }
    try {
      await whileBusy(() => onSave(body));
    } catch (caught) {
      setFailure(caught instanceof ApiError ? caught.message : '保存失败，请稍后再试');
    }
  };

  return (
    <View className="roster-editor">
      <Text className="muted">多人用“、”分隔，如 张科长（带班）、李干事；未填写的日期不修改。</Text>
      {rows.map((row) => (
        <View key={row.date} className="roster-editor__day">
          <Text className="roster-editor__date">{dayLabel(row.date)}</Text>
          <Input
            name={`staff-${row.date}`}
            aria-label={`${dayLabel(row.date)}值班人员`}
            value={row.staff}
            placeholder="值班人员"
            onChange={(staff) => edit(row.date, { staff })}
          />
          <Input
            name={`phone-${row.date}`}
            aria-label={`${dayLabel(row.date)}值班电话`}
            type="tel"
            value={row.phone}
            placeholder="值班电话（选填）"
            onChange={(phone) => edit(row.date, { phone })}
          />
          {attempted && problems[row.date] && (
            <View className="roster-editor__error" role="alert">
              {problems[row.date]}
            </View>
          )}
        </View>
      ))}
      {failure && (
        <View className="roster-editor__error" role="alert">
          {failure}
        </View>
      )}
      <View className="roster-editor__buttons">
        <Button type="primary" loading={busy} disabled={busy} onClick={() => void save()}>
          保存排班
        </Button>
        <Button fill="outline" disabled={busy} onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
