import { z } from 'zod';

export const outboxEntrySchema = z.object({
  /** idempotency key: the same key is sent at most once */
  key: z.string(),
  to: z.string(),
  text: z.string(),
  card: z.record(z.string(), z.unknown()).optional(),
  createdAt: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int().min(0),
  sentAt: z.string().optional(),
  error: z.string().optional(),
});

export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
