import type { ReactNode } from 'react';
import { Button } from '@nutui/nutui-react-taro';
import type { TextFilePicker } from '@/hooks/use-text-file-picker';
import './file-picker-button.scss';

interface FilePickerButtonProps {
  picker: TextFilePicker;
  /** The H5 file input's accept list, e.g. ".csv,text/csv". */
  accept: string;
  /** The H5 file input's accessible name. */
  label: string;
  /** Besides while a file is being read. */
  disabled?: boolean;
  children: ReactNode;
}

/** 选择文件: an outline button, and on H5 the hidden file input it opens. */
export function FilePickerButton({
  picker,
  accept,
  label,
  disabled,
  children,
}: FilePickerButtonProps) {
  return (
    <>
      {process.env.TARO_ENV === 'h5' && (
        <input
          ref={picker.input}
          className="file-picker-button__input"
          type="file"
          accept={accept}
          aria-label={label}
          onChange={picker.onInputChange}
        />
      )}
      <Button
        block
        fill="outline"
        loading={picker.reading}
        disabled={disabled || picker.reading}
        onClick={picker.choose}
      >
        {children}
      </Button>
    </>
  );
}
