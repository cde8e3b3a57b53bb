import { dailyCap } from './grade.ts';
import type { HomeworkItem } from '../storage/records.ts';
import { readNumber } from './numerals.ts';
export { chineseNumber } from './numerals.ts';

/** Tags a teacher may add to an item. */
export const OPTIONAL_TAGS = ['选做', '弹性'] as const;
export const NON_WRITTEN_TAGS = ['阅读', '实践'] as const;

/** Homework content longer than this is refused: a 公示 line must stay readable. */
export const MAX_CONTENT_CHARS = 200;
/** An optional or non-written item over this is not a believable estimate. */
export const MAX_ITEM_MINUTES = 180;


export type MinutesParse =
  | { kind: 'ok'; minutes: number; match: string }
  | { kind: 'missing' }
  | { kind: 'invalid'; match: string };

/** Finds the time estimate in "20分钟", "约20min", "半小时", "一个半小时", "1.5小时", "二十分钟". */
export function parseMinutes(text: string): MinutesParse {
  const hourHalf = /(一个半|1个半)小时/.exec(text);
  if (hourHalf) return { kind: 'ok', minutes: 90, match: hourHalf[0] };
  const half = /半(个)?小时/.exec(text);
  if (half) return { kind: 'ok', minutes: 30, match: half[0] };
  const hours = /([0-9０-９.．]+|[一二两三])\s*(个)?(小时|h\b)/i.exec(text);
  if (hours) {
    const n = readNumber(hours[1]!);
    return n === null ? { kind: 'invalid', match: hours[0] } : { kind: 'ok', minutes: Math.round(n * 60), match: hours[0] };
  }
  const mins = /(?:约|大约|预计|共|用时)?\s*([0-9０-９.．]+|[零〇一二两三四五六七八九十百]+)\s*(分钟|min(?:s|utes?)?\b|分(?![数析类享配钟]))/i.exec(text);
  if (mins) {
    const n = readNumber(mins[1]!);
    return n === null || !Number.isInteger(n) ? { kind: 'invalid', match: mins[0] } : { kind: 'ok', minutes: n, match: mins[0] };
  }
  // "abc分钟": the teacher meant an estimate but wrote no number.
  const garbled = /[^\s，,。;；:：]{1,8}?\s*分钟/.exec(text);
  return garbled ? { kind: 'invalid', match: garbled[0] } : { kind: 'missing' };
}


export interface HomeworkDraft {
  /** a class named in the command (name or id), when given */
  className?: string;
  /** something written like a class name that is not one of the school's classes */
  unknownClass?: string;
  subject?: string;
  minutes: MinutesParse;
  content: string;
  optional: boolean;
  nonWritten: boolean;
}

/** Looks like a class name ("九年级9班", "初二3班"), whether or not the school has it. */
const CLASS_LIKE = /^(初|高)?[一二三四五六七八九1-9]年级?\d{1,2}班$|^初[一二三]\d{1,2}班$/;

/**
 * Reads "[班级] [学科] N分钟 内容 [选做|弹性|阅读|实践]" in any order of the
 * first tokens. `subjects` and `classNames` are the words that can be a subject
 * or a class here; everything else is content.
 */
export function parseHomeworkArgs(args: string, opts: { subjects: string[]; classNames: string[] }): HomeworkDraft {
  let rest = args.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  const minutes = parseMinutes(rest);
  if (minutes.kind !== 'missing') rest = rest.replace(minutes.match, ' ');

  let optional = false;
  let nonWritten = false;
  const mark = (tag: string) => {
    if ((OPTIONAL_TAGS as readonly string[]).includes(tag)) optional = true;
    else nonWritten = true;
    return ' ';
  };
  const tags = [...OPTIONAL_TAGS, ...NON_WRITTEN_TAGS].join('|');
  // A tag counts bracketed anywhere, or as a word of its own, so "阅读课文第3课" stays content.
  rest = rest.replace(new RegExp(`[（(【\\[](${tags})[）)】\\]]`, 'g'), (_w, tag: string) => mark(tag));
  rest = rest.replace(new RegExp(`(^|[\\s，,。：:])(${tags})(?=$|[\\s，,。：:])`, 'g'), (_w, lead: string, tag: string) => lead + mark(tag));

  const tokens = rest.split(/[\s，,：:]+/).filter(Boolean);
  let className: string | undefined;
  let unknownClass: string | undefined;
  let subject: string | undefined;
  // Look for a class and a subject among the leading tokens only.
  for (let i = 0; i < Math.min(3, tokens.length); i++) {
    const tok = tokens[i]!;
    const asSubject = tok.replace(/作业$/, '');
    if (!className && opts.classNames.includes(tok)) {
      className = tok;
      tokens[i] = '';
    } else if (!className && CLASS_LIKE.test(tok)) {
      unknownClass = tok;
      tokens[i] = '';
    } else if (!subject && opts.subjects.includes(asSubject)) {
      subject = asSubject;
      tokens[i] = '';
    } else break;
  }
  const content = tokens.filter(Boolean).join(' ').replace(/^[，,。：:\s]+|[，,。\s]+$/g, '');
  return {
    ...(className ? { className } : {}),
    ...(unknownClass ? { unknownClass } : {}),
    ...(subject ? { subject } : {}),
    minutes,
    content,
    optional,
    nonWritten,
  };
}

