import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { AdvisoryContent } from '@api/advisories';
import { PrivateImage } from '@/components/private-image';
import { lawName } from '@/domain/advisory-vocabulary';
import { API_PREFIX } from '@/services/api-base';
import { MarkupView } from '../components/markup-view';
import { actionLabel } from './staff-vocabulary';
import './advisory-preview.scss';

/** An advisory image by its upload id (staff may read every upload). */
export const uploadUrl = (id: string) => `${API_PREFIX}/uploads/${encodeURIComponent(id)}`;

const day = (date: string) => dayjs(date).format('YYYY年M月D日');

/** 春节 · 2027年1月20日至2月20日, or what of it is set. */
export function windowText(content: Pick<AdvisoryContent, 'season' | 'validFrom' | 'validUntil'>) {
  const { season, validFrom, validUntil } = content;
  const range =
    validFrom && validUntil
      ? `${day(validFrom)}至${day(validUntil)}`
      : validFrom
        ? `${day(validFrom)}起`
        : validUntil
          ? `有效至${day(validUntil)}`
          : '';
  return [season, range].filter(Boolean).join(' · ');
}

interface AdvisoryPreviewProps {
  content: AdvisoryContent;
  /** The named merchant's name (the content holds only its id). */
  merchantName?: string;
}

/**
 * The advisory as the public will read it: kind, title, issuer, window, pictures, body,
 * legal basis, the named merchant's penalty and the call to action (inert here).
 */
export function AdvisoryPreview({ content, merchantName }: AdvisoryPreviewProps) {
  const window = windowText(content);
  const merchant = content.kind === '警示' ? content.merchant : undefined;
  return (
    <View className="advisory-preview" aria-label="预览">
      <View className="advisory-preview__tags">
        <Tag type={content.kind === '警示' ? 'danger' : 'info'}>{content.kind}</Tag>
        <Tag plain>{content.category}</Tag>
      </View>
      <Text className="advisory-preview__title">{content.title}</Text>
      <Text className="advisory-preview__meta muted">{content.issuer} 发布</Text>
      {window && <Text className="advisory-preview__meta muted">{window}</Text>}
      {merchant && (
        <View className="advisory-preview__merchant">
          <Text>被警示商家：{merchantName || '（商家）'}</Text>
          <Text className="muted">
            行政处罚决定书 {merchant.penaltyNo ?? '—'}
            {merchant.penaltyDate ? `（${day(merchant.penaltyDate)}）` : ''}
          </Text>
        </View>
      )}
      <MarkupView body={content.body} />
      {content.images.length > 0 && (
        <View className="advisory-preview__images">
          {content.images.map((id, index) => (
            <PrivateImage
              key={id}
              className="advisory-preview__image"
              url={uploadUrl(id)}
              label={`配图${index + 1}`}
              what="配图"
            />
          ))}
        </View>
      )}
      {content.legalBasis.length > 0 && (
        <View className="advisory-preview__laws">
          <Text className="advisory-preview__label">法律依据</Text>
          {content.legalBasis.map((ref, index) => (
            <Text key={index} className="advisory-preview__law">
              《{lawName(ref.law)}》{ref.article}
            </Text>
          ))}
        </View>
      )}
      {content.action && (
        <View className="advisory-preview__action" aria-label="行动按钮">
          {actionLabel(content.action)}
        </View>
      )}
    </View>
  );
}
