import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { LiteCell } from './lite-cell';
import './tap-cells.scss';

export interface TapCellItem {
  key: string;
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
  onTap: () => void;
}

/** Opens a page of the app (the usual thing a row does when tapped). */
export const openPage = (url: string) => () => void Taro.navigateTo({ url });

/** Rows that each do one thing when tapped: open a page, call a number, pick a result. */
export function TapCells({ items }: { items: TapCellItem[] }) {
  return (
    <>
      {items.map(({ key, onTap, ...cell }) => (
        <LiteCell key={key} className="tap-target tap-cell" {...cell} clickable onClick={onTap} />
      ))}
    </>
  );
}
