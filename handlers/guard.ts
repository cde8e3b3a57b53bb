import { localDate } from '../rules/calendar.ts';
import { dailyCap } from '../rules/grade.ts';
import { checkNoticeHomework, type NoticeHomework } from '../rules/homework.ts';
import { citeText } from '../rules/sources.ts';
import { classifyTeacherMessage, type GuardVerdict } from '../rules/guard/classify.ts';
import { RULE_INFO } from '../rules/guard/lexicon.ts';
import type { GuardEvent } from '../storage/records.ts';
import { post, reply, save, tell } from './effects.ts';
import { teacherLabel } from './identify.ts';
import { inQuietHours, quietHoursText, teacherScope } from './scope.ts';
import type { Context, Effect, Inbound } from './types.ts';

/** The refusal a teacher reads: the rule, its source, and a compliant rewording. */
export function guardRefusalText(v: GuardVerdict): string {
  const parts = [`原因：${v.reason}`];
  if (v.ruleText) parts.push(`规定：${v.ruleText}${v.source ? `（${v.source}）` : ''}`);
  if (v.rewording) parts.push(`可以这样改：${v.rewording}`);
  return parts.join('\n');
}

const MAX_NOTICE_CHARS = 500;

/** What parents read in the group: the rule and what that means for them, never the teacher's name. */
function publicNote(v: GuardVerdict): string {
  const info = v.rule ? RULE_INFO[v.rule] : undefined;
  if (!info) return '温馨说明：按照双减规定，这类事项由老师在学校完成，家长不需要做。孩子按时完成、按时睡觉就好。';
  return `温馨说明：按照双减规定，${info.ruleText}（依据：${info.source}）。${info.alternative}`;
}

function guardEvent(msg: Inbound, ctx: Context, rule: string, action: GuardEvent['action'], classId?: string): GuardEvent {
  return {
    kind: 'guardEvent',
    id: `ge-${msg.messageId}`,
    ...(classId ? { classId } : {}),
    date: localDate(ctx.now, ctx.config.school.timezone),
    teacherId: msg.from,
    at: ctx.now.toISOString(),
    rule,
    action,
    text: msg.text.slice(0, 500),
  };
}

/** /通知 <内容>: a teacher asks the bot to post a notice to the class group. */
export function handleNotice(msg: Inbound, ctx: Context, args: string): Effect[] {
  const first = args.split(/\s+/)[0] ?? '';
  const named = ctx.config.classes.find((c) => c.name === first || c.id === first);
  const scope = teacherScope(msg, ctx, named?.name);
  if (!scope.ok) return [reply(msg, scope.why)];
  const content = (named ? args.slice(first.length) : args).trim();
  if (!content) return [reply(msg, '请写上通知内容，例如：/通知 周五下午3点召开家长会，请准时参加。')];
  if (content.length > MAX_NOTICE_CHARS) return [reply(msg, `通知太长（${content.length} 字），请精简到 ${MAX_NOTICE_CHARS} 字以内。`)];
  const v = classifyTeacherMessage(content, { grade: scope.klass.grade });
  if (v.verdict === 'refuse') {
    return [
      save(guardEvent(msg, ctx, v.rule ?? 'unknown', 'refused', scope.klass.id)),
      tell(msg.from, `这条通知没有发出。\n${guardRefusalText(v)}`),
      ...(msg.chat.kind === 'group' ? [reply(msg, '老师，这条通知需要调整，我已私信说明。')] : []),
    ];
  }
  const homework = checkNoticeHomework(content, scope.klass.grade);
  if (!homework.ok) {
    return [
      save(guardEvent(msg, ctx, homework.reason, 'refused', scope.klass.id)),
      tell(msg.from, `这条通知没有发出：${overCapText(homework, scope.klass.grade)}\n${useHomeworkCommand(ctx)}`),
      ...(msg.chat.kind === 'group' ? [reply(msg, '老师，这条通知需要调整，我已私信说明。')] : []),
    ];
  }
  if (inQuietHours(ctx)) return [reply(msg, `现在是休息时间（${quietHoursText(ctx)}），我不在群里发消息，请明早再发。`)];
  const label = `${scope.klass.name}${teacherLabel(scope.klass, msg.from)}`;
  return [
    post(scope.klass.group, `【班级通知】${content}\n——${label}`),
    ...(msg.chat.kind === 'dm' ? [reply(msg, `已发到${scope.klass.name}群。`)] : []),
  ];
}

/** Why a day's homework set in a notice or a group message is over the grade's cap. */
function overCapText(h: Exclude<NoticeHomework, { ok: true }>, grade: number): string {
  const rule = dailyCap(grade);
  return h.reason === 'over_cap' ? `里面的作业约 ${h.minutes} 分钟，超过了${rule.text}${citeText(rule.cite)}。` : `${rule.text}${citeText(rule.cite)}，里面有书面作业。`;
}

const useHomeworkCommand = (ctx: Context) => `作业请用 /作业 逐科登记（例如：/作业 数学 20分钟 练习册第5页），我会合计全班当天的总量，${ctx.config.times.publish} 统一公示。`;

/**
 * A teacher's own message straight into the group cannot be unsent: depending
 * on the school's choice, the bot reminds the teacher privately (nudge), says
 * courteously in the group that parents need not do it (public), or stays out (off).
 * The day's homework posted straight into the group is held to the grade's cap
 * the same way; only the teacher is told. Returns null when nothing is wrong.
 */
export function guardDirectMessage(msg: Inbound, ctx: Context): Effect[] | null {
  if (!ctx.klass) return null;
  const v = classifyTeacherMessage(msg.text, { grade: ctx.klass.grade });
  const mode = ctx.config.policy.directMessageGuard;
  if (v.verdict !== 'refuse') {
    const homework = checkNoticeHomework(msg.text, ctx.klass.grade);
    if (homework.ok) return null;
    if (mode === 'off') return [save(guardEvent(msg, ctx, homework.reason, 'logged', ctx.klass.id))];
    return [
      save(guardEvent(msg, ctx, homework.reason, 'nudged', ctx.klass.id)),
      tell(msg.from, `老师您好，您刚才在${ctx.klass.name}群里发的作业${overCapText(homework, ctx.klass.grade)}\n${useHomeworkCommand(ctx)}`),
    ];
  }
  if (mode === 'off') return [save(guardEvent(msg, ctx, v.rule ?? 'unknown', 'logged', ctx.klass.id))];
  const nudge = tell(msg.from, `老师您好，您刚才在${ctx.klass.name}群里的消息可能不符合双减规定，建议撤回后重发。\n${guardRefusalText(v)}`);
  if (mode === 'public' && !inQuietHours(ctx)) {
    return [
      save(guardEvent(msg, ctx, v.rule ?? 'unknown', 'public', ctx.klass.id)),
      post(ctx.klass.group, publicNote(v)),
      nudge,
    ];
  }
  return [save(guardEvent(msg, ctx, v.rule ?? 'unknown', 'nudged', ctx.klass.id)), nudge];
}
