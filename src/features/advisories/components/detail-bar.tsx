import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { FavoriteButton } from '@/features/favorites';
import { advisoryRoutes } from '../routes';
import './detail-bar.scss';

interface DetailBarProps {
  id: string;
  usefulCount: number;
  markedUseful: boolean;
  favorited: boolean;
  marking: boolean;
  onUseful: () => void;
  /** H5 only (no 转发 there): copy the page's link. */
  onCopyLink: () => void;
}

/** The bottom bar of an advisory: 有用, 收藏, 分享 and 海报. */
export function DetailBar(props: DetailBarProps) {
  const { id, usefulCount, markedUseful, favorited, marking } = props;
  const weapp = process.env.TARO_ENV === 'weapp';
  return (
    <View className="detail-bar">
      <View className="detail-bar__cell">
        <Button
          className={`detail-bar__useful ${markedUseful ? 'is-marked' : ''}`}
          size="small"
          fill="outline"
          type={markedUseful ? 'primary' : 'default'}
          loading={marking}
          disabled={marking}
          aria-pressed={markedUseful}
          aria-label={
            markedUseful ? `已标记有用，共 ${usefulCount} 人` : `有用，已有 ${usefulCount} 人`
          }
          onClick={() => !markedUseful && props.onUseful()}
        >
          {markedUseful ? '✓有用' : '有用'} {usefulCount}
        </Button>
      </View>
      <View className="detail-bar__cell">
        <FavoriteButton kind="advisory" id={id} favorited={favorited} />
      </View>
      <View className="detail-bar__cell">
        {weapp ? (
          <Button size="small" fill="outline" openType="share">
            分享
          </Button>
        ) : (
          <Button size="small" fill="outline" onClick={props.onCopyLink}>
            复制链接
          </Button>
        )}
      </View>
      <View className="detail-bar__cell">
        <Button
          size="small"
          type="primary"
          onClick={() => void Taro.navigateTo({ url: advisoryRoutes.poster(id) })}
        >
          海报
        </Button>
      </View>
    </View>
  );
}
