/** Numbers as teachers write them: 20, ２０, 1.5, 二十, 两百. */

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "二十五" → 25, "十" → 10, "九十" → 90; up to 999. null when not a Chinese numeral. */
export function chineseNumber(s: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = CN_DIGITS[ch] ?? 0;
  }
  return total + digit;
}

/** Arabic (half- or full-width, with a decimal point) or Chinese numerals; null for anything else. */
export function readNumber(s: string): number | null {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace('．', '.');
  if (/^\d+(\.\d+)?$/.test(ascii)) return Number(ascii);
  return chineseNumber(s);
}
