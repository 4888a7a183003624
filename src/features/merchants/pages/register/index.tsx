import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { MerchantType } from '@api/merchants';
import { LinkButton } from '@/components/link-button';
import { LoadState } from '@/components/load-state';
import { gatedPage } from '@/components/access-gate';
import { FormField, TextField } from '@/components/form-field';
import { ChipGroup } from '@/components/chip-group';
import { SubmitBar } from '@/components/submit-bar';
import { OptionPicker } from '@/components/option-picker';
import { PhotoGrid } from '@/components/photo-grid';
import { MERCHANT_TYPES } from '../../register-rules';
import { merchantRoutes } from '../../routes';
import { useRegister, type Submission } from './use-register';
import './index.scss';

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
      <LinkButton type="primary" block url={merchantRoutes.mine} replace>
        查看我的商家
      </LinkButton>
    </View>
  );
}

/** 行业 or 镇街: one of the county's list. */
function ListChoice({
  form,
  name,
  label,
  options,
}: {
  form: ReturnType<typeof useRegister>;
  name: 'industry' | 'town';
  label: string;
  options: readonly string[];
}) {
  return (
    <FormField label={label} required error={form.errors[name]}>
      <OptionPicker
        title={`选择${label}`}
        options={options}
        value={form.value[name]}
        onChange={(picked) => form.change({ [name]: picked })}
      />
    </FormField>
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
            <TextField
              form={form}
              name="creditCode"
              label="统一社会信用代码"
              required
              placeholder="营业执照上的18位代码"
              maxLength={18}
              onBlur={form.leaveCreditCode}
            />
            <TextField
              form={form}
              name="name"
              label="名称"
              required
              placeholder="与营业执照上的名称一致"
              maxLength={60}
            />
            <FormField
              label="类型"
              required
              error={errors.type}
              hint={
                value.type && !value.typeChosen ? '已根据统一社会信用代码预选，可更改' : undefined
              }
            >
              <ChipGroup
                className="register__types"
                value={value.type}
                options={MERCHANT_TYPES}
                onChange={(type) => form.chooseType(type as MerchantType)}
              />
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
            <ListChoice form={form} name="industry" label="行业" options={region.industries} />
            <ListChoice form={form} name="town" label="镇街" options={region.towns} />
            <TextField
              form={form}
              name="address"
              label="经营地址"
              required
              placeholder="街道、门牌号"
              maxLength={120}
            />
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
            <TextField
              form={form}
              name="hours"
              label="营业时间"
              hint="选填"
              placeholder="如 08:00-22:00"
              maxLength={40}
            />
            <TextField
              form={form}
              name="publicPhone"
              label="公开电话"
              hint="选填，显示在商家页面上"
              placeholder="如 0851-12345678"
              maxLength={20}
            />
          </View>

          <View className="section">
            <View className="section-title">联系人</View>
            <TextField
              form={form}
              name="contactName"
              label="联系人"
              required
              hint={PRIVATE_HINT}
              placeholder="负责人或经办人姓名"
              maxLength={20}
            />
            <TextField
              form={form}
              name="contactPhone"
              label="联系电话"
              required
              hint={`${PRIVATE_HINT}，核验时用于联系您`}
              type="number"
              placeholder="11位手机号码"
              maxLength={11}
            />
          </View>

          <SubmitBar
            form={form}
            className="register__submit"
            mine={{ label: '查看我的商家', url: merchantRoutes.mine }}
            label="提交入驻申请"
            note="填写内容会自动保存在本机。提交后由工作人员核验营业执照，同一商家已登记的，将作为加入申请提交。"
          />
        </>
      )}
    </LoadState>
  );
}

/** 商家入驻: a business registers itself (or asks to join one already registered). */
export default gatedPage(
  'register',
  { signInReason: '登记商家前请先登录，审核进度会显示在「我的商家」。' },
  RegisterForm,
);
