import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Dialog, Tag, TextArea } from '@nutui/nutui-react-taro';
import type { Difficulty, QuestionType, StaffQuestion, Topic } from '@api/quiz';
import { LoadState } from '@/components/load-state';
import { ChipGroup } from '@/components/chip-group';
import { FormField, TextField } from '@/components/form-field';
import { SubmitButton } from '@/components/submit-bar';
import { useRemote } from '@/hooks/use-remote';
import { GatedPage } from '@/components/access-gate';
import { StaffOptionsEditor } from '../../components/staff-options-editor';
import { questionNumber } from '../../components/staff-question-number';
import { quizStaffApi } from '../../staff-api';
import {
  DIFFICULTIES,
  DIFFICULTY_LABEL,
  LIMITS,
  STAFF_TOPICS,
  STAFF_TYPES,
  TYPE_LABEL,
} from '../../staff-vocabulary';
import {
  withOptionAdded,
  withOptionRemoved,
  withOptionText,
  withToggled,
  withType,
} from './question-rules';
import { useQuestionForm } from './use-question-form';
import './index.scss';

const ANSWER_HINT: Record<QuestionType, string> = {
  single: '点选项前的字母标出唯一的正确答案',
  multiple: '点选项前的字母标出正确答案，多选题至少两个',
  'true-false': '判断题的选项固定为 A 对 / B 错，点选正确的一项',
};

const DIFFICULTY_OPTIONS = DIFFICULTIES.map(String);

/** The stem and the explanation: long text with a counter, growing as it is typed. */
function LongTextField({
  form,
  name,
  label,
  hint,
  placeholder,
}: {
  form: ReturnType<typeof useQuestionForm>;
  name: 'stem' | 'explanation';
  label: string;
  hint?: string;
  placeholder: string;
}) {
  return (
    <FormField label={label} required error={form.errors[name]} hint={hint}>
      <TextArea
        name={name}
        className="question__textarea"
        value={form.value[name]}
        placeholder={placeholder}
        maxLength={LIMITS[name]}
        showCount
        autoSize
        onChange={(text) => form.change({ [name]: text })}
      />
    </FormField>
  );
}

/** 题号 when staff gave the question one; a made-up id means nothing, so then its topic. */
function QuestionHeading({ question }: { question: StaffQuestion }) {
  const number = questionNumber(question.id);
  return number ? (
    <Text className="question__id">题号 {number}</Text>
  ) : (
    <Text className="question__topic">
      {question.topic} · {question.subtopic}
    </Text>
  );
}

