import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import type {
  ComplaintDetail,
  PublicForm,
  PublicReceipt,
  PublicStatus,
} from '../../src/shared/api/complaints.schema.js';
import type { Consultation } from '../../src/shared/api/consultations.schema.js';
import type { PlanVersionSummary } from '../../src/shared/api/plan.schema.js';
import { proposeLink } from '../../src/shared/indicators/propose-link.js';
import { exampleFor, operationsOf, urlFor } from '../support/openapi-operations.js';

const grandPlace = { lat: 51.0279, lon: 4.4794 };
// A real (decodable) PNG: attachments are judged by their bytes and images re-encoded (adapters/upload-policy.ts).
const png = PNG.sync.write(new PNG({ width: 2, height: 2 })).toString('base64');
let addressSeq = 0;
const nextAddress = () => `10.0.${Math.floor(++addressSeq / 250)}.${addressSeq % 250}`;

describe.each(dialects)('the nuisance desk on %s', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let staff: Agent;
  let coordinator: Agent;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp(dialect, { smtpUrl: smtp.url });
    await t.seedMunicipality('mechelen');
    await t.seedMunicipality('othertown');
    staff = await t.login('staff@mechelen.test');
    coordinator = await t.login('coordinator@mechelen.test');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const form = async (municipality = 'mechelen') =>
    (
      await t.app.inject({ method: 'GET', url: `/api/public/complaint-form?municipality=${municipality}` })
    ).json<PublicForm>();
  const submit = async (
    overrides: Record<string, unknown> = {},
    options: { address?: string; wait?: number; municipality?: string } = {},
  ) => {
    const { formToken } = await form(options.municipality);
    t.clock.advance(options.wait ?? 30_000);
    return t.app.inject({
      method: 'POST',
      url: '/api/public/complaints',
      remoteAddress: options.address ?? nextAddress(),
      payload: {
        municipality: options.municipality ?? 'mechelen',
        formToken,
        website: '',
        locale: 'nl',
        category: 'noise',
        occurredAt: '2020-06-14T23:30:00+02:00',
        place: { ...grandPlace, address: 'Grote Markt 21' },
        description: 'Elke nacht luide muziek tot vier uur.',
        privacyAccepted: true,
        ...overrides,
      },
    });
  };
  const status = (reference: string, accessCode: string, municipality = 'mechelen') =>
    t.app.inject({
      method: 'POST',
      url: '/api/public/complaints/status',
      remoteAddress: nextAddress(),
      payload: { municipality, reference, accessCode },
    });
  const complaintCount = async () =>
    Number((await sql<{ n: number }>`select count(*) as n from complaint`.execute(t.database.db.kysely)).rows[0]?.n);
  const findId = async (reference: string) =>
    (await sql<{ id: string }>`select id from complaint where reference = ${reference}`.execute(t.database.db.kysely))
      .rows[0]?.id ?? '';
  // A run already under way may have read the outbox before the last write: a second run sends what it missed.
  const flush = async () => {
    await t.services.outbox.dispatch();
    await t.services.outbox.dispatch();
  };
  const events = async (sourceId: string) =>
    Number(
      (
        await sql<{
          n: number;
        }>`select count(*) as n from nuisance_event where source = 'complaint' and source_id = ${sourceId}`.execute(
          t.database.db.kysely,
        )
      ).rows[0]?.n,
    );

  it('takes a public complaint: reference, access code, wijk from the map, barometer event, status page without internal data', async () => {
    const formData = await form();
    expect(formData.wijken).toHaveLength(12);
    expect(formData.categories).toContain('noise');
    const response = await submit({
      contactEmail: 'burger@example.test',
      attachments: [{ name: 'foto.png', contentBase64: png }],
    });
    expect(response.statusCode, response.body).toBe(201);
    const receipt = response.json<PublicReceipt>();
    expect(receipt.reference).toMatch(/^OV-2020-[A-Z2-9]{5}$/);
    expect(receipt.accessCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(receipt.dueOn).toBe('2020-06-29');
    const id = await findId(receipt.reference);
    expect(await events(id)).toBe(1);
    const detail = (await staff.request({ method: 'GET', url: `/api/complaints/${id}` })).json<ComplaintDetail>();
    expect(detail).toMatchObject({
      wijkCode: '12025W03',
      street: 'Grote Markt',
      status: 'new',
      channel: 'web',
      contactEmail: 'burger@example.test',
    });
    expect(detail.attachments).toHaveLength(1);
    await staff.request({
      method: 'POST',
      url: `/api/complaints/${id}/notes`,
      payload: { text: 'Interne nota: buurman gekend bij politie' },
    });

    const page = await status(receipt.reference, receipt.accessCode.toLowerCase().replace(/-/g, ''));
    expect(page.statusCode).toBe(200);
    expect(page.json<PublicStatus>()).toMatchObject({
      reference: receipt.reference,
      status: 'new',
      category: 'noise',
      merged: false,
      answer: null,
    });
    expect(page.body).not.toContain('Interne nota');
    expect(page.body).not.toContain('burger@example.test');
    expect(page.body).not.toContain('luide muziek');
    // The receipt mail went to the citizen, with the reference and the status link (the code only in the fragment).
    await flush();
    const receiptMail = smtp.messages.find((m) => m.subject?.includes(receipt.reference));
    expect(receiptMail?.text).toContain(`/p/mechelen/complaints/status#${receipt.reference}.${receipt.accessCode}`);
  });

  it('keeps the status page to the right reference, code and municipality', async () => {
    const receipt = (await submit()).json<PublicReceipt>();
    expect((await status(receipt.reference, 'AAAA-BBBB-CCCC')).statusCode).toBe(404);
    expect((await status('OV-2020-ZZZZZ', receipt.accessCode)).statusCode).toBe(404);
    // Tenant isolation: the same reference and code asked on another municipality's page find nothing.
    const other = await status(receipt.reference, receipt.accessCode, 'othertown');
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain(receipt.reference);
    expect((await status(receipt.reference, receipt.accessCode, 'nowhere')).statusCode).toBe(404);
    // And another municipality's staff cannot open the complaint at all.
    const foreign = await t.login('staff@othertown.test');
    expect(
      (await foreign.request({ method: 'GET', url: `/api/complaints/${await findId(receipt.reference)}` })).statusCode,
    ).toBe(404);
    expect((await foreign.request({ method: 'GET', url: '/api/complaints' })).json<{ total: number }>().total).toBe(0);
  });

  it('refuses spam and floods with stable codes and stores nothing', async () => {
    const before = await complaintCount();
    const cases: [() => Promise<{ statusCode: number; json: <T>() => T }>, number, string][] = [
      [() => submit({ website: 'http://cheap-pills.example' }), 422, 'COMPLAINT_SPAM'],
      [() => submit({}, { wait: 1_000 }), 422, 'COMPLAINT_FORM_TOO_FAST'],
      [() => submit({ formToken: `${Date.now()}.abc.def` }), 422, 'COMPLAINT_FORM_EXPIRED'],
      [
        () => submit({ description: 'Koop nu http://a.example http://b.example http://c.example' }),
        422,
        'COMPLAINT_SPAM',
      ],
      [() => submit({ description: 'x'.repeat(4001) }), 400, 'VALIDATION_FAILED'],
      [() => submit({ privacyAccepted: false }), 400, 'VALIDATION_FAILED'],
      [
        () => submit({ attachments: [{ name: 'virus.exe', contentBase64: png }] }),
        422,
        'COMPLAINT_ATTACHMENT_REJECTED',
      ],
      [
        () => submit({ attachments: [{ name: 'fake.png', contentBase64: Buffer.from('<html>').toString('base64') }] }),
        422,
        'COMPLAINT_ATTACHMENT_REJECTED',
      ],
      [() => submit({ place: { lat: 50.8466, lon: 4.3517 } }), 422, 'PLACE_OUTSIDE_MUNICIPALITY'],
      [() => submit({ occurredAt: '2031-01-01T10:00:00Z' }), 422, 'COMPLAINT_DATE_IMPOSSIBLE'],
    ];
    for (const [send, code, errorCode] of cases) {
      const response = await send();
      expect(response.statusCode, errorCode).toBe(code);
      expect(response.json<{ error: { code: string } }>().error.code).toBe(errorCode);
    }
    expect(await complaintCount()).toBe(before);
    // A body beyond the limit is refused before it is read.
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/public/complaints',
      payload: { municipality: 'mechelen', description: 'x'.repeat(9_000_000) },
    });
    expect(huge.statusCode).toBe(413);

    const flooder = nextAddress();
    for (let i = 0; i < 5; i++) expect((await submit({}, { address: flooder })).statusCode).toBe(201);
    const sixth = await submit({}, { address: flooder });
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json<{ error: { code: string } }>().error.code).toBe('COMPLAINT_RATE_LIMITED');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect(await complaintCount()).toBe(before + 5);
  });

  it('assigns, answers and mails the answer to the citizen in their language', async () => {
    const service = (
      await coordinator.request({
        method: 'POST',
        url: '/api/complaint-services',
        payload: { name: 'Dienst Openbaar Domein', email: 'od@mechelen.test' },
      })
    ).json<{ id: string }>();
    expect(
      (await staff.request({ method: 'POST', url: '/api/complaint-services', payload: { name: 'Nope' } })).statusCode,
    ).toBe(403);
    const receipt = (
      await submit({
        locale: 'fr',
        category: 'dumping',
        contactEmail: 'citoyen@example.test',
        place: { wijkCode: '12025W05', address: 'Bruul 12, 2800 Mechelen' },
      })
    ).json<PublicReceipt>();
    const id = await findId(receipt.reference);
    const refused = await staff.request({
      method: 'POST',
      url: `/api/complaints/${id}/status`,
      payload: { status: 'assigned' },
    });
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('COMPLAINT_SERVICE_REQUIRED');
    expect(
      (
        await staff.request({ method: 'POST', url: `/api/complaints/${id}/status`, payload: { status: 'answered' } })
      ).json<{ error: { code: string } }>().error.code,
    ).toBe('COMPLAINT_TRANSITION_NOT_ALLOWED');
    // Assigning a service assigns the complaint (same transaction, one audit record).
    expect(
      (
        await staff.request({ method: 'PATCH', url: `/api/complaints/${id}`, payload: { serviceId: service.id } })
      ).json<ComplaintDetail>(),
    ).toMatchObject({ status: 'assigned', serviceName: 'Dienst Openbaar Domein' });
    expect(
      (await staff.request({ method: 'POST', url: `/api/complaints/${id}/status`, payload: { status: 'in_progress' } }))
        .statusCode,
    ).toBe(200);
    const answered = await staff.request({
      method: 'POST',
      url: `/api/complaints/${id}/answer`,
      payload: { text: 'Le dépôt a été enlevé le 16 juin et le quartier sera surveillé.' },
    });
    expect(answered.json<ComplaintDetail>()).toMatchObject({
      status: 'answered',
      nextStatuses: ['closed', 'in_progress'],
    });

    await flush();
    const mail = smtp.messages.find((m) => m.subject === `Réponse à votre signalement ${receipt.reference}`);
    expect(mail, smtp.messages.map((m) => m.subject).join(', ')).toBeDefined();
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toContain('citoyen@example.test');
    expect(mail?.text).toContain('Le dépôt a été enlevé le 16 juin');
    expect(mail?.text).toContain('dépôts clandestins');
    const page = (await status(receipt.reference, receipt.accessCode)).json<PublicStatus>();
    expect(page).toMatchObject({
      status: 'answered',
      answer: 'Le dépôt a été enlevé le 16 juin et le quartier sera surveillé.',
    });
    expect(
      (
        await staff.request({ method: 'POST', url: `/api/complaints/${id}/status`, payload: { status: 'closed' } })
      ).json<ComplaintDetail>().status,
    ).toBe('closed');
    expect(
      (await staff.request({ method: 'POST', url: `/api/complaints/${id}/status`, payload: { status: 'in_progress' } }))
        .statusCode,
    ).toBe(409);
    const audit = await sql<{
      action: string;
    }>`select action from audit_log where entity_id = ${id} order by seq`.execute(t.database.db.kysely);
    expect(audit.rows.map((r) => r.action)).toEqual([
      'complaint.create',
      'complaint.update',
      'complaint.status',
      'complaint.answer',
      'complaint.status',
    ]);
  });

  it('lists overdue complaints and hides the citizen’s contact from guards and viewers', async () => {
    await coordinator.request({ method: 'PUT', url: '/api/complaint-settings', payload: { days: { graffiti: 3 } } });
    const created = await staff.request({
      method: 'POST',
      url: '/api/complaints',
      payload: {
        category: 'graffiti',
        occurredAt: '2020-06-10T10:00:00Z',
        place: { wijkCode: '12025W01', address: 'Bruul 1' },
        description: 'Graffiti op de gevel van de bib.',
        contactEmail: 'melder@example.test',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { complaint, accessCode } = created.json<{ complaint: ComplaintDetail; accessCode: string }>();
    expect(accessCode).toMatch(/^[A-Z2-9-]{14}$/);
    const received = complaint.receivedAt.slice(0, 10);
    expect(complaint.dueOn > received).toBe(true);
    const overdueBefore = (await staff.request({ method: 'GET', url: '/api/complaints?overdue=true' })).json<{
      items: { id: string }[];
    }>();
    expect(overdueBefore.items.map((i) => i.id)).not.toContain(complaint.id);
    t.clock.advance(5 * 86_400_000);
    staff = await t.login('staff@mechelen.test');
    coordinator = await t.login('coordinator@mechelen.test');
    const overdue = (await staff.request({ method: 'GET', url: '/api/complaints?overdue=true' })).json<{
      items: { id: string; overdue: boolean }[];
    }>();
    expect(overdue.items.find((i) => i.id === complaint.id)).toMatchObject({ overdue: true });
    const deadlines = await t.services.complaintDeadlines.deadlines(
      complaint.id ? staff.me.municipality.id : '',
      '2020-01-01',
      '2020-12-31',
    );
    expect(deadlines.find((d) => d.id === `complaint:${complaint.id}`)).toMatchObject({
      source: 'complaint',
      due: complaint.dueOn,
      done: false,
    });

    for (const role of ['guard', 'viewer']) {
      const reader = await t.login(`${role}@mechelen.test`);
      const seen = await reader.request({ method: 'GET', url: `/api/complaints/${complaint.id}` });
      expect(seen.statusCode).toBe(200);
      expect(seen.json<ComplaintDetail>()).toMatchObject({
        contactEmail: null,
        contactName: null,
        contactHidden: true,
      });
      expect(seen.body).not.toContain('melder@example.test');
      expect(
        (await reader.request({ method: 'POST', url: `/api/complaints/${complaint.id}/notes`, payload: { text: 'x' } }))
          .statusCode,
      ).toBe(403);
    }
  });

  it('merges a duplicate: it leaves the barometer, its status page follows the kept one, and both citizens get the answer', async () => {
    const kept = (
      await submit({ contactEmail: 'eerste@example.test', category: 'drugs', locale: 'en' })
    ).json<PublicReceipt>();
    const duplicate = (await submit({ contactEmail: 'tweede@example.test', category: 'drugs' })).json<PublicReceipt>();
    const keptId = await findId(kept.reference);
    const duplicateId = await findId(duplicate.reference);
    expect(await events(duplicateId)).toBe(1);
    const merged = await staff.request({
      method: 'POST',
      url: `/api/complaints/${duplicateId}/merge`,
      payload: { intoId: keptId },
    });
    expect(merged.json<ComplaintDetail>().duplicates.map((d) => d.reference)).toEqual([duplicate.reference]);
    expect(await events(duplicateId)).toBe(0);
    expect(await events(keptId)).toBe(1);
    expect(
      (
        await staff.request({
          method: 'POST',
          url: `/api/complaints/${keptId}/merge`,
          payload: { intoId: duplicateId },
        })
      ).json<{ error: { code: string } }>().error.code,
    ).toBe('COMPLAINT_MERGE_INVALID');
    expect(
      (
        await staff.request({
          method: 'POST',
          url: `/api/complaints/${duplicateId}/status`,
          payload: { status: 'assigned' },
        })
      ).json<{ error: { code: string } }>().error.code,
    ).toBe('COMPLAINT_MERGED');

    const service = (
      await coordinator.request({
        method: 'POST',
        url: '/api/complaint-services',
        payload: { name: 'Politie wijkteam' },
      })
    ).json<{ id: string }>();
    await staff.request({ method: 'PATCH', url: `/api/complaints/${keptId}`, payload: { serviceId: service.id } });
    await staff.request({
      method: 'POST',
      url: `/api/complaints/${keptId}/answer`,
      payload: { text: 'The police will patrol the square every evening.' },
    });
    const page = (await status(duplicate.reference, duplicate.accessCode)).json<PublicStatus>();
    expect(page).toMatchObject({
      reference: duplicate.reference,
      merged: true,
      status: 'answered',
      answer: 'The police will patrol the square every evening.',
    });
    expect(JSON.stringify(page)).not.toContain(kept.reference);
    await flush();
    const subjects = smtp.messages.map((m) => m.subject ?? '');
    expect(subjects).toContain(`Answer to your report ${kept.reference}`);
    expect(subjects).toContain(`Antwoord op uw melding ${duplicate.reference}`);
    // Retention: two years after closing, the citizens' contact data is erased (the complaint stays).
    const municipalityId = staff.me.municipality.id;
    expect(await t.services.complaintRetention.eraseExpiredContacts(municipalityId)).toBe(0);
    const withContact = Number(
      (
        await sql<{
          n: number;
        }>`select count(*) as n from complaint where closed_at is not null and contact_email is not null`.execute(
          t.database.db.kysely,
        )
      ).rows[0]?.n,
    );
    expect(withContact).toBeGreaterThan(0);
    t.clock.advance(2 * 366 * 86_400_000);
    // The server's hourly retention sweep does it for every municipality.
    expect((await t.services.retention.run()).erasedComplaintContacts).toBe(withContact);
    expect((await status(duplicate.reference, duplicate.accessCode)).json<PublicStatus>().status).toBe('answered');
    t.clock.advance(-2 * 366 * 86_400_000);
  });

  it('generates the consultation agenda, and final minutes register a meeting that the plan’s indicator counts', async () => {
    const admin = await t.login('admin@mechelen.test');
    const plan = (
      await admin.request({
        method: 'POST',
        url: '/api/plan-versions',
        payload: { filename: 'plan.txt', text: readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8') },
      })
    ).json<PlanVersionSummary>();
    await admin.request({ method: 'POST', url: '/api/indicators/proposals', payload: { versionId: plan.id } });
    const today = t.clock.now().toISOString().slice(0, 10);
    const created = await staff.request({ method: 'POST', url: '/api/consultations', payload: { heldOn: today } });
    expect(created.statusCode, created.body).toBe(201);
    const consultation = created.json<Consultation>();
    expect(consultation.agenda.overdueComplaints.length).toBeGreaterThan(0);
    // The barometer's hot spot: the noise complaints at the Grote Markt (wijk 12025W03) in the last two weeks.
    expect(consultation.agenda.barometer).toBe(true);
    expect(consultation.agenda.hotSpots.find((h) => h.wijkCode === '12025W03' && h.category === 'noise')).toBeDefined();
    expect(consultation.agenda.openComplaints.every((o) => o.count === '<5' || Number(o.count) >= 5)).toBe(true);
    expect(
      (await staff.request({ method: 'POST', url: `/api/consultations/${consultation.id}/finalize` })).json<{
        error: { code: string };
      }>().error.code,
    ).toBe('CONSULTATION_MINUTES_EMPTY');
    const saved = (
      await staff.request({
        method: 'PUT',
        url: `/api/consultations/${consultation.id}/minutes`,
        payload: {
          attendees: 'Politie (wijkinspecteur)\nPreventie (coördinator)',
          minutes: 'Drugsoverlast Grote Markt besproken.',
          actions: [{ description: 'Extra patrouilles op vrijdag', owner: 'Politie', dueOn: '2020-07-15' }],
        },
      })
    ).json<Consultation>();
    expect(saved.actions).toHaveLength(1);
    const final = (
      await staff.request({ method: 'POST', url: `/api/consultations/${consultation.id}/finalize` })
    ).json<Consultation>();
    expect(final).toMatchObject({ status: 'final' });
    const registration = (
      await staff.request({ method: 'GET', url: `/api/registrations/${final.registrationId}` })
    ).json<{ typeKey: string; category: string; values: Record<string, unknown> }>();
    expect(registration).toMatchObject({
      typeKey: 'meeting',
      category: 'police_prevention',
      values: { kind: 'police_prevention', minutes: true, attendees: 2 },
    });
    expect(
      (
        await staff.request({
          method: 'PUT',
          url: `/api/consultations/${consultation.id}/minutes`,
          payload: { minutes: 'changed' },
        })
      ).statusCode,
    ).toBe(409);
    const docx = await staff.request({
      method: 'GET',
      url: `/api/consultations/${consultation.id}/document?format=docx`,
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await staff.request({
      method: 'GET',
      url: `/api/consultations/${consultation.id}/document?format=pdf&lang=fr`,
    });
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const ticked = (
      await staff.request({
        method: 'PUT',
        url: `/api/consultations/${consultation.id}/actions/${saved.actions[0]?.id}`,
        payload: { done: true },
      })
    ).json<Consultation>();
    expect(ticked.actions[0]?.done).toBe(true);

    // The plan's indicator "Aantal werkverslagen van het overleg": the proposal reads the meeting register; once a
    // person confirms it, the final minutes count.
    expect(
      proposeLink({
        text: 'Aantal werkverslagen van het overleg is groter of gelijk aan 26 vanaf het werkjaar 2015',
        sectionNumber: '2',
        objectiveText: 'Tijdens een overleg tussen politie en preventie',
      }).subjects[0],
    ).toMatchObject({ typeKey: 'meeting', category: 'police_prevention' });
    const overview = (await admin.request({ method: 'GET', url: '/api/indicators/overview?year=2020' })).json<{
      sections: {
        strategic: {
          operational: { indicators: { id: string; text: string; value: number | null; proposal: unknown }[] }[];
        }[];
      }[];
    }>();
    const indicator = overview.sections
      .flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((o) => o.indicators)))
      .find((i) => /werkverslagen van het overleg/i.test(i.text));
    expect(indicator?.proposal).toMatchObject({ link: { mode: 'query', query: { typeKey: 'meeting' } } });
    const confirmed = await admin.request({
      method: 'POST',
      url: '/api/indicators/proposals/confirm',
      payload: { indicatorIds: [indicator?.id] },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const after = (await admin.request({ method: 'GET', url: '/api/indicators/overview?year=2020' })).json<
      typeof overview
    >();
    const counted = after.sections
      .flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((o) => o.indicators)))
      .find((i) => i.id === indicator?.id);
    expect(counted?.value).toBe(1);
  });

  it('walks its own routes with malformed input and as another municipality: never a 5xx, nothing of mechelen', async () => {
    const ours = operationsOf(t.app).filter((o) => /complaint|consultation/.test(o.path));
    expect(ours.length).toBeGreaterThan(15);
    const ids = (
      await sql<{
        id: string;
      }>`select id from complaint union all select id from consultation union all select id from complaint_service`.execute(
        t.database.db.kysely,
      )
    ).rows.map((r) => r.id);
    const foreign = await t.login('admin@othertown.test');
    const admin = await t.login('admin@mechelen.test');
    for (const operation of ours) {
      for (const raw of [
        '{',
        'null',
        '[]',
        '{"__proto__":{"x":1}}',
        '{"status":"closed","intoId":"x","days":{"noise":-1}}',
      ]) {
        const response = await admin.request({
          method: operation.method,
          url: urlFor(operation, () => ids[0] ?? ''),
          payload: raw,
          headers: { 'content-type': 'application/json' },
        });
        expect(response.statusCode, `${operation.method} ${operation.path} ${raw}`).toBeLessThan(500);
      }
      for (const id of ids.slice(0, 6)) {
        const body = operation.body ? exampleFor(operation.body, { id, email: 'leak@othertown.test' }) : undefined;
        const response = await foreign.request({
          method: operation.method,
          url: urlFor(operation, () => id),
          ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
        });
        const where = `${operation.method} ${operation.path}`;
        expect(response.statusCode, where).toBeLessThan(500);
        expect(
          ids.find((i) => response.body.includes(i)),
          `${where} leaked`,
        ).toBeUndefined();
        if (operation.path.includes('{')) {
          expect([403, 404], `${where}: ${response.body.slice(0, 200)}`).toContain(response.statusCode);
        }
      }
    }
  });
});
