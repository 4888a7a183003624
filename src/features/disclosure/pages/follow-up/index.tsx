import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { FollowUp, FollowUpStatus, FollowUpTarget, FollowUpType } from '@api/disclosure';
import { GatedPage } from '@/components/access-gate';
import { ChipGroup } from '@/components/chip-group';
import { DateField } from '@/components/date-field';
import { FormField, TextField } from '@/components/form-field';
import { LoadState } from '@/components/load-state';
import { PhotoGrid } from '@/components/photo-grid';
import { SubmitBar } from '@/components/submit-bar';
import { DISCLOSURE_LIMITS as LIMITS, FOLLOW_UP_TYPES } from '@/domain/disclosure-vocabulary';
import { textLength } from '@/domain/text-length';
import { merchantsApi } from '@/features/merchants';
import { useRemote } from '@/hooks/use-remote';
import { FOLLOW_UP_STATUS_LABELS, targetName } from '../../follow-up-components/target-text';
import { followUpApi } from '../../follow-up-api';
import { useFollowUpForm, type FollowUpSubject } from './use-follow-up-form';
import './index.scss';

const TYPE_HINT: Record<FollowUpType, string> = {
  重点监管: '列入重点监管对象，增加检查频次',
  行政指导: '提醒告诫、指导整改',
  约谈: '约见经营者负责人或行业协会当面谈话',
};

const STATUSES: FollowUpStatus[] = ['open', 'done'];

function Counter({ text, max }: { text: string; max: number }) {
  const count = textLength(text);
  return (
    <Text className={`follow-up__counter ${count > max ? 'is-over' : ''}`} aria-label="字数">
      {count}/{max}
    </Text>
  );
}

function FollowUpFormView({ subject, label }: { subject: FollowUpSubject; label: string }) {
  const form = useFollowUpForm(subject);
  const { value, errors, change } = form;
  const start = dayjs().subtract(2, 'year').toDate();
  const end = dayjs().add(1, 'year').toDate();
  return (
    <>
      <View className="section follow-up__target">
        <Text className="muted">跟进对象</Text>
        <Text className="follow-up__target-name">{label}</Text>
      </View>
      {form.restored && (
        <View className="section follow-up__restored" role="status">
          <Text>已恢复上次未保存的内容。</Text>
          <Button size="small" fill="none" onClick={form.discard}>
            {subject.existing ? '放弃修改' : '清空重填'}
          </Button>
        </View>
      )}
      <View className="section">
        <FormField label="跟进方式" required hint={TYPE_HINT[value.type]}>
          <ChipGroup
            label="跟进方式"
            value={value.type}
            options={FOLLOW_UP_TYPES}
            onChange={(type) => change({ type: type as FollowUpType })}
          />
        </FormField>
        <FormField label="跟进日期" required error={errors.date}>
          <DateField
            value={value.date}
            title="跟进日期"
            start={start}
            end={end}
            onChange={(date) => change({ date })}
          />
        </FormField>
        <TextField
          form={form}
          name="handledBy"
          label="承办人员"
          required
          placeholder="如 张科长、李干事"
          maxLength={LIMITS.handledBy.max}
        />
        <FormField label="跟进情况" required error={errors.notes}>
          <TextArea
            className="follow-up__text"
            name="notes"
            value={value.notes}
            placeholder="做了什么、发现什么问题"
            maxLength={LIMITS.note.max}
            autoSize
            onChange={(notes) => change({ notes })}
          />
          <Counter text={value.notes} max={LIMITS.note.max} />
        </FormField>
        <FormField label="状态" required>
          <ChipGroup
            label="状态"
            value={value.status}
            options={STATUSES}
            labelOf={(status) => FOLLOW_UP_STATUS_LABELS[status]}
            onChange={(status) => change({ status: status as FollowUpStatus })}
          />
        </FormField>
        <FormField
          label={value.status === 'done' ? '处理结果' : '处理结果（选填）'}
          required={value.status === 'done'}
          error={errors.outcome}
        >
          <TextArea
            className="follow-up__text"
            name="outcome"
            value={value.outcome}
            placeholder="如 已整改、已立案调查"
            maxLength={LIMITS.followUpOutcome.max}
            autoSize
            onChange={(outcome) => change({ outcome })}
          />
          <Counter text={value.outcome} max={LIMITS.followUpOutcome.max} />
        </FormField>
        <FormField
          label={`附件（选填，最多${LIMITS.attachments}张）`}
          error={errors.attachments}
          hint="现场照片、约谈记录、指导书扫描件；仅工作人员可见"
        >
          <PhotoGrid
            value={value.attachments}
            onChange={(attachments) => change({ attachments })}
            max={LIMITS.attachments}
            purpose="follow-up"
            addLabel="添加附件"
            onBusyChange={form.setUploading}
          />
        </FormField>
      </View>
      {form.problem && (
        <View className="section follow-up__notice" role="alert">
          {form.problem}
        </View>
      )}
      <SubmitBar
        form={form}
        className="follow-up__submit"
        label="保存跟进记录"
        note="填写的内容随时保存在本机，网络不好或退出后再进来也不会丢失。"
      />
    </>
  );
}

/** The stored target as the body names it. */
const bodyTarget = (target: FollowUp['target']): FollowUpTarget =>
  target.kind === 'business'
    ? { kind: 'business', merchantId: target.merchantId }
    : { kind: 'industry', industry: target.industry };

function EditFollowUp({ id }: { id: string }) {
  const remote = useRemote(() => followUpApi.get(id));
  return (
    <LoadState {...remote} onRetry={() => void remote.reload()} skeletonRows={10}>
      {(followUp) => (
        <FollowUpFormView
          key={followUp.id}
          subject={{ target: bodyTarget(followUp.target), existing: followUp }}
          label={targetName(followUp.target)}
        />
      )}
    </LoadState>
  );
}

/** A business's registered name, looked up once (the query names it by id only). */
function useMerchantName(merchantId: string | undefined) {
  const [name, setName] = useState<string>();
  useEffect(() => {
    if (!merchantId) return;
    merchantsApi
      .get(merchantId)
      .then((merchant) => setName(merchant.name))
      .catch(() => undefined);
  }, [merchantId]);
  return name;
}

function NewFollowUp({ params }: { params: Record<string, string | undefined> }) {
  const { merchantId, industry, batchId } = params;
  const merchantName = useMerchantName(merchantId);
  if (!merchantId && !industry) {
    return (
      <View className="section follow-up__notice" role="alert">
        请从“预警名单”选择要跟进的经营者或行业。
      </View>
    );
  }
  const target: FollowUpTarget = merchantId
    ? { kind: 'business', merchantId }
    : { kind: 'industry', industry: industry! };
  const label = merchantId ? (merchantName ?? '经营者') : `行业：${industry}`;
  return <FollowUpFormView subject={{ target, batchId }} label={label} />;
}

/** 记录跟进 (?merchantId|industry&batchId) or 编辑跟进 (?id): staff only. */
export default function FollowUpPage() {
  const { params } = useRouter();
  useEffect(() => {
    if (params.id) void Taro.setNavigationBarTitle?.({ title: '编辑跟进' })?.catch(() => undefined);
  }, [params.id]);
  return (
    <GatedPage className="follow-up" staffOnly>
      {params.id ? <EditFollowUp id={params.id} /> : <NewFollowUp params={params} />}
    </GatedPage>
  );
}
