import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { citedRuns, type ArticleRef } from '@/domain/law-citations';
import { lawRoutes } from '../routes';
import './cited-text.scss';

/** Opens an article of the library (from any page of any subpackage). */
export function openArticle(cite: ArticleRef) {
  void Taro.navigateTo({ url: lawRoutes.article(cite.law, cite.no) });
}

interface CitedTextProps {
  text: string;
  className?: string;
}

/**
 * A text of the app's own (a quiz explanation, a refusal reason, the pledge) with each citation
 * of a law's article (as findCitations reads them) a tap to that article (issue 17).
 */
export function CitedText({ text, className }: CitedTextProps) {
  const runs = citedRuns(text);
  return (
    <Text className={className}>
      {runs.map((run, index) =>
        run.cite ? (
          <Text
            key={index}
            className="cited-text__link"
            onClick={(event) => {
              // A card around the text may have its own tap.
              event.stopPropagation();
              openArticle(run.cite!);
            }}
          >
            {run.text}
          </Text>
        ) : (
          run.text
        ),
      )}
    </Text>
  );
}
