import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Dialog, Input, Radio, Rate, TextArea } from '@nutui/nutui-react-taro';
import type {
  ComplaintDetail,
  MediationMethod,
  RejectReason,
  TerminateReason,
} from '@api/complaints';
import type { Role } from '@api/common';
import { PhotoGrid } from '@/components/photo-grid';
import { REFUSAL_REASONS, refusalBasis, type RefusalReasonKey } from '@/domain/refusal-reasons';
import { MAX_PHOTOS } from '@/domain/upload-limits';
import { newIdempotencyKey } from '@/services/request';
import { complaintsApi } from '../../api';
import { formatDate, MEDIATION_METHODS, TERMINATE_REASONS } from '../../labels';
import {
  buildAction,
  EMPTY_INPUT,
  type ActionInput,
  type ActionKey,
  type ActionRequest,
} from './action-rules';

const isStaff = (role: Role | undefined) => role === 'staff' || role === 'admin';

/** The button's words for an action; 'note' is a remark for consumers, a record for staff. */
export function actionLabel(action: ActionKey, role: Role | undefined): string {
  const labels: Record<ActionKey, string> = {
    accept: '受理',
    reject: '不予受理',
    mediate: '开始调解',
    'pause-for-testing': '暂停计时',
    resume: '恢复计时',
    settle: '调解成功',
    terminate: '终止调解',
    close: '办结',
    withdraw: '撤回投诉',
    note: isStaff(role) ? '记录调解情况' : '补充说明',
    reply: '回复',
    proposal: '提出和解方案',
    evidence: '补充证据',
    rate: '评价',
  };
  return labels[action];
}

/** The order buttons appear in; anything the server allows that is not known is left out. */
const ORDER: ActionKey[] = [
  'accept',
  'reject',
  'mediate',
  'note',
  'pause-for-testing',
  'resume',
  'settle',
  'terminate',
  'close',
  'reply',
  'proposal',
  'evidence',
  'rate',
  'withdraw',
];
const DANGER: ReadonlySet<ActionKey> = new Set(['reject', 'terminate', 'withdraw']);

/** What the dialog asks for, besides its text. */
const TEXT: Partial<Record<ActionKey, { label: string; placeholder: string; required?: boolean }>> =
  {
    accept: { label: '备注', placeholder: '选填' },
    reject: { label: '补充说明', placeholder: '选填，消费者可见' },
    mediate: { label: '备注', placeholder: '选填，如约定的调解时间、地点' },
    'pause-for-testing': {
      label: '检测鉴定事项',
      placeholder: '如 送检机构、检测项目',
      required: true,
    },
    resume: { label: '备注', placeholder: '选填，如 检测报告已出具' },
    settle: { label: '调解协议', placeholder: '双方达成的协议内容（至少5个字）', required: true },
    terminate: { label: '补充说明', placeholder: '选填，双方可见' },
    close: { label: '备注', placeholder: '选填' },
    withdraw: { label: '撤回原因', placeholder: '选填' },
    note: { label: '内容', placeholder: '请填写', required: true },
    reply: { label: '回复内容', placeholder: '对消费者投诉的说明', required: true },
    proposal: { label: '和解方案', placeholder: '如 退货退款、赔偿金额等', required: true },
    evidence: { label: '说明', placeholder: '选填，照片的说明' },
    rate: { label: '评价', placeholder: '选填，说说您对处理过程的感受' },
  };

/** 第十五条(四) first when the dates suggest it: staff still decide, the reason is one tap away. */
const rejectOrder = (complaint: ComplaintDetail): RefusalReasonKey[] => {
  const keys = Object.keys(REFUSAL_REASONS) as RefusalReasonKey[];
  if (!complaint.pastThreeYears) return keys;
  return ['over-three-years', ...keys.filter((key) => key !== 'over-three-years')];
};

/** 不予受理: a 第十五条 ground, and the routes the consumer will be told (实施条例 第四十六条). */
function RejectChoice({
  complaint,
  input,
  change,
}: {
  complaint: ComplaintDetail;
  input: ActionInput;
  change: (patch: Partial<ActionInput>) => void;
}) {
  const chosen = input.rejectReason;
  return (
    <>
      <Text className="complaint-action__hint">
        按《市场监督管理投诉举报处理暂行办法》第十五条选择情形。消费者将看到理由和其他解决争议的途径（《消费者权益保护法实施条例》第四十六条）。
      </Text>
      {complaint.pastThreeYears && (
        <Text className="complaint-action__hint complaint-action__warning">
          发现问题日期（未填时按消费日期）距收到投诉已超过三年，请核实。
        </Text>
      )}
      <Radio.Group
        value={chosen ?? ''}
        onChange={(reason) => change({ rejectReason: reason as RejectReason })}
      >
        {rejectOrder(complaint).map((key) => (
          <Radio key={key} value={key}>
            {`${REFUSAL_REASONS[key].item}${REFUSAL_REASONS[key].words}`}
          </Radio>
        ))}
      </Radio.Group>
      {chosen && (
        <View className="complaint-action__routes" aria-label="告知消费者的其他途径">
          <Text>依据{refusalBasis(chosen)}。告知消费者的其他途径：</Text>
          {REFUSAL_REASONS[chosen].routes.map((route) => (
            <Text key={route} className="complaint-action__route">
              · {route}
            </Text>
          ))}
        </View>
      )}
    </>
  );
}

function send(id: string, request: ActionRequest, key: string) {
  if (request.kind === 'transition') return complaintsApi.transition(id, request.body, key);
  if (request.kind === 'message') return complaintsApi.message(id, request.body, key);
  return complaintsApi.rate(id, request.body);
}

