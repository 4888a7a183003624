import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { ChipGroup } from '@/components/chip-group';
import { DateField } from '@/components/date-field';
import { FormField } from '@/components/form-field';
import { DISCLOSURE_LIMITS } from '@/domain/disclosure-vocabulary';
import type { DisclosureKind } from '@api/disclosure';
import {
  BATCH_PRESETS,
  PRESET_LABELS,
  type BatchDraft,
  type BatchErrors,
  type BatchPreset,
} from './batch-presets';
import './staff-disclosure.scss';

const KINDS = ['period', 'topic'] as const;
const KIND_LABELS: Record<DisclosureKind, string> = { period: '定期公示', topic: '专题公示' };
const EARLIEST = new Date(2020, 0, 1);

interface CreateBatchFormProps {
  value: BatchDraft;
  errors: BatchErrors;
  /** A problem of the whole request (not of one field). */
  notice?: string;
  busy: boolean;
  onChange: (patch: Partial<BatchDraft>) => void;
  onPreset: (preset: BatchPreset) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

/** 新建公示批次: a preset (上季度, 上月, 3·15专题) or a title, a kind and the period by hand. */
export function CreateBatchForm({
  value,
  errors,
  notice,
  busy,
  onChange,
  onPreset,
  onSubmit,
  onCancel,
}: CreateBatchFormProps) {
  // A period ends today at the latest.
  const today = new Date();
  return (
    <View className="section batch-form" aria-label="新建公示批次">
      <View className="section-title">新建公示批次</View>
      <View className="batch-form__presets" role="group" aria-label="快速填写">
        <Text className="muted">快速填写</Text>
        {BATCH_PRESETS.map((preset) => (
          <Button key={preset} size="small" fill="outline" onClick={() => onPreset(preset)}>
            {PRESET_LABELS[preset]}
          </Button>
        ))}
      </View>
      <FormField label="标题" required error={errors.title}>
        <Input
          name="title"
          value={value.title}
          placeholder="如：2027年第一季度投诉信息公示"
          maxLength={DISCLOSURE_LIMITS.title.max}
          onChange={(title) => onChange({ title })}
        />
      </FormField>
      <FormField label="类型" required error={errors.kind}>
        <ChipGroup
          label="类型"
          value={value.kind}
          options={KINDS}
          labelOf={(kind) => KIND_LABELS[kind]}
          onChange={(kind) => onChange({ kind: kind as DisclosureKind })}
        />
      </FormField>
      <FormField label="开始日期" required error={errors.periodFrom}>
        <DateField
          value={value.periodFrom}
          title="开始日期"
          start={EARLIEST}
          end={today}
          onChange={(periodFrom) => onChange({ periodFrom })}
        />
      </FormField>
      <FormField label="结束日期" required error={errors.periodTo}>
        <DateField
          value={value.periodTo}
          title="结束日期"
          start={EARLIEST}
          end={today}
          onChange={(periodTo) => onChange({ periodTo })}
        />
      </FormField>
      <Text className="muted">
        按投诉提交日期统计：这段时间内提交的投诉都是候选，未办结、不予受理等情况自动排除；定期公示还会带上此前各期公示时未办结、现已办结的投诉。
      </Text>
      {notice && (
        <View className="batch-form__notice" role="alert">
          {notice}
        </View>
      )}
      <View className="batch-form__buttons">
        <Button fill="outline" onClick={onCancel} disabled={busy}>
          放弃
        </Button>
        <Button type="primary" loading={busy} disabled={busy} onClick={onSubmit}>
          生成公示批次
        </Button>
      </View>
    </View>
  );
}
