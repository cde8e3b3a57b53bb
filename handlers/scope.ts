import type { ClassConfig } from '../bot/config/schema.ts';
import { classById } from './identify.ts';
import type { Context, Inbound } from './types.ts';
import { inRange, localMinutes } from '../rules/calendar.ts';

export type TeacherScope =
  | { ok: true; klass: ClassConfig; subjects: string[]; head: boolean }
  | { ok: false; why: string };

/**
 * Which of the sender's classes a teacher's command is about: the group's
 * class, the class named in the command, or the only class they teach.
 */
export function teacherScope(msg: Inbound, ctx: Context, namedClass?: string): TeacherScope {
  const { identity, config } = ctx;
  if (identity.teaches.length === 0) {
    return { ok: false, why: '这个命令只有本校老师可以使用。如果您是老师，请联系学校信息管理员登记您的账号。' };
  }
  const named = namedClass ? config.classes.find((c) => c.name === namedClass || c.id === namedClass) : undefined;
  let klass = ctx.klass ?? named;
  if (ctx.klass && named && named.id !== ctx.klass.id) {
    return { ok: false, why: `这里是${ctx.klass.name}的群，请到${named.name}的群里或私聊我发送。` };
  }
  if (!klass) {
    if (identity.teaches.length > 1) {
      const names = identity.teaches.map((t) => classById(config, t.classId)?.name).join('、');
      return { ok: false, why: `您教多个班（${names}），请写明班级，例如：/作业 ${names.split('、')[0]} 数学 20分钟 口算练习。` };
    }
    klass = classById(config, identity.teaches[0]!.classId);
  }
  const t = identity.teaches.find((x) => x.classId === klass!.id);
  if (!klass || !t) return { ok: false, why: `您不是${klass?.name ?? '这个班'}的老师，不能为这个班操作。` };
  return { ok: true, klass, subjects: t.subjects, head: t.head };
}

export function inQuietHours(ctx: Pick<Context, 'config' | 'now'>): boolean {
  const q = ctx.config.times.quietHours;
  return inRange(localMinutes(ctx.now, ctx.config.school.timezone), q.start, q.end);
}

export function quietHoursText(ctx: Pick<Context, 'config'>): string {
  const q = ctx.config.times.quietHours;
  return `${q.start}–${q.end}`;
}

/** All subjects taught in a class. */
export const classSubjects = (klass: ClassConfig) => [...new Set(klass.teachers.flatMap((t) => t.subjects))];
