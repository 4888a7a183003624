import { Button, type ButtonProps } from '@tarojs/components';
import './lite-button.scss';

export interface LiteButtonProps extends Omit<ButtonProps, 'type' | 'size' | 'plain' | 'loading'> {
  /** primary: the red filled button; default: a grey outline. */
  type?: 'primary' | 'default';
  size?: 'small' | 'normal';
  /** Busy: shown dimmed and not tappable until the work is done. */
  loading?: boolean;
}

/**
 * NutUI's Button look for the main package (tab pages, LoadState, the privacy prompt) without
 * its 14 KB stylesheet of variants we do not use there; subpackages keep NutUI's Button.
 * Like NutUI's, the native button is never disabled (WeChat would grey it its own way): a
 * disabled or busy button just ignores taps.
 */
export function LiteButton({
  type = 'default',
  size = 'normal',
  loading = false,
  disabled = false,
  className,
  onClick,
  children,
  ...native
}: LiteButtonProps) {
  const inactive = loading || disabled;
  const classes = [
    'lite-button',
    `lite-button--${type}`,
    `lite-button--${size}`,
    inactive ? 'lite-button--inactive' : '',
    className ?? '',
  ].filter(Boolean);
  return (
    <Button
      {...native}
      className={classes.join(' ')}
      aria-disabled={inactive}
      aria-busy={loading}
      onClick={inactive ? undefined : onClick}
    >
      {children}
    </Button>
  );
}
