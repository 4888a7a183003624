import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { StaffCampaign } from '@api/campaigns';
import { GatedPage } from '@/components/access-gate';
import { DateField } from '@/components/date-field';
import { FormField, TextField } from '@/components/form-field';
import { LoadState } from '@/components/load-state';
import { PhotoGrid } from '@/components/photo-grid';
import { ReasonDialog } from '@/components/reason-dialog';
import { CAMPAIGN_LIMITS, CAMPAIGN_STATUS_LABELS } from '@/domain/campaign-vocabulary';
import { LegalBasisEditor } from '@/features/advisories';
import { useRemote } from '@/hooks/use-remote';
import { AdvisoryPicker } from '../../staff-components/advisory-picker';
import { ReportableEditor } from '../../staff-components/reportable-editor';
import { campaignsStaffApi } from '../../staff-api';
import { useCampaignForm } from './use-campaign-form';
import '../../staff-components/campaign-form.scss';
import './index.scss';

function CampaignForm({ campaign }: { campaign?: StaffCampaign }) {
  const form = useCampaignForm(campaign);
  const { value, errors, change } = form;
  const [withdrawing, setWithdrawing] = useState(false);
  const today = dayjs();
  const windowStart = today.subtract(1, 'year').toDate();
  const windowEnd = today.add(2, 'year').toDate();
  const status = campaign?.status ?? 'draft';

  return (
    <>
      {campaign && (
        <View className="section campaign-edit__status" role="note">
          <Text>
            当前状态：{CAMPAIGN_STATUS_LABELS[status]}
            {campaign.source === 'profile' ? ' · 来自县域配置' : ''}
          </Text>
          {status === 'published' && <Text className="muted">修改保存后立即对公众生效。</Text>}
        </View>
      )}
      {form.restored && (
        <View className="section campaign-edit__restored" role="status">
          <Text>已恢复上次未保存的内容。</Text>
          <Button size="small" fill="none" onClick={form.discard}>
            {campaign ? '放弃修改' : '清空重填'}
          </Button>
        </View>
      )}

      <View className="section">
        <View className="section-title">基本信息</View>
        <TextField
          form={form}
          name="name"
          label="名称"
          required
          placeholder="如 农资打假专项行动"
          maxLength={CAMPAIGN_LIMITS.name.max}
        />
        <FormField label="开始日期" required error={errors.periodFrom}>
          <DateField
            value={value.periodFrom}
            title="开始日期"
            start={windowStart}
            end={windowEnd}
            onChange={(periodFrom) => change({ periodFrom })}
          />
        </FormField>
        <FormField label="结束日期" required error={errors.periodTo} hint="含当天，最长一年">
          <DateField
            value={value.periodTo}
            title="结束日期"
            start={windowStart}
            end={windowEnd}
            onChange={(periodTo) => change({ periodTo })}
          />
        </FormField>
        <TextField
          form={form}
          name="leadUnit"
          label="牵头单位"
          required
          placeholder="如 县市场监管局食品安全监管股"
          maxLength={CAMPAIGN_LIMITS.leadUnit.max}
        />
        <FormField label="整治重点" required error={errors.targets}>
          <TextArea
            className="campaign-edit__textarea"
            name="targets"
            value={value.targets}
            placeholder="整治哪些场所、哪些问题"
            maxLength={CAMPAIGN_LIMITS.targets.max}
            showCount
            autoSize
            onChange={(targets) => change({ targets })}
          />
        </FormField>
      </View>

      <View className="section">
        <View className="section-title">群众可举报的事项</View>
        <FormField label="可举报事项" required error={errors.reportable} hint="显示在举报入口">
          <ReportableEditor
            items={value.reportable}
            onChange={(reportable) => change({ reportable })}
          />
        </FormField>
      </View>

      <View className="section">
        <View className="section-title">法律依据</View>
        <LegalBasisEditor
          rows={value.legalBasis}
          max={CAMPAIGN_LIMITS.legalBasis}
          errors={(index) => errors[`legalBasis.${index}`]}
          onChange={(legalBasis) => change({ legalBasis })}
        />
        {errors.legalBasis && <Text className="campaign-form__error">{errors.legalBasis}</Text>}
      </View>

      <View className="section">
        <View className="section-title">封面与相关提示</View>
        <FormField label="封面（选填）" error={errors.cover} hint="不上传时以红色横幅显示名称">
          <PhotoGrid
            value={value.cover}
            onChange={(cover) => change({ cover })}
            max={1}
            purpose="campaign"
            onBusyChange={form.setUploading}
            addLabel="上传封面"
          />
        </FormField>
        <FormField label="相关消费提示（选填）" error={errors.advisories}>
          <AdvisoryPicker
            linked={value.advisories}
            onChange={(advisories) => change({ advisories })}
          />
        </FormField>
      </View>

      {form.notice && (
        <View className="section campaign-edit__notice" role="alert">
          {form.notice}
        </View>
      )}

      <View className="campaign-edit__actions">
        {status !== 'published' && (
          <Button
            block
            type="primary"
            loading={form.saving === 'publish'}
            disabled={Boolean(form.saving)}
            onClick={() => void form.save('publish')}
          >
            {status === 'withdrawn' ? '重新发布' : '发布'}
          </Button>
        )}
        <Button
          block
          type="primary"
          fill={status === 'published' ? undefined : 'outline'}
          loading={form.saving === 'save'}
          disabled={Boolean(form.saving)}
          onClick={() => void form.save('save')}
        >
          {status === 'draft' ? '保存草稿' : '保存修改'}
        </Button>
        {status === 'published' && (
          <Button
            block
            fill="outline"
            disabled={Boolean(form.saving)}
            onClick={() => setWithdrawing(true)}
          >
            撤下
          </Button>
        )}
        <Text className="muted campaign-edit__note-line">填写的内容随时保存在本机。</Text>
      </View>

      <ReasonDialog
        visible={withdrawing}
        title="撤下专项整治"
        hint="撤下后公众不再看到这项专项整治，已收到的举报照常办理。"
        confirmText="撤下"
        what="撤下原因"
        maxLength={CAMPAIGN_LIMITS.reason.max}
        onCancel={() => setWithdrawing(false)}
        onConfirm={async (reason) => {
          await form.withdraw(reason);
          setWithdrawing(false);
        }}
      />
    </>
  );
}

function EditCampaign({ id }: { id: string }) {
  const remote = useRemote(() => campaignsStaffApi.get(id));
  useEffect(() => {
    void Taro.setNavigationBarTitle?.({ title: '编辑专项整治' })?.catch(() => undefined);
  }, []);
  return (
    <LoadState {...remote} onRetry={() => void remote.reload()} skeletonRows={12}>
      {(campaign) => <CampaignForm key={campaign.id} campaign={campaign} />}
    </LoadState>
  );
}

/** 新建 (no id) or 编辑 (id) a campaign: staff only. */
export default function EditPage() {
  const { id } = useRouter().params;
  useEffect(() => {
    if (!id) void Taro.setNavigationBarTitle?.({ title: '新建专项整治' })?.catch(() => undefined);
  }, [id]);
  return (
    <GatedPage className="campaign-edit" staffOnly>
      {id ? <EditCampaign id={id} /> : <CampaignForm />}
    </GatedPage>
  );
}
