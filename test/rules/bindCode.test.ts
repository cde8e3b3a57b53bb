import { describe, it, expect } from 'vitest';
import { BIND_CODE, teacherBindCode, teacherOfBindCode } from '../../rules/bindCode.ts';

describe('teachers’ one-time binding codes', () => {
  const ids = ['t11', 't32', 't32m', 't81'];
  it('are eight digits, fixed by secret, teacher and day', () => {
    const c = teacherBindCode('s', 't32m', '2026-11-23');
    expect(c).toMatch(BIND_CODE);
    expect(teacherBindCode('s', 't32m', '2026-11-23')).toBe(c);
    expect(new Set([teacherBindCode('s', 't32', '2026-11-23'), teacherBindCode('s', 't32m', '2026-11-24'), teacherBindCode('other', 't32m', '2026-11-23')]).has(c)).toBe(false);
  });
  it('name their teacher on the day of issue and the day after, and no longer', () => {
    const c = teacherBindCode('s', 't32m', '2026-11-23');
    expect(teacherOfBindCode('s', c, ids, '2026-11-23')).toBe('t32m');
    expect(teacherOfBindCode('s', c, ids, '2026-11-24')).toBe('t32m');
    expect(teacherOfBindCode('s', c, ids, '2026-11-25')).toBeNull();
    expect(teacherOfBindCode('other', c, ids, '2026-11-23')).toBeNull();
    expect(teacherOfBindCode('s', '1234567', ids, '2026-11-23')).toBeNull();
  });
});
