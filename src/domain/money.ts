/** Amounts of money in yuan: the contract's Money and the forms' amount fields. */

/** The largest amount accepted (yuan). */
export const MONEY_MAX = 10_000_000;
/** Amounts are whole fen: at most two decimals. */
export const MONEY_STEP = 0.01;

const MONEY_TEXT = /^\d+(\.\d{1,2})?$/;

/** The problem with an amount as typed, named by `what` (e.g. 消费金额). */
export function moneyTextError(text: string, what: string): string | undefined {
  const value = text.trim();
  if (!value) return `请输入${what}`;
  if (!MONEY_TEXT.test(value)) return `${what}请填写数字，最多两位小数`;
  if (Number(value) > MONEY_MAX) return `${what}不能超过${MONEY_MAX / 10_000}万元`;
  return undefined;
}

/** Yuan as typed → the number the API wants (two decimals, no float noise). */
export const toMoney = (text: string) => Math.round(Number(text.trim()) * 100) / 100;
