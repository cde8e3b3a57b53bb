import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { LowdbRepository } from '../storage/lowdb.ts';
import { tempDir } from './helpers.ts';

const writer = path.resolve('test/fixtures/writer.ts');

/** Runs the writer, kills it with SIGKILL after `ms` of writing, and returns the ids it acknowledged. */
function writeAndKill(dir: string, start: number, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // One process (tsx as a loader, not its CLI wrapper), so SIGKILL hits the writer itself.
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, String(start)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acked: string[] = [];
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        if (l === 'ready') setTimeout(() => child.kill('SIGKILL'), ms);
        else if (l.startsWith('ack ')) acked.push(l.slice(4));
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve(acked));
  });
}

describe('crash-safe storage', () => {
  it('loses no acknowledged record when the process is killed during writes, again and again', async () => {
    const dir = tempDir();
    const acked: string[] = [];
    for (let round = 0; round < 8; round++) {
      // Kill at a different moment each round, mid-write most of the time.
      acked.push(...(await writeAndKill(dir, round * 100_000, 150 + round * 37)));
    }
    expect(acked.length).toBeGreaterThan(50);
    const repo = await LowdbRepository.open(dir, { onCorrupt: (f) => expect.fail(`corrupt file after a crash: ${f}`) });
    const stored = new Set<string>();
    for (const w of repo.weeks()) for (const s of await repo.week('signoff', w)) stored.add(s.id);
    await repo.close();
    const lost = acked.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
  });
});
