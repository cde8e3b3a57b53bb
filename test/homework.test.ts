import { describe, it, expect } from 'vitest';
import { ev, run, to, tick } from './script.ts';
import { parseHomeworkArgs, parseMinutes, checkCap, chineseNumber } from '../rules/homework.ts';
import { dailyCap } from '../rules/grade.ts';

const subjects = ['语文', '数学', '英语', '物理'];
const classNames = ['三年级2班', 'c3-2', '八年级1班'];

describe('homework parsing (rules)', () => {
  it('reads subject, minutes, content and tags in the usual and natural forms', () => {
    expect(parseHomeworkArgs('数学 20分钟 口算练习第12页', { subjects, classNames })).toMatchObject({ subject: '数学', minutes: { kind: 'ok', minutes: 20 }, content: '口算练习第12页', optional: false, nonWritten: false });
    expect(parseHomeworkArgs('三年级2班 英语 15分钟 读绘本 阅读', { subjects, classNames })).toMatchObject({ className: '三年级2班', subject: '英语', content: '读绘本', nonWritten: true });
    expect(parseHomeworkArgs('数学 10分钟 思维题（选做）', { subjects, classNames })).toMatchObject({ optional: true, content: '思维题' });
    expect(parseHomeworkArgs('数学作业：练习册第5页，约二十分钟', { subjects, classNames })).toMatchObject({ subject: '数学', minutes: { kind: 'ok', minutes: 20 }, content: '练习册第5页' });
    // "阅读" inside the content is content, not a tag.
    expect(parseHomeworkArgs('语文 20分钟 阅读课文第3课并完成练习', { subjects, classNames })).toMatchObject({ nonWritten: false, content: '阅读课文第3课并完成练习' });
  });

  it('tells a missing estimate from an unreadable one', () => {
    expect(parseMinutes('口算练习')).toEqual({ kind: 'missing' });
    expect(parseMinutes('abc分钟 口算').kind).toBe('invalid');
    expect(parseMinutes('半小时')).toMatchObject({ minutes: 30 });
    expect(parseMinutes('1.5小时')).toMatchObject({ minutes: 90 });
    expect(chineseNumber('二十五')).toBe(25);
    expect(chineseNumber('十')).toBe(10);
  });

  it('keeps the cap one function of the grade', () => {
    expect([1, 2, 3, 6, 7, 9].map((g) => dailyCap(g).writtenMinutes)).toEqual([0, 0, 60, 60, 90, 90]);
    const written = { minutes: 30, optional: false, nonWritten: false };
    expect(checkCap(1, [], written)).toMatchObject({ ok: false, reason: 'no_written_homework' });
    expect(checkCap(1, [], { ...written, nonWritten: true }).ok).toBe(true);
    expect(checkCap(3, [], { ...written, minutes: 61 })).toMatchObject({ ok: false, reason: 'item_over_cap' });
  });
});

