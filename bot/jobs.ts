import type { SchoolConfig } from './config/schema.ts';
import type { Repository } from '../storage/repository.ts';
import type { Effect } from '../handlers/types.ts';
import { morningDigest } from '../handlers/exemption.ts';
import { publishClass } from '../handlers/publication.ts';
import { localDate, isoWeekOf } from '../rules/calendar.ts';
import { inQuietHours } from '../handlers/scope.ts';
import { weeklySummaryEffects } from './lark/summary.ts';

export type JobName = 'publish' | 'morningDigest' | 'weeklySummary';

export interface JobContext {
  config: SchoolConfig;
  store: Repository;
  now: Date;
}

export interface ScheduledJob {
  name: JobName;
  /** cron pattern in the school's time zone */
  cron: string;
  run(ctx: JobContext): Promise<Effect[]>;
}

const cronAt = (hhmm: string, dow = '*') => {
  const [h, m] = hhmm.split(':').map(Number);
  return `${m} ${h} * * ${dow}`;
};

/** Every scheduled job, in one place; real time (croner) and simulate's virtual clock both run these. */
export function scheduledJobs(config: SchoolConfig): ScheduledJob[] {
  const t = config.times;
  return [
    {
      name: 'publish',
      cron: cronAt(t.publish),
      async run({ config, store, now }) {
        if (inQuietHours({ config, now })) return [];
        const date = localDate(now, config.school.timezone);
        const effects: Effect[] = [];
        for (const klass of config.classes) {
          const r = await publishClass(config, store, klass, date, now);
          if (Array.isArray(r)) effects.push(...r);
        }
        return effects;
      },
    },
    {
      name: 'morningDigest',
      cron: cronAt(t.morningDigest),
      async run({ config, store, now }) {
        // A class with no sign-offs last night gets no message at all.
        return morningDigest(config, store, now);
      },
    },
    {
      name: 'weeklySummary',
      cron: cronAt(t.weeklySummary.time, String(t.weeklySummary.weekday % 7)),
      async run({ config, store, now }) {
        return weeklySummaryEffects(config, store, isoWeekOf(localDate(now, config.school.timezone)));
      },
    },
  ];
}
