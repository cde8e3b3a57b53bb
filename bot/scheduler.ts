import { Cron } from 'croner';
import type { SchoolConfig } from './config/schema.ts';
import { scheduledJobs, type JobName } from './jobs.ts';

export interface DueJob {
  name: JobName;
  at: Date;
}

/** Starts every job on the real clock, in the school's time zone. */
export function startScheduler(config: SchoolConfig, run: (name: JobName, now: Date) => Promise<unknown>): () => void {
  const crons = scheduledJobs(config).map(
    (job) => new Cron(job.cron, { timezone: config.school.timezone, protect: true, name: `shuangjian-${job.name}` }, () => void run(job.name, new Date())),
  );
  return () => crons.forEach((c) => c.stop());
}

/**
 * The jobs due in (from, until], in time order: simulate's virtual clock fires
 * exactly what the real scheduler would have fired over the same span.
 */
export function dueBetween(config: SchoolConfig, from: Date, until: Date): DueJob[] {
  const due: DueJob[] = [];
  for (const job of scheduledJobs(config)) {
    const cron = new Cron(job.cron, { timezone: config.school.timezone, paused: true });
    let next = cron.nextRun(from);
    while (next && next.getTime() <= until.getTime()) {
      due.push({ name: job.name, at: next });
      next = cron.nextRun(next);
    }
    cron.stop();
  }
  return due.sort((a, b) => a.at.getTime() - b.at.getTime());
}
