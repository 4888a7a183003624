import { View, Text } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import type { ReportProgress, ReportStatus } from '@api/reports';
import { REPORT_STATUS_LABELS, REPORTER_KIND_LABELS } from '@/domain/report-vocabulary';
import { CitedText } from '@/features/law';
import './report-progress-view.scss';

/** '2027-03-15' → 2027年3月15日. */
export const formatDay = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

/** An ISO time → 3月15日 14:05 in China time. */
const formatMoment = (at: string) => {
  const china = new Date(new Date(at).getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${china.getUTCFullYear()}年${china.getUTCMonth() + 1}月${china.getUTCDate()}日 ` +
    `${pad(china.getUTCHours())}:${pad(china.getUTCMinutes())}`
  );
};

const TAG_TYPE: Record<ReportStatus, 'primary' | 'success' | 'warning' | 'default' | 'info'> = {
  received: 'warning',
  'case-opened': 'primary',
  'not-opened': 'default',
  transferred: 'info',
  merged: 'default',
  concluded: 'success',
};

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  return <Tag type={TAG_TYPE[status]}>{REPORT_STATUS_LABELS[status]}</Tag>;
}

/** What the status means for the reporter, in a sentence. */
function explain(progress: ReportProgress): string {
  switch (progress.status) {
    case 'received':
      return `正在核查，将于${formatDay(progress.decideBy)}（含）前决定是否立案。`;
    case 'case-opened':
      return '已立案调查，办结后会更新结果。';
    case 'not-opened':
      return '经核查，决定不予立案。';
    case 'transferred':
      return '不属于本局管辖，已移送有权处理的部门，您也可以直接向该部门反映（第二十九条）。';
    case 'merged':
      return '与同一线索的其他举报合并处理，进度以合并后的举报为准。';
    case 'concluded':
      return '已办结。';
  }
}

function Row({ title, value }: { title: string; value?: string }) {
  if (!value) return null;
  return <Cell title={title} extra={value} />;
}

/** A report's progress as its reporter sees it: status, dates, the decision, and the steps. */
export function ReportProgressView({ progress }: { progress: ReportProgress }) {
  const steps = [...progress.steps].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <>
      <View className="section report-progress__head" role="status">
        <View className="report-progress__title">
          <Text className="report-progress__no">{progress.reportNo}</Text>
          <ReportStatusTag status={progress.status} />
        </View>
        <Text className="report-progress__explain">{explain(progress)}</Text>
        <Text className="muted">
          {REPORTER_KIND_LABELS[progress.reporterKind]} · 被举报：{progress.businessName}
          {progress.campaignName ? ` · ${progress.campaignName}` : ''}
        </Text>
      </View>
      <Cell.Group className="report-progress__facts">
        <Row title="收到日期" value={formatDay(progress.receivedOn)} />
        <Row
          title="应作出决定日期"
          value={`${formatDay(progress.decideBy)}${progress.extended ? '（已延长）' : ''}`}
        />
        <Row title="决定日期" value={progress.decidedOn && formatDay(progress.decidedOn)} />
        {progress.declineReason && (
          // The ground names its article (行政处罚程序规定第二十条…): a tap opens it.
          <Cell title="不予立案理由" extra={<CitedText text={progress.declineReason} />} />
        )}
        <Row title="移送至" value={progress.transferredTo} />
        <Row title="合并至" value={progress.mergedInto} />
        {progress.outcome && <Cell title="处理结果" description={progress.outcome} />}
      </Cell.Group>
      <View className="section">
        <View className="section-title">办理经过</View>
        <View className="report-timeline" aria-label="办理经过">
          {steps.map((step, index) => (
            <View
              key={`${step.at}-${step.label}`}
              className={`report-timeline__entry ${index === 0 ? 'is-latest' : ''}`}
            >
              <View className="report-timeline__dot" />
              <View className="report-timeline__body">
                <Text className="report-timeline__label">{step.label}</Text>
                <Text className="muted report-timeline__at">{formatMoment(step.at)}</Text>
              </View>
            </View>
          ))}
        </View>
      </View>
    </>
  );
}
