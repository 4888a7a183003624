import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Region } from '@api/region';

/** Folded, the text shows its opening paragraphs up to about this many characters. */
const FOLDED_CHARS = 100;

/** The paragraphs shown folded: whole ones, until the opening is long enough to say what it is. */
export function openingParagraphs(paragraphs: string[]): string[] {
  const shown: string[] = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    if (length >= FOLDED_CHARS) break;
    shown.push(paragraph);
    length += paragraph.length;
  }
  return shown;
}

/** What the wall is about: the county's 倡议书 (folded to its opening) and what signing means. */
export function InitiativeCard({ region }: { region: Region }) {
  const [open, setOpen] = useState(false);
  const paragraphs = region.initiative.text.split('\n').filter((line) => line.trim());
  const opening = openingParagraphs(paragraphs);
  const folds = opening.length < paragraphs.length;
  const shown = open || !folds ? paragraphs : opening;

  return (
    <View className="section wall__initiative">
      <View className="section-title">「{region.initiative.title}」倡议书</View>
      <View className="wall__text" aria-label="倡议书">
        {shown.map((paragraph, index) => (
          <Text key={index} className="wall__paragraph">
            {paragraph}
          </Text>
        ))}
      </View>
      {folds && (
        <View
          className="wall__toggle tap-target"
          role="button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? '收起' : '展开全文'}
        </View>
      )}
      <View className="wall__meaning" aria-label="签署的含义">
        <Text className="wall__meaning-title">签署意味着什么</Text>
        <Text className="wall__point">商家自愿公开承诺，做到倡议书中的各项要求。</Text>
        <Text className="wall__point">核验通过后列入签署墙，商家页面显示「已签倡议」标识。</Text>
        <Text className="wall__point">
          签署的商家没有做到的，您可以投诉；经核实，其签署可被撤销。
        </Text>
      </View>
    </View>
  );
}
