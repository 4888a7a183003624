import { View, Text } from '@tarojs/components';
import dayjs from 'dayjs';
import type { AdvisoryCard } from '@api/advisories';
import { advisoryRoutes } from '@/features/advisories/routes';
import { openPage } from '@/components/tap-cells';
import type { Remote } from '@/hooks/use-remote';
import type { AdvisoryDigest } from '../advisory-digest';
import './advisory-blocks.scss';

/** The issue date, never broken over two lines. */
const Issued = ({ card }: { card: AdvisoryCard }) => (
  <Text className="home-advisories__date">{dayjs(card.publishedAt).format('YYYY年M月D日')}</Text>
);

function Warnings({ cards }: { cards: AdvisoryCard[] }) {
  return (
    <View className="section home-warnings" aria-label="消费警示">
      <Text className="section-title home-warnings__title">消费警示</Text>
      {cards.map((card) => (
        <View
          key={card.id}
          className="home-warnings__item tap-target"
          onClick={openPage(advisoryRoutes.detail(card.id))}
        >
          <Text className="home-warnings__name">{card.title}</Text>
          <Text className="home-warnings__meta">
            {card.issuer} · <Issued card={card} />
          </Text>
        </View>
      ))}
    </View>
  );
}

function Newest({ cards }: { cards: AdvisoryCard[] }) {
  return (
    <View className="section home-tips" aria-label="消费提示">
      <View className="home-tips__head">
        <Text className="section-title">消费提示</Text>
        <Text className="home-tips__more tap-target" onClick={openPage(advisoryRoutes.list)}>
          更多 ›
        </Text>
      </View>
      {cards.map((card) => (
        <View
          key={card.id}
          className="home-tips__item tap-target"
          onClick={openPage(advisoryRoutes.detail(card.id))}
        >
          <Text className="home-tips__name">
            {card.kind === '警示' && <Text className="home-tips__kind">警示</Text>}
            {card.title}
          </Text>
          <Text className="muted">
            {card.category} · {card.issuer} · <Issued card={card} />
          </Text>
        </View>
      ))}
      <View className="home-tips__voices tap-target" onClick={openPage(advisoryRoutes.tipsTab)}>
        <Text className="home-tips__voices-name">消费者说</Text>
        <Text className="muted">看看大家分享的消费经验 ›</Text>
      </View>
    </View>
  );
}

/**
 * 首页's 消费警示 (the current ones, in red) and 消费提示 (the newest). They never hold up or
 * break the page: the last ones seen show at once, and a failure with nothing to show leaves
 * one small line to try again.
 */
export function AdvisoryBlocks({ data, error, loading, reload }: Remote<AdvisoryDigest>) {
  if (!data) {
    if (loading || !error) return null;
    return (
      <View className="home-tips__failed tap-target" role="button" onClick={() => void reload()}>
        消费提示没能加载，点此重试
      </View>
    );
  }
  return (
    <>
      {data.pinned.length > 0 && <Warnings cards={data.pinned} />}
      <Newest cards={data.newest} />
    </>
  );
}
