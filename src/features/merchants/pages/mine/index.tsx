import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import dayjs from 'dayjs';
import type { Membership } from '@api/merchants';
import type { ModelUnitApplication } from '@api/model-units';
import { LinkButton } from '@/components/link-button';
import { LoadState } from '@/components/load-state';
import { APPLICATION_STATUS, modelUnitRoutes } from '@/features/model-units';
import { pledgeRoutes } from '@/features/pledges';
import { gatedPage } from '@/components/access-gate';
import { openMerchant } from '../../navigation';
import { merchantRoutes } from '../../routes';
import { ModelUnitStanding } from './model-unit-standing';
import { useMine } from './use-mine';
import './index.scss';

const day = (iso: string) => dayjs(iso).format('YYYY年M月D日');

const STATUS: Record<
  Membership['status'],
  { label: string; tag: 'warning' | 'success' | 'danger' }
> = {
  pending: { label: '审核中', tag: 'warning' },
  active: { label: '已通过', tag: 'success' },
  rejected: { label: '未通过', tag: 'danger' },
};

const ROLE: Record<Membership['role'], string> = { owner: '负责人', member: '成员' };

function ApplicationRow({ application }: { application: ModelUnitApplication }) {
  const status = APPLICATION_STATUS[application.status];
  const { badge } = application;
  return (
    <View
      className="mine__application"
      onClick={() => void Taro.navigateTo({ url: modelUnitRoutes.applications })}
    >
      <View className="mine__row">
        <Text>
          {application.category} · {day(application.submittedAt)}提交
        </Text>
        <Tag type={status.tag}>{status.label}</Tag>
      </View>
      {application.status === 'rejected' && (
        <Text className="mine__reason">原因：{application.reviewReason ?? '未说明'}</Text>
      )}
      {badge && (
        <Text className="muted">
          {badge.level}示范单位 · 证书编号{' '}
          <Text className="mine__nowrap">{badge.certificateNo}</Text> · 有效期至{' '}
          {day(badge.validUntil)}
        </Text>
      )}
    </View>
  );
}

function ModelUnits({
  membership,
  applications,
  year,
}: {
  membership: Membership;
  applications: ModelUnitApplication[] | undefined | null;
  year: number | undefined;
}) {
  return (
    <View className="mine__model-units">
      {applications && (
        <ModelUnitStanding
          merchantId={membership.merchantId}
          applications={applications}
          year={year}
        />
      )}
      <View className="mine__actions">
        <Button
          size="small"
          fill="outline"
          onClick={() => void openMerchant(membership.merchantId)}
        >
          查看商家页
        </Button>
        {membership.role === 'owner' && (
          <Button
            size="small"
            fill="outline"
            onClick={() =>
              void Taro.navigateTo({
                url: pledgeRoutes.mine(membership.merchantId),
              })
            }
          >
            本店承诺
          </Button>
        )}
      </View>
      {applications === null && (
        <Text className="muted">示范单位申请暂时无法加载，下拉刷新重试。</Text>
      )}
      {applications && applications.length > 0 && (
        <>
          <Text className="mine__subtitle">示范单位申请</Text>
          {applications.map((application) => (
            <ApplicationRow key={application.id} application={application} />
          ))}
        </>
      )}
    </View>
  );
}

function MembershipCard({
  membership,
  applications,
  year,
}: {
  membership: Membership;
  applications: ModelUnitApplication[] | undefined | null;
  year: number | undefined;
}) {
  const status = STATUS[membership.status];
  return (
    <View className="section mine__card">
      <View className="mine__row">
        <Text className="mine__name">{membership.merchantName}</Text>
        <Tag type={status.tag}>{status.label}</Tag>
      </View>
      <Text className="muted">
        {ROLE[membership.role]} · 统一社会信用代码 {membership.creditCode}
      </Text>
      <Text className="muted">{day(membership.createdAt)}提交</Text>
      {membership.status === 'pending' && (
        <Text className="mine__note">
          {membership.role === 'owner'
            ? '工作人员核验营业执照后即可通过，请留意本页状态。'
            : '加入申请已提交，等待商家负责人或工作人员确认。'}
        </Text>
      )}
      {membership.status === 'rejected' && (
        <View className="mine__rejected">
          <Text className="mine__reason">未通过原因：{membership.reason ?? '未说明'}</Text>
          <LinkButton size="small" fill="outline" url={merchantRoutes.register}>
            修改后重新登记
          </LinkButton>
        </View>
      )}
      {membership.status === 'active' && (
        <ModelUnits membership={membership} applications={applications} year={year} />
      )}
    </View>
  );
}

function Mine() {
  const mine = useMine();
  return (
    <LoadState {...mine} onRetry={() => void mine.reload()}>
      {({ memberships, applications, modelUnitYear }) =>
        memberships.length === 0 ? (
          <View className="mine__empty">
            <EmptyState
              title="还没有登记的商家"
              description="登记商家信息，核验通过后可申请放心消费示范单位"
            />
            <LinkButton type="primary" url={merchantRoutes.register}>
              商家入驻
            </LinkButton>
          </View>
        ) : (
          <>
            {memberships.map((membership) => (
              <MembershipCard
                key={membership.id}
                membership={membership}
                applications={applications ? (applications[membership.merchantId] ?? []) : null}
                year={modelUnitYear}
              />
            ))}
            <View className="mine__more">
              <LinkButton block fill="outline" url={merchantRoutes.register}>
                登记其他商家
              </LinkButton>
            </View>
          </>
        )
      }
    </LoadState>
  );
}

/** 我的商家: which businesses I belong to, their review state and their model-unit applications. */
export default gatedPage('mine', { signInReason: '登录后查看你登记的商家和审核进度。' }, Mine);
