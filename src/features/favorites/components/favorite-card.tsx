import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { FavoriteItem } from '@api/favorites';
import { advisoryRoutes } from '@/features/advisories';
import { tipRoutes } from '@/features/tips';
import './favorite-card.scss';

const kindLabel = (item: FavoriteItem) =>
  item.kind === 'tip' ? '小贴士' : item.advisoryKind === '警示' ? '警示' : '提示';

const kindTag = (item: FavoriteItem) =>
  item.kind === 'tip' ? 'success' : item.advisoryKind === '警示' ? 'danger' : 'info';

const detailUrl = (item: FavoriteItem) =>
  item.kind === 'tip' ? tipRoutes.detail(item.id) : advisoryRoutes.detail(item.id);

interface FavoriteCardProps {
  item: FavoriteItem;
  /** 取消收藏 (or 移除 once it is gone); resolves when the server agreed. */
  onRemove: (item: FavoriteItem) => void;
  removing: boolean;
}

/** One kept advisory or tip: tap to read it; one that was taken down stays greyed, removable. */
export function FavoriteCard({ item, onRemove, removing }: FavoriteCardProps) {
  const open = () => {
    if (item.available) void Taro.navigateTo({ url: detailUrl(item) });
    else void Taro.showToast({ title: '该内容已下线，无法查看', icon: 'none' });
  };
  return (
    <View className={`section favorite-card ${item.available ? '' : 'is-unavailable'}`}>
      <View
        className="favorite-card__body tap-target"
        role="button"
        aria-label={`${kindLabel(item)} ${item.title}`}
        onClick={open}
      >
        <View className="favorite-card__head">
          <Tag className="favorite-card__kind" type={kindTag(item)}>
            {kindLabel(item)}
          </Tag>
          {!item.available && (
            <Tag className="favorite-card__offline" type="default">
              已下线
            </Tag>
          )}
          <Text className="favorite-card__title">{item.title}</Text>
        </View>
        {!item.available && (
          <Text className="favorite-card__gone">发布单位已将其下线，内容不再公开</Text>
        )}
      </View>
      <View className="favorite-card__foot">
        <Text className="muted">
          {item.category} · 收藏于{dayjs(item.savedAt).format('YYYY年M月D日')}
        </Text>
        <Button
          className="favorite-card__remove"
          size="small"
          fill="outline"
          loading={removing}
          disabled={removing}
          onClick={() => onRemove(item)}
        >
          {item.available ? '取消收藏' : '移除'}
        </Button>
      </View>
    </View>
  );
}