interface ActionDialogProps {
  action: ActionKey;
  complaint: ComplaintDetail;
  role: Role | undefined;
  onClose: () => void;
  /** Rejects to keep the dialog open (the request failed). */
  onSend: (request: ActionRequest, idempotencyKey: string) => Promise<void>;
}

function ActionDialog({ action, complaint, role, onClose, onSend }: ActionDialogProps) {
  const [input, setInput] = useState<ActionInput>(EMPTY_INPUT);
  const [tried, setTried] = useState(false);
  const [uploading, setUploading] = useState(false);
  // One key per dialog: a retry after a lost answer is replayed, never recorded twice.
  const [key] = useState(newIdempotencyKey);
  const change = (patch: Partial<ActionInput>) => setInput((current) => ({ ...current, ...patch }));
  const built = buildAction(action, input);
  const error = 'error' in built ? built.error : undefined;
  const label = actionLabel(action, role);
  const text = TEXT[action];

  return (
    <Dialog
      visible
      className="complaint-action"
      title={label}
      confirmText={action === 'rate' ? '提交评价' : `确认${label}`}
      onCancel={onClose}
      onClose={onClose}
      onConfirm={async () => {
        setTried(true);
        if (uploading) throw new Error('uploading');
        if ('error' in built) throw new Error(built.error);
        await onSend(built.request, key);
      }}
    >
      <View className="complaint-action__body">
        {action === 'withdraw' && (
          <Text className="complaint-action__hint">撤回后本投诉将不再办理。确定要撤回吗？</Text>
        )}
        {action === 'proposal' && (
          <Text className="complaint-action__hint">
            请于 {formatDate(complaint.merchantSettleBy)}（含）前与消费者协商和解
          </Text>
        )}
        {action === 'reject' && (
          <RejectChoice complaint={complaint} input={input} change={change} />
        )}
        {action === 'terminate' && (
          <>
            <Text className="complaint-action__hint">
              依据《市场监督管理投诉举报处理暂行办法》第二十一条，选择终止调解的理由：
            </Text>
            <Radio.Group
              value={input.terminateReason ?? ''}
              onChange={(reason) => change({ terminateReason: reason as TerminateReason })}
            >
              {Object.entries(TERMINATE_REASONS).map(([reason, words]) => (
                <Radio key={reason} value={reason}>
                  {words}
                </Radio>
              ))}
            </Radio.Group>
          </>
        )}
        {action === 'mediate' && (
          <Radio.Group
            direction="horizontal"
            shape="button"
            value={input.method ?? ''}
            onChange={(method) => change({ method: method as MediationMethod })}
          >
            {MEDIATION_METHODS.map((method) => (
              <Radio key={method.value} value={method.value} shape="button">
                {method.label}
              </Radio>
            ))}
          </Radio.Group>
        )}
        {action === 'rate' && (
          <View className="complaint-action__rate" aria-label="评分">
            <Rate value={input.score} count={5} onChange={(score) => change({ score })} />
          </View>
        )}
        {action === 'evidence' && (
          <PhotoGrid
            value={input.evidence}
            onChange={(evidence) => change({ evidence })}
            max={MAX_PHOTOS}
            purpose="evidence"
            onBusyChange={setUploading}
          />
        )}
        {text && (
          <TextArea
            className="complaint-action__text"
            value={input.message}
            placeholder={`${text.label}：${text.placeholder}`}
            maxLength={action === 'settle' || TEXT[action]?.required ? 1000 : 500}
            onChange={(message) => change({ message })}
          />
        )}
        {(action === 'settle' || action === 'proposal') && (
          <Input
            name="actionAmount"
            type="digit"
            value={input.amount}
            placeholder={action === 'settle' ? '挽回经济损失（元）' : '和解金额（元，选填）'}
            maxLength={11}
            onChange={(amount) => change({ amount })}
          />
        )}
        {tried && error && (
          <View className="complaint-action__error" role="alert">
            {error}
          </View>
        )}
      </View>
    </Dialog>
  );
}

interface ActionsProps {
  complaint: ComplaintDetail;
  role: Role | undefined;
  run: (send: (id: string) => Promise<ComplaintDetail>, done: string) => Promise<void>;
}

/** The buttons for what this caller may do now (`allowedActions`), each with its dialog. */
export function Actions({ complaint, role, run }: ActionsProps) {
  const [open, setOpen] = useState<ActionKey>();
  const allowed = ORDER.filter((action) => complaint.allowedActions.includes(action));
  if (allowed.length === 0) return null;

  return (
    <View className="section complaint-detail__actions">
      <View className="section-title">办理</View>
      {allowed.includes('proposal') && (
        <Text className="muted">
          请于 {formatDate(complaint.merchantSettleBy)}（含）前与消费者协商和解
        </Text>
      )}
      <View className="complaint-detail__buttons">
        {allowed.map((action) => (
          <Button
            key={action}
            type={DANGER.has(action) ? 'danger' : 'primary'}
            fill={DANGER.has(action) ? 'outline' : undefined}
            onClick={() => setOpen(action)}
          >
            {actionLabel(action, role)}
          </Button>
        ))}
      </View>
      {open && (
        <ActionDialog
          key={open}
          action={open}
          complaint={complaint}
          role={role}
          onClose={() => setOpen(undefined)}
          onSend={(request, key) =>
            run((id) => send(id, request, key), `已${actionLabel(open, role)}`)
          }
        />
      )}
    </View>
  );
}
