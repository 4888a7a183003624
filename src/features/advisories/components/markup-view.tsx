import { Text, View } from '@tarojs/components';
import { parseAdvisoryMarkup, type MarkupLine } from '@/domain/advisory-markup';
import './markup-view.scss';

/** One line's spans; bold spans are a Text with a class. Text is never read as HTML. */
function Spans({ line }: { line: MarkupLine }) {
  return (
    <>
      {line.map((span, index) =>
        span.bold ? (
          <Text key={index} className="markup-view__bold">
            {span.text}
          </Text>
        ) : (
          <Text key={index}>{span.text}</Text>
        ),
      )}
    </>
  );
}

/**
 * An advisory's body in its safe markup (paragraphs, lists, bold), rendered with Taro
 * components only, so whatever looks like HTML or script in it stays plain text.
 */
export function MarkupView({ body }: { body: string }) {
  const blocks = parseAdvisoryMarkup(body);
  return (
    <View className="markup-view">
      {blocks.map((block, blockIndex) => {
        if (block.type === 'paragraph') {
          return (
            <View key={blockIndex} className="markup-view__paragraph">
              {block.lines.map((line, lineIndex) => (
                <View key={lineIndex} className="markup-view__line">
                  <Spans line={line} />
                </View>
              ))}
            </View>
          );
        }
        return (
          <View key={blockIndex} className={`markup-view__list markup-view__list--${block.type}`}>
            {block.items.map((item, itemIndex) => (
              <View key={itemIndex} className="markup-view__item">
                <Text className="markup-view__marker">
                  {block.type === 'numbers' ? `${itemIndex + 1}.` : '•'}
                </Text>
                <View className="markup-view__item-text">
                  <Spans line={item} />
                </View>
              </View>
            ))}
          </View>
        );
      })}
    </View>
  );
}
