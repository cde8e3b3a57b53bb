import { fileURLToPath } from 'node:url';
import type { Row } from './run.ts';
import { wechatFloor } from './floor.ts';
import { burst } from './burst.ts';
import { larkDelivery } from './larkDelivery.ts';
import { evalAsk } from '../bot/eval/ask.ts';
import { evalGuard } from '../bot/eval/guard.ts';
import { PACING, PLATFORM_LIMITS } from '../bot/pacing.ts';

const ms = (x: number) => `${x.toFixed(2)} ms`;
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
const shared = (f: string) => fileURLToPath(new URL(`../../shared/data/${f}`, import.meta.url));

/** Sections that need the adapters (WeChat floor, Lark delivery), the burst, and the evaluations. */
export async function extraSections(rows: Row[]): Promise<void> {
  // 2. Against the floor.
  const f = await wechatFloor();
  const cond = `wechaty-puppet-mock，各 ${f.n} 次往返（另 ${f.warmup} 次预热），两个机器人交替`;
  rows.push({ section: '2 对比下限', figure: '只回声的 wechaty 机器人 p50 / p99', value: `${ms(f.floor.p50)} / ${ms(f.floor.p99)}`, conditions: cond });
  rows.push({ section: '2 对比下限', figure: '本机器人 p50 / p99', value: `${ms(f.ours.p50)} / ${ms(f.ours.p99)}`, conditions: `${cond}；群里@提问、私信提问、/帮助、/免写；不限速（生产中微信每条 ≥ ${PACING.wechat.accountMinMs} ms）` });
  rows.push({ section: '2 对比下限', figure: '往返时间之比 p50 / p99', value: `${f.ratio.p50.toFixed(1)}× / ${f.ratio.p99.toFixed(1)}×`, conditions: `本机器人各段 p50：收 ${ms(f.oursPhases.inbound.p50)}，处理 ${ms(f.oursPhases.handle.p50)}，排队 ${ms(f.oursPhases.dispatch.p50)}，发 ${ms(f.oursPhases.outbound.p50)}`, goal: '≤ 1.5×' });

  // 8.5. The 21:00 burst, replayed on the virtual clock.
  const b = await burst();
  rows.push({ section: '8 突发', figure: '200 位家长一分钟内免写 + 提问', value: `免写 ${b.signoffsStored}/${b.parents}，问题 ${b.questionsStored}/${b.parents}，回复 ${b.replies}/${b.inbound}`, conditions: `21:00–21:01，一个微信账号；最后一条回复在 ${b.lastReplyAfterS.toFixed(0)} s 后，最小间隔 ${b.minGapMs} ms（限制 ≥ ${PLATFORM_LIMITS.wechatAccountGapMs} ms）；虚拟时钟重放 ${(b.wallMs / 1000).toFixed(1)} s` });

  // 5. Accuracy on the development samples.
  const ask = await evalAsk(shared('qa_dev.jsonl'));
  const guard = await evalGuard(shared('guard_dev.jsonl'));
  rows.push({ section: '5 准确度', figure: '政策问答：可回答的答对', value: `${ask.answeredRight}/${ask.answerable} = ${pct(ask.answeredRight, ask.answerable)}`, conditions: `qa_dev.jsonl；答了但缺应有事实 ${ask.answeredWrong} 条`, goal: '≥ 95%' });
  rows.push({ section: '5 准确度', figure: '政策问答：范围外的婉拒', value: `${ask.declined}/${ask.outOfScope} = ${pct(ask.declined, ask.outOfScope)}`, conditions: 'qa_dev.jsonl', goal: '≥ 90%' });
  rows.push({ section: '5 准确度', figure: '守护：拒绝的精确率 / 召回率', value: `${guard.precision.toFixed(3)} / ${guard.recall.toFixed(3)}`, conditions: `guard_dev.jsonl（tp ${guard.tp}，fp ${guard.fp}，fn ${guard.fn}）`, goal: '≥ 0.95' });

  // 6b. 200 cards through the outbox against a rate-limited fake Lark.
  const l = await larkDelivery();
  rows.push({ section: '6 周报', figure: '经发件箱向飞书发 200 张卡片', value: `${(l.wallMs / 1000).toFixed(2)} s（下限 ${(l.minimumMs / 1000).toFixed(2)} s，${l.ratio.toFixed(2)}×）`, conditions: `${l.chats} 个群，假飞书按文档限流（每应用 50/s，每群 5/s）；429 ${l.rateLimited} 次，重复 ${l.duplicates} 次`, goal: '≤ 1.2× 下限，无 429' });
}
