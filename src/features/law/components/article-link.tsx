import { Text } from '@tarojs/components';
import { refOf } from '@/domain/law-citations';
import { openArticle } from './cited-text';

interface ArticleLinkProps {
  /** As content stores it: 消费者权益保护法 or 《消费者权益保护法》. */
  law: string;
  /** 第五十六条, 第十五条第一款 … */
  article: string;
  className?: string;
}

/**
 * A structured reference (advisories', campaigns' 法律依据) as 《law》article: a tap to the article
 * when the library has that law, plain text when it does not (a county's own rules).
 */
export function ArticleLink({ law, article, className }: ArticleLinkProps) {
  const name = law.trim().replace(/^《|》$/g, '');
  const label = `《${name}》${article.trim()}`;
  const ref = refOf(name, article.trim());
  if (!ref) return <Text className={className}>{label}</Text>;
  return (
    <Text
      className={[className, 'cited-text__link'].filter(Boolean).join(' ')}
      onClick={(event) => {
        event.stopPropagation();
        openArticle(ref);
      }}
    >
      {label}
    </Text>
  );
}
