import { View, Text } from '@tarojs/components';
import { CitedText } from '@/features/law';
import './pledge-text.scss';

/** "一、…" starts a numbered clause: its number hangs in the margin. */
const CLAUSE = /^([一二三四五六七八九十]+、)(.*)$/s;

/**
 * The signed text, a paragraph a line: the title, the opening, each numbered clause on its own
 * with its number hanging, then the closing. The text itself is kept as signed; a cited article
 * (实施条例第十二条) is a tap to its words.
 */
export function PledgeText({ text, className }: { text: string; className?: string }) {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return (
    <View className={['pledge-text', className].filter(Boolean).join(' ')}>
      {lines.map((line, index) => {
        const clause = CLAUSE.exec(line);
        if (clause) {
          return (
            <View key={index} className="pledge-text__clause">
              <Text className="pledge-text__number">{clause[1]}</Text>
              <CitedText className="pledge-text__body" text={clause[2]} />
            </View>
          );
        }
        return <CitedText key={index} className="pledge-text__paragraph" text={line} />;
      })}
    </View>
  );
}
