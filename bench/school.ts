import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { schoolConfigSchema, type SchoolConfig } from '../bot/config/schema.ts';
import { addDays, isoWeekday } from '../rules/calendar.ts';
import { partitionFile } from '../storage/lowdb.ts';
import { journalLines } from '../storage/journal.ts';
import type { StoredRecord } from '../storage/records.ts';

/** A school of `classes` classes across grades 1–9, with `parentsPerClass` bound parents each. */
export function benchSchool(classes = 60, parentsPerClass = 4, gradeOf: (i: number) => number = (i) => (i % 9) + 1): SchoolConfig {
  const subjects = ['语文', '数学', '英语', '物理'];
  return schoolConfigSchema.parse({
    school: { id: 'bench-school', name: '基准测试学校', timezone: 'Asia/Shanghai' },
    lark: { schoolChatId: 'oc_bench_office' },
    classes: Array.from({ length: classes }, (_, i) => {
      const grade = gradeOf(i);
      const id = `b${i}`;
      return {
        id,
        name: `${grade}年级${i + 1}班`,
        grade,
        group: `room-${id}`,
        teachers: subjects.slice(0, grade >= 7 ? 4 : 3).map((s, j) => ({ id: `${id}-t${j}`, subjects: [s], head: j === 0 })),
        parents: Array.from({ length: parentsPerClass }, (_, k) => ({ id: `${id}-p${k}`, pupil: `学生${i}号${k}` })),
      };
    }),
  });
}

/** The school days of a school year from 2026-09-01, weekdays only. */
export function schoolDays(n: number, from = '2026-09-01'): string[] {
  const days: string[] = [];
  for (let d = from; days.length < n; d = addDays(d, 1)) if (isoWeekday(d) <= 5) days.push(d);
  return days;
}

/**
 * Writes `days` school days of records for every class straight into the data
 * folder's week files (the same layout LowdbRepository reads), far faster than
 * saving them one by one.
 */
export function writeSchoolYear(dir: string, config: SchoolConfig, days: string[]): { records: number } {
  const byFile = new Map<string, StoredRecord[]>();
  const put = (r: StoredRecord & { date: string }) => {
    const f = partitionFile(dir, r);
    (byFile.get(f) ?? byFile.set(f, []).get(f)!).push(r);
  };
  let n = 0;
  for (const date of days) {
    for (const c of config.classes) {
      const at = `${date}T08:00:00.000Z`;
      c.teachers.forEach((t, j) => {
        put({ kind: 'homework', id: `hw-${c.id}-${date}-${j}`, classId: c.id, date, subject: t.subjects[0]!, minutes: c.grade <= 2 ? 15 : 20, content: '练习册一页', optional: false, nonWritten: c.grade <= 2, teacherId: t.id, at });
        n++;
      });
      put({ kind: 'publication', id: `${c.id}|${date}|full`, classId: c.id, date, at, type: 'full', snapshot: [] });
      put({ kind: 'signoff', id: `${c.id}|${c.parents[0]!.pupil}|${date}`, classId: c.id, pupil: c.parents[0]!.pupil, date, at, parentId: c.parents[0]!.id, subjects: [] });
      put({ kind: 'question', id: `q-${c.id}-${date}`, classId: c.id, date, askerId: c.parents[1]?.id ?? 'x', at, question: '三年级作业多长时间', topic: 'homework_caps', answered: true });
      n += 3;
    }
  }
  for (const [f, items] of byFile) {
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, journalLines(items));
  }
  return { records: n };
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
