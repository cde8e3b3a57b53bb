import type { SchoolConfig } from '../bot/config/schema.ts';
import { POLICY, type Citation } from './sources.ts';

/** 小学 (grades 1–6) or 初中 (grades 7–9). */
export type Stage = 'primary' | 'junior';

export function stageOf(grade: number): Stage {
  return grade >= 7 ? 'junior' : 'primary';
}

export const STAGE_NAME: Record<Stage, string> = { primary: '小学', junior: '初中' };

export interface DailyCap {
  /** the most written homework a class may get in a day, in minutes (0: none at home) */
  writtenMinutes: number;
  /** the rule as a parent or teacher reads it */
  text: string;
  cite: Citation;
}

/**
 * The one place the grade caps live. Grades 1–2: no written homework at home;
 * 3–6: 60 minutes a day in total; 7–9: 90 minutes.
 */
export function dailyCap(grade: number): DailyCap {
  const writtenMinutes = grade <= 2 ? 0 : grade <= 6 ? 60 : 90;
  const text =
    writtenMinutes === 0
      ? '小学一、二年级不布置家庭书面作业（阅读、实践、动手类可以）'
      : `${stageOf(grade) === 'primary' ? '小学三至六年级' : '初中'}每天书面作业总量不超过${writtenMinutes}分钟`;
  return { writtenMinutes, text, cite: POLICY.homeworkCaps.cite };
}

/** Minimum nightly sleep in hours. */
export function sleepHours(grade: number): number {
  return stageOf(grade) === 'primary' ? 10 : 9;
}

/** The school's evening hour ("HH:mm") past which a parent may sign that the child stops. */
export function exemptionCutoff(times: SchoolConfig['times'], grade: number): string {
  return stageOf(grade) === 'primary' ? times.exemptionCutoff.primary : times.exemptionCutoff.junior;
}
