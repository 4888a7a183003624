import { useState, type ComponentProps } from 'react';
import dayjs from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Button, DatePicker, Dialog, Radio } from '@nutui/nutui-react-taro';
import type { ModelUnitApplication, ModelUnitLevel, ReviewApplicationBody } from '@api/model-units';
import { defaultValidUntil, LEVELS, pickedDate, validUntilError } from '../../review-rules';

/** Above the dialog (z-index 1200); NutUI fills in the popup's other props itself. */
const ABOVE_DIALOG = { popupProps: { zIndex: 1300 } } as unknown as ComponentProps<
  typeof DatePicker
>['pickerProps'];

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
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);
  const error = validUntilError(validUntil);
  const today = dayjs();

  return (
    <>
      <Dialog
        visible={application !== undefined}
        title={`通过「${application?.merchantName ?? ''}」`}
        confirmText="确认通过"
        disableConfirmButton={Boolean(error) || busy}
        onCancel={onCancel}
        onClose={onCancel}
        onConfirm={async () => {
          if (error) throw new Error(error);
          setBusy(true);
          try {
            await onConfirm({ decision: 'approve', level, validUntil });
          } finally {
            setBusy(false);
          }
        }}
      >
        <View className="review__approve">
          <Text className="muted">授予 {application?.category ?? ''} 类放心消费示范单位</Text>
          <Text>等级</Text>
          <Radio.Group
            direction="horizontal"
            shape="button"
            value={level}
            onChange={(next) => setLevel(next as ModelUnitLevel)}
          >
            {LEVELS.map((option) => (
              <Radio key={option} value={option} shape="button">
                {option}
              </Radio>
            ))}
          </Radio.Group>
          <View className="review__valid-until">
            <Text>有效期至 {dayjs(validUntil).format('YYYY年M月D日')}</Text>
            <Button size="small" fill="outline" onClick={() => setPicking(true)}>
              修改日期
            </Button>
          </View>
          {error && <Text className="review__error">{error}</Text>}
        </View>
      </Dialog>
      {picking && (
        <DatePicker
          visible
          type="date"
          title="有效期至"
          showChinese
          startDate={today.add(1, 'day').toDate()}
          endDate={today.add(10, 'year').toDate()}
          defaultValue={dayjs(validUntil).toDate()}
          pickerProps={ABOVE_DIALOG}
          onConfirm={(_options, values) => setValidUntil(pickedDate(values))}
          onClose={() => setPicking(false)}
        />
      )}
    </>
  );
}
