/** What the bot understands as a command: a leading "/" or full-width "／" and a Chinese name. */
export type Role = 'parent' | 'teacher' | 'head' | 'anyone';

export interface CommandSpec {
  name: string;
  usage: string;
  example: string;
  /** what the command is for, in one short line */
  what: string;
  /** who may use it; `anyone` includes strangers (help) */
  roles: Role[];
}

export const COMMANDS = [
  { name: '帮助', usage: '/帮助', example: '/帮助', what: '看看我能做什么', roles: ['anyone'] },
  { name: '作业', usage: '/作业 <学科> <N>分钟 <内容>', example: '/作业 数学 20分钟 口算练习第12页', what: '布置今天的作业（可加 选做/弹性、阅读/实践）', roles: ['teacher', 'head'] },
  { name: '撤回', usage: '/撤回 <学科>', example: '/撤回 数学', what: '撤回今天这一科的作业', roles: ['teacher', 'head'] },
  { name: '发布', usage: '/发布', example: '/发布', what: '提前发布今天的作业公示', roles: ['head'] },
  { name: '通知', usage: '/通知 <内容>', example: '/通知 周五下午3点召开家长会', what: '请我代发一条班级通知', roles: ['teacher', 'head'] },
  { name: '免写', usage: '/免写 [学生] [未完成的学科]', example: '/免写 数学 英语', what: '晚上超过规定时间，家长签字让孩子停笔睡觉', roles: ['parent'] },
  { name: '绑定', usage: '/绑定 <学生姓名>（家长）、/绑定 <班级名>（班主任在班级群里）或 /绑定 <绑定码>（老师私聊）', example: '/绑定 李明', what: '家长绑定孩子；班主任把本群绑定到班级；老师用学校给的一次性码确认身份', roles: ['anyone'] },
  { name: '解绑', usage: '/解绑 <学生姓名>', example: '/解绑 李明', what: '班主任撤销一位家长的绑定', roles: ['head'] },
  { name: '周报', usage: '/周报', example: '/周报', what: '班主任查看本班这一周的汇总', roles: ['head'] },
] as const satisfies readonly CommandSpec[];

export type CommandName = (typeof COMMANDS)[number]['name'];

export type ParsedCommand =
  | { kind: 'command'; name: CommandName; args: string; spec: CommandSpec }
  | { kind: 'unknown'; name: string }
  | null;

/** Parses "/作业 数学 20分钟 …" (also "／作业"); null when the text is not a command. */
export function parseCommand(text: string): ParsedCommand {
  const t = text.trim();
  if (!/^[\/／]/.test(t)) return null;
  const body = t.slice(1).trimStart();
  const m = /^(\S+?)(?:[\s:：,，]+|$)([\s\S]*)$/.exec(body);
  const word = m?.[1] ?? '';
  const spec = COMMANDS.find((c) => word === c.name);
  if (spec) return { kind: 'command', name: spec.name, args: (m?.[2] ?? '').trim(), spec };
  // "/作业数学 20分钟" without a space still names the command.
  const prefixed = COMMANDS.find((c) => word.startsWith(c.name));
  if (prefixed) return { kind: 'command', name: prefixed.name, args: body.slice(prefixed.name.length).trim(), spec: prefixed };
  return { kind: 'unknown', name: word.slice(0, 10) };
}
