import { View, Text } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import type { Document } from '../texts';
import './document-view.scss';

/** A 隐私政策 or 用户协议: title, version, then each section in plain paragraphs. */
export function DocumentView({ doc }: { doc: Document }) {
  return (
    <PageShell className="privacy-doc">
      <View className="section">
        <Text className="privacy-doc__title">{doc.title}</Text>
        <Text className="muted">
          {doc.version} 版 · {doc.version} 起生效
        </Text>
      </View>
      {doc.sections.map((section) => (
        <View className="section" key={section.heading}>
          <View className="section-title">{section.heading}</View>
          {section.paragraphs.map((text) => (
            <Text className="privacy-doc__paragraph" key={text}>
              {text}
            </Text>
          ))}
        </View>
      ))}
    </PageShell>
  );
}
