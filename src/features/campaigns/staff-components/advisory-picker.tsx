import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { advisoriesApi } from '@/features/advisories';
import { CAMPAIGN_LIMITS } from '@/domain/campaign-vocabulary';
import { useRemote } from '@/hooks/use-remote';
import type { LinkedAdvisory } from '../pages/edit/campaign-form-rules';
import './campaign-form.scss';

interface PickProps {
  linked: LinkedAdvisory[];
  onPick: (advisory: LinkedAdvisory) => void;
}

/** The published advisories matching `q` (the newest when empty); tap one to link it. */
function Results({ q, linked, onPick }: PickProps & { q: string }) {
  const remote = useRemote(() => advisoriesApi.list(q ? { q } : {}));
  const chosen = new Set(linked.map((advisory) => advisory.id));
  const full = linked.length >= CAMPAIGN_LIMITS.advisories;
  if (!remote.data) {
    return remote.error ? (
      <Text className="campaign-form__error" onClick={() => void remote.reload()}>
        提示列表没能加载，点此重试
      </Text>
    ) : (
      <Text className="muted">正在加载…</Text>
    );
  }
  if (remote.data.items.length === 0) return <Text className="muted">没有找到已发布的提示</Text>;
  return (
    <>
      {full && <Text className="muted">最多关联{CAMPAIGN_LIMITS.advisories}条</Text>}
      {remote.data.items.map((advisory) => {
        const picked = chosen.has(advisory.id);
        return (
          <View
            key={advisory.id}
            className={`campaign-form__choice tap-target ${picked ? 'is-picked' : ''}`}
            role="checkbox"
            aria-checked={picked}
            onClick={() => !picked && !full && onPick({ id: advisory.id, title: advisory.title })}
          >
            <Text className="campaign-form__choice-title">
              【{advisory.kind}】{advisory.title}
            </Text>
            <Text className="campaign-form__choice-state">{picked ? '已关联' : '关联'}</Text>
          </View>
        );
      })}
    </>
  );
}

/** A search box over the published advisories, and what it found. */
function Choices(props: PickProps) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const search = () => setQ(typed.trim());
  return (
    <View className="campaign-form__choices">
      <View className="campaign-form__add">
        <Input
          className="campaign-form__input"
          name="advisory-search"
          value={typed}
          placeholder="搜索已发布的提示标题"
          onChange={setTyped}
          onConfirm={search}
        />
        <Button size="small" fill="outline" onClick={search}>
          搜索
        </Button>
      </View>
      <Results key={q} q={q} {...props} />
    </View>
  );
}

/** 相关提示: the linked advisories (removable) and, on request, the published ones to add. */
export function AdvisoryPicker({
  linked,
  onChange,
}: {
  linked: LinkedAdvisory[];
  onChange: (linked: LinkedAdvisory[]) => void;
}) {
  const [picking, setPicking] = useState(false);
  return (
    <View className="campaign-form__advisories">
      {linked.map((advisory) => (
        <View key={advisory.id} className="campaign-form__linked">
          <Text className="campaign-form__choice-title">{advisory.title || '加载中…'}</Text>
          <Button
            size="small"
            fill="none"
            onClick={() => onChange(linked.filter((other) => other.id !== advisory.id))}
          >
            移除
          </Button>
        </View>
      ))}
      {picking ? (
        <Choices linked={linked} onPick={(advisory) => onChange([...linked, advisory])} />
      ) : (
        <Button size="small" fill="outline" onClick={() => setPicking(true)}>
          + 关联消费提示
        </Button>
      )}
    </View>
  );
}