/** Does an item count against the written cap? */
export const countsInCap = (i: Pick<HomeworkItem, 'optional' | 'nonWritten'>) => !i.optional && !i.nonWritten;

export const activeItems = (items: HomeworkItem[]) => items.filter((i) => !i.withdrawnAt);

export interface CapStatus {
  cap: number;
  used: number;
  left: number;
  bySubject: { subject: string; minutes: number }[];
}

export function capStatus(grade: number, items: HomeworkItem[]): CapStatus {
  const cap = dailyCap(grade).writtenMinutes;
  const bySubject = new Map<string, number>();
  for (const i of activeItems(items).filter(countsInCap)) bySubject.set(i.subject, (bySubject.get(i.subject) ?? 0) + i.minutes);
  const used = [...bySubject.values()].reduce((a, b) => a + b, 0);
  return { cap, used, left: Math.max(0, cap - used), bySubject: [...bySubject].map(([subject, minutes]) => ({ subject, minutes })) };
}

/** Which kind of item a repost replaces: the same teacher, subject and category. */
export const categoryOf = (i: Pick<HomeworkItem, 'optional' | 'nonWritten'>) => (i.optional ? 'optional' : i.nonWritten ? 'nonWritten' : 'written');

export type CapVerdict =
  | { ok: true; status: CapStatus }
  | { ok: false; reason: 'no_written_homework' | 'over_cap' | 'item_over_cap'; status: CapStatus };

/**
 * Would adding `item` (replacing `replaces`, if any) keep the day's written
 * total within the grade's cap? Nobody can override this.
 */
export function checkCap(grade: number, existing: HomeworkItem[], item: Pick<HomeworkItem, 'minutes' | 'optional' | 'nonWritten'>, replaces?: string): CapVerdict {
  const others = existing.filter((i) => i.id !== replaces);
  const status = capStatus(grade, others);
  if (!countsInCap(item)) return { ok: true, status };
  if (status.cap === 0) return { ok: false, reason: 'no_written_homework', status };
  if (item.minutes > status.cap) return { ok: false, reason: 'item_over_cap', status };
  if (status.used + item.minutes > status.cap) return { ok: false, reason: 'over_cap', status };
  return { ok: true, status };
}

/**
 * A /通知 that sets the day's homework skips the class's running total, so it
 * is held to the grade's cap on its own: an estimate over the cap, or written
 * homework for grades 1–2, is not posted. Weekend and holiday work is not a
 * day's amount, and a notice that says there is no homework sets none.
 */
export type NoticeHomework = { ok: true } | { ok: false; reason: 'over_cap'; minutes: number; cap: number } | { ok: false; reason: 'no_written_homework' };

const SETS_HOMEWORK = /(今[天日晚]|今夜|回家|家庭|晚上|当天)的?作业|作业\s*[:：]|作业(如下|是|有|为)/;
const NOT_ONE_DAY = /周末|假期|寒假|暑假|国庆|五一|小长假|本周|这周|下周|一周|每周/;
const NO_HOMEWORK = /(不|没|无|免)(布置|留|有)?(家庭|书面)?作业|作业(在校|在学校|课上|课堂上?)(内)?完成/;
const WRITTEN_WORK = /写|抄|练习册|试卷|卷子|作业本|听写|默写|练字|描红|生字本|口算本|计算题/;

export function checkNoticeHomework(text: string, grade: number): NoticeHomework {
  if (!SETS_HOMEWORK.test(text) || NOT_ONE_DAY.test(text) || NO_HOMEWORK.test(text)) return { ok: true };
  const cap = dailyCap(grade).writtenMinutes;
  if (cap === 0) return WRITTEN_WORK.test(text.replace(/(不|无)(用|需|需要|必)?(书)?写/g, '')) ? { ok: false, reason: 'no_written_homework' } : { ok: true };
  const minutes = noticeMinutes(text);
  return minutes > cap ? { ok: false, reason: 'over_cap', minutes, cap } : { ok: true };
}

/** The notice's time: its stated total (共、合计、总计), else the sum of each item's estimate. */
function noticeMinutes(text: string): number {
  const total = /(一共|总共|合计|总计|共计|共|总时长|总用时)/.exec(text);
  if (total) {
    const t = parseMinutes(text.slice(total.index));
    if (t.kind === 'ok') return t.minutes;
  }
  return timeEstimates(text).reduce((a, b) => a + b, 0);
}

/** Every time estimate in a text, in order: 语文20分钟，数学半小时 → [20, 30]. */
export function timeEstimates(text: string): number[] {
  const out: number[] = [];
  let rest = text;
  for (let t = parseMinutes(rest); t.kind !== 'missing'; t = parseMinutes(rest)) {
    if (t.kind === 'ok') out.push(t.minutes);
    rest = rest.slice(rest.indexOf(t.match) + t.match.length);
  }
  return out;
}
