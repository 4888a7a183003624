import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { LinkButton } from '@/components/link-button';
import { PageShell } from '@/components/page-shell';
import { TextField } from '@/components/form-field';
import { authRoutes } from '../../routes';
import { useChangePassword } from './use-change-password';
import './index.scss';

/** Only staff and admins sign in with a password; anyone else is shown the way to do so. */
function NotStaff() {
  return (
    <View className="section change-password__gate">
      <Text>修改密码仅适用于工作人员账号，请先用工作人员账号登录。</Text>
      <LinkButton type="primary" block url={authRoutes.staffLogin} replace>
        工作人员登录
      </LinkButton>
    </View>
  );
}

/** Staff change their password; the forced first change after the admin's one-time password. */
export default function ChangePasswordPage() {
  const form = useChangePassword();

  if (!form.isStaff) {
    return (
      <PageShell className="change-password">
        <NotStaff />
      </PageShell>
    );
  }

  return (
    <PageShell className="change-password">
      {form.forced && (
        <View className="section change-password__forced" role="note">
          {/* Two halves that wrap as wholes: a line break never splits a word like 密码. */}
          <View className="change-password__forced-title">
            <Text>首次登录须修改一次性密码，</Text>
            <Text>修改后才能办理业务</Text>
          </View>
          <Text className="change-password__forced-text">
            一次性密码只用于首次登录，请设置一个只有您知道的新密码。
          </Text>
        </View>
      )}
      <View className="section">
        <View className="section-title">修改密码</View>
        <Text className="muted">账号：{form.user?.nickname}</Text>
        <TextField
          form={form}
          name="currentPassword"
          label="当前密码"
          required
          hint={form.forced ? '即管理员发给您的一次性密码' : undefined}
          type="password"
          placeholder="当前密码"
        />
        <TextField
          form={form}
          name="newPassword"
          label="新密码"
          required
          hint="至少10位，建议字母、数字和符号混合，不要与其他网站的密码相同"
          type="password"
          placeholder="至少10位新密码"
        />
        <TextField
          form={form}
          name="confirmPassword"
          label="确认新密码"
          required
          type="password"
          placeholder="再次输入新密码"
        />
        {form.notice && (
          <View className="change-password__notice" role="alert">
            {form.notice}
          </View>
        )}
        <Button
          className="change-password__submit"
          block
          type="primary"
          loading={form.busy}
          onClick={() => void form.submit()}
        >
          确认修改
        </Button>
        <Text className="muted change-password__after">
          修改后，其他手机上的登录会失效，需要用新密码重新登录。
        </Text>
      </View>
    </PageShell>
  );
}
