import type { ComponentType, PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useBusy } from '@/hooks/use-busy';
import { useSession } from '@/services/session';
import { login } from '@/services/auth';
import { authRoutes } from '@/features/auth';
import { NoticeCard } from './notice-card';
import { PageShell } from './page-shell';
import './access-gate.scss';

/** Shows its children to signed-in users; asks everyone else to sign in first. */
export function SignInGate({ reason, children }: PropsWithChildren<{ reason: string }>) {
  const current = useSession();
  const { busy, whileBusy } = useBusy();
  if (current) return <>{children}</>;

  // request() already told the user why a sign-in failed.
  const signIn = () => whileBusy(login).catch(() => undefined);

  return (
    <View className="section access-gate">
      <View className="section-title">请先登录</View>
      <Text className="muted">{reason}</Text>
      <Button block type="primary" loading={busy} disabled={busy} onClick={() => void signIn()}>
        {process.env.TARO_ENV === 'weapp' ? '微信登录' : '体验登录'}
      </Button>
    </View>
  );
}

/** Shows its children to staff and admins only. */
export function StaffGate({ children }: PropsWithChildren) {
  const role = useSession()?.user.role;
  if (role === 'staff' || role === 'admin') return <>{children}</>;
  return (
    <NoticeCard
      className="access-gate"
      title="仅工作人员可用"
      message="此功能供市场监管局、消保委工作人员使用，请使用工作人员账号登录后再打开。"
      action="工作人员登录"
      onAction={() => void Taro.navigateTo({ url: authRoutes.staffLogin })}
    />
  );
}

type GatedPageProps = PropsWithChildren<
  { className: string } & ({ staffOnly: true } | { signInReason: string })
>;

/** A page root whose content only signed-in users (signInReason) or staff (staffOnly) see. */
export function GatedPage({ className, children, ...gate }: GatedPageProps) {
  return (
    <PageShell className={className}>
      {'signInReason' in gate ? (
        <SignInGate reason={gate.signInReason}>{children}</SignInGate>
      ) : (
        <StaffGate>{children}</StaffGate>
      )}
    </PageShell>
  );
}

/**
 * A page's default export whose whole content is `Content` behind a gate:
 * `export default gatedPage('mine', { signInReason: '…' }, Mine);`.
 */
export function gatedPage(
  className: string,
  gate: { staffOnly: true } | { signInReason: string },
  Content: ComponentType,
) {
  return function GatedPageRoot() {
    return (
      <GatedPage className={className} {...gate}>
        <Content />
      </GatedPage>
    );
  };
}
