import type { ClassConfig } from '../bot/config/schema.ts';
import { addDays, chineseDate, localDate } from '../rules/calendar.ts';
import { exemptionWindow } from '../rules/exemption.ts';
import { exemptionCutoff, sleepHours, stageOf, STAGE_NAME } from '../rules/grade.ts';
import { citeText, POLICY } from '../rules/sources.ts';
import type { ExemptionSignoff } from '../storage/records.ts';
import type { Repository } from '../storage/repository.ts';
import type { SchoolConfig } from '../bot/config/schema.ts';
import { reply, save, tell } from './effects.ts';
import { classById } from './identify.ts';
import { classSubjects } from './scope.ts';
import type { Context, Effect, Inbound, PupilRef } from './types.ts';

const PRIVATE_HINT = '为保护孩子隐私，下次可以私聊我发送 /免写。';

/** /免写 [学生] [学科…] or a parent's own words: past the cut-off, the child stops and sleeps. */
export async function handleExemption(msg: Inbound, ctx: Context, args: string): Promise<Effect[]> {
  const { identity, config } = ctx;
  const inGroup = msg.chat.kind === 'group';
  // In a group, only the pupils of that group's class are in question.
  const mine = identity.parentOf.filter((p) => !ctx.klass || p.classId === ctx.klass.id);
  if (mine.length === 0) {
    if (identity.teaches.length > 0) return [reply(msg, '免写需要由学生家长签字。老师如需了解，请看每天早上的免写名单。')];
    return [reply(msg, '只有绑定了孩子的家长才能签字免写。请先发送 /绑定 孩子姓名（在孩子的班级群里发，或私聊写：/绑定 班级 孩子姓名），绑定后再发 /免写。')];
  }
  const tokens = args.split(/[\s，,、]+/).filter(Boolean).slice(0, 10);
  const named = tokens.find((t) => mine.some((p) => p.pupil === t));
  const knownPupilElsewhere = tokens.find((t) => !named && config.classes.some((c) => c.parents.some((p) => p.pupil === t)));
  let pupil: PupilRef | undefined = named ? mine.find((p) => p.pupil === named) : undefined;
  if (!pupil && knownPupilElsewhere) {
    return [reply(msg, '您没有绑定这位学生，只有学生本人的家长才能为他签字免写。如需绑定，请联系班主任。')];
  }
  if (!pupil) {
    if (mine.length > 1) {
      return inGroup
        ? [reply(msg, '您绑定了不止一个孩子，请私聊我发送 /免写 孩子姓名。')]
        : [reply(msg, `您绑定了 ${mine.map((p) => p.pupil).join('、')}，请写明是哪个孩子，例如：/免写 ${mine[0]!.pupil}`)];
    }
    pupil = mine[0]!;
  }
  const klass = classById(config, pupil.classId);
  if (!klass) return [reply(msg, '没有找到孩子所在的班级，请联系班主任。')];
  const subjects = tokens.map((t) => t.replace(/作业$/, '')).filter((t) => classSubjects(klass).includes(t));
  const cutoff = exemptionCutoff(config.times, klass.grade);
  const window = exemptionWindow(ctx.now, config.school.timezone, cutoff);
  const stage = STAGE_NAME[stageOf(klass.grade)];
  if (!window.open) {
    return [reply(msg, `${stage}晚上${cutoff}以后，作业仍没写完的，家长可以签字让孩子停笔睡觉。现在还没到${cutoff}，请先陪孩子专心把作业做完；到时仍没写完，再发 /免写 就可以。${citeText(POLICY.exemption.cite)}`)];
  }
  const name = inGroup ? '孩子' : pupil.pupil;
  const sleepLine = `请让${name}现在就去睡觉（${stage}生每天睡眠不少于${sleepHours(klass.grade)}小时），老师不会因此批评或惩罚。`;
  const id = `${klass.id}|${pupil.pupil}|${window.homeworkDate}`;
  const already = (await ctx.store.day('signoff', window.homeworkDate)).some((s) => s.id === id);
  if (already) return [reply(msg, `${chineseDate(window.homeworkDate)}的免写已经记录过了，不需要重复签字。${sleepLine}${inGroup ? PRIVATE_HINT : ''}`)];
  const signoff: ExemptionSignoff = { kind: 'signoff', id, classId: klass.id, pupil: pupil.pupil, date: window.homeworkDate, at: ctx.now.toISOString(), parentId: msg.from, subjects };
  const which = subjects.length ? `（未完成：${subjects.join('、')}）` : '';
  return [
    save(signoff),
    reply(msg, `已收到家长签字${inGroup ? '' : `：${pupil.pupil}`}，${chineseDate(window.homeworkDate)}的剩余作业${which}可以不再完成。${sleepLine}明早我会告诉任课老师。${inGroup ? PRIVATE_HINT : ''}${citeText(POLICY.exemption.cite)}`),
  ];
}

/** Morning digest: each teacher of a class gets one private list of last night's sign-offs. */
export async function morningDigest(config: SchoolConfig, store: Repository, now: Date): Promise<Effect[]> {
  const date = addDays(localDate(now, config.school.timezone), -1);
  const signoffs = await store.day('signoff', date);
  const effects: Effect[] = [];
  for (const klass of config.classes) {
    const mine = signoffs.filter((s) => s.classId === klass.id);
    if (mine.length === 0) continue;
    effects.push(...digestFor(config, klass, date, mine));
  }
  return effects;
}

function digestFor(config: SchoolConfig, klass: ClassConfig, date: string, signoffs: ExemptionSignoff[]): Effect[] {
  const cutoff = exemptionCutoff(config.times, klass.grade);
  return klass.teachers.map((t) => {
    const relevant = signoffs.map((s) => `· ${s.pupil}${s.subjects.length ? `（未完成：${s.subjects.join('、')}）` : ''}`);
    const text = [
      `【免写名单】${klass.name} ${chineseDate(date)}晚，${signoffs.length} 位家长在${cutoff}后签字让孩子停笔睡觉：`,
      ...relevant,
      `这是家长按规定签字免写，请不要批评、惩罚或补罚作业。如果经常有孩子写不完，可以${t.head ? '和任课老师' : '和班主任'}一起看看作业用时是否估少了。${citeText(POLICY.exemption.cite)}`,
    ].join('\n');
    return tell(t.id, text, `digest|${config.school.id}|${klass.id}|${date}|${t.id}`);
  });
}
