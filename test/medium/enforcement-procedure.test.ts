import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  FindingDetail,
  HolderImportResult,
  LetterBatch,
  PaymentImportResult,
  PaymentLine,
  ProcedureOverview,
} from '../../src/shared/api/enforcement-procedure.schema.js';
import type { GasFindingTable } from '../../src/server/db/schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { holderCsv, insertArticle, insertFindings } from '../support/gas-procedure-fixtures.js';

type ErrorBody = { error: { code: string; details?: { rejected?: unknown[] } } };

const camt = (name: string): string =>
  readFileSync(path.join(import.meta.dirname, '../fixtures/camt', name)).toString('base64');
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** Moves the test clock to 10:00 Brussels time on `day` (never backwards). */
function setDay(t: TestApp, day: string): void {
  const target = new Date(`${day}T09:00:00Z`).getTime();
  const now = t.clock.now().getTime();
  if (target < now) throw new Error(`the clock does not go back to ${day}`);
  t.clock.advance(target - now);
}

describe.each(dialects)('the GAS procedure on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let viewer: Agent;
  let municipalityId: string;
  let f: GasFindingTable[];
  const byPlate = (plate: string): GasFindingTable => {
    const row = f.find((x) => x.plate === plate);
    if (!row) throw new Error(plate);
    return row;
  };
  const detail = async (plate: string): Promise<FindingDetail> => {
    const response = await coordinator.request({
      method: 'GET',
      url: `/api/enforcement/findings/${byPlate(plate).id}/procedure`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<FindingDetail>();
  };
  /** Moves the day and signs in again (a session does not outlive days of test clock). */
  const moveTo = async (day: string): Promise<void> => {
    setDay(t, day);
    coordinator = await t.login('coordinator@gasstad.test');
  };
  const step = (plate: string, payload: Record<string, unknown>) =>
    coordinator.request({ method: 'POST', url: `/api/enforcement/findings/${byPlate(plate).id}/steps`, payload });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    setDay(t, '2026-03-01');
    municipalityId = await t.seedMunicipality('gasstad');
    coordinator = await t.login('coordinator@gasstad.test');
    viewer = await t.login('viewer@gasstad.test');
    const article = await insertArticle(t.database.db, municipalityId);
    f = await insertFindings(t.database.db, municipalityId, article, [
      { sequence: 1, plate: '1-ABC-001' },
      { sequence: 2, plate: '1-ABC-002' },
      { sequence: 3, plate: '1-ABC-003' },
      { sequence: 4, plate: '1-ABC-004', prescriptionOn: '2026-03-20' },
      { sequence: 5, plate: '1-ABC-005' },
      { sequence: 6, plate: '1-ABC-006' },
      { sequence: 7, plate: '1-ABC-007' },
      { sequence: 8, plate: '1-ABC-008' },
      { sequence: 9, plate: '1-ABC-009' },
    ]);
  });
  afterAll(() => t.close());

  const holders = holderCsv([
    ['1-ABC-001', 'BE', 'Synthetische Houder Een', 'Proefstraat 1', '2800', 'Mechelen', 'BE', 'nl'],
    ['1abc002', 'be', 'Titulaire Synthétique Deux', 'Rue d’Essai 2', '1000', 'Bruxelles', 'BE', 'fr'],
    ['1-ABC-003', 'BE', 'Synthetischer Halter Drei', 'Teststraße 3', '4700', 'Eupen', 'BE', 'de'],
    ['1-ABC-004', 'BE', 'Synthetic Holder Four', 'Test Lane 4', '2800', 'Mechelen', 'BE', 'en'],
    ['1-ABC-005', 'BE', '', '', '', '', '', ''],
    ['1-ABC-007', 'BE', 'Synthetische Houder Zeven', 'Proefstraat 7', '2800', 'Mechelen', 'BE', 'nl'],
    ['1-ABC-008', 'BE', 'Synthetische Houder Acht', 'Proefstraat 8', '2800', 'Mechelen', 'BE', 'nl'],
    ['1-ABC-009', 'BE', 'Synthetische Houder Negen', 'Proefstraat 9', '2800', 'Mechelen', 'BE', 'nl'],
    ['1-ZZZ-999', 'BE', 'Niemand Synthetisch', 'Nergens 1', '2800', 'Mechelen', 'BE', 'nl'],
  ]);

  it('reads the DIV answer: a dry run first, a file with a bad row refused whole, a repeated file recognised', async () => {
    const dry = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/holder-imports',
      payload: { filename: 'div.csv', contentBase64: base64(holders), dryRun: true },
    });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json<HolderImportResult>()).toMatchObject({ identified: 7, notFound: 1, unmatched: 1, rejected: [] });

    const bad = holderCsv([
      ['1-ABC-001', 'BE', 'Synthetische Houder Een', 'Proefstraat 1', '2800', 'Mechelen', 'BE', 'nl'],
      ['1-QQ', 'BE', 'X', 'Y', '1', 'Z', 'BE', 'nl'],
      ['1-ABC-002', 'BE', 'Zonder taal', 'Proefstraat 2', '2800', 'Mechelen', 'BE', 'xx'],
    ]);
    const refused = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/holder-imports',
      payload: { filename: 'bad.csv', contentBase64: base64(bad), dryRun: false },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<ErrorBody>().error.code).toBe('GAS_IMPORT_REJECTED');
    expect(refused.json<ErrorBody>().error.details?.rejected).toHaveLength(2);
    const columns = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/holder-imports',
      payload: { filename: 'x.csv', contentBase64: base64('kenteken;naam\n1-ABC-001;x\n'), dryRun: true },
    });
    expect(columns.json<ErrorBody>().error.code).toBe('GAS_HOLDER_FILE_COLUMNS');
    expect((await detail('1-ABC-001')).status).toBe('found');

    const forbidden = await viewer.request({
      method: 'POST',
      url: '/api/enforcement/holder-imports',
      payload: { filename: 'div.csv', contentBase64: base64(holders), dryRun: false },
    });
    expect(forbidden.statusCode).toBe(403);

    const done = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/holder-imports',
      payload: { filename: 'div.csv', contentBase64: base64(holders), dryRun: false },
    });
    expect(done.json<HolderImportResult>()).toMatchObject({ repeated: false, identified: 7, notFound: 1, imported: 8 });
    const again = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/holder-imports',
      payload: { filename: 'div-again.csv', contentBase64: base64(holders), dryRun: false },
    });
    expect(again.json<HolderImportResult>()).toMatchObject({ repeated: true, imported: 0 });

    expect((await detail('1-ABC-002')).status).toBe('identified');
    const five = await detail('1-ABC-005');
    expect(five.status).toBe('found');
    expect(five.steps).toMatchObject([{ stepKey: 'holder_identified', outcome: 'not_found' }]);
    expect(five.closeOutcomes).toContain('unidentified');
    expect((await detail('1-ABC-006')).steps).toEqual([]);
  });

  it('closes an unidentified holder only as an explicit action after the not-found answer', async () => {
    const six = await coordinator.request({
      method: 'POST',
      url: `/api/enforcement/findings/${byPlate('1-ABC-006').id}/close`,
      payload: { outcome: 'unidentified', closedOn: '2026-03-01' },
    });
    expect(six.statusCode).toBe(409);
    expect(six.json<ErrorBody>().error.code).toBe('CASE_STEP_REQUIRES');
    const five = await coordinator.request({
      method: 'POST',
      url: `/api/enforcement/findings/${byPlate('1-ABC-005').id}/close`,
      payload: { outcome: 'unidentified', closedOn: '2026-03-01' },
    });
    expect(five.statusCode, five.body).toBe(200);
    expect((await detail('1-ABC-005')).closeReason).toBe('unidentified');
  });

  let batch: LetterBatch;
  it('makes one notification batch (DOCX and PDF) of every identified finding; a second finds nothing', async () => {
    const response = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/letter-batches',
      payload: { kind: 'notification' },
    });
    expect(response.statusCode, response.body).toBe(200);
    batch = response.json<{ batch: LetterBatch }>().batch;
    expect(batch).toMatchObject({ kind: 'notification', letters: 7, createdOn: '2026-03-01' });
    expect(batch.docxFileId).toBeTruthy();
    expect(batch.pdfFileId).toBeTruthy();
    const second = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/letter-batches',
      payload: { kind: 'notification' },
    });
    expect(second.json()).toEqual({ batch: null });

    const pdf = await coordinator.request({ method: 'GET', url: `/api/enforcement/letter-batches/${batch.id}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await coordinator.request({ method: 'GET', url: `/api/enforcement/letter-batches/${batch.id}/docx` });
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // The letters hold names and addresses: not through the generic file route.
    const generic = await coordinator.request({ method: 'GET', url: `/api/files/${batch.pdfFileId}` });
    expect(generic.statusCode).toBe(404);
    const list = await coordinator.request({ method: 'GET', url: '/api/enforcement/letter-batches' });
    expect(list.json<{ items: LetterBatch[] }>().items.map((b) => b.id)).toEqual([batch.id]);

    const one = await detail('1-ABC-001');
    expect(one).toMatchObject({ status: 'notified', notifiedOn: '2026-03-01', defenceUntil: '2026-03-16' });
    expect(one.deadlines.find((d) => d.key === 'defence_period')).toMatchObject({ due: '2026-03-16', metOn: null });
  });

  it('shows the holder only to enforcement.read, and audits the read', async () => {
    const response = await coordinator.request({
      method: 'GET',
      url: `/api/enforcement/findings/${byPlate('1-ABC-002').id}/holder`,
    });
    expect(response.json()).toMatchObject({ holder: { fullName: 'Titulaire Synthétique Deux', language: 'fr' } });
    const denied = await viewer.request({
      method: 'GET',
      url: `/api/enforcement/findings/${byPlate('1-ABC-002').id}/holder`,
    });
    expect(denied.statusCode).toBe(403);
    const audited = await t.database.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'enforcement.holder.read')
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('decides one finding through the case engine, and the rest in a batch after the defence period', async () => {
    const early = await step('1-ABC-001', { stepKey: 'decided', doneOn: '2026-03-01', outcome: 'fine' });
    expect(early.json<ErrorBody>().error.code).toBe('CASE_STEP_TOO_EARLY');
    const batchOnly = await step('1-ABC-001', { stepKey: 'notified', doneOn: '2026-03-01' });
    expect(batchOnly.json<ErrorBody>().error.code).toBe('GAS_STEP_BATCH_ONLY');
    await moveTo('2026-03-05');
    for (const plate of ['1-ABC-004', '1-ABC-008']) {
      expect((await step(plate, { stepKey: 'defence_received', doneOn: '2026-03-04' })).statusCode).toBe(200);
    }
    await moveTo('2026-03-16');
    const overview = await coordinator.request({ method: 'GET', url: '/api/enforcement/procedure' });
    expect(overview.json<ProcedureOverview>().ready).toMatchObject({ decisions: 5, letters: 0 });
    const decided = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/decision-batches',
      payload: {},
    });
    expect(decided.json()).toEqual({ decided: 5, prescribed: 0 });
    expect((await detail('1-ABC-001')).status).toBe('decided');
    expect((await detail('1-ABC-004')).status).toBe('notified');

    // Mediation where the article allows it, and it succeeds: closed as mediated.
    expect(
      (await step('1-ABC-008', { stepKey: 'decided', doneOn: '2026-03-16', outcome: 'mediation' })).statusCode,
    ).toBe(200);
    expect((await detail('1-ABC-008')).status).toBe('mediation');
    await step('1-ABC-008', { stepKey: 'mediation_result', doneOn: '2026-03-16', outcome: 'succeeded' });
    expect(await detail('1-ABC-008')).toMatchObject({ status: 'closed', closeReason: 'mediated' });

    // An appeal recorded pending, then annulled by the police court: closed as annulled.
    expect(
      (await step('1-ABC-007', { stepKey: 'appealed', doneOn: '2026-03-16', outcome: 'pending' })).statusCode,
    ).toBe(200);
    expect(
      (await step('1-ABC-007', { stepKey: 'appealed', doneOn: '2026-03-16', outcome: 'annulled' })).statusCode,
    ).toBe(200);
    expect(await detail('1-ABC-007')).toMatchObject({
      status: 'closed',
      closeReason: 'annulled',
      appealOutcome: 'annulled',
    });
  });

  it('matches CAMT.053 payments by structured communication: partial, over, unmatched, wrong check digit, once', async () => {
    await moveTo('2026-03-17');
    const dry = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/payment-imports',
      payload: { filename: 'camt-02.xml', contentBase64: camt('camt053-001-02.xml'), dryRun: true },
    });
    expect(dry.statusCode, dry.body).toBe(200);
    const preview = dry.json<PaymentImportResult>();
    expect(preview).toMatchObject({
      entries: 5,
      skipped: 1,
      duplicates: 1,
      matched: 1,
      partial: 1,
      invalid: 1,
      unmatched: 1,
    });
    expect(preview.lines.find((l) => l.match === 'invalid')?.code).toBe('GAS_COMMUNICATION_INVALID');
    expect((await detail('1-ABC-001')).status).toBe('decided');

    const read = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/payment-imports',
      payload: { filename: 'camt-02.xml', contentBase64: camt('camt053-001-02.xml'), dryRun: false },
    });
    expect(read.json<PaymentImportResult>()).toMatchObject({ imported: 4, closed: 1, matched: 1, partial: 1 });
    const one = await detail('1-ABC-001');
    expect(one).toMatchObject({ status: 'closed', closeReason: 'paid', paidCents: 5800 });
    expect(one.steps.map((s) => s.stepKey)).toEqual(['holder_identified', 'notified', 'decided', 'paid']);
    expect(await detail('1-ABC-002')).toMatchObject({ status: 'decided', paidCents: 2000 });

    const repeated = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/payment-imports',
      payload: { filename: 'camt-02-again.xml', contentBase64: camt('camt053-001-02.xml'), dryRun: false },
    });
    expect(repeated.json<PaymentImportResult>()).toMatchObject({ repeated: true, imported: 0 });

    const later = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/payment-imports',
      payload: { filename: 'camt-08.xml', contentBase64: camt('camt053-001-08.xml'), dryRun: false },
    });
    expect(later.json<PaymentImportResult>()).toMatchObject({
      imported: 3,
      overpaid: 1,
      matched: 1,
      unmatched: 1,
      closed: 2,
    });
    expect(await detail('1-ABC-002')).toMatchObject({ status: 'closed', closeReason: 'paid', paidCents: 5800 });
    expect(await detail('1-ABC-003')).toMatchObject({ status: 'closed', paidCents: 7000 });

    const notCamt = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/payment-imports',
      payload: { filename: 'pain.xml', contentBase64: camt('not-camt.xml'), dryRun: true },
    });
    expect(notCamt.statusCode).toBe(422);
    expect(notCamt.json<ErrorBody>().error.code).toBe('GAS_CAMT_INVALID');
    const entity = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/payment-imports',
      payload: { filename: 'x.xml', contentBase64: camt('entity.xml'), dryRun: true },
    });
    expect(entity.json<ErrorBody>().error.code).toBe('GAS_CAMT_INVALID');

    const open = await coordinator.request({ method: 'GET', url: '/api/enforcement/payments/open' });
    const items = open.json<{ items: PaymentLine[] }>().items;
    expect(items.map((i) => i.match).sort()).toEqual(['invalid', 'overpaid', 'partial', 'unmatched', 'unmatched']);
    const payments = await t.database.db.kysely.selectFrom('gas_payment').select('entry_reference').execute();
    expect(payments).toHaveLength(7);
  });

  it('refuses a decision after the prescription day and closes prescribed findings', async () => {
    await moveTo('2026-03-21');
    const late = await step('1-ABC-004', { stepKey: 'decided', doneOn: '2026-03-21', outcome: 'fine' });
    expect(late.statusCode).toBe(422);
    expect(late.json<ErrorBody>().error.code).toBe('GAS_FINDING_PRESCRIBED');
    const four = await detail('1-ABC-004');
    expect(four).toMatchObject({ prescribed: true, prescriptionOn: '2026-03-20' });
    expect(four.availableSteps).not.toContain('decided');
    const closed = await coordinator.request({ method: 'POST', url: '/api/enforcement/prescribed-closings' });
    expect(closed.json()).toEqual({ closed: 1 });
    expect(await detail('1-ABC-004')).toMatchObject({ status: 'closed', closeReason: 'prescribed' });
  });

  it('sends a reminder for a fine unpaid after the payment period, then closes it for collection', async () => {
    const none = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/letter-batches',
      payload: { kind: 'reminder' },
    });
    expect(none.json()).toEqual({ batch: null });
    await moveTo('2026-04-20');
    const reminders = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/letter-batches',
      payload: { kind: 'reminder' },
    });
    expect(reminders.json<{ batch: LetterBatch }>().batch).toMatchObject({ kind: 'reminder', letters: 1 });
    expect((await detail('1-ABC-009')).status).toBe('reminded');
    const close = await coordinator.request({
      method: 'POST',
      url: `/api/enforcement/findings/${byPlate('1-ABC-009').id}/close`,
      payload: { outcome: 'collection', closedOn: '2026-04-20' },
    });
    expect(close.statusCode, close.body).toBe(200);
    const overview = await coordinator.request({ method: 'GET', url: '/api/enforcement/procedure' });
    expect(overview.json<ProcedureOverview>().statuses).toEqual({ closed: 8, found: 1 });
  });

  it('answers bad input with stable codes, never a 500', async () => {
    const unknown = await coordinator.request({
      method: 'GET',
      url: '/api/enforcement/findings/00000000-0000-4000-8000-000000000000/procedure',
    });
    expect(unknown.json<ErrorBody>().error.code).toBe('GAS_FINDING_NOT_FOUND');
    const closedStep = await step('1-ABC-001', { stepKey: 'defence_received', doneOn: '2026-04-20' });
    expect(closedStep.json<ErrorBody>().error.code).toBe('CASE_CLOSED');
    const junk = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/payment-imports',
      payload: { filename: 'x.xml', contentBase64: 'not base64!', dryRun: true },
    });
    expect(junk.statusCode).toBe(422);
  });
});

describe.each(dialects)('two batches at once on %s', (dialect) => {
  let t: TestApp;
  let agents: Agent[];
  let findings: GasFindingTable[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    setDay(t, '2026-03-01');
    const municipalityId = await t.seedMunicipality('tegelijk');
    agents = [await t.login('coordinator@tegelijk.test'), await t.login('staff@tegelijk.test')];
    const article = await insertArticle(t.database.db, municipalityId);
    findings = await insertFindings(
      t.database.db,
      municipalityId,
      article,
      Array.from({ length: 60 }, (_, i) => ({ sequence: i + 1, plate: `1-CON-${String(i + 1).padStart(3, '0')}` })),
    );
    const answer = holderCsv(
      findings.map((row, i) => [
        row.plate ?? '',
        'BE',
        `Synthetisch ${i}`,
        `Straat ${i}`,
        '2800',
        'Mechelen',
        'BE',
        i % 2 ? 'fr' : 'nl',
      ]),
    );
    const read = await agents[0]?.request({
      method: 'POST',
      url: '/api/enforcement/holder-imports',
      payload: { filename: 'div.csv', contentBase64: base64(answer), dryRun: false },
    });
    expect(read?.json<HolderImportResult>().identified).toBe(60);
  });
  afterAll(() => t.close());
  const agentAt = (i: number): Agent => {
    const agent = agents[i % agents.length];
    if (!agent) throw new Error('no agent');
    return agent;
  };

  it('never gives one finding to two letter batches or two decision batches', async () => {
    const requests = 4;
    const letterResponses = await Promise.all(
      Array.from({ length: requests }, (_, i) =>
        agentAt(i).request({
          method: 'POST',
          url: '/api/enforcement/letter-batches',
          payload: { kind: 'notification' },
        }),
      ),
    );
    const letters = letterResponses.map((r) => r.json<{ batch: LetterBatch | null }>().batch?.letters ?? 0);
    expect(letters.reduce((a, b) => a + b, 0)).toBe(60);
    const notified = await t.database.db.kysely
      .selectFrom('gas_finding_step')
      .select(['finding_id', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('step_key', '=', 'notified')
      .groupBy('finding_id')
      .execute();
    expect(notified).toHaveLength(60);
    expect(notified.every((r) => Number(r.n) === 1)).toBe(true);

    setDay(t, '2026-03-16');
    agents = [await t.login('coordinator@tegelijk.test'), await t.login('staff@tegelijk.test')];
    const decisionResponses = await Promise.all(
      Array.from({ length: requests }, (_, i) =>
        agentAt(i).request({ method: 'POST', url: '/api/enforcement/decision-batches', payload: {} }),
      ),
    );
    const decided = decisionResponses.map((r) => r.json<{ decided: number }>().decided ?? 0);
    expect(decided.reduce((a, b) => a + b, 0)).toBe(60);
    const steps = await t.database.db.kysely
      .selectFrom('gas_finding_step')
      .select('finding_id')
      .where('step_key', '=', 'decided')
      .execute();
    expect(new Set(steps.map((s) => s.finding_id)).size).toBe(steps.length);
    expect(steps).toHaveLength(60);
  });
});
