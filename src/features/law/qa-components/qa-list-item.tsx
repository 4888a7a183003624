import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { QaCard } from '@api/law';
import { lawRoutes } from '../routes';
import { firstLine } from './qa-text';
import './qa-list-item.scss';

/** One published card in the list: its topic, the question and the answer's first line. */
export function QaListItem({ card, showTopic }: { card: QaCard; showTopic: boolean }) {
  return (
    <View
      className="section qa-item tap-target"
      role="link"
      aria-label={card.question}
      onClick={() => void Taro.navigateTo({ url: lawRoutes.qaDetail(card.id) })}
    >
      {showTopic && (
        <View className="qa-item__tags">
          <Tag type="info" plain>
            {card.topic}
          </Tag>
        </View>
      )}
      <Text className="qa-item__question">{card.question}</Text>
      <Text className="qa-item__lead">{firstLine(card.answer)}</Text>
      <Text className="qa-item__more">看解答 ›</Text>
    </View>
  );
}
