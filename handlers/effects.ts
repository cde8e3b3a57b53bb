import { dm, type Effect, type Inbound } from './types.ts';
import type { StoredRecord } from '../storage/records.ts';

/** Replies where the message came from: the group, or the private chat. */
export function reply(msg: Inbound, text: string): Effect {
  return { type: 'send', to: msg.chat.kind === 'group' ? msg.chat.groupId : dm(msg.from), text };
}

export function tell(contactId: string, text: string, key?: string): Effect {
  return key ? { type: 'send', to: dm(contactId), text, key } : { type: 'send', to: dm(contactId), text };
}

export function post(groupId: string, text: string, key?: string): Effect {
  return key ? { type: 'send', to: groupId, text, key } : { type: 'send', to: groupId, text };
}

export function save(record: StoredRecord): Effect {
  return { type: 'save', record };
}
