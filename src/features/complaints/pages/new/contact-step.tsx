import { View, Text } from '@tarojs/components';
import { Checkbox } from '@nutui/nutui-react-taro';
import { FormField, TextField } from '@/components/form-field';
import type { NewComplaintForm } from './use-new-complaint';

export const CONSENT_TEXT =
  '我同意市场监管部门和消费者协会为处理本投诉使用我填写的姓名、电话和地址：仅办理人员可见，' +
  '转给被投诉商家时会隐去部分内容，不会公开，也不会用于其他用途。';

/** Step 4 联系方式: 第九条 requires the complainant's name, phone and address. */
export function ContactStep({ form }: { form: NewComplaintForm }) {
  const { value, errors, change } = form;
  return (
    <View className="section">
      <View className="section-title">您的联系方式</View>
      <Text className="muted new-complaint__legal">
        根据《市场监督管理投诉举报处理暂行办法》第九条，投诉须提供投诉人的姓名、电话和地址。以下信息仅处理投诉的工作人员可见。
      </Text>
      <TextField
        form={form}
        name="name"
        label="姓名"
        required
        placeholder="您的真实姓名"
        maxLength={20}
      />
      <TextField
        form={form}
        name="phone"
        label="手机号码"
        required
        type="number"
        placeholder="11位手机号码"
        maxLength={11}
      />
      <TextField
        form={form}
        name="address"
        label="联系地址"
        required
        placeholder="如 城关镇幸福小区3栋2单元"
        maxLength={120}
      />
      <FormField label="个人信息使用" required error={errors.consent}>
        <Checkbox
          className="new-complaint__consent"
          checked={value.consent}
          onChange={(consent) => change({ consent })}
          label={CONSENT_TEXT}
        />
      </FormField>
    </View>
  );
}