describe('homework through simulate (example school)', () => {
  it('refuses the item that crosses the cap, says the minutes left, and frees minutes on withdrawal', async () => {
    const out = await run([
      ev('15:00', 'room-3-2', 't32', '/作业 语文 25分钟 生字练习第3课'),
      ev('15:05', 'room-3-2', 't32m', '/作业 数学 30分钟 口算练习第12页'),
      ev('15:10', 'dm', 't32e', '/作业 英语 10分钟 抄写单词'),
      ev('15:20', 'room-3-2', 't32e', '/作业 英语 5分钟 听读课文'),
      ev('15:30', 'dm', 't32m', '/撤回 数学'),
      ev('15:35', 'dm', 't32e', '/作业 英语 10分钟 抄写单词'),
    ]);
    const eng = to(out, 'dm:t32e').map((o) => o.text);
    expect(eng[0]).toContain('没有记录');
    expect(eng[0]).toContain('55/60');
    expect(eng[0]).toContain('还可布置 5 分钟');
    expect(eng[0]).toContain('语文25');
    expect(eng[0]).toContain('数学30');
    expect(eng[0]).toContain('班主任');
    expect(eng[0]).toContain('000_e3406e389f9fa788.txt');
    const groupReplies = to(out, 'room-3-2').map((o) => o.text);
    expect(groupReplies.some((t) => t.includes('已记下') && t.includes('60/60'))).toBe(true);
    const withdraw = to(out, 'dm:t32m').map((o) => o.text).find((t) => t.includes('已撤回'))!;
    expect(withdraw).toContain('30/60');
    // A repost of the same subject replaces the teacher's earlier item (5 minutes) rather than adding to it.
    expect(eng.at(-1)).toContain('已更新');
    expect(eng.at(-1)).toContain('35/60');
  });

  it('publishes exactly the accepted items with the right totals at 17:30, and one correction after', async () => {
    const out = await run([
      ev('15:00', 'room-3-2', 't32', '/作业 语文 20分钟 生字练习'),
      ev('15:05', 'room-3-2', 't32m', '/作业 数学 25分钟 口算练习第12页'),
      ev('15:06', 'room-3-2', 't32m', '/作业 数学 10分钟 思维拓展题 选做'),
      ev('15:07', 'room-3-2', 't32e', '/作业 英语 15分钟 听读课文 阅读'),
      ev('15:08', 'room-3-2', 't32e', '/作业 英语 30分钟 抄写单词'),
      ev('15:09', 'room-1-1', 't11', '/作业 语文 15分钟 读绘本 阅读'),
      tick('17:31'),
      ev('18:00', 'room-3-2', 't32m', '/作业 数学 15分钟 口算练习第12页'),
      tick('19:00'),
    ]);
    const posts = to(out, 'room-3-2').filter((o) => o.text.startsWith('【作业公示】'));
    expect(posts).toHaveLength(1);
    const p = posts[0]!;
    expect(p.at).toMatch(/^2026-11-23T17:30:\d\d(\.\d+)?\+08:00$/);
    expect(p.text).toContain('书面作业（合计 45/60 分钟）');
    expect(p.text).toContain('语文 20分钟：生字练习');
    expect(p.text).toContain('数学 25分钟：口算练习第12页');
    expect(p.text).toContain('英语 15分钟：听读课文');
    expect(p.text).toContain('数学 10分钟：思维拓展题');
    expect(p.text).not.toContain('抄写单词'); // refused: over the cap
    expect(p.text).toContain('21:00');
    expect(p.text).not.toMatch(/请.*(回复|确认|打卡|收到)/);
    const corrections = to(out, 'room-3-2').filter((o) => o.text.startsWith('【作业公示更正】'));
    expect(corrections).toHaveLength(1);
    expect(corrections[0]!.text).toContain('数学 15分钟');
    expect(corrections[0]!.text).toContain('35/60');
    // Grade 1: the reading item is published, nothing is counted as written.
    const g1 = to(out, 'room-1-1').find((o) => o.text.startsWith('【作业公示】'))!;
    expect(g1.text).toContain('今天没有书面作业');
    expect(g1.text).toContain('语文 15分钟：读绘本');
    // Grade 8 had no items: nothing is published.
    expect(to(out, 'room-8-1').filter((o) => o.text.startsWith('【作业公示】'))).toHaveLength(0);
  });

  it('refuses written homework in grade 1, allows 90 minutes in grade 8', async () => {
    const out = await run([
      ev('15:00', 'room-1-1', 't11m', '/作业 数学 10分钟 口算题卡'),
      ev('15:01', 'room-8-1', 't81', '/作业 数学 40分钟 练习卷'),
      ev('15:02', 'room-8-1', 't81y', '/作业 语文 45分钟 作文'),
      ev('15:03', 'room-8-1', 't81e', '/作业 英语 10分钟 单词'),
    ]);
    expect(to(out, 'dm:t11m')[0]!.text).toContain('一、二年级不布置家庭书面作业');
    expect(to(out, 'room-8-1').map((o) => o.text).filter((t) => t.includes('已记下'))).toHaveLength(2);
    expect(to(out, 'dm:t81e')[0]!.text).toContain('85/90');
  });

  it('lets only the class’s own teachers post, and the head teacher publish early', async () => {
    const out = await run([
      ev('15:00', 'room-3-2', 'p32a', '/作业 数学 20分钟 口算', { name: '王老师' }),
      ev('15:01', 'room-3-2', 't81', '/作业 数学 20分钟 口算'),
      ev('15:02', 'room-3-2', 't32m', '/发布'),
      ev('15:03', 'room-3-2', 't32m', '/作业 数学 20分钟 口算'),
      ev('15:04', 'room-3-2', 't32', '/发布'),
      tick('17:31'),
    ]);
    const texts = to(out, 'room-3-2').map((o) => o.text);
    expect(texts[0]).toContain('只有本校老师');
    expect(texts[1]).toContain('不是三年级2班的老师');
    expect(texts[2]).toContain('只有班主任');
    expect(texts.filter((t) => t.startsWith('【作业公示】'))).toHaveLength(1);
  });

  it('answers bad input with a clear message and the usage', async () => {
    const long = '口算'.repeat(2500);
    const out = await run([
      ev('15:00', 'dm', 't32m', '/作业'),
      ev('15:01', 'dm', 't32m', '/作业 数学 abc分钟 口算'),
      ev('15:02', 'dm', 't32m', '/作业 英语 20分钟 单词'),
      ev('15:03', 'dm', 't32m', '/作业 数学 口算练习'),
      ev('15:04', 'dm', 't32m', '/作业 数学 0分钟 口算'),
      ev('15:05', 'dm', 't32m', '/作业 数学 500分钟 口算'),
      ev('15:06', 'dm', 't32m', `/作业 数学 20分钟 ${long.slice(0, 1900)}`),
      ev('15:07', 'dm', 't32m', `/作业 数学 20分钟 ${long}`),
      ev('15:08', 'dm', 't81', '/作业 数学 20分钟 口算'),
      ev('15:09', 'dm', 't81', '/作业 九年级9班 数学 20分钟 口算'),
    ]);
    const r = to(out, 'dm:t32m').map((o) => o.text);
    expect(r[0]).toContain('用法');
    expect(r[1]).toContain('不是有效的时间');
    expect(r[2]).toContain('不能布置英语作业');
    expect(r[3]).toContain('预计完成时间');
    expect(r[4]).toContain('大于 0');
    expect(r[5]).toContain('太长');
    expect(r[6]).toContain('作业内容太长');
    expect(r[7]).toContain('消息太长');
    const t81 = to(out, 'dm:t81').map((o) => o.text);
    expect(t81[0]).toContain('已记下'); // one class: implied
    expect(t81[1]).toContain('没有找到班级');
  });

  it('refuses content that asks parents to check and sign, with a rewording', async () => {
    const out = await run([ev('15:00', 'dm', 't32m', '/作业 数学 20分钟 口算练习，请家长检查并签字')]);
    const r = to(out, 'dm:t32m')[0]!.text;
    expect(r).toContain('没有记录');
    expect(r).toContain('可以这样改');
  });
});
