import { createHash } from 'node:crypto';
import { localDate, localMinutes, parseHHmm } from '../rules/calendar.ts';
import { dailyCap } from '../rules/grade.ts';
import { classifyTeacherMessage } from '../rules/guard/classify.ts';
import { activeItems, categoryOf, checkCap, MAX_CONTENT_CHARS, MAX_ITEM_MINUTES, parseHomeworkArgs, type CapStatus } from '../rules/homework.ts';
import { citeText } from '../rules/sources.ts';
import type { HomeworkItem, HomeworkRefusal } from '../storage/records.ts';
import { reply, save, tell } from './effects.ts';
import { correctionIfPublished, publishClass } from './publication.ts';
import { classSubjects, inQuietHours, quietHoursText, teacherScope } from './scope.ts';
import type { Context, Effect, Inbound } from './types.ts';
import { guardRefusalText } from './guard.ts';

const USAGE = '用法：/作业 <学科> <N>分钟 <内容>，例如：/作业 数学 20分钟 口算练习第12页。可加“选做”“弹性”（不计入时长）或“阅读”“实践”（非书面）。';

function breakdown(s: CapStatus): string {
  if (s.cap === 0) return '一、二年级不布置家庭书面作业，只记阅读、实践类';
  const parts = s.bySubject.map((b) => `${b.subject}${b.minutes}`).join('、');
  return `今天书面作业已布置 ${s.used}/${s.cap} 分钟${parts ? `（${parts}）` : ''}，还可布置 ${s.left} 分钟`;
}

const itemId = (classId: string, date: string, teacherId: string, subject: string, category: string) =>
  `hw-${createHash('sha1').update(`${classId}|${date}|${teacherId}|${subject}|${category}`).digest('hex').slice(0, 16)}`;

/** /作业: record one item for today, within the grade's cap and the content rules. */
export async function handleHomework(msg: Inbound, ctx: Context, args: string): Promise<Effect[]> {
  const { config, store, now } = ctx;
  const classNames = config.classes.flatMap((c) => [c.name, c.id]);
  const allSubjects = [...new Set(config.classes.flatMap(classSubjects))];
  const draft = parseHomeworkArgs(args, { subjects: allSubjects, classNames });
  if (draft.unknownClass) return [reply(msg, `没有找到班级“${draft.unknownClass}”。请写学校配置里的班级名称，例如：${config.classes.map((c) => c.name).join('、')}。`)];
  const scope = teacherScope(msg, ctx, draft.className);
  if (!scope.ok) return [reply(msg, scope.why)];
  const { klass } = scope;

  if (!args.trim()) return [reply(msg, `请写明学科、预计用时和内容。${USAGE}`)];
  const subject = draft.subject ?? (scope.subjects.length === 1 ? scope.subjects[0]! : undefined);
  if (!subject) return [reply(msg, `请写明学科（您在${klass.name}教：${scope.subjects.join('、')}）。${USAGE}`)];
  if (!scope.subjects.includes(subject)) {
    return [reply(msg, `您在${klass.name}教的是${scope.subjects.join('、')}，不能布置${subject}作业。${subject}作业请由${subject}老师发布。`)];
  }
  if (draft.minutes.kind === 'missing') {
    return [reply(msg, `请写上预计完成时间（老师先试做，估计学生用时）。${USAGE}`)];
  }
  if (draft.minutes.kind === 'invalid') return [reply(msg, `“${draft.minutes.match.slice(0, 20)}”不是有效的时间，请用数字，例如 20分钟。${USAGE}`)];
  const minutes = draft.minutes.minutes;
  if (minutes <= 0) return [reply(msg, `预计时间应大于 0 分钟。${USAGE}`)];
  if (minutes > MAX_ITEM_MINUTES) return [reply(msg, `${minutes} 分钟太长了，不像一项作业的用时，请核实后重新发送。${USAGE}`)];
  if (!draft.content) return [reply(msg, `请写上作业内容。${USAGE}`)];
  if (draft.content.length > MAX_CONTENT_CHARS) {
    return [reply(msg, `作业内容太长（${draft.content.length} 字），请精简到 ${MAX_CONTENT_CHARS} 字以内，详细要求可在课堂上讲。`)];
  }

  const date = localDate(now, config.school.timezone);
  const refuse = (rule: string, text: string): Effect[] => {
    const record: HomeworkRefusal = { kind: 'homeworkRefusal', id: `hr-${msg.messageId}`, classId: klass.id, date, teacherId: msg.from, at: now.toISOString(), rule, text: args.slice(0, 500) };
    return [save(record), tell(msg.from, text)];
  };

  const verdict = classifyTeacherMessage(draft.content, { grade: klass.grade });
  if (verdict.verdict === 'refuse') return refuse(verdict.rule ?? 'guard', `这项作业没有记录。${guardRefusalText(verdict)}`);

  const existing = (await store.day('homework', date)).filter((i) => i.classId === klass.id);
  const item: HomeworkItem = {
    kind: 'homework',
    id: itemId(klass.id, date, msg.from, subject, categoryOf(draft)),
    classId: klass.id,
    date,
    subject,
    minutes,
    content: draft.content,
    optional: draft.optional,
    nonWritten: draft.nonWritten,
    teacherId: msg.from,
    at: now.toISOString(),
  };
  const previous = activeItems(existing).find((i) => i.id === item.id);
  const cap = checkCap(klass.grade, activeItems(existing), item, previous?.id);
  if (!cap.ok) {
    const rule = dailyCap(klass.grade);
    const why =
      cap.reason === 'no_written_homework'
        ? `${rule.text}，这项书面作业不能布置。可以改成阅读或实践类（例如：/作业 ${subject} ${minutes}分钟 阅读 …），或放在课堂上完成。`
        : cap.reason === 'item_over_cap'
          ? `这一项 ${minutes} 分钟已超过${rule.text}，请拆小或改为选做。`
          : `加上这项（${minutes}分钟）会超过每日上限。${breakdown(cap.status)}。请减少时长、改为选做，或与班主任协调。`;
    return refuse(cap.reason, `这项作业没有记录：${why}${citeText(rule.cite)}`);
  }

  const after = [...existing.filter((i) => i.id !== item.id), item];
  const status = checkCap(klass.grade, activeItems(after), { minutes: 0, optional: true, nonWritten: false }).status;
  const kindText = item.optional ? '（选做）' : item.nonWritten ? '（阅读/实践，不计入书面时长）' : '';
  const verb = previous ? '已更新' : '已记下';
  const publishAt = config.times.publish;
  const effects: Effect[] = [save(item)];
  const correction = await correctionIfPublished(config, store, klass, date, now, `${previous ? '修改' : '新增'} ${subject} ${minutes}分钟${kindText}：${item.content}`, after);
  const quiet = inQuietHours(ctx);
  if (!quiet) effects.push(...correction);
  const tail = correction.length ? (quiet ? `今天的作业已经公示，现在是休息时间（${quietHoursText(ctx)}），不在群里发更正，请明天课上说明。` : '今天的作业已经公示，我已在群里发了一条更正。') : `${publishAt} 统一公示。`;
  effects.push(reply(msg, `${verb}：${klass.name} ${subject} ${minutes}分钟${kindText} ${item.content}。${breakdown(status)}。${tail}`));
  return effects;
}

