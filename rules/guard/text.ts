/**
 * Text handling for the guard: one canonical form, then sentences and clauses
 * with their positions, so that a verdict can point at words and a rewording
 * can keep the parts of a message that ask nothing wrong.
 */

import { standardizeWording } from '../spokenForms.ts';
import { toSimplified } from '../simplified.ts';

/** Past this, a message is judged on its beginning: no class notice is longer. */
export const MAX_GUARD_CHARS = 20_000;

const EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\uFE0E\uFE0F\u200B-\u200F\u2060\uFEFF\u20E3]/gu;
/** WeChat's own emoji codes: [微笑] [抱拳] [玫瑰]. */
const WECHAT_EMOJI = /\[[\u4e00-\u9fff]{1,4}\]/g;
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/g;
const CJK = '\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef\\u201c\\u201d\\u2018\\u2019';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, 'g');
const CJK_CHAR = new RegExp(`[${CJK}]`);
/** The CJK character at `i` stands alone between spaces (or the text's ends). */
function isolatedChar(s: string, i: number, step: 1 | -1): boolean {
  const next = s[i + step];
  return CJK_CHAR.test(s[i] ?? '') && (next === undefined || !CJK_CHAR.test(next));
}

/**
 * One form for every way a teacher types: full-width letters and digits made
 * half-width (so “ＡＰＰ” and “app” are one word), traditional characters
 * simplified (請家長簽字 is 请家长签字), punctuation half-width,
 * emoji and control characters gone, Latin lower-cased. Characters spaced
 * out one by one are joined (“家 长 签 字” is “家长签字”); a space between
 * longer runs is a clause break from voice input (“不是孩子写 是要家长写”
 * becomes “不是孩子写,是要家长写”). Never throws.
 */
export function normalizeForGuard(text: string): string {
  let s = typeof text === 'string' ? text : String(text ?? '');
  if (s.length > MAX_GUARD_CHARS) s = s.slice(0, MAX_GUARD_CHARS);
  // A lone surrogate would make normalize() keep garbage; drop it first.
  s = s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  s = standardizeWording(toSimplified(s.normalize('NFKC')));
  s = s.replace(/\r\n?/g, '\n').replace(EMOJI, '').replace(WECHAT_EMOJI, '').replace(CONTROL, ' ');
  s = s.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n');
  // 家 长 签 字 is one phrase spaced out; 不是孩子写 是要家长写 is two clauses from voice input.
  s = s.replace(SPACE_BETWEEN_CJK, (space, at: number, whole: string) => (isolatedChar(whole, at - 1, -1) && isolatedChar(whole, at + space.length, 1) ? '' : ','));
  return s.toLowerCase().trim();
}

export interface Clause {
  /** offsets into the sentence text; end excludes the delimiter */
  start: number;
  end: number;
  /** the comma or colon that closes the clause, '' for the last */
  delim: string;
}

export interface Sentence {
  text: string;
  /** the full stop, question mark or line break that closes it */
  delim: string;
  clauses: Clause[];
}

const SENTENCE = /[^。!?;\n…]+([。!?;\n…]+|$)/g;
/** Commas and colons, but not in 8:20 or 1,000 (normalizeForGuard has already made voice-input spaces commas). */
const CLAUSE_BREAK = /(?<!\d)[,:]|[,:](?!\d)/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    if (!m[0]) continue;
    const delim = m[1] ?? '';
    const body = m[0].slice(0, m[0].length - delim.length);
    if (!body.trim()) continue;
    out.push({ text: body, delim, clauses: splitClauses(body) });
  }
  return out;
}

function splitClauses(s: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    clauses.push({ start, end: at, delim: m[0] });
    start = at + m[0].length;
  }
  clauses.push({ start, end: s.length, delim: '' });
  return clauses;
}

/** Back to the punctuation a Chinese reader expects. */
export function toChinesePunctuation(s: string): string {
  return s
    .replace(/(?<!\d),|,(?!\d)/g, '，')
    .replace(/(?<!\d):|:(?!\d)/g, '：')
    .replace(/;/g, '；')
    .replace(/!/g, '！')
    .replace(/\?/g, '？')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}
