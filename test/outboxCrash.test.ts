import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LowdbRepository } from '../storage/lowdb.ts';
import { tempDir } from './helpers.ts';

const sender = path.resolve('test/fixtures/sender.ts');

function runSender(args: string[], killAfterMs?: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', sender, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (killAfterMs !== undefined && out.includes('queued-first')) {
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        killAfterMs = undefined;
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve(out));
  });
}

describe('persistent outbox across a crash', () => {
  it('sends every queued message after a SIGKILL mid-burst; a repeat only in the in-flight window, deduped by key', async () => {
    const dir = tempDir();
    const deliveries = path.join(dir, 'platform.log');
    const n = 120;
    // 120 messages over 4 Lark chats at 5/s each take about 6 s: the kill lands mid-burst.
    const first = await runSender([path.join(dir, 'data'), deliveries, 'burst', String(n)], 1500);
    expect(first).not.toContain('done');
    const before = existsSync(deliveries) ? readFileSync(deliveries, 'utf8').trim().split('\n').filter(Boolean) : [];
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThan(n);

    const second = await runSender([path.join(dir, 'data'), deliveries, 'resume']);
    expect(second).toContain('done');
    const all = readFileSync(deliveries, 'utf8').trim().split('\n');
    const unique = new Set(all);
    const store = await LowdbRepository.open(path.join(dir, 'data'));
    expect(await store.outbox.pending()).toEqual([]);
    for (const key of unique) expect(await store.outbox.wasSent(key)).toBe(true);
    await store.close();
    // All 120 were queued (and persisted) before the kill, so all 120 must have arrived.
    expect(first).toContain('queued\n');
    expect(unique.size).toBe(n);
    // A message is repeated only if the kill fell between the platform taking it and
    // the outbox recording it: at most one per chat in flight. Lark's uuid (the key)
    // turns those into one delivery; this counts the raw repeats to show the window is small.
    const repeats = all.length - unique.size;
    expect(repeats).toBeLessThanOrEqual(4);
  });
});
