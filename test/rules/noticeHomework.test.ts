// A /通知 that sets the day's homework, held to the grade's cap on its own.
import { describe, it, expect } from 'vitest';
import { checkNoticeHomework } from '../../rules/homework.ts';

describe('checkNoticeHomework', () => {
  it('sums the items, or takes the stated total, and compares with the grade cap', () => {
    expect(checkNoticeHomework('家庭作业：语文25分钟，数学25分钟，英语15分钟。', 5)).toEqual({ ok: false, reason: 'over_cap', minutes: 65, cap: 60 });
    expect(checkNoticeHomework('今日作业：语文25分钟，数学25分钟，合计约五十分钟。', 5)).toEqual({ ok: true });
    expect(checkNoticeHomework('今晚的作业有：物理卷子一张，一个半小时左右。', 7)).toEqual({ ok: true });
    expect(checkNoticeHomework('今晚的作业有：物理一小时，化学四十分钟。', 9)).toEqual({ ok: false, reason: 'over_cap', minutes: 100, cap: 90 });
  });

  it('refuses written work for grades 1–2 but lets reading, talking and "no writing" through', () => {
    expect(checkNoticeHomework('回家作业：描红一页，口算本做一面。', 2)).toEqual({ ok: false, reason: 'no_written_homework' });
    expect(checkNoticeHomework('回家作业：给爸爸妈妈讲一个故事，不用写。', 2)).toEqual({ ok: true });
    expect(checkNoticeHomework('今天的作业是和家长一起跳绳十分钟。', 1)).toEqual({ ok: true });
  });

  it('leaves notices that set no day of homework alone', () => {
    expect(checkNoticeHomework('国庆假期作业：每天阅读半小时，数学练习册一单元，约两小时。', 4)).toEqual({ ok: true });
    expect(checkNoticeHomework('明天起作业在校完成，课后服务延长到六点，多出约四十分钟。', 1)).toEqual({ ok: true });
    expect(checkNoticeHomework('周五下午三点开家长会，预计一个半小时。', 3)).toEqual({ ok: true });
    expect(checkNoticeHomework('今天不布置家庭作业，写字课已在校完成。', 1)).toEqual({ ok: true });
  });
});
