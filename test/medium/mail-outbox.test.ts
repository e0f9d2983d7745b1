import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { enqueueMail, maxAttempts } from '../../src/server/features/mail/mail-outbox.js';
import { MailOutboxRepository } from '../../src/server/features/mail/mail-outbox.repository.js';

describe.each(dialects)('mail outbox on %s', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let municipalityId: string;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp(dialect, { smtpUrl: smtp.url });
    municipalityId = await t.seedMunicipality('mechelen');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const enqueue = (subject: string) =>
    t.database.db.kysely.transaction().execute((trx) =>
      enqueueMail(trx, t.clock, {
        municipalityId,
        kind: 'test',
        to: 'burger@example.test',
        subject,
        text: `Beste, ${subject}`,
        attachments: [{ filename: 'a.ics', content: 'BEGIN:VCALENDAR', contentType: 'text/calendar' }],
      }),
    );

  it('sends an enqueued mail through a real SMTP server, with its attachment, exactly once', async () => {
    await enqueue('Antwoord op uw melding');
    expect(await t.services.outbox.dispatch()).toEqual({ sent: 1, failed: 0 });
    const [mail] = await smtp.waitFor(1);
    expect(mail?.subject).toBe('Antwoord op uw melding');
    expect(mail?.text).toContain('Beste, Antwoord op uw melding');
    expect(mail?.attachments[0]?.filename).toBe('a.ics');
    expect(await t.services.outbox.dispatch()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it('keeps a mail whose write rolled back out of the outbox', async () => {
    await expect(
      t.database.db.kysely.transaction().execute(async (trx) => {
        await enqueueMail(trx, t.clock, {
          municipalityId,
          kind: 'test',
          to: 'x@example.test',
          subject: 'never',
          text: 'never',
        });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(await t.services.outbox.dispatch()).toEqual({ sent: 0, failed: 0 });
  });

  it('keeps mail pending while SMTP refuses, retries later, gives up after the last attempt and can be retried', async () => {
    let admin = await t.login('admin@mechelen.test');
    smtp.setRefusing(true);
    await enqueue('Herinnering');
    expect(await t.services.outbox.dispatch()).toEqual({ sent: 0, failed: 1 });
    expect(await t.services.outbox.dispatch()).toEqual({ sent: 0, failed: 0 }); // not due yet
    let outbox = (await admin.request({ method: 'GET', url: '/api/mail/outbox' })).json<{
      entries: { subject: string; status: string; attempts: number; lastError: string | null }[];
    }>();
    expect(outbox.entries.find((e) => e.subject === 'Herinnering')).toMatchObject({ status: 'pending', attempts: 1 });
    for (let attempt = 2; attempt <= maxAttempts; attempt += 1) {
      t.clock.advance(200 * 60_000);
      await t.services.outbox.dispatch();
    }
    admin = await t.login('admin@mechelen.test'); // the clock moved past the session's lifetime
    outbox = (await admin.request({ method: 'GET', url: '/api/mail/outbox' })).json();
    expect(outbox.entries.find((e) => e.subject === 'Herinnering')).toMatchObject({
      status: 'failed',
      attempts: maxAttempts,
    });
    smtp.setRefusing(false);
    const retry = await admin.request({ method: 'POST', url: '/api/mail/outbox/retry' });
    expect(retry.json()).toEqual({ requeued: 1 });
    await smtp.waitFor(2);
    expect(smtp.messages.map((m) => m.subject)).toContain('Herinnering');
  });

  it('shows the outbox to administrators only', async () => {
    const staff = await t.login('staff@mechelen.test');
    expect((await staff.request({ method: 'GET', url: '/api/mail/outbox' })).statusCode).toBe(403);
  });
  it('claims each due mail for one sender at a time, and gives it back after the lease when that sender died', async () => {
    const ids = [await enqueue('Claim 1'), await enqueue('Claim 2'), await enqueue('Claim 3')];
    const now = t.clock.now();
    const lease = new Date(now.getTime() + 600_000).toISOString();
    const claim = () =>
      t.database.db.kysely
        .transaction()
        .execute((trx) => new MailOutboxRepository(trx).claimDue(now.toISOString(), lease, 2));
    const [first, second] = await Promise.all([claim(), claim()]);
    const claimed = [...(first ?? []), ...(second ?? [])].map((r) => r.id);
    expect(claimed.sort()).toEqual([...ids].sort()); // disjoint claims that together take every due mail once
    expect(await claim()).toEqual([]);
    // The claimer "died" without sending: after the lease another run sends them, each once.
    t.clock.advance(600_001);
    const before = smtp.messages.length;
    expect(await t.services.outbox.dispatch()).toEqual({ sent: 3, failed: 0 });
    await smtp.waitFor(before + 3);
    expect(
      smtp.messages
        .slice(before)
        .map((m) => m.subject)
        .sort(),
    ).toEqual(['Claim 1', 'Claim 2', 'Claim 3']);
  });
});
