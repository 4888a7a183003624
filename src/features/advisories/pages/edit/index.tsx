import dayjs from 'dayjs';
import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AdvisoryKind, StaffAdvisory } from '@api/advisories';
import { GatedPage } from '@/components/access-gate';
import { ChipGroup } from '@/components/chip-group';
import { DateField } from '@/components/date-field';
import { FormField, TextField } from '@/components/form-field';
import { LoadState } from '@/components/load-state';
import { editLockReason, ReviewEditActions } from '@/components/review-edit';
import { OptionPicker } from '@/components/option-picker';
import { PhotoGrid } from '@/components/photo-grid';
import { ADVISORY_KINDS, ADVISORY_LIMITS } from '@/domain/advisory-vocabulary';
import { useRemote } from '@/hooks/use-remote';
import { useSession } from '@/services/session';
import { ActionField } from '../../staff-components/action-field';
import { BodyField } from '../../staff-components/body-field';
import { LegalBasisEditor } from '../../staff-components/legal-basis-editor';
import { MerchantField } from '../../staff-components/merchant-field';
import { advisoriesStaffApi } from '../../staff-api';
import { useAdvisoryForm } from './use-advisory-form';
import './index.scss';

const KIND_HINT: Record<AdvisoryKind, string> = {
  提示: '提醒消费者注意的常识和做法',
  警示: '针对具体风险的警告，可点名已受行政处罚的商家',
};

function AdvisoryForm({ advisory }: { advisory?: StaffAdvisory }) {
  const form = useAdvisoryForm(advisory);
  const { value, errors, change, choices } = form;
  const today = dayjs();
  const windowStart = today.subtract(1, 'year').toDate();
  const windowEnd = today.add(3, 'year').toDate();

  return (
    <>
      {form.restored && (
        <View className="section advisory-edit__restored" role="status">
          <Text>已恢复上次未提交的内容。</Text>
          <Button size="small" fill="none" onClick={form.discard}>
            {advisory ? '放弃修改' : '清空重填'}
          </Button>
        </View>
      )}
      {advisory?.status === 'published' && (
        <View className="section advisory-edit__note" role="note">
          这条已发布。修改后将作为新版本提交审核，审核通过前读者看到的仍是现在的版本。
        </View>
      )}
      {advisory?.revision?.status === 'draft' && (
        <Text className="advisory-edit__hint muted">正在编辑尚未提交的新版本</Text>
      )}

      <View className="section">
        <View className="section-title">基本信息</View>
        <FormField label="类型" required hint={KIND_HINT[value.kind]}>
          <ChipGroup
            label="类型"
            value={value.kind}
            options={ADVISORY_KINDS}
            onChange={(kind) => change({ kind: kind as AdvisoryKind })}
          />
        </FormField>
        <TextField
          form={form}
          name="title"
          label="标题"
          required
          placeholder="如 春节前后购买预付卡要谨慎"
          maxLength={ADVISORY_LIMITS.title.max}
        />
        <FormField label="分类" required error={errors.category}>
          <OptionPicker
            title="选择分类"
            options={choices.categories}
            value={value.category}
            placeholder="请选择分类"
            onChange={(category) => change({ category })}
          />
        </FormField>
        <FormField label="发布单位" required error={errors.issuer}>
          <OptionPicker
            title="选择发布单位"
            options={choices.issuers}
            value={value.issuer}
            placeholder="请选择发布单位"
            onChange={(issuer) => change({ issuer })}
          />
        </FormField>
      </View>

      <View className="section">
        <View className="section-title">内容</View>
        <BodyField value={value.body} error={errors.body} onChange={(body) => change({ body })} />
        <FormField
          label={`配图（最多${ADVISORY_LIMITS.images}张）`}
          error={errors.images}
          hint="第一张作为列表和分享卡片的封面"
        >
          <PhotoGrid
            value={value.images}
            onChange={(images) => change({ images })}
            max={ADVISORY_LIMITS.images}
            purpose="evidence"
            onBusyChange={form.setUploading}
            addLabel="添加配图"
          />
        </FormField>
      </View>

      <View className="section">
        <View className="section-title">法律依据</View>
        <LegalBasisEditor
          rows={value.legalBasis}
          errors={(index) => errors[`legalBasis.${index}`]}
          onChange={(legalBasis) => change({ legalBasis })}
        />
        {errors.legalBasis && <Text className="advisory-edit__error">{errors.legalBasis}</Text>}
      </View>

      <View className="section">
        <View className="section-title">时令与有效期</View>
        <TextField
          form={form}
          name="season"
          label="时令（选填）"
          placeholder="如 春节、开学季、双十一"
          maxLength={ADVISORY_LIMITS.season.max}
        />
        <FormField label="有效期开始（选填）" error={errors.validFrom}>
          <DateField
            value={value.validFrom}
            title="有效期开始"
            unset="不限"
            start={windowStart}
            end={windowEnd}
            clearable
            onChange={(validFrom) => change({ validFrom })}
          />
        </FormField>
        <FormField
          label="有效期结束（选填）"
          error={errors.validUntil}
          hint="过期后仍可查看，但不再在首页置顶"
        >
          <DateField
            value={value.validUntil}
            title="有效期结束"
            unset="不限"
            start={windowStart}
            end={windowEnd}
            clearable
            onChange={(validUntil) => change({ validUntil })}
          />
        </FormField>
      </View>

      <View className="section">
        <View className="section-title">行动与点名</View>
        <ActionField value={value} error={errors.action} onChange={change} />
        {value.kind === '警示' && <MerchantField value={value} errors={errors} onChange={change} />}
      </View>

      <ReviewEditActions
        notice={form.notice}
        saving={form.saving}
        onSave={(mode) => void form.save(mode)}
      />
    </>
  );
}

function EditAdvisory({ id }: { id: string }) {
  const remote = useRemote(() => advisoriesStaffApi.get(id));
  const me = useSession()?.user.id;
  useEffect(() => {
    void Taro.setNavigationBarTitle?.({ title: '编辑提示警示' })?.catch(() => undefined);
  }, []);
  return (
    <LoadState {...remote} onRetry={() => void remote.reload()} skeletonRows={12}>
      {(advisory) => {
        const locked = editLockReason(advisory, me, '提示警示');
        return locked ? (
          <View className="section advisory-edit__notice" role="alert">
            {locked}
          </View>
        ) : (
          <AdvisoryForm key={advisory.id} advisory={advisory} />
        );
      }}
    </LoadState>
  );
}

/** 写提示 (no id) or 编辑 (id): staff only. */
export default function EditPage() {
  const { id } = useRouter().params;
  return (
    <GatedPage className="advisory-edit" staffOnly>
      {id ? <EditAdvisory id={id} /> : <AdvisoryForm />}
    </GatedPage>
  );
}
