import type { CSSProperties, ReactNode } from 'react';
import { View, type ITouchEvent } from '@tarojs/components';
// Only the stylesheet: NutUI's Cell script brings its ConfigProvider (locale, lodash.kebabcase,
// react-fast-compare) into the main package, 10 KB for a row with a title.
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/style.css';

export interface LiteCellProps {
  title?: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
  clickable?: boolean;
  className?: string;
  style?: CSSProperties;
  onClick?: (event: ITouchEvent) => void;
}

/** NutUI's Cell (same elements and class names, so its styles and our tests apply) for rows. */
export function LiteCell({
  title,
  description,
  extra,
  clickable,
  className,
  style,
  onClick,
}: LiteCellProps) {
  const classes = ['nut-cell', className, clickable ? 'nut-cell-clickable' : ''].filter(Boolean);
  return (
    <View
      className={classes.join(' ')}
      style={{ alignItems: 'flex-start', ...style }}
      onClick={onClick}
    >
      {(title || description) && (
        <View className="nut-cell-left">
          {title && <View className="nut-cell-title">{title}</View>}
          {description && <View className="nut-cell-description">{description}</View>}
        </View>
      )}
      {extra && <View className="nut-cell-extra">{extra}</View>}
    </View>
  );
}
