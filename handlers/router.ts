import { parseCommand, type CommandName } from '../rules/commands.ts';
import { reply } from './effects.ts';
import { handleHelp } from './help.ts';
import type { Context, Effect, Inbound } from './types.ts';
import { COMMAND_HANDLERS, handleFreeText } from './registry.ts';
import { handleBindGroup } from './binding.ts';

/** Longer messages are not parsed: nobody posts homework or questions that long, and parsing them costs. */
export const MAX_MESSAGE_CHARS = 2000;

export type CommandHandler = (msg: Inbound, ctx: Context, args: string) => Promise<Effect[]> | Effect[];

/**
 * Sends a message to the one handler for it. The order matters: the bot's own
 * messages first (never answered), then commands, then free text, where the bot
 * stays silent in a group unless it has something the group needs.
 */
export async function route(msg: Inbound, ctx: Context): Promise<Effect[]> {
  if (ctx.identity.isBot) return [];
  const text = msg.text.trim();
  const inGroup = msg.chat.kind === 'group';
  const addressed = !inGroup || msg.mentioned;
  const cmd = parseCommand(text);

  if (text.length > MAX_MESSAGE_CHARS) {
    return cmd || addressed ? [reply(msg, `消息太长了（超过${MAX_MESSAGE_CHARS}字），我没有处理。请精简后分几条发送，或发 /帮助 查看用法。`)] : [];
  }
  if (inGroup && !ctx.klass) {
    if (cmd?.kind === 'command' && cmd.name === '绑定') return handleBindGroup(msg, ctx, cmd.args);
    return cmd || msg.mentioned
      ? [reply(msg, '这个群还没有对应到学校的班级。请班主任在群里发送：/绑定 班级名称（例如 /绑定 三年级2班）。')]
      : [];
  }
  if (!text) return addressed ? handleHelp(msg, ctx) : [];
  if (cmd?.kind === 'unknown') return handleHelp(msg, ctx, `没有“/${cmd.name}”这个命令。`);
  if (cmd?.kind === 'command') {
    const handler = COMMAND_HANDLERS[cmd.name as CommandName];
    return handler(msg, ctx, cmd.args);
  }
  return handleFreeText(msg, { ...ctx }, text);
}
