import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import type { Role } from '@api/common';

interface Entry {
  title: string;
  description: string;
  url: string;
}

const MERCHANT_ENTRIES: Entry[] = [
  {
    title: '我的投诉',
    description: '投诉进度、补充材料、评价',
    url: '/features/complaints/pages/mine/index',
  },
  {
    title: '收到的投诉',
    description: '商家回复投诉、提出和解方案',
    url: '/features/complaints/pages/merchant/index',
  },
  {
    title: '商家入驻',
    description: '登记商家信息，认证后可申请示范单位',
    url: '/features/merchants/pages/register/index',
  },
  {
    title: '我的商家',
    description: '认证进度、示范单位申请',
    url: '/features/merchants/pages/mine/index',
  },
];

const STAFF_ENTRIES: Entry[] = [
  {
    title: '投诉处理',
    description: '按期限受理、调解、办结投诉',
    url: '/features/complaints/pages/queue/index',
  },
  {
    title: '承诺核验',
    description: '核验商家的无理由退货承诺和倡议签名',
    url: '/features/pledges/pages/review/index',
  },
  {
    title: '商家核验',
    description: '核验商家入驻和加入申请',
    url: '/features/merchants/pages/verify/index',
  },
  {
    title: '示范单位审核',
    description: '审核放心消费示范单位申请',
    url: '/features/model-units/pages/review/index',
  },
  {
    title: '导入商家名录',
    description: '从 CSV 文件批量导入或更新',
    url: '/features/merchants/pages/import/index',
  },
  {
    title: '题库管理',
    description: '识假辨假题目的新增、修改、停用和导入',
    url: '/features/quiz/pages/bank/index',
  },
  {
    title: '节假日日历',
    description: '导入国务院办公厅每年的放假安排，期限按此计算',
    url: '/features/calendar/pages/index/index',
  },
  {
    title: '题目纠错',
    description: '处理用户反馈的“题目有误”',
    url: '/features/quiz/pages/reports/index',
  },
];

/** The ways into each role's work; 收到的投诉 only for merchants. */
export function entriesFor(role: Role | undefined): Entry[] {
  if (role === 'staff' || role === 'admin') return STAFF_ENTRIES;
  return MERCHANT_ENTRIES.filter(
    (entry) => role === 'merchant' || !entry.url.endsWith('/merchant/index'),
  );
}

export function MeEntries({ role }: { role: Role | undefined }) {
  return (
    <View className="section">
      {entriesFor(role).map((entry) => (
        <Cell
          key={entry.url}
          className="tap-target"
          title={entry.title}
          description={entry.description}
          clickable
          onClick={() => void Taro.navigateTo({ url: entry.url })}
        />
      ))}
    </View>
  );
}
