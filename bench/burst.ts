// Issue 8.5: 200 parents of one school sign the exemption and ask a question
// within one minute at 21:00. Replays it through simulate (virtual clock, real
// handlers, real storage, the outbox's pacing) and prints the figures.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { simulate } from '../bot/simulate.ts';
import { LowdbRepository } from '../storage/lowdb.ts';
import { PACING, PLATFORM_LIMITS } from '../bot/pacing.ts';
import { benchSchool } from './school.ts';
import { tempDir } from '../test/helpers.ts';

export interface BurstFigures {
  parents: number;
  inbound: number;
  replies: number;
  signoffsStored: number;
  questionsStored: number;
  lastReplyAfterS: number;
  minGapMs: number;
  wallMs: number;
}

export async function burst(parents = 200): Promise<BurstFigures> {
  // 10 primary classes × 20 parents: one school's evening, everyone past the 21:00 cut-off.
  const config = benchSchool(10, parents / 10, (i) => 3 + (i % 4));
  const lines: string[] = [];
  let n = 0;
  for (const c of config.classes) {
    for (const p of c.parents) {
      const cutoff = 21;
      const second = (n * 60) / parents;
      const at = (h: number, s: number) => `2026-11-23T${h}:00:${String(Math.floor(s)).padStart(2, '0')}.${String(Math.round((s % 1) * 1000)).padStart(3, '0')}+08:00`;
      lines.push(JSON.stringify({ at: at(cutoff, second), chat: 'dm', from: p.id, text: '/免写' }));
      lines.push(JSON.stringify({ at: at(cutoff, Math.min(59.9, second + 0.2)), chat: 'dm', from: p.id, text: '孩子每天要睡几个小时？' }));
      n++;
    }
  }
  const dir = tempDir('sj-burst-');
  const t0 = performance.now();
  const out = await simulate(lines.join('\n'), { config, dataDir: path.join(dir, 'data') });
  const wallMs = performance.now() - t0;
  const repo = await LowdbRepository.open(path.join(dir, 'data'));
  const signoffs = await repo.day('signoff', '2026-11-23');
  const questions = await repo.day('question', '2026-11-23');
  await repo.close();
  const times = out.map((o) => Date.parse(o.at)).sort((a, b) => a - b);
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  return {
    parents: n,
    inbound: lines.length,
    replies: out.length,
    signoffsStored: signoffs.length,
    questionsStored: questions.length,
    lastReplyAfterS: (times.at(-1)! - Date.parse('2026-11-23T21:00:00+08:00')) / 1000,
    minGapMs: Math.min(...gaps),
    wallMs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = await burst();
  process.stdout.write(
    [
      `200 位家长 21:00–21:01 内各发 /免写 和一个问题（${f.inbound} 条消息，微信，单个机器人账号）`,
      `  记录：免写 ${f.signoffsStored}/${f.parents}，问题 ${f.questionsStored}/${f.parents}`,
      `  回复：${f.replies} 条，最后一条在 21:00 后 ${f.lastReplyAfterS.toFixed(0)} 秒发出`,
      `  相邻两条回复最小间隔 ${f.minGapMs} ms（微信限速：账号每条 ≥ ${PLATFORM_LIMITS.wechatAccountGapMs} ms，本机器人 ${PACING.wechat.accountMinMs} ms）`,
      `  重放用时 ${(f.wallMs / 1000).toFixed(1)} s（虚拟时钟）`,
    ].join('\n') + '\n',
  );
}
