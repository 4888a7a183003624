import { View, Text } from '@tarojs/components';
import dayjs from 'dayjs';
import type { StaffQa } from '@api/law';
import { authorLine, staffName } from './staff-name';
import './qa-history.scss';

const time = (iso: string) => dayjs(iso).format('YYYY年M月D日 HH:mm');

interface Step {
  label: string;
  detail?: string;
  tone?: 'warn' | 'danger';
}

/** What happened to the card, oldest first, from what the staff answer records. */
export function historySteps(qa: StaffQa, me: string | undefined): Step[] {
  const steps: Step[] = [{ label: authorLine(qa, me), detail: time(qa.createdAt) }];
  if (qa.submittedAt) steps.push({ label: '提交审核', detail: time(qa.submittedAt) });
  if (qa.returnedReason) {
    steps.push({ label: '被退回修改', detail: `原因：${qa.returnedReason}`, tone: 'warn' });
  }
  if (qa.publishedAt) {
    const who = qa.publishedByName ? `${qa.publishedByName}审核` : '';
    steps.push({ label: `${who}发布`, detail: `${time(qa.publishedAt)} · 第 ${qa.version} 版` });
  }
  const revision = qa.revision;
  if (revision) {
    const reviser = staffName(revision.authorId, revision.authorName, me);
    steps.push({
      label: `${reviser}${revision.status === 'submitted' ? '提交了新版本' : '正在编辑新版本'}`,
      detail: time(revision.updatedAt),
    });
  }
  if (qa.status === 'unpublished') {
    steps.push({ label: '撤下', detail: `原因：${qa.unpublishedReason ?? '—'}`, tone: 'danger' });
  }
  return steps;
}

/** 状态记录: who wrote, submitted, returned, published and took it down, and why. */
export function QaHistory({ qa, me }: { qa: StaffQa; me?: string }) {
  return (
    <View className="qa-history" aria-label="状态记录">
      {historySteps(qa, me).map((step, index) => (
        <View key={index} className={`qa-history__step ${step.tone ? `is-${step.tone}` : ''}`}>
          <Text className="qa-history__label">{step.label}</Text>
          {step.detail && <Text className="muted">{step.detail}</Text>}
        </View>
      ))}
    </View>
  );
}
