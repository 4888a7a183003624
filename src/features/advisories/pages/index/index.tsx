import { TabStrip, type TabItem } from '@/components/tab-strip';
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Input, ScrollView, View } from '@tarojs/components';
import { ADVISORY_KINDS, ADVISORY_LIMITS } from '@/domain/advisory-vocabulary';
import type { AdvisoryKind } from '@api/advisories';
import { PageShell } from '@/components/page-shell';
import { useRegion } from '@/hooks/use-region';
import { advisoryCategories } from '../../components/advisory-labels';
import { OfficialList } from './official-list';
import { TipList } from './tip-list';
import { useDebounced } from './use-debounced';
import '@/components/filter-chips.scss';
import './index.scss';

type Tab = 'official' | 'tips';
const TABS: TabItem<Tab>[] = [
  { value: 'official', label: '官方提示' },
  { value: 'tips', label: '消费者说' },
];
const TYPING_PAUSE_MS = 300;

interface ChipProps {
  label: string;
  active: boolean;
  onTap: () => void;
}

function Chip({ label, active, onTap }: ChipProps) {
  return (
    <View
      className={`filter-chips__chip advisories__chip tap-target ${active ? 'is-active' : ''}`}
      role="button"
      aria-pressed={active}
      onClick={onTap}
    >
      {label}
    </View>
  );
}

/** 消费提示: the official 提示/警示 and, on a second tab, what consumers wrote. */
export default function AdvisoriesPage() {
  const region = useRegion();
  const [tab, setTab] = useState<Tab>(useRouter().params.tab === 'tips' ? 'tips' : 'official');
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), TYPING_PAUSE_MS);
  const [category, setCategory] = useState<string>();
  const [kind, setKind] = useState<AdvisoryKind>();
  const categories = advisoryCategories(region);

  return (
    <PageShell className="advisories">
      <View className="advisories__bar">
        <Input
          className="advisories__input"
          value={text}
          placeholder={tab === 'tips' ? '搜索小贴士' : '搜索提示标题或内容'}
          confirmType="search"
          maxlength={ADVISORY_LIMITS.query.max}
          aria-label="搜索"
          onInput={(event) => setText(event.detail.value)}
        />
        {text && (
          <View className="advisories__clear tap-target" role="button" onClick={() => setText('')}>
            取消
          </View>
        )}
      </View>

      <TabStrip tabs={TABS} value={tab} onChange={setTab} />

      <ScrollView scrollX className="advisories__categories" aria-label="按分类筛选">
        <View className="advisories__chips">
          <Chip label="全部" active={!category} onTap={() => setCategory(undefined)} />
          {categories.map((name) => (
            <Chip
              key={name}
              label={name}
              active={category === name}
              onTap={() => setCategory(category === name ? undefined : name)}
            />
          ))}
        </View>
      </ScrollView>

      {tab === 'official' ? (
        <>
          <View className="advisories__kinds" aria-label="按类型筛选">
            <Chip label="全部" active={!kind} onTap={() => setKind(undefined)} />
            {ADVISORY_KINDS.map((name) => (
              <Chip
                key={name}
                label={name}
                active={kind === name}
                onTap={() => setKind(kind === name ? undefined : name)}
              />
            ))}
          </View>
          <OfficialList q={q} category={category} kind={kind} />
        </>
      ) : (
        <TipList q={q} category={category} />
      )}
    </PageShell>
  );
}
