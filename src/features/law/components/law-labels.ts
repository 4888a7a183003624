/** 2013-10-25 → 2013年10月25日 */
export const versionDay = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};
