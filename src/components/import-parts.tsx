import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import type { TextFilePicker } from '@/hooks/use-text-file-picker';
import { FilePickerButton } from './file-picker-button';

// The pieces the staff import pages (商家名录, 题目) share. `block` is the page's BEM block
// (e.g. "import", "quiz-import"): its stylesheet lays these out.

interface ImportFileChooserProps {
  title: string;
  /** What the file must look like (the weapp hint on where files come from follows it). */
  intro: ReactNode;
  /** The class of the row the button sits in. */
  buttonsClassName: string;
  picker: TextFilePicker;
  /** The H5 file input's accept list and accessible name. */
  accept: string;
  label: string;
  disabled: boolean;
  /** The button's text. */
  choose: string;
  /** Under the button, e.g. the chosen file or a box to paste into. */
  children?: ReactNode;
}

/** 选择文件: what the file must be, and the button that picks it (weapp: from a WeChat chat). */
export function ImportFileChooser({
  title,
  intro,
  buttonsClassName,
  picker,
  accept,
  label,
  disabled,
  choose,
  children,
}: ImportFileChooserProps) {
  return (
    <View className="section">
      <View className="section-title">{title}</View>
      <Text className="muted">
        {intro}
        {process.env.TARO_ENV === 'weapp' ? '请先把文件发到微信聊天中，再从聊天里选择。' : ''}
      </Text>
      <View className={buttonsClassName}>
        <FilePickerButton picker={picker} accept={accept} label={label} disabled={disabled}>
          {choose}
        </FilePickerButton>
      </View>
      {children}
    </View>
  );
}

export interface ImportCount {
  label: string;
  value: number;
  /** A modifier of the number's class, e.g. "rejected" → `<block>__number--rejected`. */
  mark?: string;
}

interface ImportCountsProps {
  block: string;
  result: { created: number; updated: number; unchanged: number };
  /** Figures a page adds after those three, e.g. 驳回. */
  extra?: ImportCount[];
}

/** The outcome in figures: 新增, 更新, 未变 (and what the page adds). */
export function ImportCounts({ block, result, extra = [] }: ImportCountsProps) {
  const counts: ImportCount[] = [
    { label: '新增', value: result.created },
    { label: '更新', value: result.updated },
    { label: '未变', value: result.unchanged },
    ...extra,
  ];
  return (
    <View className={`${block}__counts`}>
      {counts.map((count) => (
        <View key={count.label} className={`${block}__count`}>
          <Text
            className={`${block}__number${count.mark ? ` ${block}__number--${count.mark}` : ''}`}
          >
            {count.value}
          </Text>
          <Text className="muted">{count.label}</Text>
        </View>
      ))}
    </View>
  );
}

interface ImportBadRowsProps<R> {
  block: string;
  /** The heading above the rows, e.g. 未导入的行. */
  title: ReactNode;
  rows: readonly R[];
  rowClassName: string;
  /** One row as shown, e.g. "第 3 行：信用代码无效". */
  line: (row: R) => string;
}

/** The rows of a file that were not imported, each with its reason. */
export function ImportBadRows<R extends { row: string | number; reason: string }>({
  block,
  title,
  rows,
  rowClassName,
  line,
}: ImportBadRowsProps<R>) {
  return (
    <>
      <Text className={`${block}__subtitle`}>{title}</Text>
      {rows.map((row) => (
        <Text key={`${row.row}-${row.reason}`} className={rowClassName}>
          {line(row)}
        </Text>
      ))}
    </>
  );
}
