import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { StaffQa } from '@api/law';
import { GatedPage } from '@/components/access-gate';
import { ChipGroup } from '@/components/chip-group';
import { FormField, TextField } from '@/components/form-field';
import { LoadState } from '@/components/load-state';
import { editLockReason, ReviewEditActions } from '@/components/review-edit';
import { LAW_LIMITS, QA_TOPICS } from '@/domain/law-vocabulary';
import { useRemote } from '@/hooks/use-remote';
import { useSession } from '@/services/session';
import { lawQaStaffApi } from '../../staff-qa-api';
import { CitationsEditor } from '../../qa-components/citations-editor';
import { useLawChoices } from '../../qa-components/law-choices';
import { useQaForm } from './use-qa-form';
import './index.scss';

const ANSWER_HINT = '用平实的话讲清怎么办，一行一段；只写条号，不抄条文原文。';

function QaForm({ qa }: { qa?: StaffQa }) {
  const form = useQaForm(qa);
  const { value, errors, change } = form;
  const laws = useLawChoices();
  return (
    <>
      {form.restored && (
        <View className="section law-qa-edit__restored" role="status">
          <Text>已恢复上次未提交的内容。</Text>
          <Button size="small" fill="none" onClick={form.discard}>
            {qa ? '放弃修改' : '清空重填'}
          </Button>
        </View>
      )}
      {qa?.status === 'published' && (
        <View className="section law-qa-edit__note" role="note">
          这条已发布。修改后将作为新版本提交审核，审核通过前读者看到的仍是现在的版本。
        </View>
      )}
      {qa?.returnedReason && qa.status === 'draft' && (
        <View className="section law-qa-edit__notice" role="note">
          被退回：{qa.returnedReason}
        </View>
      )}

      <View className="section">
        <View className="section-title">问题</View>
        <FormField label="主题" required error={errors.topic}>
          <ChipGroup
            label="主题"
            value={value.topic}
            options={QA_TOPICS}
            onChange={(topic) => change({ topic: topic as typeof value.topic })}
          />
        </FormField>
        <TextField
          form={form}
          name="question"
          label="问题"
          required
          placeholder="用消费者的话问，如 买到假货怎么赔？"
          maxLength={LAW_LIMITS.qa.question.max}
        />
      </View>

      <View className="section">
        <View className="section-title">解答</View>
        <FormField label="解答" required error={errors.answer} hint={ANSWER_HINT}>
          <TextArea
            name="answer"
            className="law-qa-edit__answer"
            value={value.answer}
            placeholder="先说结论，再说怎么做、找谁、要留什么凭证"
            maxLength={LAW_LIMITS.qa.answer.max}
            showCount
            onChange={(answer) => change({ answer })}
          />
        </FormField>
      </View>

      <View className="section">
        <View className="section-title">依据</View>
        <Text className="muted">选法律法规、填条号，下方会显示该条第一句，请核对是否引对。</Text>
        <CitationsEditor
          rows={value.citations}
          laws={laws}
          errors={(index) => errors[`citations.${index}`]}
          check={form.check}
          onChange={(citations) => change({ citations })}
        />
        {errors.citations && (
          <View className="law-qa-edit__error" role="alert">
            {errors.citations}
          </View>
        )}
      </View>

      <ReviewEditActions
        notice={form.notice}
        saving={form.saving}
        onSave={(mode) => void form.save(mode)}
      />
    </>
  );
}

function EditQa({ id }: { id: string }) {
  const remote = useRemote(() => lawQaStaffApi.get(id));
  const me = useSession()?.user.id;
  useEffect(() => {
    void Taro.setNavigationBarTitle?.({ title: '修改问答' })?.catch(() => undefined);
  }, []);
  return (
    <LoadState {...remote} onRetry={() => void remote.reload()} skeletonRows={10}>
      {(qa) => {
        const locked = editLockReason(qa, me, '问答');
        return locked ? (
          <View className="section law-qa-edit__notice" role="alert">
            {locked}
          </View>
        ) : (
          <QaForm key={qa.id} qa={qa} />
        );
      }}
    </LoadState>
  );
}

/** 新建问答 (no id) or 修改 (id): staff only. */
export default function QaEditPage() {
  const { id } = useRouter().params;
  return (
    <GatedPage className="law-qa-edit" staffOnly>
      {id ? <EditQa id={id} /> : <QaForm />}
    </GatedPage>
  );
}
