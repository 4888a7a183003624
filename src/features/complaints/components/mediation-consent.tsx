import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type {
  ComplaintDetail,
  ConsentBody,
  ConsentMethod,
  ConsentRecord,
  ConsentSide,
} from '@api/complaints';
import type { Role } from '@api/common';
import { formatTime } from '../labels';
import { useBusy } from '@/hooks/use-busy';
import { MethodChoice } from './method-choice';
import './mediation-consent.scss';

const SIDE_LABELS: Record<ConsentSide, string> = { complainant: '投诉人', merchant: '被投诉人' };
const METHOD_LABELS: Record<ConsentRecord['method'], string> = {
  self: '本人在线',
  phone: '电话',
  written: '书面',
  'on-site': '现场',
  online: '线上',
};
const STAFF_METHODS: ConsentMethod[] = ['phone', 'written', 'on-site', 'online'];

type Send = (body: ConsentBody) => Promise<void>;

function recordText(record: ConsentRecord): string {
  const how = `${METHOD_LABELS[record.method]}，${formatTime(record.givenAt)}`;
  const by = record.recordedBy === 'staff' ? '，工作人员记录' : '';
  return `${record.decision === 'agree' ? '同意调解' : '不同意调解'}（${how}${by}）`;
}

/** Staff record a side's answer: how it was given (电话 / 书面 / 现场 / 线上), agree or refuse. */
function StaffRecord({ side, send }: { side: ConsentSide; send: Send }) {
  const [method, setMethod] = useState<ConsentMethod>('phone');
  const { busy, whileBusy } = useBusy();
  const record = (decision: ConsentBody['decision']) =>
    whileBusy(() => send({ side, decision, method }));
  return (
    <View className="mediation-consent__form">
      <MethodChoice
        methods={STAFF_METHODS}
        labels={METHOD_LABELS}
        value={method}
        onChange={setMethod}
        label={`${SIDE_LABELS[side]}表达意愿的方式`}
      />
      <View className="mediation-consent__buttons">
        <Button type="primary" size="small" loading={busy} onClick={() => void record('agree')}>
          记录{SIDE_LABELS[side]}同意
        </Button>
        <Button size="small" disabled={busy} onClick={() => void record('refuse')}>
          记录{SIDE_LABELS[side]}不同意
        </Button>
      </View>
    </View>
  );
}

/**
 * 第十六条: mediation needs both sides' consent. Everyone involved sees each side's answer; staff
 * record answers given by phone, in writing, on site or online; a party whose answer is pending
 * gives it here with 同意调解.
 */
export function MediationConsent({
  complaint,
  role,
  send,
}: {
  complaint: ComplaintDetail;
  role?: Role;
  send: Send;
}) {
  const state = complaint.mediationConsent;
  if (!state) return null;
  const staff = role === 'staff' || role === 'admin';
  const refused = (['complainant', 'merchant'] as const).some(
    (s) => state[s]?.decision === 'refuse',
  );
  return (
    <View className="section mediation-consent" aria-label="调解意愿">
      <View className="section-title">调解意愿（第十六条）</View>
      <Text className="muted">调解须经投诉人和被投诉人双方同意；双方都同意后方可开始调解。</Text>
      {(['complainant', 'merchant'] as const).map((side) => {
        const record = state[side];
        return (
          <View key={side} className="mediation-consent__side" aria-label={SIDE_LABELS[side]}>
            <View className="mediation-consent__line">
              <Text className="mediation-consent__who">{SIDE_LABELS[side]}</Text>
              {record ? (
                <Text
                  className={
                    record.decision === 'agree'
                      ? 'mediation-consent__agree'
                      : 'mediation-consent__refuse'
                  }
                >
                  {recordText(record)}
                </Text>
              ) : (
                <Text className="muted">尚未表态</Text>
              )}
            </View>
            {record?.note && <Text className="muted">{record.note}</Text>}
            {staff && state.open && !record && <StaffRecord side={side} send={send} />}
          </View>
        );
      })}
      {state.mine && (
        <Button
          type="primary"
          block
          className="mediation-consent__mine"
          onClick={() => void send({ decision: 'agree' }).catch(() => undefined)}
        >
          同意调解
        </Button>
      )}
      {staff && state.open && refused && (
        <Text className="mediation-consent__hint">
          一方不同意调解，不能开始调解；可“终止调解”，理由选“一方无正当理由不参加调解或被投诉人明确拒绝调解”（第二十一条）。
        </Text>
      )}
    </View>
  );
}
