import { z } from 'zod';

// Every stored record is validated on the way in and on load, so a hand-edited
// or half-migrated file is caught instead of crashing a handler later.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoTime = z.string().min(10);

export const homeworkItemSchema = z.object({
  kind: z.literal('homework'),
  id: z.string(),
  classId: z.string(),
  /** school-local date the homework is for */
  date: isoDate,
  subject: z.string(),
  minutes: z.number().int().min(1),
  content: z.string(),
  /** 选做/弹性: listed, not counted in the cap */
  optional: z.boolean(),
  /** 阅读/实践: listed with minutes, not counted in the written cap */
  nonWritten: z.boolean(),
  teacherId: z.string(),
  at: isoTime,
  withdrawnAt: isoTime.optional(),
  withdrawnBy: z.string().optional(),
});

export const homeworkRefusalSchema = z.object({
  kind: z.literal('homeworkRefusal'),
  id: z.string(),
  classId: z.string(),
  date: isoDate,
  teacherId: z.string(),
  at: isoTime,
  rule: z.string(),
  text: z.string(),
});

export const publicationSchema = z.object({
  kind: z.literal('publication'),
  id: z.string(),
  classId: z.string(),
  date: isoDate,
  at: isoTime,
  /** full list, or a short correction after the list went out */
  type: z.enum(['full', 'correction']),
  /** the items (id:minutes) as published, to tell what changed since */
  snapshot: z.array(z.string()),
});

export const exemptionSignoffSchema = z.object({
  kind: z.literal('signoff'),
  id: z.string(),
  classId: z.string(),
  pupil: z.string(),
  /** the homework's date: a sign-off after midnight counts for the evening before */
  date: isoDate,
  at: isoTime,
  parentId: z.string(),
  subjects: z.array(z.string()),
});

export const guardEventSchema = z.object({
  kind: z.literal('guardEvent'),
  id: z.string(),
  classId: z.string().optional(),
  date: isoDate,
  teacherId: z.string(),
  at: isoTime,
  rule: z.string(),
  action: z.enum(['refused', 'nudged', 'public', 'logged']),
  text: z.string(),
});

export const questionRecordSchema = z.object({
  kind: z.literal('question'),
  id: z.string(),
  classId: z.string().optional(),
  date: isoDate,
  askerId: z.string(),
  at: isoTime,
  question: z.string(),
  topic: z.string().nullable(),
  answered: z.boolean(),
});

export const parentBindingSchema = z.object({
  kind: z.literal('parentBinding'),
  id: z.string(),
  parentId: z.string(),
  classId: z.string(),
  pupil: z.string(),
  at: isoTime,
  by: z.string(),
  active: z.boolean(),
});

/** Maps a platform's own room/contact id to the school's id (see bot/adapters/binding.ts). */
export const platformBindingSchema = z.object({
  kind: z.literal('platformBinding'),
  id: z.string(),
  platform: z.enum(['wechat', 'lark']),
  /** burnedCode: a one-time code posted where others saw it, kept (as its digest in `by`) only so it is refused later */
  target: z.enum(['group', 'contact', 'burnedCode']),
  platformId: z.string(),
  schoolId: z.string(),
  at: isoTime,
  by: z.string(),
});

export const storedRecordSchema = z.discriminatedUnion('kind', [
  homeworkItemSchema,
  homeworkRefusalSchema,
  publicationSchema,
  exemptionSignoffSchema,
  guardEventSchema,
  questionRecordSchema,
  parentBindingSchema,
  platformBindingSchema,
]);

export type HomeworkItem = z.infer<typeof homeworkItemSchema>;
export type HomeworkRefusal = z.infer<typeof homeworkRefusalSchema>;
export type Publication = z.infer<typeof publicationSchema>;
export type ExemptionSignoff = z.infer<typeof exemptionSignoffSchema>;
export type GuardEvent = z.infer<typeof guardEventSchema>;
export type QuestionRecord = z.infer<typeof questionRecordSchema>;
export type ParentBinding = z.infer<typeof parentBindingSchema>;
export type PlatformBinding = z.infer<typeof platformBindingSchema>;
export type StoredRecord = z.infer<typeof storedRecordSchema>;
export type RecordKind = StoredRecord['kind'];
export type RecordOf<K extends RecordKind> = Extract<StoredRecord, { kind: K }>;

/** Kinds that belong to a school day; they are partitioned by ISO week. */
export const DATED_KINDS = ['homework', 'homeworkRefusal', 'publication', 'signoff', 'guardEvent', 'question'] as const;
export type DatedKind = (typeof DATED_KINDS)[number];
/** Kinds that describe standing state; small, kept whole. */
export const STATE_KINDS = ['parentBinding', 'platformBinding'] as const;
export type StateKind = (typeof STATE_KINDS)[number];

export const isDated = (kind: RecordKind): kind is DatedKind => (DATED_KINDS as readonly string[]).includes(kind);
