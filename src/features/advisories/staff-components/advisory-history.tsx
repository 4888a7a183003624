import { View, Text } from '@tarojs/components';
import dayjs from 'dayjs';
import type { StaffAdvisory } from '@api/advisories';
import { staffName } from './staff-name';
import './advisory-history.scss';

const time = (iso: string) => dayjs(iso).format('YYYY年M月D日 HH:mm');

interface Step {
  label: string;
  detail?: string;
  tone?: 'warn' | 'danger';
}

/** What happened to the advisory, oldest first, from what the staff answer records. */
export function historySteps(advisory: StaffAdvisory, me: string | undefined): Step[] {
  const author = staffName(advisory.authorId, advisory.authorName, me);
  const steps: Step[] = [{ label: `${author}撰写`, detail: time(advisory.createdAt) }];
  // Only the author submits.
  if (advisory.submittedAt) {
    steps.push({ label: `${author}提交审核`, detail: time(advisory.submittedAt) });
  }
  if (advisory.returnedReason) {
    steps.push({ label: '被退回修改', detail: `原因：${advisory.returnedReason}`, tone: 'warn' });
  }
  if (advisory.publishAt && advisory.publishedBy) {
    const future = Date.parse(advisory.publishAt) > Date.now();
    const publisher = staffName(advisory.publishedBy, advisory.publishedByName ?? '', me);
    steps.push({
      label: `${publisher}审核${future ? '，定时发布' : '发布'}`,
      detail: `${time(advisory.publishAt)}${future ? ' 起公开' : ''} · 第 ${advisory.version} 版`,
    });
  }
  const revision = advisory.revision;
  if (revision) {
    const reviser = staffName(revision.authorId, revision.authorName, me);
    steps.push({
      label: `${reviser}${revision.status === 'submitted' ? '提交了新版本' : '正在编辑新版本'}`,
      detail: time(revision.updatedAt),
    });
  }
  if (advisory.unpublishedAt) {
    const who = advisory.unpublishedBy
      ? staffName(advisory.unpublishedBy, advisory.unpublishedByName ?? '', me)
      : '';
    steps.push({
      label: `${who}下线`,
      detail: `${time(advisory.unpublishedAt)} · 原因：${advisory.unpublishedReason ?? '—'}`,
      tone: 'danger',
    });
  }
  return steps;
}

/** 状态记录: who wrote, submitted, returned, published and took it down, and why. */
export function AdvisoryHistory({ advisory, me }: { advisory: StaffAdvisory; me?: string }) {
  return (
    <View className="advisory-history" aria-label="状态记录">
      {historySteps(advisory, me).map((step, index) => (
        <View
          key={index}
          className={`advisory-history__step ${step.tone ? `is-${step.tone}` : ''}`}
        >
          <Text className="advisory-history__label">{step.label}</Text>
          {step.detail && <Text className="muted">{step.detail}</Text>}
        </View>
      ))}
    </View>
  );
}
