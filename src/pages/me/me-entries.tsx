import { View } from '@tarojs/components';
import { openPage, TapCells } from '@/components/tap-cells';
import type { Role } from '@api/common';
import { calendarRoutes } from '@/features/calendar';
import { complaintRoutes } from '@/features/complaints/routes';
import { merchantRoutes } from '@/features/merchants/routes';
// The routes modules themselves, not the features' index: an index brings its API client and
// components into the main package, which has a size budget.
import { advisoryRoutes } from '@/features/advisories/routes';
import { campaignRoutes } from '@/features/campaigns/routes';
import { disclosureRoutes } from '@/features/disclosure/routes';
import { favoriteRoutes } from '@/features/favorites/routes';
import { lawRoutes } from '@/features/law/routes';
import { modelUnitRoutes } from '@/features/model-units/routes';
import { tipRoutes } from '@/features/tips/routes';
import { reportRoutes } from '@/features/reports/routes';
import { pledgeRoutes } from '@/features/pledges';
import { privacyRoutes, useSyncedPrivacyConsent } from '@/features/privacy';
import { quizRoutes } from '@/features/quiz';

interface Entry {
  title: string;
  description: string;
  url: string;
}

const FAVORITES_ENTRY: Entry = {
  title: '我的收藏',
  description: '收藏的消费提示、警示和小贴士',
  url: favoriteRoutes.list,
};

const MERCHANT_ENTRIES: Entry[] = [
  {
    title: '我的投诉',
    description: '投诉进度、补充材料、评价',
    url: complaintRoutes.mine,
  },
  {
    title: '我的举报',
    description: '实名举报的核查和处理进度',
    url: reportRoutes.mine,
  },
  {
    title: '举报进度查询',
    description: '凭举报编号和查询码查询，匿名举报也可以',
    url: reportRoutes.progress,
  },
  FAVORITES_ENTRY,
  {
    title: '我的普法提醒',
    description: '法润乡村普法活动，设置了提醒的活动',
    url: lawRoutes.sessions,
  },
  {
    title: '我的投稿',
    description: '写过的消费小贴士和审核进度',
    url: tipRoutes.mine,
  },
  {
    title: '收到的投诉',
    description: '商家回复投诉、提出和解方案',
    url: complaintRoutes.merchant,
  },
  {
    title: '投诉公示异议',
    description: '查看本店被公示的投诉，提出异议或情况说明',
    url: disclosureRoutes.mine,
  },
  {
    title: '商家入驻',
    description: '登记商家信息，认证后可申请示范单位',
    url: merchantRoutes.register,
  },
  {
    title: '我的商家',
    description: '认证进度、示范单位申请',
    url: merchantRoutes.mine,
  },
];

const STAFF_ENTRIES: Entry[] = [
  {
    title: '投诉处理',
    description: '按期限受理、调解、办结投诉',
    url: complaintRoutes.queue,
  },
  {
    title: '举报处理',
    description: '按期限核查举报、决定是否立案',
    url: reportRoutes.queue,
  },
  {
    title: '承诺核验',
    description: '核验商家的无理由退货承诺和倡议签名',
    url: pledgeRoutes.review,
  },
  {
    title: '商家核验',
    description: '核验商家入驻和加入申请',
    url: merchantRoutes.verify,
  },
  {
    title: '示范单位审核',
    description: '审核放心消费示范单位申请',
    url: modelUnitRoutes.review,
  },
  {
    title: '导入商家名录',
    description: '从 CSV 文件批量导入或更新',
    url: merchantRoutes.import,
  },
  {
    title: '题库管理',
    description: '识假辨假题目的新增、修改、停用和导入',
    url: quizRoutes.bank,
  },
  {
    title: '节假日日历',
    description: '导入国务院办公厅每年的放假安排，期限按此计算',
    url: calendarRoutes.index,
  },
  {
    title: '题目纠错',
    description: '处理用户反馈的“题目有误”',
    url: quizRoutes.reports,
  },
  {
    title: '提示管理',
    description: '撰写、审核、发布消费提示和警示',
    url: advisoryRoutes.manage,
  },
  {
    title: '问答管理',
    description: '撰写、审核、发布普法问答',
    url: lawRoutes.qaManage,
  },
  {
    title: '导入地方法规',
    description: '把省里的消费者权益保护条例等导入法规库',
    url: lawRoutes.import,
  },
  {
    title: '投稿审核',
    description: '审核消费者投稿的小贴士',
    url: tipRoutes.queue,
  },
  {
    title: '投稿举报',
    description: '处理对已发布小贴士的举报',
    url: tipRoutes.reports,
  },
  {
    title: '提示数据',
    description: '阅读、有用、分享和分享带来的访问',
    url: advisoryRoutes.stats,
  },
  {
    title: '投诉公示管理',
    description: '生成公示批次、处理异议、审批发布',
    url: disclosureRoutes.manage,
  },
  {
    title: '公示跟进',
    description: '投诉集中的经营者和行业：重点监管、行政指导、约谈',
    url: disclosureRoutes.followUps,
  },
  {
    title: '值班值守',
    description: '3·15期间值班安排、今日投诉、临期和督办',
    url: disclosureRoutes.duty,
  },
  {
    title: '专项整治管理',
    description: '专项整治的发布、撤下和举报统计',
    url: campaignRoutes.manage,
  },
  {
    title: '普法活动管理',
    description: '法润乡村活动的发布、签到二维码和反馈统计',
    url: lawRoutes.sessionsManage,
  },
  FAVORITES_ENTRY,
];

/** Only a merchant's members answer complaints and disclosures about the business. */
const MERCHANT_ONLY = new Set([complaintRoutes.merchant, disclosureRoutes.mine]);

/** The ways into each role's work; 收到的投诉 and 投诉公示异议 only for merchants. */
export function entriesFor(role: Role | undefined): Entry[] {
  if (role === 'staff' || role === 'admin') return STAFF_ENTRIES;
  return MERCHANT_ENTRIES.filter((entry) => role === 'merchant' || !MERCHANT_ONLY.has(entry.url));
}

export function MeEntries({ role }: { role: Role | undefined }) {
  return (
    <View className="section">
      <TapCells
        items={entriesFor(role).map(({ url, ...entry }) => ({
          key: url,
          ...entry,
          onTap: openPage(url),
        }))}
      />
    </View>
  );
}

/** 关于: for everyone, signed in or not. */
export function AboutEntry() {
  // A consent given before signing in is recorded for the account once signed in here.
  useSyncedPrivacyConsent();
  return (
    <View className="section">
      <TapCells
        items={[
          {
            key: privacyRoutes.about,
            title: '关于',
            description: '隐私政策、用户协议、联系我们',
            onTap: openPage(privacyRoutes.about),
          },
        ]}
      />
    </View>
  );
}
