import { describe, it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './helpers.ts';
import { ev } from './script.ts';

const exec = promisify(execFile);
const bin = path.resolve('bin/shuangjian.js');

async function cli(args: string[], input?: string) {
  try {
    const p = exec(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: '' }, maxBuffer: 10 << 20 });
    if (input !== undefined) {
      p.child.stdin!.end(input);
    }
    const r = await p;
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('the shuangjian command', () => {
  it('simulate prints outbound JSON lines and exits 0', async () => {
    const dir = tempDir();
    const script = path.join(dir, 'day.jsonl');
    writeFileSync(script, [ev('16:05', 'room-3-2', 't32m', '/作业 数学 20分钟 口算练习第12页'), '{broken', JSON.stringify({ at: '2026-11-23T17:31:00+08:00', tick: true })].join('\n'));
    const r = await cli(['simulate', '--script', script]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { at: string; to: string; text: string });
    expect(lines.map((l) => l.to)).toEqual(['room-3-2', 'room-3-2']);
    expect(lines[1]!.text).toContain('【作业公示】');
    expect(lines[1]!.at).toMatch(/^2026-11-23T17:30:00(\.\d+)?\+08:00$/);
    expect(r.stderr).toContain('第 2 行');
  });

  it('simulate exits non-zero only for an unreadable script file', async () => {
    const r = await cli(['simulate', '--script', '/nonexistent/x.jsonl']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('无法读取脚本文件');
  });

  it('doctor explains a broken config in Chinese and fails', async () => {
    const dir = tempDir();
    const f = path.join(dir, 'bad.yaml');
    writeFileSync(f, 'school:\n  id: x\n  name: 测试\nclasses: []\n');
    const r = await cli(['doctor', '--config', f]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('至少要配置一个班级');
    const ok = await cli(['doctor']);
    expect(ok.stdout).toContain('配置文件可用');
  });

  it('an unknown command prints the usage in Chinese', async () => {
    const r = await cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('用法');
  });
});
