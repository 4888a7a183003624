import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Dialog, Input, Radio, Tag, TextArea } from '@nutui/nutui-react-taro';
import type { Difficulty, QuestionType, StaffQuestion, Topic } from '@api/quiz';
import { PageShell } from '@/components/page-shell';
import { LoadState } from '@/components/load-state';
import { FormField } from '@/components/form-field';
import { useRemote } from '@/hooks/use-remote';
import { StaffGate } from '@/features/merchants/components/access-gate';
import { StaffOptionsEditor } from '../../components/staff-options-editor';
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
            <Text className="question__id">{question.id}</Text>
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
          <Radio.Group
            direction="horizontal"
            shape="button"
            value={value.type}
            onChange={(type) => change(withType(value, type as QuestionType))}
          >
            {STAFF_TYPES.map((type) => (
              <Radio key={type} value={type} shape="button">
                {TYPE_LABEL[type]}
              </Radio>
            ))}
          </Radio.Group>
        </FormField>
        <FormField label="专题" required error={errors.topic}>
          <Radio.Group
            direction="horizontal"
            shape="button"
            value={value.topic}
            onChange={(topic) => change({ topic: topic as Topic })}
          >
            {STAFF_TOPICS.map((topic) => (
              <Radio key={topic} value={topic} shape="button">
                {topic}
              </Radio>
            ))}
          </Radio.Group>
        </FormField>
        <FormField label="细分类别" required error={errors.subtopic}>
          <Input
            name="subtopic"
            value={value.subtopic}
            placeholder="如 3C认证、食品标签、九项权利、12315"
            maxLength={LIMITS.subtopic}
            onChange={(subtopic) => change({ subtopic })}
          />
        </FormField>
        <FormField label="难度" required error={errors.difficulty}>
          <Radio.Group
            direction="horizontal"
            shape="button"
            value={String(value.difficulty)}
            onChange={(level) => change({ difficulty: Number(level) as Difficulty })}
          >
            {DIFFICULTIES.map((level) => (
              <Radio key={level} value={String(level)} shape="button">
                {DIFFICULTY_LABEL[level]}
              </Radio>
            ))}
          </Radio.Group>
        </FormField>
        <FormField label="题干" required error={errors.stem}>
          <TextArea
            name="stem"
            className="question__textarea"
            value={value.stem}
            placeholder="题目内容，判断题写成一句陈述"
            maxLength={LIMITS.stem}
            showCount
            autoSize
            onChange={(stem) => change({ stem })}
          />
        </FormField>
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
        <FormField
          label="解析"
          required
          error={errors.explanation}
          hint="1–3句话讲清道理，有法条的注明条款"
        >
          <TextArea
            name="explanation"
            className="question__textarea"
            value={value.explanation}
            placeholder="答题后显示给用户"
            maxLength={LIMITS.explanation}
            showCount
            autoSize
            onChange={(explanation) => change({ explanation })}
          />
        </FormField>
        <FormField label="配图地址" error={errors.image} hint="选填，如标志、标签的图片链接">
          <Input
            name="image"
            value={value.image}
            placeholder="https://… 或 /static/…"
            maxLength={LIMITS.image}
            onChange={(image) => change({ image })}
          />
        </FormField>
      </View>

      {form.notice && (
        <View className="section question__notice" role="alert">
          {form.notice}
        </View>
      )}

      <View className="question__actions">
        <Button
          block
          type="primary"
          loading={form.saving}
          disabled={form.saving}
          onClick={() => void form.save()}
        >
          {question ? '保存修改' : '保存题目'}
        </Button>
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
    <PageShell className="question">
      <StaffGate>{id ? <EditQuestion id={id} reportId={report} /> : <QuestionForm />}</StaffGate>
    </PageShell>
  );
}
