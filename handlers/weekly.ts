import type { SchoolConfig } from '../bot/config/schema.ts';
import { chineseDate, isoWeekOf, localDate } from '../rules/calendar.ts';
import { ruleLabel } from '../rules/ruleLabels.ts';
import { summarizeWeek, type ClassWeek, type WeekSummary } from '../rules/summary.ts';
import type { Repository } from '../storage/repository.ts';
import { reply } from './effects.ts';
import { teacherScope } from './scope.ts';
import type { Context, Effect, Inbound } from './types.ts';

export async function loadWeek(config: SchoolConfig, store: Repository, week: string): Promise<WeekSummary | null> {
  const [homework, homeworkRefusals, signoffs, guardEvents, questions] = await Promise.all([
    store.week('homework', week),
    store.week('homeworkRefusal', week),
    store.week('signoff', week),
    store.week('guardEvent', week),
    store.week('question', week),
  ]);
  return summarizeWeek(config, week, { homework, homeworkRefusals, signoffs, guardEvents, questions });
}

const rules = (r: Record<string, number>) =>
  Object.entries(r)
    .map(([k, n]) => `${ruleLabel(k)} ${n}`)
    .join('、') || '无';

function dayCell(c: ClassWeek, i: number): string {
  const d = c.days[i]!;
  if (!d.schoolDay) return '休息';
  return `${d.written}${d.overCap ? '⚠' : ''}`;
}

/** The school's weekly summary as Markdown (report CLI). Counts only: no pupil names. */
export function summaryMarkdown(config: SchoolConfig, s: WeekSummary): string {
  const head = ['| 班级 | 上限 | ' + s.dates.map((d) => chineseDate(d).split(' ')[1]).join(' | ') + ' | 免写 | 作业被拒 | 提醒老师 | 提问(答/问) |'];
  head.push('|' + ' --- |'.repeat(s.dates.length + 6));
  const rows = s.classes.map(
    (c) =>
      `| ${c.name} | ${c.cap} | ${c.days.map((_, i) => dayCell(c, i)).join(' | ')} | ${c.signoffs} | ${rules(c.homeworkRefusals)} | ${rules(c.guard)} | ${c.answered}/${c.asked} |`,
  );
  const lines = [
    `# ${config.school.name} 双减周报 ${s.week}（${chineseDate(s.dates[0]!)} – ${chineseDate(s.dates[6]!)}）`,
    '',
    `- 班级：${s.classes.length} 个；超过书面作业上限的班级：${s.overCapClasses.length ? s.overCapClasses.join('、') : '无'}`,
    `- 家长签字免写：${s.signoffs} 次`,
    `- 提醒或拒绝的违规要求：${rules(s.guardByRule)}`,
    `- 家长提问：${s.asked} 个，已回答 ${s.answered} 个，未能回答 ${s.unanswered.length} 个`,
    '',
    '## 每天书面作业分钟数',
    '',
    ...head,
    ...rows,
    '',
    '“⚠”表示超过上限；“休息”表示非上课日。',
  ];
  if (Object.keys(s.guardByTeacher).length) {
    lines.push('', '## 被提醒的老师（仅供学校）', '', ...Object.entries(s.guardByTeacher).map(([t, n]) => `- ${t}：${n} 次`));
  }
  if (s.unanswered.length) {
    lines.push('', '## 未能回答的问题', '', ...s.unanswered.slice(0, 50).map((q) => `- ${q.date}${q.classId ? ` ${q.classId}` : ''}：${q.question.slice(0, 80)}`));
  }
  return lines.join('\n');
}

/** /周报: the head teacher's own class this week, with pupils' names (sent privately). */
export async function handleWeekly(msg: Inbound, ctx: Context, args: string): Promise<Effect[]> {
  const scope = teacherScope(msg, ctx, args.trim() || undefined);
  if (!scope.ok) return [reply(msg, scope.why)];
  if (!scope.head) return [reply(msg, '周报只发给班主任。')];
  const week = isoWeekOf(localDate(ctx.now, ctx.config.school.timezone));
  const s = await loadWeek(ctx.config, ctx.store, week);
  const c = s?.classes.find((x) => x.classId === scope.klass.id);
  if (!s || !c) return [reply(msg, '暂时没有本周的数据。')];
  const days = c.days.filter((d) => d.schoolDay).map((d) => `${chineseDate(d.date)} 书面${d.written}/${c.cap}分钟${d.overCap ? '（超）' : ''}${d.signoffs ? `，免写${d.signoffs}` : ''}`);
  const names = c.signoffPupils.map((p) => `${chineseDate(p.date)} ${p.pupil}${p.subjects.length ? `（${p.subjects.join('、')}）` : ''}`);
  const text = [
    `【${c.name} 本周汇总 ${week}】`,
    ...days,
    `免写 ${c.signoffs} 次${names.length ? `：${names.join('；')}` : ''}`,
    `作业被拒：${rules(c.homeworkRefusals)}；提醒老师：${rules(c.guard)}；家长提问 ${c.asked} 个，已回答 ${c.answered} 个。`,
  ].join('\n');
  return [{ type: 'send', to: `dm:${msg.from}`, text }, ...(msg.chat.kind === 'group' ? [reply(msg, '周报含学生姓名，已私信发给您。')] : [])];
}
