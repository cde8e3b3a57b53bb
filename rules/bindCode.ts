import { createHmac } from 'node:crypto';
import { addDays } from './calendar.ts';

/*
 * One-time codes by which a teacher proves who they are to the bot (DESIGN:
 * "teachers are bound by a one-time code from the school's IT"). The code is
 * derived from a secret only the school's IT holds (BIND_SECRET), the
 * teacher's id and the day it was issued, so issuing one needs no access to
 * the running bot's data; the bot records each use, which makes it one-time.
 * Pure: the day is passed in.
 */

/** Eight digits: easy to read out, 10^8 to guess. */
export const BIND_CODE = /^\d{8}$/;
/** A code works on the day it was issued and the day after. */
const VALID_DAYS = 2;

export function teacherBindCode(secret: string, teacherId: string, issuedOn: string): string {
  const mac = createHmac('sha256', secret).update(`${teacherId}\n${issuedOn}`).digest();
  return String(mac.readUInt32BE(0) % 100_000_000).padStart(8, '0');
}

/** The teacher whose code this is, if it was issued today or yesterday. */
export function teacherOfBindCode(secret: string, code: string, teacherIds: readonly string[], today: string): string | null {
  if (!BIND_CODE.test(code)) return null;
  for (let back = 0; back < VALID_DAYS; back++) {
    const day = addDays(today, -back);
    const id = teacherIds.find((t) => teacherBindCode(secret, t, day) === code);
    if (id) return id;
  }
  return null;
}
