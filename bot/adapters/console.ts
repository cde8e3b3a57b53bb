import { createInterface } from 'node:readline';
import type { SchoolConfig } from '../config/schema.ts';
import type { Inbound } from '../../handlers/types.ts';
import type { Transport } from '../outbox.ts';
import type { OutboxEntry } from '../../storage/outbox.ts';

/** Someone the newcomer can be in the terminal chat: a contact id in a chat. */
export interface Persona {
  label: string;
  contactId: string;
  chat: Inbound['chat'];
}

/** Everyone in the example school, in their class group and in a private chat, plus a stranger. */
export function personas(config: SchoolConfig): Persona[] {
  const out: Persona[] = [];
  for (const c of config.classes) {
    for (const p of c.parents) out.push({ label: `${c.name}群里，${p.pupil}的家长（${p.id}）`, contactId: p.id, chat: { kind: 'group', groupId: c.group } });
    for (const t of c.teachers) {
      out.push({ label: `${c.name}群里，${t.subjects.join('、')}老师${t.head ? '·班主任' : ''}（${t.id}）`, contactId: t.id, chat: { kind: 'group', groupId: c.group } });
    }
  }
  for (const c of config.classes) {
    for (const p of c.parents) out.push({ label: `私聊：${c.name} ${p.pupil}的家长（${p.id}）`, contactId: p.id, chat: { kind: 'dm' } });
    for (const t of c.teachers) out.push({ label: `私聊：${c.name} ${t.subjects.join('、')}老师${t.head ? '·班主任' : ''}（${t.id}）`, contactId: t.id, chat: { kind: 'dm' } });
  }
  const first = config.classes[0]!;
  out.push({ label: `${first.name}群里，一位未登记的陌生人（stranger）`, contactId: 'stranger', chat: { kind: 'group', groupId: first.group } });
  return out;
}

const GUIDE = `—— 终端对话 ——
你可以扮演家长或老师，和机器人说话。
  :who        列出可扮演的身份；:who 5 切换到第 5 个
  :quit       退出
在群里 @机器人：消息以“@小助手 ”开头。命令以 / 开头，先试试 /帮助。
要连接真正的微信：设置 WECHATY_PUPPET（见 README“连接微信”）后再 npm start。`;

/** Prints what the bot says; in the console everything is delivered at once. */
export class ConsoleTransport implements Transport {
  constructor(
    private readonly config: SchoolConfig,
    private readonly write: (s: string) => void = (s) => process.stdout.write(s),
  ) {}

  async send(entry: OutboxEntry): Promise<void> {
    const klass = this.config.classes.find((c) => c.group === entry.to);
    const where = klass ? `${klass.name}群` : entry.to.startsWith('dm:') ? `私聊 ${entry.to.slice(3)}` : entry.to.startsWith('lark:') ? `飞书群 ${entry.to.slice(5)}` : entry.to;
    this.write(`\n【小助手 → ${where}】\n${entry.text}${entry.card ? '\n（附飞书卡片）' : ''}\n`);
  }
}

/** The terminal chat: reads lines as the chosen persona and hands them to the bot. */
export async function runConsole(config: SchoolConfig, receive: (msg: Inbound) => Promise<unknown>, idle: () => Promise<void>): Promise<void> {
  const list = personas(config);
  let me = list.find((p) => p.contactId === config.classes.find((c) => c.grade >= 3)?.parents[0]?.id) ?? list[0]!;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
  const prompt = () => {
    rl.setPrompt(`\n[${me.label}] > `);
    rl.prompt();
  };
  process.stdout.write(`${GUIDE}\n现在你是：${me.label}\n`);
  prompt();
  let n = 0;
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === ':quit' || line === ':q') break;
    if (line.startsWith(':who')) {
      const k = Number(line.slice(4).trim());
      if (Number.isInteger(k) && k >= 1 && k <= list.length) {
        me = list[k - 1]!;
        process.stdout.write(`现在你是：${me.label}\n`);
      } else {
        process.stdout.write(`${list.map((p, i) => `${i + 1}. ${p.label}`).join('\n')}\n输入 :who 编号 切换。\n`);
      }
      prompt();
      continue;
    }
    if (line) {
      const mention = /^[@＠]\S+/.test(line);
      await receive({
        messageId: `console-${Date.now()}-${n++}`,
        platform: 'console',
        chat: me.chat,
        from: me.contactId,
        text: mention ? line.replace(/^[@＠]\S+\s*/, '') : line,
        mentioned: mention,
        at: new Date(),
      });
      await idle();
    }
    prompt();
  }
  rl.close();
}
