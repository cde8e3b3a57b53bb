import { describe, it, expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import { LowdbRepository } from '../storage/lowdb.ts';
import { PostgresRepository } from '../storage/postgres.ts';
import { migrateFromLowdb } from '../bot/migrate.ts';
import { hw, signoff } from './repositoryContract.ts';
import { tempDir } from './helpers.ts';

const url = process.env.DATABASE_URL;

describe.skipIf(!url)('migrate --from-lowdb', () => {
  it('moves every record and the outbox into PostgreSQL without loss, and is safe to repeat', async () => {
    const dir = tempDir();
    const src = await LowdbRepository.open(dir);
    for (let d = 23; d <= 30; d++) await src.save(hw(`2026-11-${d}`, d));
    await src.save(signoff('2026-11-23', '李明'));
    await src.save({ kind: 'parentBinding', id: 'c3-2|小雨|p9', parentId: 'p9', classId: 'c3-2', pupil: '小雨', at: '2026-11-23T00:00:00.000Z', by: 'p9', active: true });
    await src.outbox.add({ key: 'sent-1', to: 'room-3-2', text: '公示', createdAt: '2026-11-23T09:30:00.000Z', status: 'pending', attempts: 0 });
    await src.outbox.markSent('sent-1', '2026-11-23T09:30:01.000Z');
    await src.outbox.add({ key: 'wait-1', to: 'dm:t32', text: '名单', createdAt: '2026-11-23T23:30:00.000Z', status: 'pending', attempts: 0 });
    await src.close();

    const school = `mig-${randomUUID().slice(0, 8)}`;
    const first = await migrateFromLowdb(dir, url!, school);
    expect(first).toEqual({ records: 10, outbox: 2 });
    const again = await migrateFromLowdb(dir, url!, school);
    expect(again.outbox).toBe(0);

    const pg = await PostgresRepository.open(url!, school);
    try {
      const w48 = await pg.week('homework', '2026-W48');
      const w49 = await pg.week('homework', '2026-W49');
      expect(w48.length + w49.length).toBe(8);
      expect((await pg.day('signoff', '2026-11-23')).map((s) => s.pupil)).toEqual(['李明']);
      expect((await pg.state('parentBinding')).map((b) => b.pupil)).toEqual(['小雨']);
      expect(await pg.outbox.wasSent('sent-1')).toBe(true);
      expect((await pg.outbox.pending()).map((e) => e.key)).toEqual(['wait-1']);
    } finally {
      await pg.close();
    }
  });
});
