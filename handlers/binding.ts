import { bindingId, classByName, headTeacherOf, activeParentBindings, teacherRoles, unknownContact } from './identify.ts';
import { reply, save, tell } from './effects.ts';
import { teacherScope } from './scope.ts';
import type { ParentBinding, PlatformBinding } from '../storage/records.ts';
import type { Context, Effect, Inbound } from './types.ts';
import { BIND_CODE, teacherOfBindCode } from '../rules/bindCode.ts';
import { localDate } from '../rules/calendar.ts';
import { createHash } from 'node:crypto';

// A pupil's name as parents write it: Chinese or Latin letters, a middle dot, no digits or symbols.
const PUPIL_NAME = /^[\p{Script=Han}A-Za-z·]{1,10}$/u;

/**
 * /绑定 <班级> by the head teacher in a group the bot does not know yet: maps the
 * platform's group to the class. Only that class's head teacher, by contact id, can.
 */
export function handleBindGroup(msg: Inbound, ctx: Context, args: string): Effect[] {
  if (msg.chat.kind !== 'group') return [reply(msg, '请在要绑定的班级群里发送 /绑定 班级名称。')];
  const klass = classByName(ctx.config, args);
  if (!klass) return [reply(msg, `没有找到班级“${args.slice(0, 20)}”。请写配置里的班级名称，例如：/绑定 ${ctx.config.classes[0]!.name}`)];
  if (!ctx.identity.teaches.some((t) => t.classId === klass.id && t.head)) {
    return [reply(msg, `只有${klass.name}的班主任可以把群绑定到班级。`)];
  }
  const platformId = msg.chat.platformGroupId;
  if (!platformId || msg.platform === 'console') return [reply(msg, '这个群无法绑定（没有平台群编号）。')];
  const record: PlatformBinding = { kind: 'platformBinding', id: `${msg.platform}|group|${platformId}`, platform: msg.platform, target: 'group', platformId, schoolId: klass.group, at: ctx.now.toISOString(), by: msg.from };
  return [save(record), reply(msg, `好的，本群已绑定为${klass.name}。家长可以在群里发送 /帮助 看看我能做什么。`)];
}

/**
 * /绑定 <一次性码> privately: a teacher proves who they are with the code the
 * school's IT gave them (npx shuangjian bind-code <id>). Each code binds once.
 */
export async function handleBindCode(msg: Inbound, ctx: Context, code: string): Promise<Effect[]> {
  const teacherIds = [...new Set(ctx.config.classes.flatMap((c) => c.teachers.map((t) => t.id)))];
  const teacherId = ctx.bindSecret ? teacherOfBindCode(ctx.bindSecret, code, teacherIds, localDate(ctx.now, ctx.config.school.timezone)) : null;
  // Only a digest of the code is kept: enough to refuse it a second time.
  const used = `code:${createHash('sha256').update(code).digest('hex').slice(0, 16)}`;
  if (msg.chat.kind !== 'dm') {
    // Everyone in the group has seen it: a valid code is burned so nobody else can bind with it.
    if (!teacherId || msg.platform === 'console') return [reply(msg, '绑定码请私聊我发送，不要发在群里；这个码已经公开，请向学校信息管理员重新要一个。')];
    const burned: PlatformBinding = { kind: 'platformBinding', id: `${msg.platform}|burnedCode|${used}`, platform: msg.platform, target: 'burnedCode', platformId: used, schoolId: teacherId, at: ctx.now.toISOString(), by: used };
    return [save(burned), reply(msg, '绑定码请私聊我发送，不要发在群里；这个码已经公开，我已让它作废，请向学校信息管理员重新要一个。')];
  }
  if (!ctx.bindSecret) return [reply(msg, '本校没有启用老师绑定码。请联系学校信息管理员。')];
  if (ctx.identity.teaches.length > 0 || ctx.identity.parentOf.length > 0) return [reply(msg, '您的身份已经确认过了，不需要再绑定。')];
  const contact = unknownContact(msg.from);
  if (!contact || contact.platform !== msg.platform) return [reply(msg, '这个聊天无法绑定老师身份。')];
  const bindings = await ctx.store.state('platformBinding');
  if (!teacherId || bindings.some((b) => b.by === used)) {
    return [reply(msg, '这个绑定码不对、已过期（两天内有效）或已经用过。请向学校信息管理员要一个新的。')];
  }
  const classes = ctx.config.classes.filter((c) => c.teachers.some((t) => t.id === teacherId));
  const roles = teacherRoles(ctx.config, teacherId);
  const record: PlatformBinding = { kind: 'platformBinding', id: `${contact.platform}|contact|${contact.platformId}`, platform: contact.platform, target: 'contact', platformId: contact.platformId, schoolId: teacherId, at: ctx.now.toISOString(), by: used };
  const heads = [...new Set(classes.map((c) => headTeacherOf(c).id))].filter((h) => h !== teacherId);
  return [
    save(record),
    reply(msg, `已确认：您是${roles}（编号 ${teacherId}）。现在可以用 /作业、/通知 等命令了，发送 /帮助 看看。`),
    ...heads.map((h) => tell(h, `【老师绑定】${roles}（编号 ${teacherId}）已用学校发的一次性码绑定了${contact.platform === 'wechat' ? '微信' : '飞书'}账号。如不属实，请联系学校信息管理员。`)),
  ];
}

