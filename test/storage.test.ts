import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { LowdbRepository, DataDirLockedError } from '../storage/lowdb.ts';
import type { HomeworkItem } from '../storage/records.ts';
import { tempDir } from './helpers.ts';

const item = (date: string, n: number): HomeworkItem => ({
  kind: 'homework',
  id: `hw-${date}-${n}`,
  classId: 'c3-2',
  date,
  subject: '数学',
  minutes: 20,
  content: `口算第${n}页`,
  optional: false,
  nonWritten: false,
  teacherId: 't32m',
  at: `${date}T08:00:00.000Z`,
});

describe('lowdb repository', () => {
  it('round-trips records through the disk, partitioned by ISO week', async () => {
    const dir = tempDir();
    const repo = await LowdbRepository.open(dir);
    await repo.save(item('2026-11-23', 1));
    await repo.save(item('2026-11-29', 2)); // Sunday: same ISO week
    await repo.save(item('2026-11-30', 3)); // next week
    await repo.save({ ...item('2026-11-23', 1), minutes: 25 }); // replaces by id
    await repo.close();

    expect(readdirSync(path.join(dir, 'weeks')).sort()).toEqual(['2026-W48', '2026-W49']);
    const again = await LowdbRepository.open(dir);
    const w48 = await again.week('homework', '2026-W48');
    expect(w48.map((r) => [r.id, r.minutes])).toEqual([
      ['hw-2026-11-23-1', 25],
      ['hw-2026-11-29-2', 20],
    ]);
    expect((await again.day('homework', '2026-11-30')).map((r) => r.id)).toEqual(['hw-2026-11-30-3']);
    expect(await again.week('homework', '2026-W01')).toEqual([]);
    expect(await again.week('homework', '../../etc')).toEqual([]);
    await again.close();
  });

  it('refuses a record that does not fit its schema, and stores nothing', async () => {
    const dir = tempDir();
    const repo = await LowdbRepository.open(dir);
    await expect(repo.save({ ...item('2026-11-23', 1), minutes: -5 })).rejects.toThrow();
    expect(await repo.day('homework', '2026-11-23')).toEqual([]);
    await repo.close();
  });

  it('keeps every line valid JSON under many overlapping writes, with no temp files left', async () => {
    const dir = tempDir();
    const repo = await LowdbRepository.open(dir);
    await Promise.all(Array.from({ length: 200 }, (_, i) => repo.save(item('2026-11-24', i))));
    await repo.save({ ...item('2026-11-24', 7), minutes: 5 });
    await repo.close();
    const folder = path.join(dir, 'weeks', '2026-W48');
    expect(readdirSync(folder)).toEqual(['2026-11-24.homework.jsonl']);
    const lines = readFileSync(path.join(folder, '2026-11-24.homework.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toHaveLength(201);
    // A later line is a newer version of the same record.
    const again = await LowdbRepository.open(dir);
    const day = await again.day('homework', '2026-11-24');
    expect(day).toHaveLength(200);
    expect(day.find((r) => r.id === item('2026-11-24', 7).id)!.minutes).toBe(5);
    await again.close();
  });

  it('drops a torn last line, keeps unreadable lines aside, and appends cleanly after them', async () => {
    const dir = tempDir();
    const folder = path.join(dir, 'weeks', '2026-W48');
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, '2026-11-23.homework.jsonl');
    writeFileSync(file, `${JSON.stringify(item('2026-11-23', 1))}\nnot json at all\n{"kind":"homew`);
    const seen: string[] = [];
    const repo = await LowdbRepository.open(dir, { onCorrupt: (f) => seen.push(f) });
    expect((await repo.week('homework', '2026-W48')).map((r) => r.id)).toEqual(['hw-2026-11-23-1']);
    await repo.save(item('2026-11-23', 2));
    await repo.close();
    expect(seen).toEqual([file]);
    const aside = readdirSync(folder).filter((f) => f.includes('.invalid-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(folder, aside[0]!), 'utf8')).toContain('not json at all');
    const again = await LowdbRepository.open(dir);
    expect((await again.day('homework', '2026-11-23')).map((r) => r.id)).toEqual(['hw-2026-11-23-1', 'hw-2026-11-23-2']);
    await again.close();
  });

  it('reads a day file written before the journals, and converts it', async () => {
    const dir = tempDir();
    const folder = path.join(dir, 'weeks', '2026-W48');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, '2026-11-23.homework.json'), JSON.stringify({ items: [item('2026-11-23', 1)] }));
    const ro = await LowdbRepository.open(dir, { readOnly: true });
    expect((await ro.day('homework', '2026-11-23')).map((r) => r.id)).toEqual(['hw-2026-11-23-1']);
    const repo = await LowdbRepository.open(dir);
    await repo.save(item('2026-11-23', 2));
    expect((await repo.day('homework', '2026-11-23')).map((r) => r.id)).toEqual(['hw-2026-11-23-1', 'hw-2026-11-23-2']);
    await repo.close();
    expect(readdirSync(folder).filter((f) => f.endsWith('.json'))).toEqual([]);
  });

  it('lets only one process write a data folder, and frees a dead owner’s lock at once', async () => {
    const dir = tempDir();
    const first = await LowdbRepository.open(dir);
    await expect(LowdbRepository.open(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(LowdbRepository.open(dir)).rejects.toThrow(/另一个机器人进程/);
    await first.close();
    expect(existsSync(path.join(dir, '.lock'))).toBe(false);

    // A lock left by a process that no longer exists does not block a restart.
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid!;
    await new Promise((r) => child.on('exit', r));
    writeFileSync(path.join(dir, '.lock'), String(deadPid));
    const second = await LowdbRepository.open(dir);
    await second.save(item('2026-11-23', 9));
    await second.close();
  });

  it('keeps the outbox across a restart and never adds a key twice', async () => {
    const dir = tempDir();
    const repo = await LowdbRepository.open(dir);
    const entry = { key: 'k1', to: 'room-3-2', text: '你好', createdAt: '2026-11-23T09:00:00.000Z', status: 'pending' as const, attempts: 0 };
    expect(await repo.outbox.add(entry)).toBe(true);
    expect(await repo.outbox.add(entry)).toBe(false);
    expect(await repo.outbox.add({ ...entry, key: 'k2' })).toBe(true);
    await repo.outbox.markSent('k1', '2026-11-23T09:00:01.000Z');
    await repo.close();
    const again = await LowdbRepository.open(dir);
    expect((await again.outbox.pending()).map((e) => e.key)).toEqual(['k2']);
    expect(await again.outbox.wasSent('k1')).toBe(true);
    expect(await again.outbox.add(entry)).toBe(false);
    await again.close();
  });

  it('keeps the outbox journal short however many messages pass through it, and a failure stays failed', async () => {
    const dir = tempDir();
    const repo = await LowdbRepository.open(dir);
    const base = { to: 'room-3-2', text: '你好', createdAt: '2026-11-23T09:00:00.000Z', status: 'pending' as const, attempts: 0 };
    for (let i = 0; i < 1500; i++) {
      await repo.outbox.add({ ...base, key: `m${i}` });
      if (i !== 700) await repo.outbox.markSent(`m${i}`, '2026-11-23T09:00:01.000Z');
    }
    await repo.outbox.markFailed('m700', '群不存在');
    await repo.close();
    const lines = readFileSync(path.join(dir, 'outbox', 'pending.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.length).toBeLessThan(1000);
    const again = await LowdbRepository.open(dir);
    expect(again.outbox.all().map((e) => [e.key, e.status, e.error])).toEqual([['m700', 'failed', '群不存在']]);
    expect(await again.outbox.pending()).toEqual([]);
    expect(await again.outbox.wasSent('m1499')).toBe(true);
    await again.close();
  });
});
