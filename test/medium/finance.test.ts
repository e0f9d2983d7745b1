import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { FinanceOverview, Scheme } from '../../src/shared/api/finance.schema.js';
import type { DecisionPath } from '../../src/shared/api/decisions.schema.js';
import type { Overview, IndicatorState } from '../../src/shared/api/indicators.schema.js';
import type { PlanVersionSummary } from '../../src/shared/api/plan.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');
const allIndicators = (o: Overview): IndicatorState[] =>
  o.sections.flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)));

describe.each(dialects)('money and decisions on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let version: PlanVersionSummary;
  let schemes: Record<'plan' | 'guards' | 'activa', Scheme>;
  beforeAll(async () => {
    t = await createTestApp(dialect); // the clock stands on 2020-06-15
    await t.seedMunicipality('mechelen');
    coordinator = await t.login('coordinator@mechelen.test');
    version = (
      await coordinator.request({
        method: 'POST',
        url: '/api/plan-versions',
        payload: { filename: 'plan.txt', text: mechelen, confirm: true },
      })
    ).json<PlanVersionSummary>();
  });
  afterAll(() => t.close());

  const finance = async (who: Agent = coordinator) =>
    (await who.request({ method: 'GET', url: '/api/finance?year=2020' })).json<FinanceOverview>();
  const expense = (body: Record<string, unknown>) =>
    coordinator.request({
      method: 'POST',
      url: '/api/finance/expenses',
      payload: { spentOn: '2020-05-04', description: 'test', ...body },
    });

  it('takes the conventions from the plan and checks the text’s figures by the rules (8 × 420 × 12 = €40,320)', async () => {
    const setup = await coordinator.request({
      method: 'POST',
      url: '/api/finance/schemes/from-plan',
      payload: { year: 2020 },
    });
    expect(setup.statusCode).toBe(200);
    const again = (
      await coordinator.request({ method: 'POST', url: '/api/finance/schemes/from-plan', payload: { year: 2020 } })
    ).json<FinanceOverview>();
    expect(again.schemes).toHaveLength(3); // idempotent
    const [plan, guards, activa] = again.schemes;
    if (!plan || !guards || !activa) throw new Error('three schemes expected');
    schemes = { plan, guards, activa };
    expect(plan).toMatchObject({
      name: 'SVPP',
      kind: 'plan',
      amountCents: 81_055_307,
      fteHundredths: null,
      findings: [],
    });
    expect(guards).toMatchObject({
      name: 'Gemeenschapswachten 346',
      amountCents: 4_271_457,
      fteHundredths: 800,
      ruleWageCents: 4_032_000,
      equipmentCents: 239_457,
      equipmentCapCents: 293_488,
      findings: [],
    });
    expect(activa).toMatchObject({
      name: 'ACTIVA',
      amountCents: 1_622_058,
      fteHundredths: 300,
      ruleWageCents: 1_512_000,
      equipmentCents: 110_058,
      equipmentCapCents: 110_058,
      findings: [],
    });
    // The convention's own table agrees; a wrong figure shows as a mismatch.
    const stated = await coordinator.request({
      method: 'PUT',
      url: `/api/finance/schemes/${guards.id}/stated`,
      payload: { statedWageCents: 4_032_000, statedEquipmentCents: 239_457 },
    });
    expect(stated.json<Scheme>().findings).toEqual([]);
    const wrong = await coordinator.request({
      method: 'PUT',
      url: `/api/finance/schemes/${activa.id}/stated`,
      payload: { statedWageCents: 1_500_000, statedEquipmentCents: 122_058 },
    });
    expect(wrong.json<Scheme>().findings).toEqual([
      { code: 'wage_differs', statedCents: 1_500_000, ruleCents: 1_512_000 },
      { code: 'equipment_over_cap', equipmentCents: 122_058, capCents: 110_058 },
    ]);
    await coordinator.request({
      method: 'PUT',
      url: `/api/finance/schemes/${activa.id}/stated`,
      payload: { statedWageCents: 1_512_000, statedEquipmentCents: 110_058 },
    });
  });

  it('pays staff pro rata per regime and days in service, and caps the wages at what they may claim', async () => {
    const add = (
      label: string,
      regime: string,
      startOn: string,
      endOn: string | null = null,
      schemeId = schemes.guards.id,
    ) =>
      coordinator.request({
        method: 'POST',
        url: '/api/finance/staff',
        payload: { schemeId, label, regime, startOn, endOn },
      });
    const full = await add('Gemeenschapswacht A', '1/1', '2019-01-01');
    expect(full.statusCode).toBe(201);
    expect(full.json()).toMatchObject({ regime: '1/1', yearCents: 504_000 });
    const partial = (await add('Gemeenschapswacht B', '4/5', '2020-04-16', '2020-12-31')).json<{
      monthlyCents: number[];
      yearCents: number;
    }>();
    expect(partial.monthlyCents.slice(0, 5)).toEqual([0, 0, 0, 16_800, 33_600]); // April: 15 of 30 days at 4/5
    expect(partial.yearCents).toBe(16_800 + 8 * 33_600);
    expect((await add('X', '6/5', '2020-01-01')).json()).toMatchObject({ error: { code: 'FINANCE_REGIME_INVALID' } });
    expect((await add('X', '1/1', '2020-05-01', '2020-04-01')).statusCode).toBe(422);
    expect((await add('X', '1/1', '2020-01-01', null, schemes.plan.id)).json()).toMatchObject({
      error: { code: 'FINANCE_SCHEME_HAS_NO_STAFF' },
    });
    const guards = (await finance()).schemes.find((s) => s.id === schemes.guards.id);
    expect(guards?.eligibleWageCents).toBe(504_000 + partial.yearCents);
    expect(guards?.pots.find((p) => p.key === 'wages')).toMatchObject({
      capCents: 504_000 + partial.yearCents,
      spentCents: 0,
    });
  });

  it('warns near a cap, refuses past it unless confirmed, and keeps evidence files', async () => {
    const file = (
      await coordinator.request({
        method: 'POST',
        url: '/api/files',
        payload: { name: 'factuur-uniformen.pdf', contentBase64: Buffer.from('%PDF-1.4 test').toString('base64') },
      })
    ).json<{ id: string }>();
    const ok = await expense({
      schemeId: schemes.activa.id,
      category: 'equipment',
      amountCents: 90_000,
      fileIds: [file.id],
      description: 'Uniformen',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      warning: null,
      pot: { key: 'equipment_training', capCents: 110_058, spentCents: 90_000, remainingCents: 20_058, state: 'ok' },
      expense: { fileIds: [file.id], overCap: false },
    });
    const near = await expense({ schemeId: schemes.activa.id, category: 'training', amountCents: 15_000 });
    expect(near.json()).toMatchObject({ warning: 'near_cap', pot: { remainingCents: 5_058, state: 'near' } });
    const refused = await expense({ schemeId: schemes.activa.id, category: 'training', amountCents: 10_000 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      error: {
        code: 'FINANCE_CAP_EXCEEDED',
        details: {
          pot: 'equipment_training',
          capCents: 110_058,
          spentCents: 105_000,
          remainingCents: 5_058,
          amountCents: 10_000,
          overByCents: 4_942,
        },
      },
    });
    const confirmed = await expense({
      schemeId: schemes.activa.id,
      category: 'training',
      amountCents: 10_000,
      confirmOverCap: true,
    });
    expect(confirmed.json()).toMatchObject({
      warning: 'over_cap',
      expense: { overCap: true },
      pot: { remainingCents: -4_942, state: 'over' },
    });
    expect(
      (await expense({ schemeId: schemes.guards.id, category: 'operating', amountCents: 100 })).json(),
    ).toMatchObject({ error: { code: 'FINANCE_CATEGORY_NOT_IN_SCHEME' } });
    expect(
      (
        await expense({ schemeId: schemes.guards.id, category: 'wages', amountCents: 100, spentOn: '2021-01-04' })
      ).json(),
    ).toMatchObject({ error: { code: 'FINANCE_DATE_OUTSIDE_YEAR' } });
    expect(
      (
        await expense({
          schemeId: schemes.guards.id,
          category: 'wages',
          amountCents: 100,
          fileIds: ['00000000-0000-4000-8000-000000000000'],
        })
      ).json(),
    ).toMatchObject({ error: { code: 'FILE_UNKNOWN' } });
    expect(
      (
        await expense({
          schemeId: schemes.plan.id,
          category: 'operating',
          amountCents: 1_250_000,
          description: 'Campagne inbraakpreventie',
        })
      ).statusCode,
    ).toBe(201);
    const overview = await finance();
    expect(overview.totals).toEqual({
      grantedCents: 81_055_307 + 4_271_457 + 1_622_058,
      spentCents: 90_000 + 15_000 + 10_000 + 1_250_000,
    });
  });

  it('reconciles the multi-year plan with the expected subsidy and flags Mechelen’s €899', async () => {
    const line = await coordinator.request({
      method: 'PUT',
      url: '/api/finance/budget-lines',
      payload: {
        year: 2020,
        code: 'MJP003608',
        label: 'Extra contingenten gemeenschapswachten',
        budgetCents: 5_983_300,
        councilEstimateCents: 5_893_400,
        schemeNames: ['Gemeenschapswachten 346', 'ACTIVA'],
      },
    });
    expect(line.json()).toMatchObject({
      expectedCents: 5_893_515,
      differenceCents: 89_785,
      councilDifferenceCents: 89_900,
      flagged: true,
    });
    const plan = await coordinator.request({
      method: 'PUT',
      url: '/api/finance/budget-lines',
      payload: {
        year: 2020,
        code: 'MJP003632',
        label: 'SVPP',
        budgetCents: 81_056_000,
        councilEstimateCents: 81_056_000,
        schemeNames: ['SVPP'],
      },
    });
    expect(plan.json()).toMatchObject({
      expectedCents: 81_055_307,
      differenceCents: 693,
      councilDifferenceCents: 0,
      flagged: true,
    });
    expect((await finance()).budgetLines.map((l) => l.code)).toEqual(['MJP003608', 'MJP003632']);
  });

  it('records the decisions of the plan in order, each dated with its document', async () => {
    const step = (step: string, decidedOn: string, subjectKey = version.id, subjectKind = 'plan_version') =>
      coordinator.request({
        method: 'PUT',
        url: '/api/decisions',
        payload: { subjectKind, subjectKey, step, decidedOn, reference: `${step} ${decidedOn}` },
      });
    expect((await step('council_approval', '2020-04-27')).json()).toMatchObject({
      error: { code: 'DECISION_STEP_OUT_OF_ORDER' },
    });
    const minutes = (
      await coordinator.request({
        method: 'POST',
        url: '/api/files',
        payload: { name: 'collegebesluit.pdf', contentBase64: Buffer.from('%PDF-1.4 besluit').toString('base64') },
      })
    ).json<{ id: string }>();
    const college = await coordinator.request({
      method: 'PUT',
      url: '/api/decisions',
      payload: {
        subjectKind: 'plan_version',
        subjectKey: version.id,
        step: 'college_referral',
        decidedOn: '2020-03-16',
        reference: 'Collegebesluit 16 maart 2020 – punt 71',
        fileId: minutes.id,
      },
    });
    expect(college.json()).toMatchObject({
      stage: 'college_referral',
      next: 'council_approval',
      due: '2020-03-31',
      steps: [
        { step: 'college_referral', decidedOn: '2020-03-16', fileId: minutes.id },
        { decidedOn: null },
        { decidedOn: null },
      ],
    });
    expect((await step('council_approval', '2020-03-01')).statusCode).toBe(409); // before the college
    expect((await step('council_approval', '2020-04-27')).json()).toMatchObject({
      stage: 'council_approval',
      next: 'ministry_submission',
    });
    expect((await step('ministry_submission', '2020-04-30')).json()).toMatchObject({
      stage: 'ministry_submission',
      next: null,
    });
    expect((await step('college_referral', '2020-03-01', 'finance:2019', 'report')).statusCode).toBe(200);
    expect((await step('college_referral', '2020-03-01', 'nonsense', 'report')).json()).toMatchObject({
      error: { code: 'DECISION_SUBJECT_UNKNOWN' },
    });
    const paths = (
      await (await t.login('viewer@mechelen.test')).request({ method: 'GET', url: '/api/decisions' })
    ).json<{ paths: DecisionPath[] }>().paths;
    expect(paths.find((p) => p.subjectKey === version.id)).toMatchObject({
      subjectKind: 'plan_version',
      stage: 'ministry_submission',
    });
    expect(paths.map((p) => p.subjectKey)).toEqual(
      expect.arrayContaining(['evaluation:2020', 'activity:2020', 'finance:2020', 'finance:2019']),
    );
    expect(
      (
        await (
          await t.login('staff@mechelen.test')
        ).request({
          method: 'PUT',
          url: '/api/decisions',
          payload: {
            subjectKind: 'report',
            subjectKey: 'finance:2020',
            step: 'college_referral',
            decidedOn: '2021-02-01',
            reference: 'x',
          },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('lets the college read the justification and keeps money from staff and guards', async () => {
    const viewer = await t.login('viewer@mechelen.test');
    expect((await finance(viewer)).schemes).toHaveLength(3);
    expect((await viewer.request({ method: 'POST', url: '/api/finance/budget-lines', payload: {} })).statusCode).toBe(
      404,
    );
    expect(
      (
        await viewer.request({
          method: 'PUT',
          url: '/api/finance/budget-lines',
          payload: { year: 2020, code: 'MJP1', label: 'x', budgetCents: 1, schemeNames: ['x'] },
        })
      ).statusCode,
    ).toBe(403);
    for (const role of ['staff', 'guard']) {
      const agent = await t.login(`${role}@mechelen.test`);
      expect((await agent.request({ method: 'GET', url: '/api/finance' })).statusCode).toBe(403);
      expect(
        (await agent.request({ method: 'GET', url: '/api/reports/finance?year=2020&format=xlsx' })).statusCode,
      ).toBe(403);
    }
  });

  it('writes the yearly financial justification as XLSX, DOCX and PDF in nl and fr', async () => {
    const viewer = await t.login('viewer@mechelen.test');
    const xlsx = await viewer.request({ method: 'GET', url: '/api/reports/finance?year=2020&format=xlsx&lang=nl' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('svpp-finance-mechelen-2020.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = book.worksheets.flatMap((sheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])),
    );
    expect(cells).toEqual(
      expect.arrayContaining(['MJP003608', 'Gemeenschapswachten 346', 'Gemeenschapswacht B', 'Aan te passen']),
    );
    for (const [format, lang] of [
      ['docx', 'nl'],
      ['pdf', 'fr'],
      ['docx', 'fr'],
      ['pdf', 'nl'],
    ] as const) {
      const file = await viewer.request({
        method: 'GET',
        url: `/api/reports/finance?year=2020&format=${format}&lang=${lang}`,
      });
      expect(file.statusCode, `${format} ${lang}`).toBe(200);
      expect(file.rawPayload.length).toBeGreaterThan(3000);
    }
  });

  it('feeds an indicator on agreements from a cooperation agreement, and puts its reviews in the calendar', async () => {
    const partner = (
      await coordinator.request({
        method: 'POST',
        url: '/api/partners',
        payload: { name: 'Jeugdhuis (synthetisch)', kind: 'non_profit' },
      })
    ).json<{ id: string }>();
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: '/api/partners',
          payload: { name: 'Jeugdhuis (synthetisch)', kind: 'non_profit' },
        })
      ).json(),
    ).toMatchObject({ error: { code: 'PARTNER_EXISTS' } });
    await coordinator.request({ method: 'POST', url: '/api/indicators/proposals', payload: {} });
    const overview = async () =>
      (
        await coordinator.request({ method: 'GET', url: '/api/indicators/overview?year=2020&asOf=2020-06-15' })
      ).json<Overview>();
    // The indicator counts approved documents of its own subject (this kind of agreement); the agreement names it.
    const indicator = allIndicators(await overview()).find((i) =>
      /samenwerkingsovereenkomst met meetbare doelstellingen/i.test(i.text),
    );
    expect(indicator?.proposal?.link).toMatchObject({
      mode: 'query',
      query: { typeKey: 'document', statuses: ['approved'] },
    });
    expect(indicator?.proposal?.link.mode === 'query' ? indicator.proposal.link.query.subjectId : undefined).toEqual(
      expect.stringMatching(/^[0-9a-f-]{36}$/),
    );
    const subjectId = indicator?.proposal?.link.mode === 'query' ? indicator.proposal.link.query.subjectId : undefined;
    const agreement = await coordinator.request({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        partnerId: partner.id,
        title: 'Inzet mobiele jeugdwerkers',
        objectives: ['Minstens 40 bemiddelingen per jaar', 'Halfjaarlijks overleg met stad en politie'],
        rhythm: 'half_yearly',
        signedOn: '2020-01-15',
        subjectId,
      },
    });
    expect(agreement.statusCode).toBe(201);
    expect(agreement.json()).toMatchObject({
      partnerName: 'Jeugdhuis (synthetisch)',
      nextReviewOn: '2020-07-15',
      reviews: [{ dueOn: '2020-07-15', reviewedOn: null }, { dueOn: '2021-01-15' }],
    }); // up to a year ahead
    await coordinator.request({
      method: 'POST',
      url: '/api/indicators/proposals/confirm',
      payload: { indicatorIds: [indicator?.id] },
    });
    expect(allIndicators(await overview()).find((i) => i.id === indicator?.id)).toMatchObject({ value: 1 });
    const calendar = (
      await coordinator.request({ method: 'GET', url: '/api/calendar?from=2020-07-01&to=2020-07-31' })
    ).json<{ deadlines: { id: string; source: string; done: boolean }[] }>();
    expect(calendar.deadlines.filter((d) => d.source === 'agreement')).toMatchObject([{ done: false }]);
    const id = agreement.json<{ id: string }>().id;
    const reviewed = await coordinator.request({
      method: 'POST',
      url: `/api/agreements/${id}/reviews`,
      payload: { dueOn: '2020-07-15', reviewedOn: '2020-07-10', notes: '38 bemiddelingen' },
    });
    expect(reviewed.json()).toMatchObject({ nextReviewOn: '2021-01-15' });
  });
});
