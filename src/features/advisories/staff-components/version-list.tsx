import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import dayjs from 'dayjs';
import type { AdvisoryVersions } from '@api/advisories';
import { AdvisoryPreview } from './advisory-preview';
import { staffName } from './staff-name';
import './version-list.scss';

/** 版本记录: every published version, newest first; tap one to read it as it was. */
export function VersionList({
  versions,
  current,
  me,
}: {
  versions: AdvisoryVersions;
  /** The version the public reads now. */
  current: number;
  me?: string;
}) {
  const [open, setOpen] = useState<number>();
  const items = [...versions.items].sort((a, b) => b.version - a.version);
  if (items.length === 0)
    return <Text className="muted">还没有发布过，发布后每一版都会保留在这里。</Text>;
  return (
    <View className="version-list">
      {items.map((item) => {
        const shown = open === item.version;
        return (
          <View key={item.version} className="version-list__item">
            <View
              className="version-list__head tap-target"
              role="button"
              aria-expanded={shown}
              onClick={() => setOpen(shown ? undefined : item.version)}
            >
              <View className="version-list__text">
                <Text className="version-list__title">
                  第 {item.version} 版{item.version === current ? '（当前）' : ''}
                </Text>
                <Text className="muted">
                  {dayjs(item.publishedAt).format('YYYY年M月D日 HH:mm')} ·{' '}
                  {staffName(item.authorId, item.authorName, me)}撰写 ·{' '}
                  {staffName(item.publishedBy, item.publishedByName, me)}发布
                </Text>
              </View>
              <Text className="version-list__toggle">{shown ? '收起' : '查看'}</Text>
            </View>
            {shown && (
              <View className="version-list__content">
                <AdvisoryPreview content={item.content} />
              </View>
            )}
          </View>
        );
      })}
    </View>
  );
}
