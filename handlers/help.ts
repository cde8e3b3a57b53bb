import { COMMANDS, type Role } from '../rules/commands.ts';
import { reply } from './effects.ts';
import type { Context, Effect, Inbound } from './types.ts';

function rolesOf(ctx: Context): Set<Role> {
  const roles = new Set<Role>(['anyone']);
  const inClass = (classId: string) => !ctx.klass || ctx.klass.id === classId;
  for (const t of ctx.identity.teaches) {
    if (!inClass(t.classId)) continue;
    roles.add('teacher');
    if (t.head) roles.add('head');
  }
  if (ctx.identity.parentOf.some((p) => inClass(p.classId))) roles.add('parent');
  return roles;
}

function whoLine(ctx: Context, roles: Set<Role>): string {
  const where = ctx.klass ? `在${ctx.klass.name}群里` : '在私聊里';
  if (roles.has('head')) return `您是班主任，${where}可以：`;
  if (roles.has('teacher')) return `您是任课老师，${where}可以：`;
  if (roles.has('parent')) return `您是家长，${where}可以：`;
  return `我还不认识您的身份。家长可先发送 /绑定 孩子姓名；老师请联系学校信息管理员。${where}可以：`;
}

/** What this person, in this chat, can do. */
export function helpText(ctx: Context, lead?: string): string {
  const roles = rolesOf(ctx);
  const usable = COMMANDS.filter((c) => c.roles.some((r) => roles.has(r)));
  const lines = usable.map((c) => `${c.usage}  ${c.what}（例：${c.example}）`);
  const ask = '也可以直接问我双减政策问题，例如“三年级作业最多多长时间？”';
  return [lead, whoLine(ctx, roles), ...lines, ask].filter(Boolean).join('\n');
}

export function handleHelp(msg: Inbound, ctx: Context, lead?: string): Effect[] {
  return [reply(msg, helpText(ctx, lead))];
}
