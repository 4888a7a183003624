import type { StaffLoginBody } from '@api/auth';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { BoundInput } from '@/components/form-field';
import { PageShell } from '@/components/page-shell';
import { useStaffLogin } from './use-staff-login';
import './index.scss';

type Form = ReturnType<typeof useStaffLogin>;

/** One input with its problem under it. */
function Field({
  form,
  name,
  ...input
}: { form: Form; name: keyof StaffLoginBody } & {
  placeholder: string;
  type?: 'password';
}) {
  const error = form.errors[name];
  return (
    <View className="staff-login__field">
      <BoundInput form={form} name={name} {...input} />
      {error && <Text className="staff-login__error">{error}</Text>}
    </View>
  );
}

/** Username and password sign-in for bureau and council staff. */
export default function StaffLoginPage() {
  const form = useStaffLogin();
  return (
    <PageShell className="staff-login">
      <View className="section">
        <View className="section-title">工作人员登录</View>
        <Text className="muted">账号由管理员创建，首次登录请使用一次性密码。</Text>
        <Field form={form} name="username" placeholder="用户名" />
        <Field form={form} name="password" type="password" placeholder="密码" />
        <Button block type="primary" loading={form.busy} onClick={() => void form.submit()}>
          登录
        </Button>
      </View>
    </PageShell>
  );
}