/** /撤回 <学科>: a teacher withdraws their own item; the head teacher any item of the class. */
export async function handleWithdraw(msg: Inbound, ctx: Context, args: string): Promise<Effect[]> {
  const { config, store, now } = ctx;
  const tokens = args.split(/\s+/).filter(Boolean);
  const named = tokens.find((t) => config.classes.some((c) => c.name === t || c.id === t));
  const scope = teacherScope(msg, ctx, named);
  if (!scope.ok) return [reply(msg, scope.why)];
  const { klass } = scope;
  const subject = tokens.find((t) => t !== named)?.replace(/作业$/, '') ?? (scope.subjects.length === 1 ? scope.subjects[0] : undefined);
  if (!subject) return [reply(msg, '请写明要撤回哪一科，例如：/撤回 数学')];
  const date = localDate(now, config.school.timezone);
  const existing = (await store.day('homework', date)).filter((i) => i.classId === klass.id);
  const mine = activeItems(existing).filter((i) => i.subject === subject && (scope.head || i.teacherId === msg.from));
  if (mine.length === 0) {
    const others = activeItems(existing).some((i) => i.subject === subject);
    return [reply(msg, others ? `今天的${subject}作业不是您布置的，只有布置的老师或班主任可以撤回。` : `今天${klass.name}没有您布置的${subject}作业，不需要撤回。`)];
  }
  const withdrawn = mine.map((i) => ({ ...i, withdrawnAt: now.toISOString(), withdrawnBy: msg.from }));
  const after = existing.map((i) => withdrawn.find((w) => w.id === i.id) ?? i);
  const status = checkCap(klass.grade, activeItems(after), { minutes: 0, optional: true, nonWritten: false }).status;
  const effects: Effect[] = withdrawn.map(save);
  if (!inQuietHours(ctx)) effects.push(...(await correctionIfPublished(config, store, klass, date, now, `撤回 ${subject} 作业`, after)));
  effects.push(reply(msg, `已撤回${klass.name}今天的${subject}作业。${breakdown(status)}。`));
  return effects;
}

/** /发布: the head teacher publishes the day's list before the scheduled time. */
export async function handlePublishNow(msg: Inbound, ctx: Context, args: string): Promise<Effect[]> {
  const scope = teacherScope(msg, ctx, args.trim() || undefined);
  if (!scope.ok) return [reply(msg, scope.why)];
  if (!scope.head) return [reply(msg, `只有班主任可以提前发布作业公示；${ctx.config.times.publish} 会自动发布。`)];
  if (inQuietHours(ctx)) return [reply(msg, `现在是休息时间（${quietHoursText(ctx)}），不在群里发消息。`)];
  const date = localDate(ctx.now, ctx.config.school.timezone);
  const result = await publishClass(ctx.config, ctx.store, scope.klass, date, ctx.now);
  if (result === 'nothing') return [reply(msg, `${scope.klass.name}今天还没有作业可以公示。`)];
  if (result === 'already') return [reply(msg, '今天的作业已经公示过了；之后的修改会自动发更正。')];
  const late = localMinutes(ctx.now, ctx.config.school.timezone) >= parseHHmm(ctx.config.times.publish);
  return [...result, ...(msg.chat.kind === 'dm' ? [reply(msg, `已发布${scope.klass.name}今天的作业公示${late ? '' : '，之后的修改会自动发更正'}。`)] : [])];
}

/** What a teacher is told when one message sets several subjects' homework. */
export const SEVERAL_ITEMS = '这条消息里有几项作业，我没有记下（合成一项会把当天的总量算少）。请每科用 /作业 登记一次，例如：/作业 数学 20分钟 练习册第5页；我会合计全班当天的总量再统一公示。';

/** "数学作业：口算练习第12页，约20分钟" written by a teacher: the same as /作业. */
export function looksLikeHomeworkPost(text: string): boolean {
  return /^\S{1,6}作业[：:]/.test(text) && /\d+\s*(分钟|min)|[一二三四五六七八九十]+分钟|半小时/.test(text);
}
