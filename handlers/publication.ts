import type { ClassConfig, SchoolConfig } from '../bot/config/schema.ts';
import { chineseDate } from '../rules/calendar.ts';
import { dailyCap, exemptionCutoff, stageOf, STAGE_NAME } from '../rules/grade.ts';
import { activeItems, capStatus, countsInCap } from '../rules/homework.ts';
import { citeText, POLICY } from '../rules/sources.ts';
import type { HomeworkItem, Publication } from '../storage/records.ts';
import type { Repository } from '../storage/repository.ts';
import { post, save } from './effects.ts';
import { lark, type Effect } from './types.ts';

const line = (i: HomeworkItem) => `· ${i.subject} ${i.minutes}分钟：${i.content}`;
const snapshotOf = (items: HomeworkItem[]) => activeItems(items).map((i) => `${i.id}:${i.minutes}:${i.content}`).sort();

/** The day's 作业公示: information only, it never asks parents to reply or check in. */
export function publicationText(config: SchoolConfig, klass: ClassConfig, date: string, items: HomeworkItem[]): string {
  const active = activeItems(items);
  const written = active.filter(countsInCap);
  const nonWritten = active.filter((i) => i.nonWritten && !i.optional);
  const optional = active.filter((i) => i.optional);
  const status = capStatus(klass.grade, items);
  const parts = [`【作业公示】${klass.name} ${chineseDate(date)}`];
  if (written.length) parts.push(`书面作业（合计 ${status.used}/${status.cap} 分钟）：`, ...written.map(line));
  else parts.push(status.cap === 0 ? '今天没有书面作业（一、二年级不布置家庭书面作业）。' : '今天没有书面作业。');
  if (nonWritten.length) parts.push('阅读/实践（不计入书面作业时长）：', ...nonWritten.map(line));
  if (optional.length) parts.push('选做/弹性（自愿完成，不计入时长）：', ...optional.map(line));
  const cutoff = exemptionCutoff(config.times, klass.grade);
  parts.push(`温馨提示：${STAGE_NAME[stageOf(klass.grade)]}晚上${cutoff}后仍未完成的，家长可私聊我发送 /免写，孩子按时睡觉，老师不会批评。`);
  parts.push(`${dailyCap(klass.grade).text}${citeText(POLICY.homeworkCaps.cite)}`);
  return parts.join('\n');
}

function destination(config: SchoolConfig, klass: ClassConfig): string | null {
  if (config.policy.publishTo === 'lark') return config.lark.schoolChatId ? lark(config.lark.schoolChatId) : null;
  return klass.group;
}

/** Publishes a class's list for the day unless it went out already or there is nothing to say. */
export async function publishClass(config: SchoolConfig, store: Repository, klass: ClassConfig, date: string, now: Date): Promise<Effect[] | 'nothing' | 'already'> {
  const items = (await store.day('homework', date)).filter((i) => i.classId === klass.id);
  if (activeItems(items).length === 0) return 'nothing';
  const pubs = (await store.day('publication', date)).filter((p) => p.classId === klass.id);
  if (pubs.some((p) => p.type === 'full')) return 'already';
  const to = destination(config, klass);
  if (!to) return 'nothing';
  const record: Publication = { kind: 'publication', id: `${klass.id}|${date}|full`, classId: klass.id, date, at: now.toISOString(), type: 'full', snapshot: snapshotOf(items) };
  return [save(record), post(to, publicationText(config, klass, date, items), `pub|${config.school.id}|${klass.id}|${date}`)];
}

/**
 * After the list went out, a change posts one short correction, not the list
 * again. `change` describes it ("数学 改为 25分钟：…").
 */
export async function correctionIfPublished(config: SchoolConfig, store: Repository, klass: ClassConfig, date: string, now: Date, change: string, itemsAfter: HomeworkItem[]): Promise<Effect[]> {
  const pubs = (await store.day('publication', date)).filter((p) => p.classId === klass.id);
  if (!pubs.some((p) => p.type === 'full')) return [];
  const to = destination(config, klass);
  if (!to) return [];
  const n = pubs.length;
  const status = capStatus(klass.grade, itemsAfter);
  const record: Publication = { kind: 'publication', id: `${klass.id}|${date}|correction|${n}`, classId: klass.id, date, at: now.toISOString(), type: 'correction', snapshot: snapshotOf(itemsAfter) };
  const text = `【作业公示更正】${klass.name} ${chineseDate(date)}：${change}。今天书面作业合计 ${status.used}/${status.cap} 分钟。`;
  return [save(record), post(to, text, `pub|${config.school.id}|${klass.id}|${date}|c${n}`)];
}
