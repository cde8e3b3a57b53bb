import type { SchoolConfig } from '../config/schema.ts';
import { chineseDate } from '../../rules/calendar.ts';
import { ruleLabel } from '../../rules/ruleLabels.ts';
import type { ClassWeek, WeekSummary } from '../../rules/summary.ts';

/** Lark rejects cards over 30 KB; stay clear of it. */
export const MAX_CARD_BYTES = 28 * 1024;
/** A chart per card, and a chart with more lines than this is unreadable. */
export const MAX_CLASSES_PER_CARD = 12;

const rules = (r: Record<string, number>) =>
  Object.entries(r)
    .map(([k, n]) => `${ruleLabel(k)}${n}`)
    .join('、') || '无';

function classLine(c: ClassWeek): string {
  const days = c.days.filter((d) => d.schoolDay).map((d) => `${d.written}${d.overCap ? '⚠️' : ''}`).join(' / ');
  return `**${c.name}**（上限${c.cap}分钟）书面：${days || '无'}；免写 ${c.signoffs}；作业被拒 ${rules(c.homeworkRefusals)}；提醒 ${rules(c.guard)}；提问 ${c.answered}/${c.asked}`;
}

/** VChart spec: each class's daily written minutes against its cap. Data only, no functions. */
function chartSpec(s: WeekSummary, classes: ClassWeek[]) {
  const days = s.dates.map((d) => chineseDate(d).split(' ')[1]!);
  const values = classes.flatMap((c) => [
    ...c.days.map((d, i) => ({ day: days[i], minutes: d.written, series: c.name })),
    ...c.days.map((_, i) => ({ day: days[i], minutes: c.cap, series: `${c.name}上限` })),
  ]);
  return {
    type: 'line',
    title: { text: '每天书面作业（分钟）与上限' },
    data: [{ id: 'minutes', values }],
    xField: 'day',
    yField: 'minutes',
    seriesField: 'series',
    legends: { visible: true, orient: 'bottom' },
  };
}

function card(config: SchoolConfig, s: WeekSummary, classes: ClassWeek[], part: number, parts: number) {
  const headline = [
    `**${s.week}**（${chineseDate(s.dates[0]!)} – ${chineseDate(s.dates[6]!)}），共 ${s.classes.length} 个班`,
    `超过书面作业上限：${s.overCapClasses.length ? s.overCapClasses.join('、') : '无'}`,
    `家长签字免写：${s.signoffs} 次；提醒/拒绝违规要求：${rules(s.guardByRule)}`,
    `家长提问 ${s.asked} 个，已回答 ${s.answered} 个，未能回答 ${s.unanswered.length} 个`,
  ].join('\n');
  const elements: object[] = [];
  if (part === 1) elements.push({ tag: 'markdown', content: headline });
  elements.push({ tag: 'markdown', content: classes.map(classLine).join('\n') });
  elements.push({ tag: 'chart', aspect_ratio: '16:9', color_theme: 'brand', chart_spec: chartSpec(s, classes) });
  if (part === parts && s.unanswered.length) {
    elements.push({ tag: 'markdown', content: `**未能回答的问题**\n${s.unanswered.slice(0, 20).map((q) => `- ${q.question.slice(0, 60)}`).join('\n')}` });
  }
  return {
    schema: '2.0',
    config: { wide_screen_mode: true },
    header: {
      title: { tag: 'plain_text', content: `${config.school.name} 双减周报${parts > 1 ? `（${part}/${parts}）` : ''}` },
      template: s.overCapClasses.length ? 'orange' : 'blue',
    },
    body: { elements },
  };
}

/**
 * The school's weekly card(s): counts only, never pupils' names. Many classes
 * are split so each card stays under Lark's size limit and has one chart.
 */
export function weeklyCards(config: SchoolConfig, s: WeekSummary): object[] {
  let size = MAX_CLASSES_PER_CARD;
  for (;;) {
    const chunks: ClassWeek[][] = [];
    for (let i = 0; i < s.classes.length; i += size) chunks.push(s.classes.slice(i, i + size));
    if (chunks.length === 0) chunks.push([]);
    const cards = chunks.map((c, i) => card(config, s, c, i + 1, chunks.length));
    if (size === 1 || cards.every((c) => Buffer.byteLength(JSON.stringify(c)) <= MAX_CARD_BYTES)) return cards;
    size = Math.max(1, Math.floor(size / 2));
  }
}
