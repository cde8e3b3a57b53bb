import { addDays, localDate, localMinutes, parseHHmm } from './calendar.ts';

/**
 * Until this hour in the morning, a sign-off still belongs to the night before:
 * a parent signing at 00:30 means the evening's homework, not the new day's.
 */
export const NIGHT_ENDS = '05:00';

export interface ExemptionWindow {
  /** a sign-off may be taken now */
  open: boolean;
  /** the date of the homework a sign-off now is for */
  homeworkDate: string;
}

export function exemptionWindow(now: Date, tz: string, cutoff: string): ExemptionWindow {
  const minutes = localMinutes(now, tz);
  const today = localDate(now, tz);
  if (minutes < parseHHmm(NIGHT_ENDS)) return { open: true, homeworkDate: addDays(today, -1) };
  return { open: minutes >= parseHHmm(cutoff), homeworkDate: today };
}

// A question about the exemption ("九点了还没写完怎么办") is for the knowledge
// base; a parent saying they sign is a sign-off.
const QUESTION = /[?？吗呢]|怎么|如何|能不能|可不可以|可以不|行不行|是不是|是否|什么|啥/;
const SIGN = /免写|签字|签名|签个字|我签/;
const CANNOT_FINISH = /写不完|没写完|未写完|做不完|没做完|未完成|写不动|做不动|太晚了?|来不及/;
const STOP = /不写了|不做了|停笔|申请|先睡|去睡|睡觉/;

/** A parent saying, in their own words, that they sign for the child to stop. */
export function looksLikeSignoff(text: string): boolean {
  const t = text.slice(0, 200);
  if (QUESTION.test(t)) return false;
  if (/免写/.test(t) && !/不免写|免写吗/.test(t)) return true;
  return CANNOT_FINISH.test(t) && (SIGN.test(t) || STOP.test(t));
}
