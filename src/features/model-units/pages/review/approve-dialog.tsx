import { useState } from 'react';
import dayjs from 'dayjs';
import { Text } from '@tarojs/components';
import type { ModelUnitApplication, ModelUnitLevel, ReviewApplicationBody } from '@api/model-units';
import { ChipGroup } from '@/components/chip-group';
import { DecisionDialog } from '@/components/decision-dialog';
import { modelUnitYear } from '@/domain/model-unit-year';
import { useRegion } from '@/hooks/use-region';
import { defaultValidUntil, LEVELS, validUntilError } from '../../review-rules';

interface ApproveDialogProps {
  application: ModelUnitApplication | undefined;
  onCancel: () => void;
  /** Rejects to keep the dialog open (the request failed). */
  onConfirm: (body: ReviewApplicationBody) => Promise<void>;
}

/** 通过: the level of the title and how long it is valid (default a year, after today). */
export function ApproveDialog({ application, onCancel, onConfirm }: ApproveDialogProps) {
  const [level, setLevel] = useState<ModelUnitLevel>('县级');
  const [validUntil, setValidUntil] = useState(() => defaultValidUntil());
  const error = validUntilError(validUntil);
  const today = dayjs();
  const region = useRegion();
  // The year the title is for, as the application form and the merchant's page say it.
  const year = region ? `${modelUnitYear(region)}年度 ` : '';

  return (
    <DecisionDialog
      visible={application !== undefined}
      title={`通过「${application?.merchantName ?? ''}」`}
      confirmText="确认通过"
      className="review__approve"
      error={error}
      date={{
        value: validUntil,
        label: `有效期至 ${dayjs(validUntil).format('YYYY年M月D日')}`,
        title: '有效期至',
        start: today.add(1, 'day').toDate(),
        end: today.add(10, 'year').toDate(),
        onChange: setValidUntil,
      }}
      onCancel={onCancel}
      onConfirm={() => onConfirm({ decision: 'approve', level, validUntil })}
    >
      <Text className="muted">
        授予 {year}
        {application?.category ?? ''} 类放心消费示范单位
      </Text>
      <Text>等级</Text>
      <ChipGroup
        value={level}
        options={LEVELS}
        onChange={(next) => setLevel(next as ModelUnitLevel)}
      />
    </DecisionDialog>
  );
}
