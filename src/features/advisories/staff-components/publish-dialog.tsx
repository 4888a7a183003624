import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Button, DatePicker } from '@nutui/nutui-react-taro';
import { ChipGroup } from '@/components/chip-group';
import { DecisionDialog } from '@/components/decision-dialog';
import './staff-form.scss';

const WHEN = ['now', 'later'] as const;
const WHEN_LABEL = { now: '立即发布', later: '定时发布' } as const;

/** Above the dialog (z-index 1200); NutUI fills in the popup's other props itself. */
const ABOVE_DIALOG = { popupProps: { zIndex: 1300 } } as never;

/** Tomorrow 09:00: the usual time for a scheduled advisory. */
const tomorrowMorning = () => dayjs().add(1, 'day').hour(9).minute(0).second(0).millisecond(0);

/** A datetime picker's values (year, month, day, hour, minute) as a time. */
const pickedTime = (values: readonly (string | number | null)[]) => {
  const [year, month, date, hour, minute] = values.map((part) => Number(part ?? 0));
  return dayjs(new Date(year, month - 1, date, hour, minute));
};

interface PublishDialogProps {
  visible: boolean;
  title: string;
  onCancel: () => void;
  /** publishAt (ISO) for 定时发布, undefined for now. Rejects to keep the dialog open. */
  onConfirm: (publishAt: string | undefined) => Promise<void>;
}

/** 发布: now, or 定时发布 at a date and time chosen with NutUI's datetime picker. */
export function PublishDialog({ visible, title, onCancel, onConfirm }: PublishDialogProps) {
  const [when, setWhen] = useState<(typeof WHEN)[number]>('now');
  const [at, setAt] = useState<Dayjs>(tomorrowMorning);
  const [picking, setPicking] = useState(false);
  const error = when === 'later' && !at.isAfter(dayjs()) ? '定时发布的时间须晚于现在' : undefined;
  return (
    <>
      <DecisionDialog
        visible={visible}
        title={title}
        confirmText={when === 'now' ? '确认发布' : '确认定时发布'}
        error={error}
        onCancel={onCancel}
        onConfirm={() => onConfirm(when === 'later' ? at.toISOString() : undefined)}
      >
        <ChipGroup
          label="发布时间"
          value={when}
          options={WHEN}
          labelOf={(option) => WHEN_LABEL[option]}
          onChange={(next) => setWhen(next as (typeof WHEN)[number])}
        />
        {when === 'later' ? (
          <View className="staff-form__inline">
            <Text>{at.format('YYYY年M月D日 HH:mm')} 公开</Text>
            <Button size="small" fill="outline" onClick={() => setPicking(true)}>
              修改时间
            </Button>
          </View>
        ) : (
          <Text className="muted">发布后读者即可看到，警示会在首页置顶。</Text>
        )}
      </DecisionDialog>
      {picking && (
        <DatePicker
          visible
          type="datetime"
          title="定时发布时间"
          showChinese
          startDate={dayjs().toDate()}
          endDate={dayjs().add(1, 'year').toDate()}
          defaultValue={at.toDate()}
          pickerProps={ABOVE_DIALOG}
          onConfirm={(_options, values) => setAt(pickedTime(values))}
          onClose={() => setPicking(false)}
        />
      )}
    </>
  );
}
