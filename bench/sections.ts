import type { Row } from './run.ts';

/** Sections that need the adapters (WeChat floor, Lark delivery) and the evaluations. */
export async function extraSections(rows: Row[], _now: Date): Promise<void> {
  void rows;
}
