import { bindingId, classByName, headTeacherOf, activeParentBindings } from './identify.ts';
import { reply, save, tell } from './effects.ts';
import { teacherScope } from './scope.ts';
import type { ParentBinding, PlatformBinding } from '../storage/records.ts';
import type { Context, Effect, Inbound } from './types.ts';

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

/** /绑定 <学生姓名> (in the class group) or /绑定 <班级> <学生姓名> (privately): a parent binds to a pupil. */
export async function handleBind(msg: Inbound, ctx: Context, args: string): Promise<Effect[]> {
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
