import type { SchoolConfig, ClassConfig } from '../bot/config/schema.ts';
import type { Repository, StoredRecord } from '../storage/repository.ts';

/** Where a message was said: a class group (by the school's group id) or a private chat with the bot. */
export type Chat =
  | {
      kind: 'group';
      groupId: string;
      /** the platform's own id of the group, for binding a group that is not yet mapped */
      platformGroupId?: string;
    }
  | { kind: 'dm' };

export type Platform = 'wechat' | 'lark' | 'console';

/** One incoming message, already mapped from platform ids to the school's ids by the adapter. */
export interface Inbound {
  /** Platform message id, for de-duplication; unique per platform. */
  messageId: string;
  platform: Platform;
  chat: Chat;
  /** The school's contact id of the sender (never a display name). */
  from: string;
  /** Display name as the platform showed it: for logs only, it grants nothing. */
  displayName?: string;
  text: string;
  /** The message @-mentions the bot (the mention itself is already stripped from text). */
  mentioned: boolean;
  at: Date;
}

/** Outbound address: a group id, `dm:<contact id>`, or `lark:<chat id>`. */
export type Address = string;
export const dm = (contactId: string): Address => `dm:${contactId}`;
export const lark = (chatId: string): Address => `lark:${chatId}`;

export type Effect =
  /** Say something. `key` makes the send idempotent (same key, one message). */
  | { type: 'send'; to: Address; text: string; card?: object; key?: string }
  /** Persist a record before anything is said about it. */
  | { type: 'save'; record: StoredRecord };

export type PupilRef = { classId: string; pupil: string };

/** Who the sender is, by contact id only. */
export interface Identity {
  contactId: string;
  /** Classes where the sender teaches, with their subjects there. */
  teaches: { classId: string; subjects: string[]; head: boolean }[];
  /** Pupils the sender is a bound parent of. */
  parentOf: PupilRef[];
  isBot: boolean;
}

export interface Context {
  config: SchoolConfig;
  store: Repository;
  /** The message's class, when the chat is a known class group. */
  klass?: ClassConfig;
  identity: Identity;
  now: Date;
  /** the school IT's secret for teachers' one-time binding codes (BIND_SECRET); codes are off without it */
  bindSecret?: string;
}

export type Handler = (msg: Inbound, ctx: Context) => Promise<Effect[]> | Effect[];
