import type { SchoolConfig } from '../bot/config/schema.ts';
import { datesOfIsoWeek, isoWeekday } from './calendar.ts';
import { dailyCap } from './grade.ts';
import { activeItems, countsInCap } from './homework.ts';
import type { ExemptionSignoff, GuardEvent, HomeworkItem, HomeworkRefusal, QuestionRecord } from '../storage/records.ts';

export interface WeekRecords {
  homework: HomeworkItem[];
  homeworkRefusals: HomeworkRefusal[];
  signoffs: ExemptionSignoff[];
  guardEvents: GuardEvent[];
  questions: QuestionRecord[];
}

export interface DayStat {
  date: string;
  schoolDay: boolean;
  written: number;
  optional: number;
  nonWritten: number;
  signoffs: number;
  overCap: boolean;
}

export interface ClassWeek {
  classId: string;
  name: string;
  grade: number;
  cap: number;
  days: DayStat[];
  overCapDays: string[];
  signoffs: number;
  /** pupils' names: for the head teacher's own view only, never the school card */
  signoffPupils: { date: string; pupil: string; subjects: string[] }[];
  homeworkRefusals: Record<string, number>;
  guard: Record<string, number>;
  asked: number;
  answered: number;
}

export interface WeekSummary {
  week: string;
  dates: string[];
  classes: ClassWeek[];
  signoffs: number;
  overCapClasses: string[];
  guardByRule: Record<string, number>;
  guardByTeacher: Record<string, number>;
  asked: number;
  answered: number;
  unanswered: { date: string; classId?: string; question: string }[];
}

const count = <T>(xs: T[], key: (x: T) => string) =>
  xs.reduce<Record<string, number>>((acc, x) => ((acc[key(x)] = (acc[key(x)] ?? 0) + 1), acc), {});

/** The week's figures per class and day, from stored records alone. Pure. */
export function summarizeWeek(config: SchoolConfig, week: string, r: WeekRecords): WeekSummary | null {
  const dates = datesOfIsoWeek(week);
  if (!dates) return null;
  const inWeek = <T extends { date: string }>(xs: T[]) => xs.filter((x) => dates.includes(x.date));
  const homework = activeItems(inWeek(r.homework));
  const signoffs = inWeek(r.signoffs);
  const guard = inWeek(r.guardEvents);
  const questions = inWeek(r.questions);
  const refusals = inWeek(r.homeworkRefusals);

  const classes = config.classes.map<ClassWeek>((c) => {
    const cap = dailyCap(c.grade).writtenMinutes;
    const mine = homework.filter((h) => h.classId === c.id);
    const days = dates.map<DayStat>((date) => {
      const today = mine.filter((h) => h.date === date);
      const written = today.filter(countsInCap).reduce((a, h) => a + h.minutes, 0);
      return {
        date,
        schoolDay: config.times.schoolDays.includes(isoWeekday(date)) || today.length > 0,
        written,
        optional: today.filter((h) => h.optional).reduce((a, h) => a + h.minutes, 0),
        nonWritten: today.filter((h) => h.nonWritten && !h.optional).reduce((a, h) => a + h.minutes, 0),
        signoffs: signoffs.filter((s) => s.classId === c.id && s.date === date).length,
        overCap: written > cap,
      };
    });
    const classQuestions = questions.filter((q) => q.classId === c.id);
    const classSignoffs = signoffs.filter((s) => s.classId === c.id);
    return {
      classId: c.id,
      name: c.name,
      grade: c.grade,
      cap,
      days,
      overCapDays: days.filter((d) => d.overCap).map((d) => d.date),
      signoffs: classSignoffs.length,
      signoffPupils: classSignoffs.map((s) => ({ date: s.date, pupil: s.pupil, subjects: s.subjects })),
      homeworkRefusals: count(refusals.filter((x) => x.classId === c.id), (x) => x.rule),
      guard: count(guard.filter((g) => g.classId === c.id), (g) => g.rule),
      asked: classQuestions.length,
      answered: classQuestions.filter((q) => q.answered).length,
    };
  });
  return {
    week,
    dates,
    classes,
    signoffs: signoffs.length,
    overCapClasses: classes.filter((c) => c.overCapDays.length > 0).map((c) => c.name),
    guardByRule: count(guard, (g) => g.rule),
    guardByTeacher: count(guard, (g) => g.teacherId),
    asked: questions.length,
    answered: questions.filter((q) => q.answered).length,
    unanswered: questions.filter((q) => !q.answered).map((q) => ({ date: q.date, ...(q.classId ? { classId: q.classId } : {}), question: q.question })),
  };
}
