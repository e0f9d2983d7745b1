import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RetentionSweep } from '../../src/server/features/retention/retention-sweep.js';
import type { JobLog } from '../../src/server/features/jobs/job-runner.js';
import type { JobStatusList } from '../../src/shared/api/jobs.schema.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

describe.each(dialects)('visible failures of background jobs on %s', (dialect) => {
  let t: TestApp;
  let alpha = '';
  let beta = '';
  beforeEach(async () => {
    t = await createTestApp(dialect);
    alpha = await t.seedMunicipality('alpha');
    beta = await t.seedMunicipality('beta');
  });
  afterEach(() => t.close());

  const capture = () => {
    const lines: { level: string; object: Record<string, unknown>; message: string }[] = [];
    const log: JobLog = {
      error: (object, message) => void lines.push({ level: 'error', object, message }),
      warn: (object, message) => void lines.push({ level: 'warn', object, message }),
      info: (object, message) => void lines.push({ level: 'info', object, message }),
    };
    return { lines, log };
  };

  it('records a failed retention sweep per municipality, logs it with job and municipality, and shows it on the admin’s status', async () => {
    const { lines, log } = capture();
    const failing = new RetentionSweep({
      db: t.database.db,
      clock: t.clock,
      log,
      cases: {
        eraseExpired: async (id: string) => {
          if (id === alpha) throw new Error('disk full while erasing');
          return { erasedCases: 0, erasedPersons: 0, erasedDocuments: 0 };
        },
      },
      complaints: { eraseExpiredContacts: async () => 0 },
    });
    const result = await failing.run();
    expect(result.failedMunicipalities).toEqual([alpha]);
    expect(
      lines.filter((l) => l.level === 'error').map((l) => [l.object.job, l.object.municipalityId, l.message]),
    ).toEqual([['retention.sweep', alpha, `background job retention.sweep failed for municipality ${alpha}`]]);

    const admin = await t.login('admin@alpha.test');
    const status = (await admin.request({ method: 'GET', url: '/api/admin/job-status' })).json<JobStatusList>();
    expect(status.problems).toEqual(['retention.sweep']);
    expect(status.jobs.find((j) => j.job === 'retention.sweep')).toMatchObject({
      ok: false,
      error: 'disk full while erasing',
      lastOkAt: null,
    });
    // Beta's sweep went on and is fine; its admin sees no problem.
    const betaStatus = (
      await (await t.login('admin@beta.test')).request({ method: 'GET', url: '/api/admin/job-status' })
    ).json<JobStatusList>();
    expect(betaStatus.problems).toEqual([]);
    expect(betaStatus.jobs.find((j) => j.job === 'retention.sweep')?.ok).toBe(true);
    expect(beta).not.toBe(alpha);

    // The real sweep succeeds next hour: the problem is gone.
    t.clock.advance(3_600_000);
    await t.services.retention.run();
    expect(
      (await admin.request({ method: 'GET', url: '/api/admin/job-status' })).json<JobStatusList>().problems,
    ).toEqual([]);
    // Only administrators see it.
    expect(
      (await (await t.login('coordinator@alpha.test')).request({ method: 'GET', url: '/api/admin/job-status' }))
        .statusCode,
    ).toBe(403);
  });

  it('logs the reminder job’s failure with its municipality instead of swallowing it, and goes on with the others', async () => {
    const { lines, log } = capture();
    const { CalendarService } = await import('../../src/server/features/calendar/calendar.service.js');
    const calendar = new CalendarService({
      db: t.database.db,
      clock: t.clock,
      log,
      providers: [
        {
          deadlines: async (municipalityId: string) => {
            if (municipalityId === beta) throw new Error('provider broke');
            return [];
          },
        },
      ],
    });
    expect(await calendar.remind()).toEqual({ enqueued: 0 });
    expect(lines.filter((l) => l.level === 'error').map((l) => [l.object.job, l.object.municipalityId])).toEqual([
      ['calendar.reminders', beta],
    ]);
    const runs = await t.database.db.kysely
      .selectFrom('job_run')
      .select(['municipality_id', 'ok'])
      .where('job', '=', 'calendar.reminders')
      .execute();
    expect(runs.map((r) => [r.municipality_id, Number(r.ok)]).sort()).toEqual(
      [
        [alpha, 1],
        [beta, 0],
      ].sort(),
    );
  });
});
