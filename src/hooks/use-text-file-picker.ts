import { useRef, useState, type ChangeEvent } from 'react';
import Taro from '@tarojs/taro';

function readWeappFile(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding: 'utf8',
      success: (result) => resolve(String(result.data)),
      fail: reject,
    });
  });
}

function readBrowserFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * Choosing a UTF-8 text file and reading it: weapp a file sent to the phone in a WeChat chat
 * (chooseMessageFile, `extensions`), H5 the hidden <input type="file"> that `input` is put on.
 * `onText` gets the content and the file's name; a file that cannot be read shows a toast.
 */
export function useTextFilePicker(
  extensions: string[],
  onText: (text: string, name: string) => void,
) {
  const [reading, setReading] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const read = async (name: string, load: () => Promise<string>) => {
    setReading(true);
    try {
      onText(await load(), name);
    } catch {
      void Taro.showToast({ title: '文件读取失败，请重新选择', icon: 'none' });
    } finally {
      setReading(false);
    }
  };

  const chooseFromChat = async () => {
    let picked: { name: string; path: string } | undefined;
    try {
      picked = (await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions }))
        .tempFiles[0];
    } catch {
      return; // cancelled
    }
    if (picked) await read(picked.name, () => readWeappFile(picked.path));
  };

  /** 选择文件: H5 opens the file input, weapp the chat file picker. */
  const choose = () => {
    if (process.env.TARO_ENV === 'h5') input.current?.click();
    else void chooseFromChat();
  };

  /** The file input's onChange (H5). */
  const onInputChange = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again still fires
    if (chosen) void read(chosen.name, () => readBrowserFile(chosen));
  };

  return { reading, input, choose, onInputChange };
}

export type TextFilePicker = ReturnType<typeof useTextFilePicker>;
