import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(isoWeek);
dayjs.extend(customParseFormat);

// School time is always derived from an instant passed in plus the school's zone:
// nothing here reads the clock.

// dayjs's tz() builds a formatter on every call; these two run on every message,
// so they keep one Intl formatter per zone instead.
const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClock(now: Date, tz: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(tz, f);
  }
  const out = { year: '', month: '', day: '', hour: '', minute: '' };
  for (const p of f.formatToParts(now)) if (p.type in out) out[p.type as keyof typeof out] = p.value;
  return out;
}

/** YYYY-MM-DD in the school's zone. */
export function localDate(now: Date, tz: string): string {
  const w = wallClock(now, tz);
  return `${w.year}-${w.month}-${w.day}`;
}

/** Minutes since local midnight in the school's zone. */
export function localMinutes(now: Date, tz: string): number {
  const w = wallClock(now, tz);
  return Number(w.hour) * 60 + Number(w.minute);
}

/** "HH:mm" → minutes since midnight. */
export function parseHHmm(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** True when `minutes` lies in [start, end), with ranges that may wrap past midnight. */
export function inRange(minutes: number, start: string, end: string): boolean {
  const s = parseHHmm(start);
  const e = parseHHmm(end);
  return s <= e ? minutes >= s && minutes < e : minutes >= s || minutes < e;
}

/** ISO week label of a YYYY-MM-DD date, e.g. "2026-W48". */
export function isoWeekOf(date: string): string {
  const d = dayjs(date, 'YYYY-MM-DD');
  return `${d.isoWeekYear()}-W${String(d.isoWeek()).padStart(2, '0')}`;
}

/** The seven dates (Monday first) of an ISO week label; null when the label is malformed. */
export function datesOfIsoWeek(week: string): string[] | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const year = Number(m[1]);
  const wk = Number(m[2]);
  // Jan 4th is always in ISO week 1.
  const monday = dayjs(`${year}-01-04`, 'YYYY-MM-DD').isoWeekday(1).add(wk - 1, 'week');
  if (wk < 1 || monday.isoWeek() !== wk) return null;
  return Array.from({ length: 7 }, (_, i) => monday.add(i, 'day').format('YYYY-MM-DD'));
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return dayjs(date, 'YYYY-MM-DD').isoWeekday();
}

export function addDays(date: string, n: number): string {
  return dayjs(date, 'YYYY-MM-DD').add(n, 'day').format('YYYY-MM-DD');
}

/** "11月23日 周一" for messages. */
export function chineseDate(date: string): string {
  const d = dayjs(date, 'YYYY-MM-DD');
  return `${d.month() + 1}月${d.date()}日 周${'一二三四五六日'[d.isoWeekday() - 1]}`;
}
