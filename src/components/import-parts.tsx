import { useState, type ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { TextFilePicker } from '@/hooks/use-text-file-picker';
import { FilePickerButton } from './file-picker-button';
import './import-parts.scss';

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

/** One thing wrong in a row: the column as the file names it (none: the whole row). */
export interface RowProblem {
  column?: string;
  message: string;
}

/** A row of the file that cannot be imported, with every problem found in it. */
export interface BadRow {
  /** Stable and unique, e.g. the line number. */
  key: string;
  /** Where it is, e.g. 第 3 行. */
  title: string;
  problems: readonly RowProblem[];
}

/** Rows shown before 显示全部: a long file's list stays readable on a phone. */
export const BAD_ROWS_SHOWN = 20;

interface ImportBadRowsProps {
  /** The heading above the rows, e.g. 有 3 行需要修改. */
  title: ReactNode;
  rows: readonly BadRow[];
}

/** The rows of a file that cannot be imported: each row, then each of its problems by column. */
export function ImportBadRows({ title, rows }: ImportBadRowsProps) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, BAD_ROWS_SHOWN);
  return (
    <View className="import-bad-rows">
      <Text className="import-bad-rows__title">{title}</Text>
      {shown.map((row) => (
        <View key={row.key} className="import-bad-rows__row" role="group" aria-label={row.title}>
          <View className="import-bad-rows__where">
            <Text className="import-bad-rows__line">{row.title}</Text>
            {row.problems.length > 1 && (
              <Text className="import-bad-rows__count">{row.problems.length} 处</Text>
            )}
          </View>
          {row.problems.map((problem, i) => (
            <View key={`${problem.column ?? ''}-${i}`} className="import-bad-rows__problem">
              {problem.column && <Text className="import-bad-rows__column">{problem.column}</Text>}
              <Text className="import-bad-rows__message">{problem.message}</Text>
            </View>
          ))}
        </View>
      ))}
      {shown.length < rows.length && (
        <Button size="small" fill="none" type="primary" onClick={() => setAll(true)}>
          还有 {rows.length - shown.length} 行，显示全部
        </Button>
      )}
    </View>
  );
}
