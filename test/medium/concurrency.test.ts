import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinanceOverview, Scheme } from '../../src/shared/api/finance.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

type ErrorBody = { error: { code: string } };
const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');
const codeOf = (body: string): string | undefined => (JSON.parse(body) as Partial<ErrorBody>).error?.code;
const tally = (responses: { statusCode: number; body: string }[]) => {
  const out: Record<string, number> = {};
  for (const r of responses) {
    const key = r.statusCode < 400 ? String(r.statusCode) : `${r.statusCode} ${codeOf(r.body) ?? '?'}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
};

/**
 * Every check-then-write holds when the same request arrives many times at once (Promise.all over app.inject: on
 * PostgreSQL the requests run on separate pooled connections and interleave; on SQLite they queue for the one
 * writer). The invariant is checked in the database afterwards.
 */
describe.each(dialects)('rules under concurrent requests on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let staff: Agent;
  beforeAll(async () => {
    t = await createTestApp(dialect); // the clock stands on 2020-06-15
    await t.seedMunicipality('mechelen');
    [coordinator, staff] = await Promise.all([t.login('coordinator@mechelen.test'), t.login('staff@mechelen.test')]);
  });
  afterAll(() => t.close());

  const openCase = async (body: Record<string, unknown> = {}) => {
    const response = await coordinator.request({
      method: 'POST',
      url: '/api/cases',
      payload: {
        typeKey: 'gas_adult',
        openedOn: '2020-03-01',
        persons: [{ role: 'offender', fullName: 'Geert Proef' }],
        ...body,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };

  /** Both rollups against a recount of the live registrations (rows that sum to zero left out). */
  const expectRollupsEqualRecount = async () => {
    const db = t.database.db.kysely;
    type Row = { key: string; n: number; quantity: number; hours: number };
    const norm = (rows: Row[]) => rows.map((r) => [r.key, Number(r.n), Number(r.quantity), Number(r.hours)]);
    const truth =
      await sql<Row>`select type_key || '|' || coalesce(category, '') || '|' || coalesce(status, '') || '|' || coalesce(wijk_code, '') || '|' || occurred_on as key,
        count(*) as n, coalesce(sum(quantity), 0) as quantity, coalesce(sum(hours), 0) as hours from registration where deleted_at is null group by 1 order by 1`.execute(
        db,
      );
    const rollup =
      await sql<Row>`select type_key || '|' || category || '|' || status || '|' || wijk_code || '|' || day as key, sum(n) as n, sum(quantity) as quantity, sum(hours) as hours
        from registration_rollup group by 1 having sum(n) <> 0 or sum(quantity) <> 0 or sum(hours) <> 0 order by 1`.execute(
        db,
      );
    expect(norm(rollup.rows)).toEqual(norm(truth.rows));
    const dailyTruth =
      await sql<Row>`select type_key || '|' || coalesce(category, '') || '|' || coalesce(status, '') || '|' || occurred_on as key,
        count(*) as n, coalesce(sum(quantity), 0) as quantity, coalesce(sum(hours), 0) as hours from registration where deleted_at is null group by 1 order by 1`.execute(
        db,
      );
    const daily =
      await sql<Row>`select type_key || '|' || category || '|' || status || '|' || day as key, sum(n) as n, sum(quantity) as quantity, sum(hours) as hours
        from registration_daily group by 1 having sum(n) <> 0 or sum(quantity) <> 0 or sum(hours) <> 0 order by 1`.execute(
        db,
      );
    expect(norm(daily.rows)).toEqual(norm(dailyTruth.rows));
  };

  it('6 × 10 h community service at once on one adult GAS case: 30 h, three accepted, three refused with CASE_HOURS_MAXIMUM', async () => {
    const id = await openCase();
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: `/api/cases/${id}/steps`,
          payload: { stepKey: 'notified', doneOn: '2020-03-05' },
        })
      ).statusCode,
    ).toBe(201);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        coordinator.request({
          method: 'POST',
          url: `/api/cases/${id}/steps`,
          payload: { stepKey: 'community_service', doneOn: `2020-04-0${i + 1}`, hours: 10 },
        }),
      ),
    );
    expect(tally(responses)).toEqual({ 201: 3, '422 CASE_HOURS_MAXIMUM': 3 });
    const hours = await t.database.db.kysely
      .selectFrom('case_step')
      .select('hours')
      .where('case_id', '=', id)
      .where('step_key', '=', 'community_service')
      .execute();
    expect(hours.reduce((sum, r) => sum + Number(r.hours), 0)).toBe(30);
  });

  it('5 expenses at once, each within the remaining budget alone: never past the cap; past it only when confirmed, and flagged', async () => {
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: '/api/plan-versions',
          payload: { filename: 'plan.txt', text: mechelen, confirm: true },
        })
      ).statusCode,
    ).toBe(201);
    const overview = (
      await coordinator.request({ method: 'POST', url: '/api/finance/schemes/from-plan', payload: { year: 2020 } })
    ).json<FinanceOverview>();
    const activa = overview.schemes.find((s) => s.name === 'ACTIVA') as Scheme;
    const cap = 110_058; // ACTIVA's equipment and training pot
    const expense = (body: Record<string, unknown>) =>
      coordinator.request({
        method: 'POST',
        url: '/api/finance/expenses',
        payload: {
          schemeId: activa.id,
          category: 'equipment',
          spentOn: '2020-05-04',
          description: 'Uniformen',
          ...body,
        },
      });
    const first = await Promise.all(Array.from({ length: 5 }, () => expense({ amountCents: 30_000 })));
    expect(tally(first)).toEqual({ 201: 3, '409 FINANCE_CAP_EXCEEDED': 2 });
    const spent = async (overCap: 0 | 1) =>
      Number(
        (
          await t.database.db.kysely
            .selectFrom('expense')
            .select((eb) => eb.fn.sum<number | string>('amount_cents').as('total'))
            .where('scheme_id', '=', activa.id)
            .where('over_cap', '=', overCap)
            .executeTakeFirstOrThrow()
        ).total ?? 0,
      );
    expect(await spent(0)).toBe(90_000);
    // Confirmed: all recorded, every one past the cap flagged as such; what is not flagged still fits under the cap.
    const confirmed = await Promise.all(
      Array.from({ length: 5 }, () => expense({ category: 'training', amountCents: 15_000, confirmOverCap: true })),
    );
    expect(tally(confirmed)).toEqual({ 201: 5 });
    const warnings = confirmed.map((r) => r.json<{ expense: { overCap: boolean } }>().expense.overCap);
    expect(warnings.filter(Boolean)).toHaveLength(4); // 90,000 + 15,000 fits (105,000); the next four pass 110,058
    expect(await spent(0)).toBeLessThanOrEqual(cap);
    expect((await spent(0)) + (await spent(1))).toBe(90_000 + 5 * 15_000);
  });

  it('an edit and a delete of 8 registrations at once: every deleted one stays deleted, the rollups equal a recount', async () => {
    const ids = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const response = await staff.request({
          method: 'POST',
          url: '/api/registrations',
          payload: {
            typeKey: 'activity',
            occurredOn: `2020-0${1 + (i % 3)}-15`,
            place: { wijkCode: '12025W01' },
            values: { kind: 'campaign', people_reached: 10 + i, hours: 1.5 },
          },
        });
        expect(response.statusCode, response.body).toBe(201);
        return response.json<{ id: string }>().id;
      }),
    );
    const responses = await Promise.all(
      ids.flatMap((id, i) => [
        staff.request({
          method: 'PATCH',
          url: `/api/registrations/${id}`,
          payload: {
            occurredOn: '2020-04-20',
            values: { kind: 'information_session', people_reached: 100 + i, hours: 3 },
            place: { wijkCode: '12025W02' },
          },
        }),
        staff.request({ method: 'DELETE', url: `/api/registrations/${id}` }),
      ]),
    );
    const edits = responses.filter((_, i) => i % 2 === 0);
    const deletes = responses.filter((_, i) => i % 2 === 1);
    expect(tally(deletes)).toEqual({ 200: 8 });
    for (const edit of edits) expect([200, 404], edit.body).toContain(edit.statusCode);
    for (const edit of edits.filter((e) => e.statusCode === 404)) expect(codeOf(edit.body)).toBe('NOT_FOUND');
    const rows = await t.database.db.kysely
      .selectFrom('registration')
      .select(['id', 'deleted_at'])
      .where('id', 'in', ids)
      .execute();
    expect(rows.filter((r) => r.deleted_at === null)).toEqual([]);
    for (const id of ids) {
      expect((await staff.request({ method: 'GET', url: `/api/registrations/${id}` })).statusCode).toBe(404);
    }
    // An edit after the delete is refused with the same stable code.
    const late = await staff.request({
      method: 'PATCH',
      url: `/api/registrations/${ids[0]}`,
      payload: { values: { kind: 'campaign', people_reached: 1 } },
    });
    expect([late.statusCode, codeOf(late.body)]).toEqual([404, 'NOT_FOUND']);
    await expectRollupsEqualRecount();
  });

  it('20 edits of one registration at once: the rollups equal a recount', async () => {
    const created = await staff.request({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        typeKey: 'activity',
        occurredOn: '2020-02-10',
        place: { wijkCode: '12025W03' },
        values: { kind: 'campaign', people_reached: 5, hours: 1 },
      },
    });
    const id = created.json<{ id: string }>().id;
    const kinds = ['campaign', 'information_session', 'engraving_action'];
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        staff.request({
          method: 'PATCH',
          url: `/api/registrations/${id}`,
          payload:
            i % 2
              ? {
                  occurredOn: `2020-03-${String(1 + i).padStart(2, '0')}`,
                  values: { kind: kinds[i % 3], people_reached: i, hours: i / 2 },
                }
              : {
                  place: { wijkCode: `12025W0${1 + (i % 5)}` },
                  values: { kind: kinds[i % 3], people_reached: 2 * i, hours: 1 },
                },
        }),
      ),
    );
    // Built on a row another edit changed first, an edit is built again; only past ten rounds is it refused.
    for (const r of responses) {
      expect(r.statusCode === 200 || codeOf(r.body) === 'REGISTRATION_EDIT_CONFLICT', r.body).toBe(true);
    }
    expect(responses.filter((r) => r.statusCode === 200).length).toBeGreaterThan(0);
    await expectRollupsEqualRecount();
    const audits = await t.database.db.kysely
      .selectFrom('audit_log')
      .select('seq')
      .where('entity_id', '=', id)
      .where('action', '=', 'registration.update')
      .execute();
    expect(audits).toHaveLength(responses.filter((r) => r.statusCode === 200).length);
  });

  it('case and complaint transitions at once: one wins, the others get a stable conflict code', async () => {
    const caseId = await openCase();
    const closes = await Promise.all(
      Array.from({ length: 6 }, () =>
        coordinator.request({
          method: 'POST',
          url: `/api/cases/${caseId}/close`,
          payload: { outcome: 'withdrawn', closedOn: '2020-05-01' },
        }),
      ),
    );
    expect(tally(closes)).toEqual({ 200: 1, '409 CASE_CLOSED': 5 });
    const closedEvents = await t.database.db.kysely
      .selectFrom('audit_log')
      .select('seq')
      .where('entity_id', '=', caseId)
      .where('action', '=', 'case.close')
      .execute();
    expect(closedEvents).toHaveLength(1);

    const created = await staff.request({
      method: 'POST',
      url: '/api/complaints',
      payload: {
        category: 'graffiti',
        occurredAt: '2020-06-10T10:00:00Z',
        place: { wijkCode: '12025W01', address: 'Bruul 1' },
        description: 'Graffiti op de gevel van de bib.',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const complaintId = created.json<{ complaint: { id: string } }>().complaint.id;
    const transitions = await Promise.all(
      Array.from({ length: 6 }, () =>
        staff.request({ method: 'POST', url: `/api/complaints/${complaintId}/status`, payload: { status: 'closed' } }),
      ),
    );
    expect(tally(transitions)).toEqual({ 200: 1, '409 COMPLAINT_TRANSITION_NOT_ALLOWED': 5 });
    const statusEvents = await t.database.db.kysely
      .selectFrom('audit_log')
      .select('seq')
      .where('entity_id', '=', complaintId)
      .where('action', '=', 'complaint.status')
      .execute();
    expect(statusEvents).toHaveLength(1);
  });

  it('8 cases opened at once get 8 different references', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        coordinator.request({
          method: 'POST',
          url: '/api/cases',
          payload: {
            typeKey: 'nero',
            openedOn: '2020-02-03',
            persons: [{ role: 'minor', fullName: 'Mila Voorbeeld' }],
          },
        }),
      ),
    );
    expect(tally(responses)).toEqual({ 201: 8 });
    const references = await t.database.db.kysely
      .selectFrom('case_file')
      .select('reference')
      .where('type_key', '=', 'nero')
      .execute();
    expect(new Set(references.map((r) => r.reference)).size).toBe(8);
  });
});
