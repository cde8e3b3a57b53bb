import type { CommandName } from '../rules/commands.ts';
import { looksLikeSignoff } from '../rules/exemption.ts';
import { handleQuestion, wantsUnpromptedAnswer } from './ask.ts';
import { handleBind, handleUnbind } from './binding.ts';
import { handleExemption } from './exemption.ts';
import { guardDirectMessage, handleNotice } from './guard.ts';
import { handleHelp } from './help.ts';
import { timeEstimates } from '../rules/homework.ts';
import { tell } from './effects.ts';
import { handleHomework, handlePublishNow, handleWithdraw, looksLikeHomeworkPost, SEVERAL_ITEMS } from './homework.ts';
import { isTeacherOf } from './identify.ts';
import type { CommandHandler } from './router.ts';
import { handleWeekly } from './weekly.ts';
import type { Context, Effect, Inbound } from './types.ts';

/** One handler per command: the only place a command name meets its code. */
export const COMMAND_HANDLERS: Record<CommandName, CommandHandler> = {
  帮助: (msg, ctx) => handleHelp(msg, ctx),
  作业: handleHomework,
  撤回: handleWithdraw,
  发布: handlePublishNow,
  通知: handleNotice,
  免写: handleExemption,
  绑定: handleBind,
  解绑: handleUnbind,
  周报: handleWeekly,
};

/**
 * Free text. In a group the bot speaks only when it has something the group
 * needs; in a private chat it always answers.
 */
export async function handleFreeText(msg: Inbound, ctx: Context, text: string): Promise<Effect[]> {
  const inGroup = msg.chat.kind === 'group';
  const teacherHere = ctx.identity.teaches.length > 0 && (!ctx.klass || isTeacherOf(ctx.identity, ctx.klass.id));
  if (teacherHere && looksLikeHomeworkPost(text)) {
    if (timeEstimates(text).length <= 1) return handleHomework(msg, ctx, text);
    // Several subjects in one message are not one item: recording the first estimate would understate the day.
    const nudge = inGroup && !msg.mentioned ? guardDirectMessage(msg, ctx) : null;
    return nudge ?? [tell(msg.from, SEVERAL_ITEMS)];
  }
  if (teacherHere && inGroup && !msg.mentioned) return guardDirectMessage(msg, ctx) ?? [];
  if (ctx.identity.parentOf.length > 0 && looksLikeSignoff(text)) return handleExemption(msg, ctx, '');
  if (!inGroup || msg.mentioned || wantsUnpromptedAnswer(ctx, text)) return handleQuestion(msg, ctx, text);
  return [];
}
