import { localDate } from '../rules/calendar.ts';
import { answerPolicyQuestion, gradeFromText, isClearPolicyQuestion, type SchoolValues } from '../rules/kb/retrieve.ts';
import type { SchoolConfig } from '../bot/config/schema.ts';
import type { QuestionRecord } from '../storage/records.ts';
import { reply, save } from './effects.ts';
import { classById } from './identify.ts';
import type { Context, Effect, Inbound } from './types.ts';

/** One answer per topic per group within this window; later askers get a pointer. */
export const REPEAT_WINDOW_MS = 5 * 60_000;

export function schoolValues(config: SchoolConfig): SchoolValues {
  return {
    schoolName: config.school.name,
    cutoffPrimary: config.times.exemptionCutoff.primary,
    cutoffJunior: config.times.exemptionCutoff.junior,
    publishTime: config.times.publish,
    classStartPrimary: config.times.classStart.primary,
    classStartJunior: config.times.classStart.junior,
    afterSchoolEnd: config.afterSchool.endTime,
    afterSchoolJuniorStart: config.afterSchool.junior.start,
    afterSchoolJuniorEnd: config.afterSchool.junior.end,
    afterSchoolFeePerMonth: config.afterSchool.feePerMonth,
  };
}

/** The grade to answer for: the group's class, else the asker's only bound pupil's. */
function askerGrade(ctx: Context): number | undefined {
  if (ctx.klass) return ctx.klass.grade;
  const grades = new Set(ctx.identity.parentOf.map((p) => classById(ctx.config, p.classId)?.grade).filter((g) => g !== undefined));
  return grades.size === 1 ? [...grades][0] : undefined;
}

/** Should a group message the bot was not @-mentioned in get an answer? */
export function wantsUnpromptedAnswer(ctx: Context, text: string): boolean {
  return ctx.config.policy.answerPolicyQuestionsInGroup && isClearPolicyQuestion(text);
}

/** A parent's policy question: answered from the knowledge base with its source, or declined honestly. */
export async function handleQuestion(msg: Inbound, ctx: Context, text: string): Promise<Effect[]> {
  const grade = askerGrade(ctx);
  const answer = answerPolicyQuestion(text, { ...(grade ? { grade } : {}), values: schoolValues(ctx.config) });
  const date = localDate(ctx.now, ctx.config.school.timezone);
  const record: QuestionRecord = {
    kind: 'question',
    id: `q-${msg.messageId}`,
    ...(ctx.klass ? { classId: ctx.klass.id } : grade !== undefined && ctx.identity.parentOf[0] ? { classId: ctx.identity.parentOf[0].classId } : {}),
    date,
    askerId: msg.from,
    at: ctx.now.toISOString(),
    question: text.slice(0, 300),
    topic: answer.topic,
    answered: answer.answered,
  };
  if (msg.chat.kind === 'group' && answer.answered && ctx.klass) {
    const since = ctx.now.getTime() - REPEAT_WINDOW_MS;
    const recent = (await ctx.store.day('question', date)).some(
      (q) => q.classId === ctx.klass!.id && q.answered && q.topic === answer.topic && Date.parse(q.at) >= since && q.id !== record.id,
    );
    if (recent) return [save(record), reply(msg, '这个问题几分钟前刚回答过，请往上翻看我的上一条回复；还有疑问可以私聊我。')];
  }
  return [save(record), reply(msg, answer.text)];
}

export { gradeFromText };
