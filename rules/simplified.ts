/**
 * Some parents and teachers type in traditional characters (請問課後服務…,
 * 請家長簽字…): the lexicons are simplified, so every message is read in
 * simplified characters. OpenCC's tables do the conversion; the converter is
 * built on first use (about 30 ms).
 */
import { Converter } from 'opencc-js/t2cn';

const HAN = /\p{Script=Han}/u;
let simplify: ((s: string) => string) | undefined;

export function toSimplified(s: string): string {
  if (!HAN.test(s)) return s;
  const convert = (simplify ??= Converter({ from: 'tw', to: 'cn' }));
  return convert(s);
}
