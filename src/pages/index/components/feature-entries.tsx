import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { Hotline } from '@api/region';
import { complaintRoutes } from '@/features/complaints/routes';
import { disclosureRoutes } from '@/features/disclosure';
// The routes module only: the law index brings components the main package has no room for.
import { lawRoutes } from '@/features/law/routes';
import { pledgeRoutes } from '@/features/pledges';
import { quizRoutes } from '@/features/quiz';
import { toolRoutes } from '@/features/tools';
import { openPage } from '@/components/tap-cells';
import { callHotline } from './hotline-list';
import './feature-entries.scss';

interface Entry {
  key: string;
  label: string;
  mark: string;
  /** The mark's background, under white text: dark enough for 4.5:1. */
  color: string;
  open: () => void;
}

/** The ways into the app; each feature adds its entry here as it lands. */
function entries(hotline: Hotline | undefined): Entry[] {
  const list: Entry[] = [
    {
      key: 'complain',
      label: '我要投诉',
      mark: '诉',
      color: '#c8161d',
      open: openPage(complaintRoutes.new()),
    },
    {
      key: 'my-complaints',
      label: '投诉进度',
      mark: '查',
      color: '#b35900',
      open: openPage(complaintRoutes.mine),
    },
    {
      key: 'merchants',
      label: '查商家',
      mark: '商',
      color: '#0958d9',
      open: () => void Taro.switchTab({ url: '/pages/merchants/index' }),
    },
    {
      key: 'disclosure',
      label: '投诉公示',
      mark: '示',
      color: '#2f54eb',
      open: openPage(disclosureRoutes.list),
    },
    {
      key: 'initiative',
      label: '倡议签名墙',
      mark: '倡',
      color: '#d4380d',
      open: openPage(pledgeRoutes.wall),
    },
    {
      key: 'tools',
      label: '识假工具',
      mark: '验',
      color: '#087a7a',
      open: openPage(toolRoutes.index),
    },
    {
      key: 'quiz',
      label: '识假答题',
      mark: '答',
      color: '#c41d7f',
      open: openPage(quizRoutes.landing),
    },
    {
      key: 'law',
      label: '普法',
      mark: '法',
      color: '#a0522d',
      open: openPage(lawRoutes.home),
    },
    {
      key: 'large-text',
      label: '大字模式',
      mark: '大',
      color: '#007a52',
      open: () => void Taro.switchTab({ url: '/pages/me/index' }),
    },
  ];
  if (hotline) {
    list.push({
      key: 'hotline',
      label: `拨打${hotline.number}`,
      mark: '☎',
      color: '#722ed1',
      open: () => void callHotline(hotline),
    });
  }
  return list;
}

export function FeatureEntries({ hotline }: { hotline?: Hotline }) {
  return (
    <View className="section feature-entries">
      {entries(hotline).map((entry) => (
        <View key={entry.key} className="feature-entries__item tap-target" onClick={entry.open}>
          <Text className="feature-entries__mark" style={{ background: entry.color }}>
            {entry.mark}
          </Text>
          <Text className="feature-entries__label">{entry.label}</Text>
        </View>
      ))}
    </View>
  );
}
