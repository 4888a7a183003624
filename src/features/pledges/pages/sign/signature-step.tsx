import { View, Text } from '@tarojs/components';
import { Button, Input, Radio } from '@nutui/nutui-react-taro';
import { FormField } from '@/components/form-field';
import { SignaturePad } from '../../components/signature-pad';
import { SIGNER_ROLES } from '../../pledge-rules';
import type { useSign } from './use-sign';

/** Who signs, in what role, and the handwritten signature. */
export function SignatureStep({ form }: { form: ReturnType<typeof useSign> }) {
  const { value, signerErrors } = form;
  const presetRole = (SIGNER_ROLES as readonly string[]).includes(value.signerRole);
  return (
    <View className="section">
      <View className="section-title">签名确认</View>
      <FormField label="签署人姓名" required error={signerErrors.signerName}>
        <Input
          name="signerName"
          value={value.signerName}
          placeholder="本人真实姓名"
          maxLength={20}
          onChange={(text) => form.changeSigner({ signerName: text })}
        />
      </FormField>
      <FormField label="职务" required error={signerErrors.signerRole}>
        <Radio.Group
          className="sign__chips"
          direction="horizontal"
          shape="button"
          value={presetRole ? value.signerRole : 'other'}
          onChange={(next) =>
            form.changeSigner({ signerRole: next === 'other' ? '' : String(next) })
          }
        >
          {SIGNER_ROLES.map((role) => (
            <Radio key={role} value={role} shape="button">
              {role}
            </Radio>
          ))}
          <Radio value="other" shape="button">
            其他
          </Radio>
        </Radio.Group>
        {!presetRole && (
          <Input
            name="signerRole"
            value={value.signerRole}
            placeholder="请输入职务"
            maxLength={20}
            onChange={(text) => form.changeSigner({ signerRole: text })}
          />
        )}
      </FormField>
      <FormField label="手写签名" required hint="请在框内用手指写下姓名">
        {value.signatureUploadId ? (
          <View className="sign__inline">
            <Text>签名已保存</Text>
            <Button size="small" fill="outline" onClick={form.resign}>
              重新签名
            </Button>
          </View>
        ) : (
          <>
            <SignaturePad ref={form.pad} />
            <View className="sign__pad-actions">
              <Button size="small" fill="none" onClick={() => form.pad.current?.clear()}>
                清除重写
              </Button>
            </View>
          </>
        )}
      </FormField>
    </View>
  );
}
