import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintDetail, FilledStandardAnswer, StandardAnswer } from '../../src/shared/api/complaints.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

type ErrorBody = { error: { code: string } };

/** The desk's flow without dead ends: assigning assigns, answering a new complaint is one call, standard answers. */
describe.each(dialects)('complaint flow on %s', (dialect) => {
  let t: TestApp;
  let staff: Agent;
  let coordinator: Agent;
  let otherCoordinator: Agent;
  let serviceId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect); // the clock stands on 2020-06-15
    await t.seedMunicipality('mechelen');
    await t.seedMunicipality('othertown');
    [staff, coordinator, otherCoordinator] = await Promise.all([
      t.login('staff@mechelen.test'),
      t.login('coordinator@mechelen.test'),
      t.login('coordinator@othertown.test'),
    ]);
    const service = await coordinator.request({
      method: 'POST',
      url: '/api/complaint-services',
      payload: { name: 'Dienst Openbaar Domein' },
    });
    serviceId = service.json<{ id: string }>().id;
  });
  afterAll(() => t.close());

  const create = async (category = 'graffiti', locale = 'nl'): Promise<ComplaintDetail> => {
    const response = await staff.request({
      method: 'POST',
      url: '/api/complaints',
      payload: {
        category,
        locale,
        occurredAt: '2020-06-10T10:00:00Z',
        place: { wijkCode: '12025W01', address: 'Bruul 1' },
        description: 'Graffiti op de gevel van de bib.',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ complaint: ComplaintDetail }>().complaint;
  };
  const auditOf = async (id: string) =>
    (
      await sql<{
        action: string;
        after_json: string | null;
      }>`select action, after_json from audit_log where entity_id = ${id} order by seq`.execute(t.database.db.kysely)
    ).rows;

  it('assigning a service moves a new complaint to assigned, in one audited write', async () => {
    const complaint = await create();
    const response = await staff.request({
      method: 'PATCH',
      url: `/api/complaints/${complaint.id}`,
      payload: { serviceId },
    });
    expect(response.json<ComplaintDetail>()).toMatchObject({ status: 'assigned', serviceId });
    const audit = await auditOf(complaint.id);
    expect(audit.map((a) => a.action)).toEqual(['complaint.create', 'complaint.update']);
    expect(JSON.parse(audit[1]?.after_json ?? '{}')).toMatchObject({ status: 'assigned', service_id: serviceId });
    // Taking the service away sends it back to the desk.
    const back = await staff.request({
      method: 'PATCH',
      url: `/api/complaints/${complaint.id}`,
      payload: { serviceId: null },
    });
    expect(back.json<ComplaintDetail>().status).toBe('new');
  });

  it('answers a new complaint in one call: new → assigned → answered, atomically', async () => {
    const complaint = await create();
    // Without a service the walk through assigned is refused, and nothing changes.
    const refused = await staff.request({
      method: 'POST',
      url: `/api/complaints/${complaint.id}/answer`,
      payload: { text: 'De graffiti wordt deze week verwijderd.', expectedStatus: 'new' },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<ErrorBody>().error.code).toBe('COMPLAINT_SERVICE_REQUIRED');
    const answered = await staff.request({
      method: 'POST',
      url: `/api/complaints/${complaint.id}/answer`,
      payload: { text: 'De graffiti wordt deze week verwijderd.', expectedStatus: 'new', serviceId },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json<ComplaintDetail>()).toMatchObject({
      status: 'answered',
      serviceId,
      answer: 'De graffiti wordt deze week verwijderd.',
    });
    const audit = await auditOf(complaint.id);
    expect(audit.map((a) => a.action)).toEqual(['complaint.create', 'complaint.answer']);
    expect(JSON.parse(audit[1]?.after_json ?? '{}')).toMatchObject({ path: ['assigned', 'answered'] });

    // Answer and close at once, from new with the service already there.
    const other = await create();
    await staff.request({ method: 'PATCH', url: `/api/complaints/${other.id}`, payload: { serviceId } });
    const closed = await staff.request({
      method: 'POST',
      url: `/api/complaints/${other.id}/answer`,
      payload: { text: 'Opgelost en afgesloten.', close: true },
    });
    expect(closed.json<ComplaintDetail>()).toMatchObject({ status: 'closed' });
  });

  it('still refuses a forbidden transition with its code', async () => {
    const complaint = await create();
    const skip = await staff.request({
      method: 'POST',
      url: `/api/complaints/${complaint.id}/status`,
      payload: { status: 'answered' },
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json<ErrorBody>().error.code).toBe('COMPLAINT_TRANSITION_NOT_ALLOWED');
    await staff.request({
      method: 'POST',
      url: `/api/complaints/${complaint.id}/status`,
      payload: { status: 'closed' },
    });
    const late = await staff.request({
      method: 'POST',
      url: `/api/complaints/${complaint.id}/answer`,
      payload: { text: 'Toch nog een antwoord.', serviceId },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorBody>().error.code).toBe('COMPLAINT_TRANSITION_NOT_ALLOWED');
  });

  it('two answers at once on what the desk saw: one wins, the other is refused', async () => {
    const complaint = await create();
    const responses = await Promise.all(
      ['Eerste antwoord van de dienst.', 'Tweede antwoord van een collega.'].map((text) =>
        staff.request({
          method: 'POST',
          url: `/api/complaints/${complaint.id}/answer`,
          payload: { text, expectedStatus: 'new', serviceId },
        }),
      ),
    );
    const codes = responses.map((r) => (r.statusCode === 200 ? 'ok' : r.json<ErrorBody>().error.code)).sort();
    expect(codes).toEqual(['COMPLAINT_STATUS_CHANGED', 'ok']);
    const winner = responses.find((r) => r.statusCode === 200)?.json<ComplaintDetail>();
    const stored = (
      await staff.request({ method: 'GET', url: `/api/complaints/${complaint.id}` })
    ).json<ComplaintDetail>();
    expect(stored.answer).toBe(winner?.answer);
    expect((await auditOf(complaint.id)).filter((a) => a.action === 'complaint.answer')).toHaveLength(1);
  });

  it('keeps standard answers per municipality and fills the placeholders for the complaint', async () => {
    const body = 'Uw melding {reference} over {category} van {date} is doorgegeven. {onbekend}';
    const created = await coordinator.request({
      method: 'POST',
      url: '/api/complaint-standard-answers',
      payload: { category: 'graffiti', title: 'Doorgegeven', body },
    });
    expect(created.statusCode, created.body).toBe(201);
    const answer = created.json<StandardAnswer>();
    await coordinator.request({
      method: 'POST',
      url: '/api/complaint-standard-answers',
      payload: { category: null, title: 'Algemeen', body: 'Dank voor uw melding {reference}.' },
    });
    await coordinator.request({
      method: 'POST',
      url: '/api/complaint-standard-answers',
      payload: { category: 'noise', title: 'Lawaai', body: 'Over lawaai.' },
    });
    // Only the coordinator manages them.
    expect(
      (
        await staff.request({
          method: 'POST',
          url: '/api/complaint-standard-answers',
          payload: { category: null, title: 'Nope', body: 'Niet toegestaan.' },
        })
      ).statusCode,
    ).toBe(403);

    const complaint = await create('graffiti', 'fr');
    const filled = await staff.request({ method: 'GET', url: `/api/complaints/${complaint.id}/standard-answers` });
    expect(filled.statusCode, filled.body).toBe(200);
    const answers = filled.json<{ answers: FilledStandardAnswer[] }>().answers;
    expect(answers.map((a) => a.title)).toEqual(['Algemeen', 'Doorgegeven']);
    // The received day on the municipality's calendar, dd/mm/yyyy; the category in the citizen's language (fr).
    expect(answers[1]?.text).toBe(
      `Uw melding ${complaint.reference} over graffitis et affichage sauvage van 15/06/2020 is doorgegeven. {onbekend}`,
    );

    // Another municipality sees none of them, cannot fill them for mechelen's complaint, nor change them.
    const other = await otherCoordinator.request({ method: 'GET', url: '/api/complaint-standard-answers' });
    expect(other.json<{ answers: StandardAnswer[] }>().answers).toEqual([]);
    expect(
      (await otherCoordinator.request({ method: 'GET', url: `/api/complaints/${complaint.id}/standard-answers` }))
        .statusCode,
    ).toBe(404);
    const foreign = await otherCoordinator.request({
      method: 'PUT',
      url: `/api/complaint-standard-answers/${answer.id}`,
      payload: { category: null, title: 'Gekaapt', body: 'Gekaapte tekst.' },
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (await otherCoordinator.request({ method: 'DELETE', url: `/api/complaint-standard-answers/${answer.id}` }))
        .statusCode,
    ).toBe(404);

    // Deactivated: no longer offered in the answer box, still listed for the coordinator.
    await coordinator.request({
      method: 'PUT',
      url: `/api/complaint-standard-answers/${answer.id}`,
      payload: { category: 'graffiti', title: 'Doorgegeven', body, active: false },
    });
    const after = (
      await staff.request({ method: 'GET', url: `/api/complaints/${complaint.id}/standard-answers` })
    ).json<{ answers: FilledStandardAnswer[] }>();
    expect(after.answers.map((a) => a.title)).toEqual(['Algemeen']);
    const removed = await coordinator.request({
      method: 'DELETE',
      url: `/api/complaint-standard-answers/${answer.id}`,
    });
    expect(removed.statusCode).toBe(200);
    const audit = await sql<{
      action: string;
    }>`select action from audit_log where entity_id = ${answer.id} order by seq`.execute(t.database.db.kysely);
    expect(audit.rows.map((r) => r.action)).toEqual([
      'complaint_standard_answer.create',
      'complaint_standard_answer.update',
      'complaint_standard_answer.delete',
    ]);
  });
});
