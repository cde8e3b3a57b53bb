import { describe, it, expect } from 'vitest';
import { burst } from '../bench/burst.ts';
import { PLATFORM_LIMITS } from '../bot/pacing.ts';

describe('burst at 21:00 (virtual clock)', () => {
  it('records every sign-off and question from 200 parents, answers each, within the rate limit', async () => {
    const f = await burst(200);
    expect(f.signoffsStored).toBe(200);
    expect(f.questionsStored).toBe(200);
    expect(f.replies).toBe(400);
    expect(f.minGapMs).toBeGreaterThanOrEqual(PLATFORM_LIMITS.wechatAccountGapMs);
  });
});
