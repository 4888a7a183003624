import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { FeedbackBody, SessionUseful } from '@api/law';
import { ChipGroup } from '@/components/chip-group';
import { FormField } from '@/components/form-field';
import {
  LAW_LIMITS,
  QA_TOPICS,
  SESSION_USEFUL,
  SESSION_USEFUL_LABELS,
  type QaTopic,
} from '@/domain/law-vocabulary';
import { useDraft } from '@/hooks/use-draft';
import { ApiError } from '@/services/request';
import { sessionsApi } from '../../sessions-api';
import '@/components/filter-chips.scss';

interface FeedbackDraft {
  useful: SessionUseful | '';
  wantTopics: QaTopic[];
  text: string;
}

const EMPTY: FeedbackDraft = { useful: '', wantTopics: [], text: '' };
const MAX_TOPICS = LAW_LIMITS.feedback.topics;

interface FeedbackFormProps {
  checkinId: string;
  feedbackToken: string;
  /** Given before (this check-in, maybe on another visit). */
  given: boolean;
}

/** 有用吗？ 还想了解 其他建议: once per check-in; the typed answer survives a failure and a restart. */
export function FeedbackForm({ checkinId, feedbackToken, given }: FeedbackFormProps) {
  const draft = useDraft<FeedbackDraft>(`law-feedback-${checkinId}`, EMPTY);
  const [done, setDone] = useState(given);
  const [sending, setSending] = useState(false);
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string>();
  const { value } = draft;

  if (done) {
    return (
      <View className="section checkin__thanks" role="status">
        <Text className="checkin__thanks-title">谢谢反馈</Text>
        <Text className="muted">您的意见会帮助我们把下一场活动办得更好。</Text>
      </View>
    );
  }

  const usefulError = tried && !value.useful ? '请选择这场活动对您是否有用' : undefined;
  const toggleTopic = (topic: QaTopic) => {
    const chosen = value.wantTopics.includes(topic);
    if (!chosen && value.wantTopics.length >= MAX_TOPICS) return;
    draft.update({
      wantTopics: chosen
        ? value.wantTopics.filter((item) => item !== topic)
        : [...value.wantTopics, topic],
    });
  };

  const submit = async () => {
    setTried(true);
    setProblem(undefined);
    if (!value.useful || sending) return;
    const body: FeedbackBody = {
      checkinId,
      feedbackToken,
      useful: value.useful,
      wantTopics: value.wantTopics,
      ...(value.text.trim() && { text: value.text.trim() }),
    };
    setSending(true);
    try {
      await sessionsApi.feedback(body, draft.idempotencyKey);
      draft.clear();
      setDone(true);
    } catch (caught) {
      // 409: given already (from this phone or this account): nothing left to do.
      if (caught instanceof ApiError && caught.status === 409) {
        draft.clear();
        setDone(true);
        return;
      }
      setProblem(
        caught instanceof ApiError && caught.status !== 0
          ? caught.message
          : '网络不给力，填写的内容已保存在本机，稍后再点提交即可。',
      );
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="section checkin__feedback" aria-label="活动反馈">
      <View className="section-title">活动反馈</View>
      <FormField label="这场活动对您有用吗？" required error={usefulError}>
        <ChipGroup
          label="是否有用"
          value={value.useful}
          options={SESSION_USEFUL}
          labelOf={(option) => SESSION_USEFUL_LABELS[option]}
          onChange={(useful) => draft.update({ useful: useful as SessionUseful })}
        />
      </FormField>
      <FormField
        label="还想了解"
        hint={`选填，最多选${MAX_TOPICS}项（已选${value.wantTopics.length}项）`}
      >
        <View className="filter-chips" role="group" aria-label="还想了解">
          {QA_TOPICS.map((topic) => {
            const chosen = value.wantTopics.includes(topic);
            const full = !chosen && value.wantTopics.length >= MAX_TOPICS;
            return (
              <View
                key={topic}
                className={`filter-chips__chip tap-target ${chosen ? 'is-active' : ''} ${full ? 'is-disabled' : ''}`}
                role="checkbox"
                aria-checked={chosen}
                aria-disabled={full}
                onClick={() => toggleTopic(topic)}
              >
                {topic}
              </View>
            );
          })}
        </View>
      </FormField>
      <FormField label="其他建议（选填）">
        <TextArea
          className="checkin__text"
          value={value.text}
          placeholder="想听什么、哪里可以改进"
          maxLength={LAW_LIMITS.feedback.text.max}
          showCount
          autoSize
          onChange={(text) => draft.update({ text })}
        />
      </FormField>
      {problem && (
        <View className="checkin__problem" role="alert">
          {problem}
        </View>
      )}
      <Button
        block
        type="primary"
        loading={sending}
        disabled={sending}
        onClick={() => void submit()}
      >
        提交反馈
      </Button>
    </View>
  );
}