function QuestionForm({ question, reportId }: { question?: StaffQuestion; reportId?: string }) {
  const form = useQuestionForm(question, reportId);
  const { value, errors, change } = form;
  const [confirmRetire, setConfirmRetire] = useState(false);

  return (
    <>
      {reportId && (
        <View className="section question__report" role="note">
          正在根据用户纠错修改题目，保存后可将该纠错标记为已修正。
        </View>
      )}
      {form.restored && (
        <View className="section question__restored" role="status">
          <Text>已恢复上次未保存的内容。</Text>
          <Button size="small" fill="none" onClick={form.discard}>
            {question ? '放弃修改' : '清空重填'}
          </Button>
        </View>
      )}
      {question && (
        <View className="section question__meta">
          <View className="question__meta-row">
            <QuestionHeading question={question} />
            <Tag type={form.retired ? 'default' : 'success'}>
              {form.retired ? '已停用' : '在用'}
            </Tag>
          </View>
          <Text className="muted">
            {question.answered > 0
              ? `已作答 ${question.answered} 次，正确率 ${question.correctRate ?? 0}%`
              : '还没有人作答'}
            {question.openReports > 0 ? `，待处理纠错 ${question.openReports} 条` : ''}
          </Text>
        </View>
      )}

      <View className="section">
        <View className="section-title">题目</View>
        <FormField label="题型" required error={errors.type}>
          <ChipGroup
            value={value.type}
            options={STAFF_TYPES}
            labelOf={(type) => TYPE_LABEL[type]}
            onChange={(type) => change(withType(value, type as QuestionType))}
          />
        </FormField>
        <FormField label="专题" required error={errors.topic}>
          <ChipGroup
            value={value.topic}
            options={STAFF_TOPICS}
            onChange={(topic) => change({ topic: topic as Topic })}
          />
        </FormField>
        <TextField
          form={form}
          name="subtopic"
          label="细分类别"
          required
          placeholder="如 3C认证、食品标签、九项权利、12315"
          maxLength={LIMITS.subtopic}
        />
        <FormField label="难度" required error={errors.difficulty}>
          <ChipGroup
            value={String(value.difficulty)}
            options={DIFFICULTY_OPTIONS}
            labelOf={(level) => DIFFICULTY_LABEL[Number(level) as Difficulty]}
            onChange={(level) => change({ difficulty: Number(level) as Difficulty })}
          />
        </FormField>
        <LongTextField
          form={form}
          name="stem"
          label="题干"
          placeholder="题目内容，判断题写成一句陈述"
        />
      </View>

      <View className="section">
        <View className="section-title">选项和答案</View>
        <FormField
          label="选项"
          required
          error={errors.options ?? errors.answer}
          hint={ANSWER_HINT[value.type]}
        >
          <StaffOptionsEditor
            type={value.type}
            options={value.options}
            correct={value.correct}
            onText={(index, text) => change(withOptionText(value, index, text))}
            onToggle={(index) => change(withToggled(value, index))}
            onAdd={() => change(withOptionAdded(value))}
            onRemove={(index) => change(withOptionRemoved(value, index))}
          />
        </FormField>
        <LongTextField
          form={form}
          name="explanation"
          label="解析"
          hint="1–3句话讲清道理，有法条的注明条款"
          placeholder="答题后显示给用户"
        />
        <TextField
          form={form}
          name="image"
          label="配图地址"
          hint="选填，如标志、标签的图片链接"
          placeholder="https://… 或 /static/…"
          maxLength={LIMITS.image}
        />
      </View>

      {form.notice && (
        <View className="section question__notice" role="alert">
          {form.notice}
        </View>
      )}

      <View className="question__actions">
        <SubmitButton busy={form.saving} onSubmit={form.save}>
          {question ? '保存修改' : '保存题目'}
        </SubmitButton>
        {question && (
          <Button
            block
            fill="outline"
            type={form.retired ? 'primary' : 'danger'}
            loading={form.switching}
            disabled={form.switching || form.saving}
            onClick={() => setConfirmRetire(true)}
          >
            {form.retired ? '恢复使用' : '停用题目'}
          </Button>
        )}
      </View>

      <Dialog
        visible={confirmRetire}
        title={form.retired ? '恢复使用' : '停用题目'}
        confirmText={form.retired ? '确认恢复' : '确认停用'}
        onCancel={() => setConfirmRetire(false)}
        onClose={() => setConfirmRetire(false)}
        onConfirm={async () => {
          await form.setRetired(!form.retired);
          setConfirmRetire(false);
        }}
      >
        {form.retired
          ? '恢复后这道题会重新出现在试卷中。'
          : '停用后这道题不再出现在新试卷中；已答过的试卷和错题本仍可查看。'}
      </Dialog>

      <Dialog
        visible={form.askResolve}
        title="题目已保存"
        confirmText="标记已修正"
        cancelText="暂不标记"
        onCancel={() => void form.finishReport(false)}
        onClose={() => undefined}
        onConfirm={() => form.finishReport(true)}
      >
        是否同时把这条用户纠错标记为已修正？
      </Dialog>
    </>
  );
}

function EditQuestion({ id, reportId }: { id: string; reportId?: string }) {
  const remote = useRemote(() => quizStaffApi.get(id));
  return (
    <LoadState {...remote} onRetry={() => void remote.reload()} skeletonRows={12}>
      {(question) => <QuestionForm key={question.id} question={question} reportId={reportId} />}
    </LoadState>
  );
}

/** 新增题目 (no id) or 编辑题目 (id; report: the 纠错 that led here). Staff only. */
export default function QuestionPage() {
  const { id, report } = useRouter().params;
  return (
    <GatedPage className="question" staffOnly>
      {id ? <EditQuestion id={id} reportId={report} /> : <QuestionForm />}
    </GatedPage>
  );
}
