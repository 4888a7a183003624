import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Input, Radio, TextArea } from '@nutui/nutui-react-taro';
import type { DeclineReason, ReportDecisionBody, StaffReportDetail } from '@api/reports';
import { DecisionDialog } from '@/components/decision-dialog';
import {
  DECLINE_REASONS,
  REPORT_ACTION_LABELS,
  REPORT_LIMITS,
  type ReportAction,
} from '@/domain/report-vocabulary';
import { buildDecision, EMPTY_INPUT, mergeTargets, type DecisionInput } from './decision-rules';
import { formatDay } from './staff-labels';
import './report-decision-dialog.scss';

/** What each step means for the reporter, in a line above the fields. */
function hint(action: ReportAction, report: StaffReportDetail): string {
  const told =
    report.reporterKind === 'real-name'
      ? '实名举报人会在5个工作日内收到通知（第三十一条）。'
      : '匿名举报人可凭编号和查询码看到结果。';
  switch (action) {
    case 'open-case':
      return `决定立案。${told}`;
    case 'decline':
      return `按《市场监督管理行政处罚程序规定》选择不予立案的情形。${told}`;
    case 'transfer':
      return `不属于本局职责的，移送有权处理的机关（第二十九条）。举报人会看到移送的机关。`;
    case 'extend':
      return `经批准可延长一次，核查期限延长15个工作日（第十八条）。当前期限：${formatDay(report.decideBy)}。`;
    case 'merge':
      return '同一经营者的重复举报合并处理，本举报随所选举报一并办理。';
    case 'conclude':
      return report.wantsReply
        ? '办理结果会告知举报人，请写清查处情况。'
        : '办理结果留档备查（举报人未要求告知结果）。';
    case 'mark-malicious':
      return '认定为恶意举报，不告知举报人；理由仅内部留存。';
  }
}

const TEXT_FIELD: Partial<
  Record<ReportAction, { field: 'reason' | 'outcome' | 'note'; placeholder: string; max: number }>
> = {
  extend: { field: 'reason', placeholder: '延期理由（至少2个字）', max: REPORT_LIMITS.note.max },
  'mark-malicious': {
    field: 'reason',
    placeholder: '认定理由（至少2个字）',
    max: REPORT_LIMITS.note.max,
  },
  conclude: {
    field: 'outcome',
    placeholder: '办理结果（至少4个字）',
    max: REPORT_LIMITS.outcome.max,
  },
  'open-case': {
    field: 'note',
    placeholder: '备注（选填，仅内部留存）',
    max: REPORT_LIMITS.note.max,
  },
  decline: { field: 'note', placeholder: '备注（选填，仅内部留存）', max: REPORT_LIMITS.note.max },
  transfer: { field: 'note', placeholder: '备注（选填，仅内部留存）', max: REPORT_LIMITS.note.max },
};

/** Four characters at most: the dialog's button holds no more in 大字模式. */
const CONFIRM: Record<ReportAction, string> = {
  'open-case': '确认立案',
  decline: '不予立案',
  transfer: '确认移送',
  merge: '确认合并',
  extend: '确认延期',
  conclude: '确认办结',
  'mark-malicious': '确认标记',
};

interface ReportDecisionDialogProps {
  action: ReportAction;
  report: StaffReportDetail;
  /** The server's answer to the last try (e.g. 409), shown in the dialog. */
  failure?: string;
  onCancel: () => void;
  /** Rejects to keep the dialog open (the request failed). */
  onSend: (body: ReportDecisionBody) => Promise<void>;
}

/** One staff step on a report, confirmed in a dialog that asks for what the step needs. */
export function ReportDecisionDialog({
  action,
  report,
  failure,
  onCancel,
  onSend,
}: ReportDecisionDialogProps) {
  const [input, setInput] = useState<DecisionInput>(EMPTY_INPUT);
  const [touched, setTouched] = useState(false);
  const change = (patch: Partial<DecisionInput>) => {
    setTouched(true);
    setInput((current) => ({ ...current, ...patch }));
  };
  const built = buildDecision(action, input);
  const text = TEXT_FIELD[action];
  const label = REPORT_ACTION_LABELS[action];

  return (
    <DecisionDialog
      visible
      title={label}
      confirmText={CONFIRM[action]}
      className={`report-decision report-decision--${action}`}
      error={'error' in built ? built.error : undefined}
      showError={touched}
      onCancel={onCancel}
      onConfirm={() =>
        'body' in built ? onSend(built.body) : Promise.reject(new Error(built.error))
      }
    >
      <Text className="muted">{hint(action, report)}</Text>
      {action === 'decline' && (
        <Radio.Group
          className="report-decision__choices"
          aria-label="不予立案的情形"
          value={input.declineReason ?? ''}
          onChange={(value) => change({ declineReason: value as DeclineReason })}
        >
          {(Object.keys(DECLINE_REASONS) as DeclineReason[]).map((key) => (
            <Radio key={key} value={key}>
              {DECLINE_REASONS[key]}
            </Radio>
          ))}
        </Radio.Group>
      )}
      {action === 'merge' && (
        <Radio.Group
          className="report-decision__choices"
          aria-label="合并到"
          value={input.intoReportId ?? ''}
          onChange={(value) => change({ intoReportId: String(value) })}
        >
          {mergeTargets(report).map((other) => (
            <Radio key={other.id} value={other.id}>
              {`${other.reportNo}（${formatDay(other.receivedOn)}）${other.summary}`}
            </Radio>
          ))}
        </Radio.Group>
      )}
      {action === 'transfer' && (
        <View className="report-decision__field">
          <Input
            aria-label="移送机关"
            name="authority"
            placeholder="移送机关，如 县农业农村局"
            value={input.authority}
            maxLength={REPORT_LIMITS.authority.max}
            onChange={(authority) => change({ authority })}
          />
        </View>
      )}
      {text && (
        <TextArea
          className="report-decision__text"
          aria-label={text.placeholder.replace(/（.*/, '')}
          value={input[text.field]}
          placeholder={text.placeholder}
          maxLength={text.max}
          showCount
          onChange={(value) => change({ [text.field]: value })}
        />
      )}
      {failure && (
        <View className="report-decision__failure" role="alert">
          {failure}
        </View>
      )}
    </DecisionDialog>
  );
}
