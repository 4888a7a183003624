import { View } from '@tarojs/components';
import { Checkbox } from '@nutui/nutui-react-taro';
import type { RequestKind } from '@api/complaints';
import { FormField, TextField } from '@/components/form-field';
import { PhotoGrid } from '@/components/photo-grid';
import { MAX_EVIDENCE } from '../../complaint-rules';
import { REQUEST_KINDS } from '../../labels';
import type { NewComplaintForm } from './use-new-complaint';

/** Step 3 诉求与证据: what the consumer asks for, and photos of receipts and goods. */
export function RequestStep({ form }: { form: NewComplaintForm }) {
  const { value, errors, change } = form;
  return (
    <>
      <View className="section">
        <View className="section-title">您的诉求</View>
        <FormField label="希望商家怎么处理（可多选）" required error={errors.kinds}>
          <Checkbox.Group
            className="new-complaint__chips"
            direction="horizontal"
            value={value.kinds}
            onChange={(kinds) =>
              change({
                kinds: REQUEST_KINDS.filter((kind) => kinds.includes(kind)) as RequestKind[],
              })
            }
          >
            {REQUEST_KINDS.map((kind) => (
              <Checkbox key={kind} value={kind} shape="button" label={kind} />
            ))}
          </Checkbox.Group>
        </FormField>
        {value.kinds.includes('赔偿') && (
          <TextField
            form={form}
            name="compensationAmount"
            label="要求赔偿金额（元）"
            required
            type="digit"
            placeholder="如 500"
            maxLength={11}
          />
        )}
        {value.kinds.includes('其他') && (
          <TextField
            form={form}
            name="otherRequest"
            label="其他诉求"
            required
            placeholder="请说明您希望的处理方式"
            maxLength={200}
          />
        )}
      </View>
      <View className="section">
        <View className="section-title">证据照片</View>
        <FormField
          label={`照片（${value.evidence.length}/${MAX_EVIDENCE}）`}
          error={errors.evidence}
          hint="小票、发票、商品、聊天记录截图等，最多9张，上传前会自动压缩；仅处理人员可见"
        >
          <PhotoGrid
            value={value.evidence}
            onChange={(evidence) => change({ evidence })}
            max={MAX_EVIDENCE}
            purpose="evidence"
            addLabel="添加照片"
            onBusyChange={form.setUploading}
          />
        </FormField>
      </View>
    </>
  );
}