/** /绑定 <学生姓名> (in the class group) or /绑定 <班级> <学生姓名> (privately): a parent binds to a pupil. */
export async function handleBind(msg: Inbound, ctx: Context, args: string): Promise<Effect[]> {
  if (BIND_CODE.test(args.trim())) return handleBindCode(msg, ctx, args.trim());
  const tokens = args.split(/[\s，,]+/).filter(Boolean);
  const namedClass = tokens.length > 0 ? ctx.config.classes.find((c) => c.name === tokens[0] || c.id === tokens[0]) : undefined;
  if (ctx.klass && namedClass && tokens.length === 1) {
    return [reply(msg, namedClass.id === ctx.klass.id ? `本群已经是${ctx.klass.name}的群了。` : `本群已绑定为${ctx.klass.name}，不能再绑定到${namedClass.name}。`)];
  }
  const klass = ctx.klass ?? namedClass;
  const pupil = (namedClass ? tokens.slice(1) : tokens).join('');
  if (!klass) return [reply(msg, '请在孩子的班级群里发送 /绑定 孩子姓名，或私聊我发送：/绑定 班级名称 孩子姓名（例如 /绑定 三年级2班 李明）。')];
  if (!pupil) return [reply(msg, `请写上孩子的姓名，例如：/绑定 ${ctx.klass ? '' : `${klass.name} `}李明`)];
  if (!PUPIL_NAME.test(pupil)) return [reply(msg, '孩子姓名只能是汉字或字母（最多10个字），请重新发送，例如：/绑定 李明')];
  if (ctx.identity.isBot) return [];
  const ref = { classId: klass.id, pupil };
  const id = bindingId(ref, msg.from);
  const stored = await ctx.store.state('parentBinding');
  if (activeParentBindings(ctx.config, stored).some((b) => b.parentId === msg.from && b.ref.classId === klass.id && b.ref.pupil === pupil)) {
    return [reply(msg, '您已经绑定过这个孩子了，不需要重复绑定。')];
  }
  const record: ParentBinding = { kind: 'parentBinding', id, parentId: msg.from, classId: klass.id, pupil, at: ctx.now.toISOString(), by: msg.from, active: true };
  const head = headTeacherOf(klass);
  const who = msg.displayName ? `${msg.displayName.slice(0, 20)}（编号 ${msg.from}）` : `编号 ${msg.from} 的联系人`;
  return [
    save(record),
    tell(head.id, `【家长绑定】${who} 绑定为${klass.name} ${pupil} 的家长。如不属实，请私聊我发送 /解绑 ${pupil}`),
    reply(msg, msg.chat.kind === 'group' ? '已绑定，班主任会收到通知。以后可以私聊我发送 /免写 等命令。' : `已绑定为${klass.name} ${pupil} 的家长，班主任会收到通知。`),
  ];
}

/** /解绑 <学生姓名>: the head teacher undoes a binding of a pupil of their class. */
export async function handleUnbind(msg: Inbound, ctx: Context, args: string): Promise<Effect[]> {
  const tokens = args.split(/[\s，,]+/).filter(Boolean);
  const namedClass = ctx.config.classes.find((c) => c.name === tokens[0] || c.id === tokens[0]);
  const scope = teacherScope(msg, ctx, namedClass?.name);
  if (!scope.ok) return [reply(msg, scope.why)];
  if (!scope.head) return [reply(msg, '只有班主任可以撤销家长绑定。')];
  const pupil = (namedClass ? tokens.slice(1) : tokens).join('');
  if (!pupil) return [reply(msg, '请写上孩子姓名，例如：/解绑 李明')];
  const stored = await ctx.store.state('parentBinding');
  const active = activeParentBindings(ctx.config, stored).filter((b) => b.ref.classId === scope.klass.id && b.ref.pupil === pupil);
  if (active.length === 0) return [reply(msg, `${scope.klass.name}没有 ${pupil} 的家长绑定。`)];
  const effects: Effect[] = active.map((b) =>
    save({ kind: 'parentBinding', id: bindingId(b.ref, b.parentId), parentId: b.parentId, classId: b.ref.classId, pupil, at: ctx.now.toISOString(), by: msg.from, active: false }),
  );
  effects.push(tell(msg.from, `已撤销 ${active.length} 个 ${pupil} 的家长绑定（${scope.klass.name}）。`));
  return effects;
}
