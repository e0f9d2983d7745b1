import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src/shared/api/search.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');

describe.each(dialects)('the search box on %s', (dialect) => {
  let t: TestApp;
  const agents: Record<string, Agent> = {};
  let caseId = '';
  let complaintId = '';
  let complaintReference = '';
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.seedMunicipality('mechelen');
    await t.seedMunicipality('othertown');
    for (const role of ['admin', 'coordinator', 'staff', 'guard', 'viewer', 'police']) {
      agents[role] = await t.login(`${role}@mechelen.test`);
    }
    agents.foreign = await t.login('coordinator@othertown.test');
    const { staff, coordinator } = agents;
    const plan = await coordinator!.request({
      method: 'POST',
      url: '/api/plan-versions',
      payload: { filename: 'plan.txt', text: mechelen, confirm: true },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const opened = await staff!.request({
      method: 'POST',
      url: '/api/cases',
      payload: {
        typeKey: 'nero',
        openedOn: '2020-06-01',
        persons: [
          { role: 'minor', fullName: 'Mila Voorbeeld', birthDate: '2004-05-06' },
          { role: 'parent', fullName: 'Paul Voorbeeld' },
        ],
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    caseId = opened.json<{ id: string }>().id;
    const complaint = await staff!.request({
      method: 'POST',
      url: '/api/complaints',
      payload: {
        category: 'graffiti',
        occurredAt: '2020-06-10T10:00:00Z',
        place: { wijkCode: '12025W01', address: 'Bruul 1' },
        description: 'Graffiti op de gevel van de bib.',
        contactName: 'Greta Melder',
        contactEmail: 'melder@example.test',
      },
    });
    expect(complaint.statusCode, complaint.body).toBe(201);
    ({ id: complaintId, reference: complaintReference } = complaint.json<{
      complaint: { id: string; reference: string };
    }>().complaint);
    const registration = await staff!.request({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        id: randomUUID(),
        typeKey: 'meeting',
        occurredOn: '2020-03-10',
        values: { kind: 'cpr', title: 'Buurtoverleg Zandpoortvest', partners: ['Politie'], minutes: true },
      },
    });
    expect(registration.statusCode, registration.body).toBe(201);
    const partner = await coordinator!.request({
      method: 'POST',
      url: '/api/partners',
      payload: { name: 'Jeugdhuis ROJM', kind: 'non_profit' },
    });
    expect(partner.statusCode, partner.body).toBe(201);
  });
  afterAll(() => t.close());

  const search = async (role: string, q: string) => {
    const response = await agents[role]!.request({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SearchResult>();
  };
  const kinds = (result: SearchResult) => result.groups.map((g) => g.kind);
  const hits = (result: SearchResult, kind: string) => result.groups.find((g) => g.kind === kind)?.hits ?? [];
  const audits = async () =>
    t.database.db.kysely
      .selectFrom('audit_log')
      .select(['actor_email', 'after_json', 'entity'])
      .where('action', '=', 'search.personal.read')
      .orderBy('seq')
      .execute();

  it('finds each kind case-insensitively and links to the page where it is worked on', async () => {
    expect(hits(await search('coordinator', 'rojm'), 'partner')).toEqual([
      expect.objectContaining({ kind: 'partner', title: 'Jeugdhuis ROJM', href: '/partners' }),
    ]);
    expect(hits(await search('staff', 'BRUUL'), 'complaint')).toEqual([
      expect.objectContaining({ id: complaintId, title: complaintReference, href: `/complaints/${complaintId}` }),
    ]);
    // The complaint's text is searched but not shown.
    const byText = await search('staff', 'GeVeL');
    expect(hits(byText, 'complaint').map((h) => h.id)).toEqual([complaintId]);
    expect(JSON.stringify(byText)).not.toContain('bib');
    expect(hits(await search('staff', 'zandpoortVEST'), 'registration')).toEqual([
      expect.objectContaining({ title: 'Buurtoverleg Zandpoortvest', detail: 'meeting · 2020-03-10' }),
    ]);
    // A key of the stored values (`minutes`) is no text of the registration.
    expect(hits(await search('staff', 'minutes'), 'registration')).toEqual([]);
    const plan = hits(await search('viewer', 'cpr'), 'plan');
    expect(plan.length).toBeGreaterThan(0);
    expect(plan[0]!.href).toMatch(/^\/plan\?version=/);
    expect(hits(await search('staff', complaintReference.toLowerCase()), 'complaint')).toHaveLength(1);
    expect(hits(await search('staff', 'nero-2020'), 'case')).toEqual([
      expect.objectContaining({ id: caseId, title: 'NERO-2020-001', detail: 'nero', href: `/cases/${caseId}` }),
    ]);
    // Wildcards are text, not patterns.
    expect(await search('coordinator', '%%')).toEqual({ q: '%%', groups: [] });
    expect(await search('coordinator', '__')).toEqual({ q: '__', groups: [] });
  });

  it('finds a case by a person’s name only for who may see its names, and audits that read', async () => {
    const before = (await audits()).length;
    // The owner (staff) and the coordinators see NERO names; the admin does not (NERO: coordinators only).
    const own = hits(await search('staff', 'voorbeeld'), 'case');
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ id: caseId, title: 'NERO-2020-001' });
    expect(own[0]!.detail).toMatch(/Voorbeeld$/);
    expect(hits(await search('coordinator', 'MILA'), 'case')[0]).toMatchObject({ detail: 'Mila Voorbeeld' });
    const logged = await audits();
    expect(logged.slice(before).map((a) => a.actor_email)).toEqual([
      'staff@mechelen.test',
      'coordinator@mechelen.test',
    ]);
    expect(logged.at(-1)!.after_json).toContain(caseId);
    expect(logged.at(-1)!.after_json).not.toContain('Mila');

    const admin = await search('admin', 'voorbeeld');
    expect(hits(admin, 'case')).toEqual([]);
    expect(JSON.stringify(admin)).not.toContain('Voorbeeld');
    // The college (viewer) and the guards search no cases at all, not even by reference.
    for (const role of ['viewer', 'guard']) {
      expect(kinds(await search(role, 'nero'))).not.toContain('case');
      expect(JSON.stringify(await search(role, 'voorbeeld'))).not.toContain('Voorbeeld');
    }
    expect((await audits()).length).toBe(before + 2);
  });

  it('gives the police nothing and another municipality nothing of this one', async () => {
    for (const q of ['bruul', 'voorbeeld', 'gevel', 'rojm', 'cpr', 'zandpoort', complaintReference]) {
      expect(await search('police', q)).toEqual({ q, groups: [] });
      expect(await search('foreign', q)).toEqual({ q, groups: [] });
    }
    // A guard reads complaints (no contact data): reference and street, never the citizen.
    const guard = await search('guard', 'bruul');
    expect(hits(guard, 'complaint')).toHaveLength(1);
    expect(JSON.stringify(guard)).not.toContain('Greta');
    expect(JSON.stringify(await search('staff', 'greta'))).not.toContain('Greta');
  });

  it('refuses a query too short or too long with a code, and strangers', async () => {
    for (const q of ['a', ' b ', 'x'.repeat(101)]) {
      const response = await agents.staff!.request({
        method: 'GET',
        url: `/api/search?q=${encodeURIComponent(q)}`,
      });
      expect(response.statusCode, q).toBe(400);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/search?q=bruul' })).statusCode).toBe(401);
  });
});
