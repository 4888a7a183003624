import { View, Text } from '@tarojs/components';
import { Button, Radio } from '@nutui/nutui-react-taro';
import { BoundInput, FormField, TextField } from '@/components/form-field';
import { ChipGroup } from '@/components/chip-group';
import { SignaturePad } from '../../components/signature-pad';
import { SIGNER_ROLES } from '../../pledge-rules';
import type { useSign } from './use-sign';

/** Who signs, in what role, and the handwritten signature. */
export function SignatureStep({ form }: { form: ReturnType<typeof useSign> }) {
  const { value, signerErrors } = form;
  const signer = { value, errors: signerErrors, change: form.changeSigner };
  const signatureError = value.signatureUploadId ? undefined : form.signatureError;
  const presetRole = (SIGNER_ROLES as readonly string[]).includes(value.signerRole);
  return (
    <View className="section">
      <View className="section-title">签名确认</View>
      <TextField
        form={signer}
        name="signerName"
        label="签署人姓名"
        required
        placeholder="本人真实姓名"
        maxLength={20}
      />
      <FormField label="职务" required error={signerErrors.signerRole}>
        <ChipGroup
          className="sign__chips"
          value={presetRole ? value.signerRole : 'other'}
          options={SIGNER_ROLES}
          onChange={(next) => form.changeSigner({ signerRole: next === 'other' ? '' : next })}
        >
          <Radio value="other" shape="button">
            其他
          </Radio>
        </ChipGroup>
        {!presetRole && (
          <BoundInput form={signer} name="signerRole" placeholder="请输入职务" maxLength={20} />
        )}
      </FormField>
      <FormField
        label="手写签名"
        className="sign__signature"
        required
        // The error takes the hint's line: the pad must not move under the finger when it goes.
        hint={signatureError ? undefined : '请在框内写下本人姓名，手指、鼠标均可'}
        error={signatureError}
      >
        {value.signatureUploadId ? (
          <View className="sign__inline">
            <Text>签名已保存</Text>
            <Button size="small" fill="outline" onClick={form.resign}>
              重新签名
            </Button>
          </View>
        ) : (
          <>
            <SignaturePad ref={form.pad} onDraw={form.signatureDrawn} />
            <View className="sign__pad-actions">
              <Button size="small" fill="none" onClick={form.clearPad}>
                清除重写
              </Button>
            </View>
          </>
        )}
      </FormField>
    </View>
  );
}
