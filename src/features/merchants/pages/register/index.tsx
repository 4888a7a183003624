import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input, Radio } from '@nutui/nutui-react-taro';
import type { MerchantType } from '@api/merchants';
import { PageShell } from '@/components/page-shell';
import { LoadState } from '@/components/load-state';
import { SignInGate } from '../../components/access-gate';
import { FormField } from '@/components/form-field';
import { FormNotice } from '@/components/form-notice';
import { OptionPicker } from '@/components/option-picker';
import { PhotoGrid } from '@/components/photo-grid';
import { MERCHANT_TYPES } from '../../register-rules';
import { useRegister, type Submission } from './use-register';
import './index.scss';

const MINE = '/features/merchants/pages/mine/index';
const PRIVATE_HINT = '仅工作人员可见';

/** What happens next: a join request, or staff verifying the licence (of a listed business). */
function outcome({ membership, typedName }: Submission): { title: string; text: string } {
  if (membership.role === 'member') {
    return {
      title: '已提交加入申请',
      text: `该商家已登记，已向商家负责人/工作人员提交加入申请（${membership.merchantName}）。`,
    };
  }
  const listed = membership.merchantName !== typedName;
  return {
    title: '提交成功，等待工作人员核验',
    text: listed
      ? `该商家已在名录中登记为「${membership.merchantName}」，你的认领申请已提交，等待工作人员核验营业执照，结果会显示在「我的商家」。`
      : `「${membership.merchantName}」的入驻申请已提交，等待工作人员核验营业执照，结果会显示在「我的商家」。`,
  };
}

function Submitted({ submission }: { submission: Submission }) {
  const { title, text } = outcome(submission);
  return (
    <View className="register__result" role="status">
      <View className="register__result-icon">✓</View>
      <Text className="register__result-title">{title}</Text>
      <Text className="register__result-text">{text}</Text>
      <Button type="primary" block onClick={() => void Taro.redirectTo({ url: MINE })}>
        查看我的商家
      </Button>
    </View>
  );
}

function RegisterForm() {
  const form = useRegister();
  const { value, errors, change } = form;

  if (form.result) return <Submitted submission={form.result} />;

  return (
    <LoadState {...form.region} onRetry={() => void form.region.reload()} skeletonRows={12}>
      {(region) => (
        <>
          <View className="section">
            <View className="section-title">营业执照信息</View>
            <FormField label="统一社会信用代码" required error={errors.creditCode}>
              <Input
                name="creditCode"
                value={value.creditCode}
                placeholder="营业执照上的18位代码"
                maxLength={18}
                onChange={(text) => change({ creditCode: text })}
                onBlur={form.leaveCreditCode}
              />
            </FormField>
            <FormField label="名称" required error={errors.name}>
              <Input
                name="name"
                value={value.name}
                placeholder="与营业执照上的名称一致"
                maxLength={60}
                onChange={(text) => change({ name: text })}
              />
            </FormField>
            <FormField
              label="类型"
              required
              error={errors.type}
              hint={
                value.type && !value.typeChosen ? '已根据统一社会信用代码预选，可更改' : undefined
              }
            >
              <Radio.Group
                className="register__types"
                direction="horizontal"
                shape="button"
                value={value.type}
                onChange={(type) => form.chooseType(type as MerchantType)}
              >
                {MERCHANT_TYPES.map((type) => (
                  <Radio key={type} value={type} shape="button">
                    {type}
                  </Radio>
                ))}
              </Radio.Group>
            </FormField>
            <FormField
              label="营业执照照片"
              required
              error={errors.licencePhoto}
              hint="请拍摄营业执照正本或副本，文字清晰可辨，仅工作人员核验时查看"
            >
              <PhotoGrid
                value={value.licence ? [value.licence] : []}
                onChange={(photos) => change({ licence: photos[0] })}
                max={1}
                purpose="licence"
                addLabel="拍照/上传"
                onBusyChange={form.setUploading}
              />
            </FormField>
          </View>

          <View className="section">
            <View className="section-title">经营信息</View>
            <FormField label="行业" required error={errors.industry}>
              <OptionPicker
                title="选择行业"
                options={region.industries}
                value={value.industry}
                onChange={(industry) => change({ industry })}
              />
            </FormField>
            <FormField label="镇街" required error={errors.town}>
              <OptionPicker
                title="选择镇街"
                options={region.towns}
                value={value.town}
                onChange={(town) => change({ town })}
              />
            </FormField>
            <FormField label="经营地址" required error={errors.address}>
              <Input
                name="address"
                value={value.address}
                placeholder="街道、门牌号"
                maxLength={120}
                onChange={(text) => change({ address: text })}
              />
            </FormField>
            <FormField label="位置" error={errors.location} hint="选填，方便消费者导航到店">
              <View className="register__location">
                <Text className={value.location ? '' : 'muted'}>
                  {value.location ? (value.location.label ?? '已选择位置') : '未选择'}
                </Text>
                <View className="register__location-actions">
                  {value.location && (
                    <Button size="small" fill="none" onClick={form.clearLocation}>
                      清除
                    </Button>
                  )}
                  <Button size="small" fill="outline" onClick={() => void form.pickLocation()}>
                    {value.location ? '重新选择' : '在地图上选择'}
                  </Button>
                </View>
              </View>
            </FormField>
            <FormField label="营业时间" error={errors.hours} hint="选填">
              <Input
                name="hours"
                value={value.hours}
                placeholder="如 08:00-22:00"
                maxLength={40}
                onChange={(text) => change({ hours: text })}
              />
            </FormField>
            <FormField label="公开电话" error={errors.publicPhone} hint="选填，显示在商家页面上">
              <Input
                name="publicPhone"
                value={value.publicPhone}
                placeholder="如 0851-12345678"
                maxLength={20}
                onChange={(text) => change({ publicPhone: text })}
              />
            </FormField>
          </View>

          <View className="section">
            <View className="section-title">联系人</View>
            <FormField label="联系人" required error={errors.contactName} hint={PRIVATE_HINT}>
              <Input
                name="contactName"
                value={value.contactName}
                placeholder="负责人或经办人姓名"
                maxLength={20}
                onChange={(text) => change({ contactName: text })}
              />
            </FormField>
            <FormField
              label="联系电话"
              required
              error={errors.contactPhone}
              hint={`${PRIVATE_HINT}，核验时用于联系您`}
            >
              <Input
                name="contactPhone"
                type="number"
                value={value.contactPhone}
                placeholder="11位手机号码"
                maxLength={11}
                onChange={(text) => change({ contactPhone: text })}
              />
            </FormField>
          </View>

          <FormNotice notice={form.notice} mine={{ label: '查看我的商家', url: MINE }} />

          <View className="register__submit">
            <Button
              block
              type="primary"
              loading={form.sending}
              disabled={form.sending}
              onClick={() => void form.submit()}
            >
              {form.sending ? '正在提交…' : '提交入驻申请'}
            </Button>
            <Text className="muted">
              填写内容会自动保存在本机。提交后由工作人员核验营业执照，同一商家已登记的，将作为加入申请提交。
            </Text>
          </View>
        </>
      )}
    </LoadState>
  );
}

/** 商家入驻: a business registers itself (or asks to join one already registered). */
export default function RegisterPage() {
  return (
    <PageShell className="register">
      <SignInGate reason="登记商家前请先登录，审核进度会显示在「我的商家」。">
        <RegisterForm />
      </SignInGate>
    </PageShell>
  );
}
