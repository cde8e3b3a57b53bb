import { expect, it } from 'vitest';
import type { Repository } from '../storage/repository.ts';
import type { ExemptionSignoff, HomeworkItem, ParentBinding } from '../storage/records.ts';

export const hw = (date: string, n: number, minutes = 20): HomeworkItem => ({
  kind: 'homework',
  id: `hw-${date}-${n}`,
  classId: 'c3-2',
  date,
  subject: '数学',
  minutes,
  content: `口算第${n}页`,
  optional: false,
  nonWritten: false,
  teacherId: 't32m',
  at: `${date}T08:00:00.000Z`,
});

export const signoff = (date: string, pupil: string): ExemptionSignoff => ({ kind: 'signoff', id: `c3-2|${pupil}|${date}`, classId: 'c3-2', pupil, date, at: `${date}T13:10:00.000Z`, parentId: 'p32a', subjects: ['数学'] });

/** The behaviour every Repository must have, run against lowdb and PostgreSQL alike. */
/** `open(name)`: the same name opens the same store again; a new name, an empty one. */
export function repositoryContract(open: (name: string) => Promise<Repository>) {
  it('saves, replaces by id, and reads by week and by day', async () => {
    const repo = await open('a');
    try {
      await repo.save(hw('2026-11-23', 1));
      await repo.save(hw('2026-11-29', 2));
      await repo.save(hw('2026-11-30', 3));
      await repo.save(hw('2026-11-23', 1, 35));
      const w = await repo.week('homework', '2026-W48');
      expect(w.map((r) => [r.id, r.minutes]).sort()).toEqual([
        ['hw-2026-11-23-1', 35],
        ['hw-2026-11-29-2', 20],
      ]);
      expect((await repo.day('homework', '2026-11-30')).map((r) => r.id)).toEqual(['hw-2026-11-30-3']);
      expect(await repo.day('signoff', '2026-11-23')).toEqual([]);
      expect(await repo.week('homework', 'not-a-week')).toEqual([]);
    } finally {
      await repo.close();
    }
  });

  it('keeps kinds apart and standing state whole', async () => {
    const repo = await open('b');
    try {
      await repo.save(signoff('2026-11-23', '李明'));
      const b: ParentBinding = { kind: 'parentBinding', id: 'c3-2|小雨|p9', parentId: 'p9', classId: 'c3-2', pupil: '小雨', at: '2026-11-23T00:00:00.000Z', by: 'p9', active: true };
      await repo.save(b);
      await repo.save({ ...b, active: false });
      expect((await repo.day('signoff', '2026-11-23')).map((s) => s.pupil)).toEqual(['李明']);
      expect(await repo.day('homework', '2026-11-23')).toEqual([]);
      expect(await repo.state('parentBinding')).toEqual([{ ...b, active: false }]);
    } finally {
      await repo.close();
    }
  });

  it('refuses an invalid record', async () => {
    const repo = await open('c');
    try {
      await expect(repo.save({ ...hw('2026-11-23', 9), minutes: 0 })).rejects.toThrow();
      await expect(repo.save({ kind: 'nonsense' } as never)).rejects.toThrow();
    } finally {
      await repo.close();
    }
  });

  it('keeps the outbox: adds a key once, lists pending, remembers what was sent', async () => {
    const repo = await open('d');
    try {
      const e = { key: 'k-1', to: 'room-3-2', text: '你好', createdAt: '2026-11-23T09:00:00.000Z', status: 'pending' as const, attempts: 0 };
      expect(await repo.outbox.add(e)).toBe(true);
      expect(await repo.outbox.add(e)).toBe(false);
      expect(await repo.outbox.add({ ...e, key: 'k-2' })).toBe(true);
      expect(await repo.outbox.add({ ...e, key: 'k-3' })).toBe(true);
      await repo.outbox.markSent('k-1', '2026-11-23T09:00:02.000Z');
      await repo.outbox.markFailed('k-3', '群不存在');
      expect((await repo.outbox.pending()).map((x) => x.key)).toEqual(['k-2']);
      expect(await repo.outbox.wasSent('k-1')).toBe(true);
      expect(await repo.outbox.wasSent('k-2')).toBe(false);
      expect(await repo.outbox.add(e)).toBe(false);
    } finally {
      await repo.close();
    }
  });

  it('survives a reopen with everything in place', async () => {
    let repo = await open('e');
    await repo.save(hw('2026-12-01', 7));
    await repo.outbox.add({ key: 'k-re', to: 'dm:t32', text: '名单', createdAt: '2026-12-01T00:00:00.000Z', status: 'pending', attempts: 0 });
    await repo.close();
    repo = await open('e');
    try {
      expect((await repo.day('homework', '2026-12-01')).map((r) => r.id)).toEqual(['hw-2026-12-01-7']);
      expect((await repo.outbox.pending()).map((x) => x.key)).toContain('k-re');
    } finally {
      await repo.close();
    }
  });
}
