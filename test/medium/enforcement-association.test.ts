import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GasAgreement, GasAgreementList } from '../../src/shared/api/enforcement-association.schema.js';
import type { GasAnalysis } from '../../src/shared/api/enforcement-analysis.schema.js';
import { EnforcementRepository } from '../../src/server/features/enforcement/enforcement.repository.js';
import { AgreementService } from '../../src/server/features/enforcement/agreements.service.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { finding, insertArticle, insertFindings } from '../support/gas-fixtures.js';
import { operationsOf } from '../support/openapi-operations.js';

/**
 * The association GASAM (issue 18) as a tenant rule: its desk sees the findings of the municipalities that entrusted
 * it, for facts within each agreement's dates; each member sees only its own, never another member's nor the
 * association's. Agreements: only an association holds them, one association per member at a time (overlap refused,
 * also under simultaneous requests).
 */
describe.each(dialects)('enforcement association on %s', (dialect) => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const findings: Record<string, string> = {};
  let gasamAdmin: Agent;

  const listIds = async (agent: Agent): Promise<string[]> => {
    const response = await agent.request({
      method: 'GET',
      url: '/api/enforcement/findings?from=2023-01-01&to=2025-12-31&limit=200',
    });
    expect(response.statusCode).toBe(200);
    return response
      .json<{ items: { id: string }[] }>()
      .items.map((i) => i.id)
      .sort();
  };
  const analysis = (agent: Agent, query: string) =>
    agent.request({ method: 'GET', url: `/api/enforcement/analysis?from=2023-01-01&to=2025-12-31${query}` });
  const agree = (agent: Agent, payload: Record<string, unknown>) =>
    agent.request({ method: 'POST', url: '/api/enforcement/agreements', payload });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    for (const slug of ['gasam', 'alpha', 'beta', 'gamma', 'other-association']) {
      ids[slug] = await t.seedMunicipality(slug);
    }
    const agreements = new AgreementService({ db: t.database.db, clock: t.clock });
    await agreements.setKind(ids.gasam!, 'association');
    await agreements.setKind(ids['other-association']!, 'association');
    gasamAdmin = await t.login('admin@gasam.test');
    expect(
      (await agree(gasamAdmin, { memberSlug: 'alpha', validFrom: '2024-01-01', signedOn: '2023-12-01' })).statusCode,
    ).toBe(201);
    expect(
      (
        await agree(gasamAdmin, {
          memberSlug: 'beta',
          validFrom: '2024-07-01',
          validTo: '2024-12-31',
          signedOn: '2024-06-01',
        })
      ).statusCode,
    ).toBe(201);

    const db = t.database.db;
    const rows = [];
    for (const slug of ['gasam', 'alpha', 'beta', 'gamma']) {
      const article = { id: await insertArticle(db, ids[slug]!, 'KB 22'), code: 'KB 22' };
      const days: Record<string, string[]> = {
        gasam: ['2024-05-01'],
        alpha: ['2023-06-01', '2024-03-01'],
        beta: ['2024-03-01', '2024-08-01', '2025-02-01'],
        gamma: ['2024-05-01'],
      };
      for (const day of days[slug]!) {
        const row = finding(ids[slug]!, article, day);
        findings[`${slug} ${day}`] = row.id;
        rows.push(row);
      }
    }
    await insertFindings(db, rows);
  });
  afterAll(() => t.close());

  it('lets the association’s desk see its members’ findings only within the agreements’ dates', async () => {
    const expected = [findings['gasam 2024-05-01'], findings['alpha 2024-03-01'], findings['beta 2024-08-01']].sort();
    expect(await listIds(await t.login('staff@gasam.test'))).toEqual(expected);
    const response = await analysis(await t.login('staff@gasam.test'), '');
    const body = response.json<GasAnalysis>();
    expect(body.total).toBe(3);
    expect(body.members.map((m) => [m.name, m.n]).sort()).toEqual([
      ['Alpha', 1],
      ['Beta', 1],
      ['Gasam', 1],
    ]);
    expect(body.scope.map((s) => s.municipalityId).sort()).toEqual([ids.gasam, ids.alpha, ids.beta].sort());
    const alphaOnly = (
      await analysis(await t.login('staff@gasam.test'), `&municipality=${ids.alpha}`)
    ).json<GasAnalysis>();
    expect(alphaOnly.total).toBe(1);
  });

  it('lets each member see only its own findings, never another member’s nor the association’s', async () => {
    expect(await listIds(await t.login('staff@alpha.test'))).toEqual(
      [findings['alpha 2023-06-01'], findings['alpha 2024-03-01']].sort(),
    );
    expect(await listIds(await t.login('admin@beta.test'))).toEqual(
      [findings['beta 2024-03-01'], findings['beta 2024-08-01'], findings['beta 2025-02-01']].sort(),
    );
    expect(await listIds(await t.login('coordinator@gamma.test'))).toEqual([findings['gamma 2024-05-01']]);
    const alpha = await t.login('staff@alpha.test');
    expect((await analysis(alpha, '')).json<GasAnalysis>().total).toBe(2);
    for (const other of [ids.beta, ids.gasam, ids.gamma]) {
      const response = await analysis(alpha, `&municipality=${other}`);
      expect(response.statusCode).toBe(404);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('GAS_MUNICIPALITY_NOT_IN_SCOPE');
    }
  });

  it('answers 404 GAS_FINDING_NOT_FOUND for the ids of findings outside the reader’s scope', async () => {
    const repository = new EnforcementRepository(t.database.db.kysely);
    const scopeOf = (slug: string) => repository.scopeOf(ids[slug]!);
    expect(await repository.findFinding(await scopeOf('gasam'), findings['beta 2024-08-01']!)).toBeDefined();
    for (const [reader, id] of [
      ['gasam', 'alpha 2023-06-01'],
      ['gasam', 'beta 2025-02-01'],
      ['gasam', 'gamma 2024-05-01'],
      ['alpha', 'beta 2024-08-01'],
      ['alpha', 'gasam 2024-05-01'],
      ['beta', 'alpha 2024-03-01'],
    ] as const) {
      expect(await repository.findFinding(await scopeOf(reader), findings[id]!)).toBeUndefined();
    }
    // Every route that reads one finding by id (the detail page and its actions) answers the same 404.
    const byId = operationsOf(t.app).filter(
      (o) => o.method === 'GET' && /^\/api\/enforcement\/findings\/\{id\}/.test(o.path),
    );
    const alpha = await t.login('admin@alpha.test');
    for (const operation of byId) {
      for (const id of [findings['beta 2024-08-01']!, findings['gasam 2024-05-01']!]) {
        const response = await alpha.request({ method: 'GET', url: operation.path.replace('{id}', id) });
        expect(response.statusCode, operation.path).toBe(404);
        expect(response.json<{ error: { code: string } }>().error.code).toBe('GAS_FINDING_NOT_FOUND');
      }
    }
  });

  it('lists the agreements to the association and, read-only, to the member named', async () => {
    const own = (
      await gasamAdmin.request({ method: 'GET', url: '/api/enforcement/agreements' })
    ).json<GasAgreementList>();
    expect(own.kind).toBe('association');
    expect(own.agreements.map((a) => a.memberSlug).sort()).toEqual(['alpha', 'beta']);
    const alpha = (
      await (await t.login('viewer@gamma.test')).request({ method: 'GET', url: '/api/enforcement/agreements' })
    ).statusCode;
    expect(alpha).toBe(403); // viewers do not read enforcement
    const member = (
      await (await t.login('staff@alpha.test')).request({ method: 'GET', url: '/api/enforcement/agreements' })
    ).json<GasAgreementList>();
    expect(member.kind).toBe('municipality');
    expect(member.agreements).toEqual([]);
    expect(member.entrustedTo.map((a) => [a.associationName, a.validFrom])).toEqual([['Gasam', '2024-01-01']]);
    const memberAdmin = await t.login('admin@alpha.test');
    const id = own.agreements.find((a) => a.memberSlug === 'alpha')!.id;
    const patched = await memberAdmin.request({
      method: 'PATCH',
      url: `/api/enforcement/agreements/${id}`,
      payload: { validTo: '2024-01-31' },
    });
    expect(patched.statusCode).toBe(404);
    expect(patched.json<{ error: { code: string } }>().error.code).toBe('GAS_AGREEMENT_NOT_FOUND');
    const removed = await memberAdmin.request({ method: 'DELETE', url: `/api/enforcement/agreements/${id}` });
    expect(removed.statusCode).toBe(404);
  });

  it('refuses overlapping agreements, agreements held by a municipality and impossible members', async () => {
    const code = async (agent: Agent, payload: Record<string, unknown>) => {
      const response = await agree(agent, payload);
      return [response.statusCode, response.json<{ error?: { code: string } }>().error?.code];
    };
    expect(await code(gasamAdmin, { memberSlug: 'alpha', validFrom: '2025-01-01', signedOn: '2024-12-01' })).toEqual([
      409,
      'GAS_AGREEMENT_OVERLAP',
    ]);
    expect(
      await code(await t.login('admin@other-association.test'), {
        memberSlug: 'beta',
        validFrom: '2024-12-31',
        signedOn: '2024-12-01',
      }),
    ).toEqual([409, 'GAS_AGREEMENT_OVERLAP']);
    // Beta's agreement ends on 31/12/2024: another association may take it over the day after.
    expect(
      await code(await t.login('admin@other-association.test'), {
        memberSlug: 'beta',
        validFrom: '2025-01-01',
        signedOn: '2024-12-01',
      }),
    ).toEqual([201, undefined]);
    expect(
      await code(await t.login('admin@alpha.test'), {
        memberSlug: 'gamma',
        validFrom: '2025-01-01',
        signedOn: '2024-12-01',
      }),
    ).toEqual([409, 'GAS_NOT_AN_ASSOCIATION']);
    for (const memberSlug of ['gasam', 'other-association', 'nowhere']) {
      expect(await code(gasamAdmin, { memberSlug, validFrom: '2025-01-01', signedOn: '2024-12-01' })).toEqual([
        422,
        'GAS_AGREEMENT_MEMBER_INVALID',
      ]);
    }
    expect(
      await code(gasamAdmin, {
        memberSlug: 'gamma',
        validFrom: '2025-01-01',
        validTo: '2024-01-01',
        signedOn: '2024-12-01',
      }),
    ).toEqual([422, 'GAS_AGREEMENT_DATES_INVALID']);
    expect(
      (
        await agree(await t.login('staff@gasam.test'), {
          memberSlug: 'gamma',
          validFrom: '2025-01-01',
          signedOn: '2024-12-01',
        })
      ).statusCode,
    ).toBe(403);
    // Widening an agreement into another is refused the same way.
    const list = (
      await gasamAdmin.request({ method: 'GET', url: '/api/enforcement/agreements' })
    ).json<GasAgreementList>();
    const beta = list.agreements.find((a) => a.memberSlug === 'beta')!;
    const widened = await gasamAdmin.request({
      method: 'PATCH',
      url: `/api/enforcement/agreements/${beta.id}`,
      payload: { validTo: null },
    });
    expect(widened.json<{ error: { code: string } }>().error.code).toBe('GAS_AGREEMENT_OVERLAP');
    const narrowed = await gasamAdmin.request({
      method: 'PATCH',
      url: `/api/enforcement/agreements/${beta.id}`,
      payload: { validTo: '2024-11-30' },
    });
    expect(narrowed.json<GasAgreement>().validTo).toBe('2024-11-30');
  });

  it('lets exactly one of eight simultaneous overlapping agreements through', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        agree(gasamAdmin, { memberSlug: 'gamma', validFrom: `2026-0${1 + (i % 6)}-01`, signedOn: '2025-12-01' }),
      ),
    );
    const statuses = attempts.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    const rows = await t.database.db.kysely
      .selectFrom('gas_agreement')
      .select('id')
      .where('member_municipality_id', '=', ids.gamma!)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('the association’s analysis follows the agreements: a later agreement moves what it sees', async () => {
    const staff = await t.login('staff@gasam.test');
    const body = (await analysis(staff, '')).json<GasAnalysis>();
    // Gamma's agreement starts in 2026: its 2024 finding stays outside.
    expect(body.total).toBe(3);
    const gamma = await analysis(staff, `&municipality=${ids.gamma}`);
    expect(gamma.statusCode).toBe(200);
    expect(gamma.json<GasAnalysis>().total).toBe(0);
  });
});
