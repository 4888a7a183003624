import { useState } from 'react';
import { View, Text, Picker, Input } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ComplaintDetail } from '@api/complaints';
import type { Role } from '@api/common';
import type {
  NoticeSideState,
  StaffNoticeMethod,
  TerminationNotices as Notices,
} from '@api/messages';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { ApiError, request } from '@/services/request';
import { formatDate, formatTime, todayInChina } from '../labels';
import { MethodChoice } from './method-choice';
import './termination-notices.scss';

const SIDE_LABELS = { complainant: '投诉人', merchant: '被投诉人' } as const;
const METHOD_LABELS = { 'in-app': '站内消息', phone: '电话', letter: '书面', 'on-site': '现场' };
const STAFF_METHODS: StaffNoticeMethod[] = ['phone', 'letter', 'on-site'];

const url = (id: string) => `/complaints/${encodeURIComponent(id)}/termination-notices`;
const nowTime = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(11, 16);

/** Staff record how they told a side nobody has told yet (电话 / 书面 / 现场, when, a note). */
function RecordForm({
  complaintId,
  side,
  onDone,
}: {
  complaintId: string;
  side: NoticeSideState['side'];
  onDone: (n: Notices) => void;
}) {
  const [method, setMethod] = useState<StaffNoticeMethod>('phone');
  const [date, setDate] = useState(todayInChina());
  const [time, setTime] = useState(nowTime());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const { busy, whileBusy } = useBusy();

  const submit = () =>
    whileBusy(async () => {
      setError(undefined);
      const notifiedAt = new Date(`${date}T${time}:00+08:00`).toISOString();
      onDone(
        await request<Notices>(url(complaintId), {
          method: 'POST',
          data: { side, method, notifiedAt, ...(note.trim() && { note: note.trim() }) },
          toast: false,
        }),
      );
    }).catch((caught: unknown) => {
      setError(caught instanceof ApiError ? caught.message : '记录失败，请稍后再试');
    });

  return (
    <View className="termination-notices__form">
      <MethodChoice
        methods={STAFF_METHODS}
        labels={METHOD_LABELS}
        value={method}
        onChange={setMethod}
        label="告知方式"
      />
      <View className="termination-notices__when">
        <Picker
          mode="date"
          value={date}
          end={todayInChina()}
          onChange={(e) => setDate(String(e.detail.value))}
        >
          <View
            className="termination-notices__pick tap-target"
            role="button"
            aria-label="告知日期"
          >
            <Text>{formatDate(date)}</Text>
          </View>
        </Picker>
        <Picker mode="time" value={time} onChange={(e) => setTime(String(e.detail.value))}>
          <View
            className="termination-notices__pick tap-target"
            role="button"
            aria-label="告知时间"
          >
            <Text>{time}</Text>
          </View>
        </Picker>
      </View>
      <Input
        className="termination-notices__note"
        placeholder="备注（选填），如接听人、文书编号"
        maxlength={200}
        value={note}
        onInput={(e) => setNote(e.detail.value)}
      />
      {error && (
        <View className="termination-notices__error" role="alert">
          {error}
        </View>
      )}
      <Button type="primary" size="small" loading={busy} onClick={() => void submit()}>
        记录告知{SIDE_LABELS[side]}
      </Button>
    </View>
  );
}

function Side({
  state,
  complaintId,
  onDone,
}: {
  state: NoticeSideState;
  complaintId: string;
  onDone: (n: Notices) => void;
}) {
  return (
    <View className="termination-notices__side" aria-label={`告知${SIDE_LABELS[state.side]}`}>
      <View className="termination-notices__line">
        <Text className="termination-notices__who">{SIDE_LABELS[state.side]}</Text>
        {state.notifiedAt && state.method ? (
          <Text>
            已告知（{METHOD_LABELS[state.method]}，{formatTime(state.notifiedAt)}）
          </Text>
        ) : (
          <Text className="muted">尚未记录告知</Text>
        )}
        {state.overdue && (
          <Text className="termination-notices__overdue">
            {state.notifiedAt ? '告知晚于期限' : '已逾期'}
          </Text>
        )}
      </View>
      {state.note && <Text className="muted">{state.note}</Text>}
      {!state.notifiedAt && (
        <RecordForm complaintId={complaintId} side={state.side} onDone={onDone} />
      )}
    </View>
  );
}

function Card({ complaintId }: { complaintId: string }) {
  const [fresh, setFresh] = useState<Notices>();
  const remote = useRemote<Notices>(() => request<Notices>(url(complaintId), { toast: false }));
  const data = fresh ?? remote.data;
  if (!data) {
    return remote.error ? (
      <View
        className="section termination-notices"
        role="alert"
        onClick={() => void remote.reload()}
      >
        告知情况加载失败，点此重试
      </View>
    ) : null;
  }
  if (!data.applies) return null;
  return (
    <View className="section termination-notices">
      <Text className="termination-notices__title">终止调解告知（第二十一条）</Text>
      <Text className="muted">
        自终止调解之日起 7 个工作日内告知双方
        {data.dueOn ? `，期限：${formatDate(data.dueOn)}（含）` : ''}
        。已注册的一方收到站内消息即记为已告知；未注册的商家请记录告知方式。
      </Text>
      {data.sides.map((s) => (
        <Side key={s.side} state={s} complaintId={complaintId} onDone={setFresh} />
      ))}
    </View>
  );
}

/** Staff only, on a terminated complaint: whether and when each side was told (第二十一条). */
export function TerminationNotices({
  complaint,
  role,
}: {
  complaint: ComplaintDetail;
  role?: Role;
}) {
  if (role !== 'staff' && role !== 'admin') return null;
  // 第二十一条(一): a withdrawal during mediation ends it too; the card hides when no record applies.
  if (complaint.status !== 'terminated' && complaint.status !== 'withdrawn') return null;
  return <Card complaintId={complaint.id} />;
}
