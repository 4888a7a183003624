import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import type { QuestionStatus, Topic } from '@api/quiz';
import { PagedListView } from '@/components/paged-list-view';
import { gatedPage } from '@/components/access-gate';
import { quizRoutes } from '../../routes';
import { StaffChips } from '../../components/staff-chips';
import { StaffQuestionCard } from '../../components/staff-question-card';
import { QUESTION_STATUS_LABEL, STAFF_TOPICS } from '../../staff-vocabulary';
import { useBank, type BankFilters } from './use-bank';
import './index.scss';

const TOPIC_TABS = [
  { value: '', label: '全部专题' },
  ...STAFF_TOPICS.map((topic) => ({ value: topic, label: topic })),
] as const;

const STATUS_TABS = (['active', 'retired'] as const).map((status) => ({
  value: status,
  label: QUESTION_STATUS_LABEL[status],
}));

/** The ways on from the bank: a new question, an import, the 纠错 reports. */
const BANK_ACTIONS = [
  { label: '新增题目', url: quizRoutes.newQuestion, type: 'primary', fill: undefined },
  { label: '导入题目', url: quizRoutes.import, type: 'primary', fill: 'outline' },
  { label: '题目纠错', url: quizRoutes.reports, type: 'default', fill: 'outline' },
] as const;

function Bank() {
  const [filters, setFilters] = useState<BankFilters>({ status: 'active' });
  const [typed, setTyped] = useState('');
  const list = useBank(filters);
  const set = (patch: Partial<BankFilters>) => setFilters((current) => ({ ...current, ...patch }));
  const search = (text = typed) => set({ q: text.trim().slice(0, 40) || undefined });
  const filtered = Boolean(filters.topic || filters.q);

  return (
    <>
      <View className="bank__actions">
        {BANK_ACTIONS.map((action) => (
          <Button
            key={action.url}
            type={action.type}
            fill={action.fill}
            onClick={() => void Taro.navigateTo({ url: action.url })}
          >
            {action.label}
          </Button>
        ))}
      </View>

      <View className="section bank__filters">
        <View className="bank__search">
          <Input
            name="q"
            className="bank__search-input"
            value={typed}
            placeholder="搜索题干或题目编号"
            maxLength={40}
            clearable
            onChange={(text) => {
              setTyped(text);
              if (text === '' && filters.q) search('');
            }}
            onConfirm={() => search()}
          />
          <Button size="small" type="primary" onClick={() => search()}>
            搜索
          </Button>
        </View>
        <StaffChips
          label="按专题筛选"
          options={TOPIC_TABS}
          value={filters.topic ?? ''}
          onChange={(topic) => set({ topic: (topic || undefined) as Topic | undefined })}
        />
        <StaffChips
          label="按状态筛选"
          options={STATUS_TABS}
          value={filters.status}
          onChange={(status) => set({ status: status as QuestionStatus })}
        />
      </View>

      <PagedListView
        list={list}
        empty={
          <View className="bank__empty">
            <EmptyState
              title={
                filtered
                  ? '没有符合条件的题目'
                  : filters.status === 'retired'
                    ? '没有已停用的题目'
                    : '题库还是空的'
              }
              description={
                filtered ? '换个专题或关键词试试' : '点“新增题目”逐题录入，或用“导入题目”批量导入'
              }
            />
          </View>
        }
        header={filters.q && <Text className="bank__hint muted">“{filters.q}”的搜索结果</Text>}
      >
        {(items) =>
          items.map((question) => <StaffQuestionCard key={question.id} question={question} />)
        }
      </PagedListView>
    </>
  );
}

/** 题库管理 (staff): the 识假辨假 question bank, filtered, searched and paged. */
export default gatedPage('bank', { staffOnly: true }, Bank);
