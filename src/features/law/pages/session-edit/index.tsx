import dayjs from 'dayjs';
import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { StaffSession } from '@api/law';
import { GatedPage } from '@/components/access-gate';
import { DateField } from '@/components/date-field';
import { BoundInput, FormField, TextField } from '@/components/form-field';
import { LoadState } from '@/components/load-state';
import { OptionPicker } from '@/components/option-picker';
import { LAW_LIMITS, SESSION_STATUS_LABELS } from '@/domain/law-vocabulary';
import { QUIZ_TOPICS } from '@/domain/quiz-vocabulary';
import { useRegion } from '@/hooks/use-region';
import { useRemote } from '@/hooks/use-remote';
import { sessionsStaffApi } from '../../staff-sessions-api';
import { TIME_OPTIONS } from './session-form-rules';
import { useSessionForm } from './use-session-form';
import './index.scss';

const LIMITS = LAW_LIMITS.session;
const NO_QUIZ = '不关联答题';

function SessionForm({ session }: { session?: StaffSession }) {
  const form = useSessionForm(session);
  const { value, errors, change } = form;
  const towns = useRegion()?.towns ?? [];
  const status = session?.status ?? 'draft';
  const weapp = process.env.TARO_ENV === 'weapp';
  const today = dayjs();

  return (
    <>
      {session && (
        <View className="section session-edit__status" role="note">
          <Text>当前状态：{SESSION_STATUS_LABELS[status]}</Text>
          {status === 'published' && (
            <Text className="muted">修改保存后立即对群众生效，已设置的提醒按新时间发送。</Text>
          )}
        </View>
      )}
      {form.restored && (
        <View className="section session-edit__restored" role="status">
          <Text>已恢复上次未保存的内容。</Text>
          <Button size="small" fill="none" onClick={form.discard}>
            {session ? '放弃修改' : '清空重填'}
          </Button>
        </View>
      )}

      <View className="section">
        <View className="section-title">活动内容</View>
        <TextField
          form={form}
          name="topic"
          label="活动主题"
          required
          placeholder="如 农村消费维权知识讲座"
          maxLength={LIMITS.topic.max}
        />
        <TextField
          form={form}
          name="speakerUnit"
          label="主讲单位"
          required
          placeholder="如 县市场监管局消保股"
          maxLength={LIMITS.speakerUnit.max}
        />
        <FormField label="关联答题（选填）" hint="签到后可直接去做这类题" error={errors.quizTopic}>
          <OptionPicker
            title="关联答题题目范围"
            options={[NO_QUIZ, ...QUIZ_TOPICS]}
            value={value.quizTopic || NO_QUIZ}
            onChange={(topic) => change({ quizTopic: topic === NO_QUIZ ? '' : topic })}
          />
        </FormField>
        <FormField label="活动介绍（选填）" error={errors.description}>
          <TextArea
            className="session-edit__textarea"
            value={value.description}
            placeholder="讲什么、适合谁来听、要带什么"
            maxLength={LIMITS.description.max}
            showCount
            autoSize
            onChange={(description) => change({ description })}
          />
        </FormField>
      </View>

      <View className="section">
        <View className="section-title">时间</View>
        <FormField label="活动日期" required error={errors.date}>
          <DateField
            value={value.date}
            title="活动日期"
            start={today.subtract(1, 'month').toDate()}
            end={today.add(1, 'year').toDate()}
            onChange={(date) => change({ date })}
          />
        </FormField>
        <FormField label="开始时间" required error={errors.startTime}>
          <OptionPicker
            title="开始时间"
            options={TIME_OPTIONS}
            value={value.startTime}
            onChange={(startTime) => change({ startTime })}
          />
        </FormField>
        <FormField
          label="结束时间"
          required
          error={errors.endTime}
          hint={`最长${LIMITS.maxHours}小时`}
        >
          <OptionPicker
            title="结束时间"
            options={TIME_OPTIONS}
            value={value.endTime}
            onChange={(endTime) => change({ endTime })}
          />
        </FormField>
      </View>

      <View className="section">
        <View className="section-title">地点</View>
        <FormField label="乡镇" required error={errors.town}>
          <OptionPicker
            title="选择乡镇"
            options={towns}
            value={value.town}
            placeholder="请选择乡镇"
            onChange={(town) => change({ town })}
          />
        </FormField>
        <TextField
          form={form}
          name="village"
          label="村（社区）"
          required
          placeholder="如 东坪村"
          maxLength={LIMITS.village.max}
        />
        <TextField
          form={form}
          name="place"
          label="具体地点"
          required
          placeholder="如 村委会二楼会议室"
          maxLength={LIMITS.place.max}
        />
        <FormField
          label="地图位置（选填）"
          error={errors.location}
          hint="填了位置，群众可按距离找到活动、一键导航"
        >
          <View className="session-edit__point">
            <View className="session-edit__coordinate">
              <Text className="muted">纬度</Text>
              <BoundInput form={form} name="latitude" type="digit" placeholder="如 28.12345" />
            </View>
            <View className="session-edit__coordinate">
              <Text className="muted">经度</Text>
              <BoundInput form={form} name="longitude" type="digit" placeholder="如 113.12345" />
            </View>
            <View className="session-edit__point-actions">
              <Button
                size="small"
                fill="outline"
                loading={form.locating}
                disabled={form.locating}
                onClick={() => void form.pickLocation()}
              >
                {weapp ? '在地图上选择' : '使用当前位置'}
              </Button>
              {(value.latitude || value.longitude) && (
                <Button
                  size="small"
                  fill="none"
                  onClick={() => change({ latitude: '', longitude: '' })}
                >
                  清除位置
                </Button>
              )}
            </View>
          </View>
        </FormField>
      </View>

      {form.notice && (
        <View className="section session-edit__notice" role="alert">
          {form.notice}
        </View>
      )}

      <View className="session-edit__actions">
        {status === 'draft' && (
          <Button
            block
            type="primary"
            loading={form.saving === 'publish'}
            disabled={Boolean(form.saving)}
            onClick={() => void form.save('publish')}
          >
            发布
          </Button>
        )}
        <Button
          block
          type="primary"
          fill={status === 'draft' ? 'outline' : undefined}
          loading={form.saving === 'save'}
          disabled={Boolean(form.saving)}
          onClick={() => void form.save('save')}
        >
          {status === 'draft' ? '保存草稿' : '保存修改'}
        </Button>
        <Text className="muted session-edit__note-line">填写的内容随时保存在本机。</Text>
      </View>
    </>
  );
}

function EditSession({ id }: { id: string }) {
  const remote = useRemote(() => sessionsStaffApi.get(id));
  useEffect(() => {
    void Taro.setNavigationBarTitle?.({ title: '编辑普法活动' })?.catch(() => undefined);
  }, []);
  return (
    <LoadState {...remote} onRetry={() => void remote.reload()} skeletonRows={12}>
      {(session) => <SessionForm key={session.id} session={session} />}
    </LoadState>
  );
}

/** 新建 (no id) or 编辑 (id) a 法润乡村 session: staff only. */
export default function SessionEditPage() {
  const { id } = useRouter().params;
  useEffect(() => {
    if (!id) void Taro.setNavigationBarTitle?.({ title: '新建普法活动' })?.catch(() => undefined);
  }, [id]);
  return (
    <GatedPage className="session-edit" staffOnly>
      {id ? <EditSession id={id} /> : <SessionForm />}
    </GatedPage>
  );
}
