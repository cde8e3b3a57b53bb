import { z } from 'zod';

// Chinese messages for every built-in check: IT staff read these errors.
z.config(z.locales.zhCN());

const hhmm = z
  .string({ error: '应为 "HH:mm" 格式的时间，例如 "21:00"（记得加引号）' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '应为 "HH:mm" 格式的时间，例如 "21:00"' });

const id = z
  .string({ error: '应为文字编号' })
  .min(1, { error: '不能为空' })
  .max(64, { error: '编号太长（最多 64 个字符）' })
  .regex(/^[A-Za-z0-9_.@:-]+$/, { error: '编号只能用字母、数字和 _ . @ : -' });

const timezone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('zh-CN', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { error: '不是有效的时区名，例如 "Asia/Shanghai"' },
);

// On Lark a person is known by the app's open_id for them; WeChat needs no such field (see README).
const larkOpenId = z.string().regex(/^ou_[A-Za-z0-9]+$/, { error: '应为飞书 open_id（ou_ 开头）' }).optional();

export const teacherSchema = z.object({
  id,
  name: z.string().min(1).max(20).optional(),
  larkOpenId,
  subjects: z.array(z.string().min(1).max(10), { error: '应为学科列表，例如 [数学]' }).min(1, { error: '至少填一个学科' }),
  head: z.boolean().default(false),
});

export const parentSchema = z.object({
  id,
  larkOpenId,
  pupil: z.string({ error: '应为学生姓名' }).min(1, { error: '学生姓名不能为空' }).max(20, { error: '学生姓名太长' }),
});

export const classSchema = z.object({
  id,
  name: z.string({ error: '应为班级名称，例如 三年级2班' }).min(1).max(30),
  grade: z.number({ error: '应为年级数字 1–9' }).int({ error: '年级应为整数' }).min(1, { error: '年级应在 1–9 之间' }).max(9, { error: '年级应在 1–9 之间（本机器人服务义务教育阶段）' }),
  group: id.describe('班级群的学校编号'),
  // WeChat is what parents use; Lark is the dependable path (see README).
  platform: z.enum(['wechat', 'lark']).default('wechat'),
  teachers: z.array(teacherSchema).min(1, { error: '每个班至少要有一位老师' }),
  parents: z.array(parentSchema).default([]),
});

export const schoolConfigSchema = z
  .object({
    school: z.object({
      id,
      name: z.string().min(1).max(40),
      timezone: timezone.default('Asia/Shanghai'),
    }),
    times: z.object({
      exemptionCutoff: z.object({ primary: hhmm.default('21:00'), junior: hhmm.default('22:00') }).prefault({}),
      publish: hhmm.default('17:30'),
      classStart: z.object({ primary: hhmm.default('08:20'), junior: hhmm.default('08:00') }).prefault({}),
      morningDigest: hhmm.default('07:30'),
      quietHours: z.object({ start: hhmm.default('21:30'), end: hhmm.default('07:00') }).prefault({}),
      weeklySummary: z
        .object({
          weekday: z.number().int().min(1, { error: '星期应为 1（周一）到 7（周日）' }).max(7, { error: '星期应为 1（周一）到 7（周日）' }).default(5),
          time: hhmm.default('17:00'),
        })
        .prefault({}),
      schoolDays: z.array(z.number().int().min(1).max(7)).default([1, 2, 3, 4, 5]),
    }).prefault({}),
    policy: z
      .object({
        directMessageGuard: z.enum(['off', 'nudge', 'public']).default('nudge'),
        answerPolicyQuestionsInGroup: z.boolean().default(true),
        publishTo: z.enum(['group', 'lark']).default('group'),
      })
      .prefault({}),
    afterSchool: z
      .object({
        endTime: hhmm.default('17:30'),
        junior: z.object({ start: hhmm.default('16:30'), end: hhmm.default('18:30') }).prefault({}),
        feePerMonth: z.number().min(0).max(100000).default(200),
      })
      .prefault({}),
    lark: z.object({ schoolChatId: z.string().min(1).optional() }).prefault({}),
    classes: z.array(classSchema).min(1, { error: '至少要配置一个班级' }),
  })
  .superRefine((cfg, ctx) => {
    const seen = (what: string, key: (c: (typeof cfg.classes)[number]) => string) => {
      const first = new Map<string, number>();
      cfg.classes.forEach((c, i) => {
        const k = key(c);
        if (first.has(k)) {
          ctx.addIssue({ code: 'custom', path: ['classes', i, what], message: `与第 ${first.get(k)! + 1} 个班级重复：${k}` });
        } else first.set(k, i);
      });
    };
    seen('id', (c) => c.id);
    seen('name', (c) => c.name);
    seen('group', (c) => c.group);
    cfg.classes.forEach((c, i) => {
      const heads = c.teachers.filter((t) => t.head).length;
      if (heads !== 1) {
        ctx.addIssue({ code: 'custom', path: ['classes', i, 'teachers'], message: `${c.name} 应有且只有一位班主任（head: true），现在有 ${heads} 位` });
      }
      const ids = new Set<string>();
      c.teachers.forEach((t, j) => {
        if (ids.has(t.id)) ctx.addIssue({ code: 'custom', path: ['classes', i, 'teachers', j, 'id'], message: `老师 ${t.id} 在本班重复` });
        ids.add(t.id);
      });
      c.parents.forEach((p, j) => {
        if (ids.has(p.id)) ctx.addIssue({ code: 'custom', path: ['classes', i, 'parents', j, 'id'], message: `${p.id} 已是本班老师，不能同时是家长` });
      });
    });
    // One Lark account is one person: two contact ids on it would let one act as the other.
    const owner = new Map<string, string>();
    cfg.classes.forEach((c, i) => {
      for (const [list, people] of [['teachers', c.teachers], ['parents', c.parents]] as const) {
        people.forEach((p, j) => {
          if (!p.larkOpenId) return;
          const was = owner.get(p.larkOpenId);
          if (was && was !== p.id) ctx.addIssue({ code: 'custom', path: ['classes', i, list, j, 'larkOpenId'], message: `这个飞书 open_id 已属于 ${was}，一个飞书账号只能对应一个人` });
          else owner.set(p.larkOpenId, p.id);
        });
      }
    });
  });

export type SchoolConfig = z.infer<typeof schoolConfigSchema>;
export type ClassConfig = SchoolConfig['classes'][number];
export type TeacherConfig = ClassConfig['teachers'][number];
