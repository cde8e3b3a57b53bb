import type { SchoolConfig, ClassConfig } from '../bot/config/schema.ts';
import type { ParentBinding } from '../storage/records.ts';
import type { Identity, PupilRef } from './types.ts';

/** The contact id the bot itself speaks as; messages from it are never handled. */
export const BOT_CONTACT_ID = 'bot';

/** How each platform's adapter names a contact the configuration does not know: `wx:<id>`, `lark:<open_id>`. */
export const UNKNOWN_CONTACT_PREFIX = { wechat: 'wx:', lark: 'lark:' } as const;

/** The platform's own id of such a contact, or null for a known school contact. */
export function unknownContact(contactId: string): { platform: 'wechat' | 'lark'; platformId: string } | null {
  for (const platform of ['wechat', 'lark'] as const) {
    const prefix = UNKNOWN_CONTACT_PREFIX[platform];
    if (contactId.startsWith(prefix) && contactId.length > prefix.length) return { platform, platformId: contactId.slice(prefix.length) };
  }
  return null;
}

export const bindingId = (p: PupilRef, parentId: string) => `${p.classId}|${p.pupil}|${parentId}`;

export function classOfGroup(config: SchoolConfig, groupId: string): ClassConfig | undefined {
  return config.classes.find((c) => c.group === groupId);
}

export function classById(config: SchoolConfig, classId: string): ClassConfig | undefined {
  return config.classes.find((c) => c.id === classId);
}

/** Classes named in free text by name (三年级2班) or id (c3-2). */
export function classByName(config: SchoolConfig, text: string): ClassConfig | undefined {
  const t = text.trim();
  return config.classes.find((c) => t === c.name || t === c.id) ?? config.classes.find((c) => t.includes(c.name));
}

/**
 * Parent bindings in force: those pre-bound in the configuration unless undone,
 * plus those made with /绑定. The stored record, when there is one, wins.
 */
export function activeParentBindings(config: SchoolConfig, stored: ParentBinding[]): { parentId: string; ref: PupilRef }[] {
  const byId = new Map(stored.map((b) => [b.id, b]));
  const out: { parentId: string; ref: PupilRef }[] = [];
  for (const c of config.classes) {
    for (const p of c.parents) {
      const ref = { classId: c.id, pupil: p.pupil };
      const override = byId.get(bindingId(ref, p.id));
      if (!override || override.active) out.push({ parentId: p.id, ref });
    }
  }
  const configured = new Set(out.map((b) => bindingId(b.ref, b.parentId)));
  for (const b of stored) {
    if (b.active && !configured.has(b.id)) out.push({ parentId: b.parentId, ref: { classId: b.classId, pupil: b.pupil } });
  }
  return out;
}

/** Who a contact is, by id alone: display names never enter here. */
export function identify(contactId: string, config: SchoolConfig, stored: ParentBinding[]): Identity {
  const teaches = config.classes.flatMap((c) =>
    c.teachers.filter((t) => t.id === contactId).map((t) => ({ classId: c.id, subjects: t.subjects, head: t.head })),
  );
  const parentOf = activeParentBindings(config, stored)
    .filter((b) => b.parentId === contactId)
    .map((b) => b.ref);
  return { contactId, teaches, parentOf, isBot: contactId === BOT_CONTACT_ID };
}

export const isTeacherOf = (who: Identity, classId: string) => who.teaches.some((t) => t.classId === classId);
export const isHeadOf = (who: Identity, classId: string) => who.teaches.some((t) => t.classId === classId && t.head);
export const isParentIn = (who: Identity, classId: string) => who.parentOf.some((p) => p.classId === classId);

/** All teachers of a class, head teacher first. */
export function teachersOf(klass: ClassConfig) {
  return [...klass.teachers].sort((a, b) => Number(b.head) - Number(a.head));
}

export function headTeacherOf(klass: ClassConfig) {
  return klass.teachers.find((t) => t.head)!;
}

/** 三年级2班数学老师、八年级1班物理老师: every class and subject a teacher has, for confirmations. */
export function teacherRoles(config: SchoolConfig, teacherId: string): string {
  return config.classes
    .flatMap((c) => c.teachers.filter((t) => t.id === teacherId).map((t) => `${c.name}${t.subjects.join('、')}老师`))
    .join('、');
}

/** How a teacher is named in messages: the configured name, else 班级+学科+老师. */
export function teacherLabel(klass: ClassConfig, teacherId: string): string {
  const t = klass.teachers.find((x) => x.id === teacherId);
  if (!t) return '老师';
  return t.name ?? `${t.subjects.join('、')}老师`;
}
