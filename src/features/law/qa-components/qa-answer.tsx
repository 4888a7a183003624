import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { QaCard } from '@api/law';
import { lawRoutes } from '../routes';
import { paragraphs } from './qa-text';
import './qa-answer.scss';

export type LabelledCitation = QaCard['citations'][number];

/** 依据: each cited article as a tap to it, named by its law and number. */
export function QaCitations({ citations }: { citations: readonly LabelledCitation[] }) {
  return (
    <View className="qa-citations" aria-label="依据">
      {citations.map((citation) => (
        <View
          key={`${citation.law}-${citation.no}`}
          className="qa-citations__item tap-target"
          role="link"
          onClick={() =>
            void Taro.navigateTo({ url: lawRoutes.article(citation.law, citation.no) })
          }
        >
          <Text className="qa-citations__law">《{citation.lawTitle}》</Text>
          <Text className="qa-citations__label">{citation.label}</Text>
          <Text className="qa-citations__open">看原文 ›</Text>
        </View>
      ))}
    </View>
  );
}

interface QaAnswerProps {
  topic: string;
  question: string;
  answer: string;
  citations: readonly LabelledCitation[];
  /** Under the question, e.g. the publication date. */
  meta?: string;
}

/** A 问答 card as consumers read it: the question, the answer's paragraphs and its 依据. */
export function QaAnswer({ topic, question, answer, citations, meta }: QaAnswerProps) {
  return (
    <>
      <View className="section qa-answer">
        <View className="qa-answer__tags">
          <Tag type="info" plain>
            {topic}
          </Tag>
        </View>
        <Text className="qa-answer__question">{question}</Text>
        {meta && <Text className="muted">{meta}</Text>}
        <View className="qa-answer__body">
          {paragraphs(answer).map((paragraph, index) => (
            <Text key={index} className="qa-answer__paragraph" userSelect>
              {paragraph}
            </Text>
          ))}
        </View>
      </View>
      <View className="section">
        <View className="section-title">依据</View>
        <QaCitations citations={citations} />
        <Text className="muted qa-answer__note">
          以上是通俗解读，具体以法律条文原文为准；点条文可查看原文。
        </Text>
      </View>
    </>
  );
}
