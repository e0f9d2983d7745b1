import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  FindingImportResult,
  FindingList,
  GasCatalogue,
  RejectedFinding,
} from '../../src/shared/api/enforcement.schema.js';
import { parseCommunication } from '../../src/shared/enforcement/structured-communication.js';
import { seedGasCatalogue } from '../../src/server/features/enforcement/articles.seed.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

// The test clock starts on 2020-06-15T09:00Z (11:00 in Brussels); the catalogue runs from 2014-07-01 with six months
// of prescription, so facts before 2019-12-15 are prescribed.
const header = 'reference;observed_at;article;plate;country;street;number;lat;lon;observer;source;photos';
const grandPlace = '51,0279;4,4794';
const csv = (lines: string[], bom = true) =>
  Buffer.from(`${bom ? '\uFEFF' : ''}${[header, ...lines].join('\r\n')}\r\n`).toString('base64');
const good = [
  `CAM-0001;2020-06-10 08:15;C3;1-ABC-123;;Bruul;1;${grandPlace};camera Bruul;camera;2`,
  `CAM-0002;2020-06-10T22:40:00+02:00;F103;AB-123-CD;FR;IJzerenleen;;${grandPlace};camera IJzerenleen;camera;1`,
  'PV-0001;10/06/2020 14:05;KB 2014 art. 3.2;2-XYZ-987;BE;Veemarkt;4;;;INP 4711;police;0',
];
type Json = { error: { code: string; details?: { rejected?: RejectedFinding[]; columns?: string[] } } };

describe.each(dialects)('intake of findings on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let staff: Agent;
  let guard: Agent;
  let viewer: Agent;
  let lier: Agent;
  let mechelenId: string;
  let lierId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    mechelenId = await t.seedMunicipality('mechelen');
    lierId = await t.seedMunicipality('lier');
    await seedGasCatalogue({ db: t.database.db, clock: t.clock }, mechelenId);
    coordinator = await t.login('coordinator@mechelen.test');
    staff = await t.login('staff@mechelen.test');
    guard = await t.login('guard@mechelen.test');
    viewer = await t.login('viewer@mechelen.test');
    lier = await t.login('coordinator@lier.test');
  });
  afterAll(() => t.close());

  const upload = (agent: Agent, contentBase64: string, dryRun: boolean, filename = 'findings.csv') =>
    agent.request({
      method: 'POST',
      url: '/api/enforcement/finding-imports',
      payload: { filename, contentBase64, dryRun },
    });
  const list = async (agent: Agent, query = '') =>
    (await agent.request({ method: 'GET', url: `/api/enforcement/findings${query}` })).json<FindingList>();

  it('lists the catalogue with the amounts of the day, and seeding twice adds nothing', async () => {
    const catalogue = (
      await staff.request({ method: 'GET', url: '/api/enforcement/articles?on=2020-06-01' })
    ).json<GasCatalogue>();
    const amount = (code: string) => catalogue.articles.find((a) => a.article === code)?.amountCents;
    expect(amount('KB 2014 art. 2.1')).toBe(5_800);
    expect(amount('KB 2014 art. 3.2')).toBe(11_600);
    expect(amount('C3')).toBe(5_800);
    expect(amount('ABP art. 6')).toBeNull();
    expect(catalogue.articles.find((a) => a.article === 'C3')?.finders).toEqual(['camera', 'police']);
    expect(await seedGasCatalogue({ db: t.database.db, clock: t.clock }, mechelenId)).toEqual({
      articles: 0,
      amounts: 0,
    });
    expect((await viewer.request({ method: 'GET', url: '/api/enforcement/articles' })).statusCode).toBe(403);
  });

  it('manages articles and amounts: overlapping versions refused, validity ended, a new amount from a day', async () => {
    const input = {
      article: 'ABP art. 77',
      regulation: 'abp',
      category: 'abp',
      labels: { nl: 'Hinderlijk gedrag op de markt', fr: 'Comportement gênant au marché' },
      mixed: false,
      mediation: true,
      finders: ['police', 'guard'],
      prescriptionMonths: 6,
      validFrom: '2020-01-01',
    };
    expect((await staff.request({ method: 'POST', url: '/api/enforcement/articles', payload: input })).statusCode).toBe(
      403,
    );
    const created = await coordinator.request({ method: 'POST', url: '/api/enforcement/articles', payload: input });
    expect(created.statusCode).toBe(201);
    const twice = await coordinator.request({ method: 'POST', url: '/api/enforcement/articles', payload: input });
    expect([twice.statusCode, twice.json<Json>().error.code]).toEqual([409, 'GAS_ARTICLE_DUPLICATE']);
    const overlap = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/articles',
      payload: { ...input, article: 'abp  ART. 77', validFrom: '2020-03-01' },
    });
    expect([overlap.statusCode, overlap.json<Json>().error.code]).toEqual([409, 'GAS_ARTICLE_DUPLICATE']);
    const id = created.json<{ id: string }>().id;
    const ended = await coordinator.request({
      method: 'POST',
      url: `/api/enforcement/articles/${id}/end`,
      payload: { validTo: '2020-02-29' },
    });
    expect(ended.json()).toMatchObject({ validTo: '2020-02-29' });
    const before = await coordinator.request({
      method: 'POST',
      url: `/api/enforcement/articles/${id}/end`,
      payload: { validTo: '2019-12-31' },
    });
    expect([before.statusCode, before.json<Json>().error.code]).toEqual([422, 'GAS_ARTICLE_PERIOD_INVALID']);
    const next = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/articles',
      payload: { ...input, validFrom: '2020-03-01', labels: { nl: 'Hinderlijk gedrag', fr: 'Comportement gênant' } },
    });
    expect(next.statusCode).toBe(201);
    const patched = await coordinator.request({
      method: 'PATCH',
      url: `/api/enforcement/articles/${next.json<{ id: string }>().id}`,
      payload: { finders: ['police'] },
    });
    expect(patched.json()).toMatchObject({ finders: ['police'], article: 'ABP art. 77' });

    const amounts = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/amounts',
      payload: { category: 'cat1', validFrom: '2021-01-01', amountCents: 6_000 },
    });
    expect(amounts.statusCode).toBe(201);
    const cat1 = amounts
      .json<{ category: string; validFrom: string; validTo: string | null }[]>()
      .filter((a) => a.category === 'cat1');
    expect(cat1.map((a) => [a.validFrom, a.validTo])).toEqual([
      ['2014-07-01', '2020-12-31'],
      ['2021-01-01', null],
    ]);
    const again = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/amounts',
      payload: { category: 'cat1', validFrom: '2021-01-01', amountCents: 6_100 },
    });
    expect([again.statusCode, again.json<Json>().error.code]).toEqual([409, 'GAS_AMOUNT_DUPLICATE']);
  });

  it('checks a file in a dry run without writing, then imports it whole with wijk, hours and communications', async () => {
    const file = csv(good);
    const dry = await upload(staff, file, true);
    expect(dry.json<FindingImportResult>()).toMatchObject({
      dryRun: true,
      total: 3,
      accepted: 3,
      imported: 0,
      duplicates: 0,
      rejected: 0,
    });
    expect((await list(staff)).total).toBe(0);

    const real = await upload(staff, file, false);
    expect(real.json<FindingImportResult>()).toMatchObject({ imported: 3, duplicates: 0, rejected: 0 });
    const { items, total } = await list(staff);
    expect(total).toBe(3);
    const byRef = new Map(items.map((f) => [f.reference, f]));
    expect(byRef.get('CAM-0001')).toMatchObject({
      status: 'found',
      observedOn: '2020-06-10',
      observedAt: '2020-06-10T06:15:00.000Z',
      wijkCode: expect.any(String) as unknown,
      plate: '1-ABC-123',
      amountCents: 5_800,
      prescriptionOn: '2020-12-10',
      source: 'camera',
    });
    expect(byRef.get('PV-0001')).toMatchObject({ amountCents: 11_600, wijkCode: null, category: 'cat2' });
    expect(byRef.get('CAM-0002')).toMatchObject({ plate: 'AB123CD', plateCountry: 'FR' });
    const communications = items.map((f) => f.structuredCommunication);
    expect(new Set(communications).size).toBe(3);
    for (const c of communications) {
      expect(c).toMatch(/^\+\+\+20\d\/\d{4}\/\d{5}\+\+\+$/);
      expect(parseCommunication(c).ok).toBe(true);
    }
    const hours = await t.database.db.kysely
      .selectFrom('gas_finding')
      .select(['reference', 'observed_hour', 'observed_weekday', 'import_id'])
      .where('municipality_id', '=', mechelenId)
      .orderBy('reference')
      .execute();
    expect(hours.map((h) => [h.reference, Number(h.observed_hour), Number(h.observed_weekday)])).toEqual([
      ['CAM-0001', 8, 3],
      ['CAM-0002', 22, 3],
      ['PV-0001', 14, 3],
    ]);
    const audit = await t.database.db.kysely
      .selectFrom('audit_log')
      .select(['entity_id', 'after_json'])
      .where('municipality_id', '=', mechelenId)
      .where('action', '=', 'gas.findings.import')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.entity_id).toBe(hours[0]?.import_id);
    expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({ imported: 3, rows: 3 });
  });

  it('recognises a repeated file and a known reference: counted as duplicates, never written twice', async () => {
    const repeated = (await upload(staff, csv(good), false)).json<FindingImportResult>();
    expect(repeated).toMatchObject({ imported: 0, duplicates: 3, rejected: 0, repeatedFile: true });
    const mixed = csv([
      good[0] ?? '',
      `CAM-0003;2020-06-11 09:00;C3;1-DEF-456;;Bruul;3;${grandPlace};camera Bruul;camera;1`,
      `CAM-0003;2020-06-11 09:00;C3;1-DEF-456;;Bruul;3;${grandPlace};camera Bruul;camera;1`,
    ]);
    expect((await upload(staff, mixed, true)).json<FindingImportResult>()).toMatchObject({
      accepted: 1,
      duplicates: 2,
      imported: 0,
    });
    expect((await upload(staff, mixed, false)).json<FindingImportResult>()).toMatchObject({
      imported: 1,
      duplicates: 2,
      repeatedFile: false,
    });
    expect((await list(staff)).total).toBe(4);
  });

  it('lists every rejected row with its code and imports nothing while one row is wrong', async () => {
    const rows = [
      `OK-1;2020-06-12 10:00;C3;1-AAA-111;;Bruul;1;${grandPlace};camera;camera;1`,
      'BAD-1;2020-06-12 10:00;ABP art. 999;;;Bruul;1;;;INP 1;police;0',
      'BAD-2;2020-06-12 10:00;C3;1-AAA-112;;Bruul;1;;;INP 1;guard;0',
      'BAD-3;2019-11-30 10:00;C3;1-AAA-113;;Bruul;1;;;camera;camera;0',
      'BAD-4;2020-06-16 10:00;C3;1-AAA-114;;Bruul;1;;;camera;camera;0',
      'BAD-5;2020-06-12 10:00;C3;1-ABCD-12;;Bruul;1;;;camera;camera;0',
      'BAD-6;2020-06-12 10:00;C3;1-AAA-115;;Bruul;1;95,1;4,47;camera;camera;0',
      'BAD-7;2020-06-12 10:00;C3;1-AAA-116;;Brussel;1;50,8466;4,3517;camera;camera;0',
      'BAD-8;morgen;C3;1-AAA-117;;Bruul;1;;;camera;drone;veel',
      ';2020-06-12 10:00;C3;1-AAA-118;;Bruul;1;;;;camera;0',
      'BAD-10;2020-06-12 10:00;KB 2014 art. 3.1;;;Bruul;1;;;INP 1;police;0',
    ];
    const dry = (await upload(staff, csv(rows), true)).json<FindingImportResult>();
    expect(dry).toMatchObject({ total: 11, accepted: 1, rejected: 10, imported: 0 });
    const codes = Object.fromEntries(
      dry.rejectedRows.map((r) => [r.row, r.reasons.map((reason) => `${reason.field}:${reason.code}`)]),
    );
    expect(codes).toEqual({
      3: ['article:GAS_ARTICLE_UNKNOWN'],
      4: ['source:GAS_FINDER_NOT_ALLOWED'],
      5: ['observed_at:GAS_FINDING_PRESCRIBED'],
      6: ['observed_at:GAS_FINDING_IN_FUTURE'],
      7: ['plate:GAS_PLATE_INVALID'],
      8: ['lat:GAS_FINDING_POINT_INVALID'],
      9: ['lat:PLACE_OUTSIDE_MUNICIPALITY'],
      10: [
        'source:GAS_FINDING_SOURCE_INVALID',
        'observed_at:GAS_FINDING_TIME_INVALID',
        'photos:GAS_FINDING_PHOTOS_INVALID',
      ],
      11: ['reference:GAS_FINDING_FIELD_REQUIRED', 'observer:GAS_FINDING_FIELD_REQUIRED'],
      12: ['plate:GAS_FINDING_FIELD_REQUIRED'],
    });
    expect(dry.rejectedRows[0]?.reasons[0]?.message).toContain('catalogus');
    const real = await upload(staff, csv(rows), false);
    expect(real.statusCode).toBe(422);
    const error = real.json<Json>().error;
    expect(error.code).toBe('GAS_IMPORT_REJECTED');
    expect(error.details?.rejected).toHaveLength(10);
    expect((await list(staff)).total).toBe(4);

    const columns = await upload(staff, Buffer.from('reference;article\nX;C3\n').toString('base64'), true);
    expect([columns.statusCode, columns.json<Json>().error.code]).toEqual([422, 'GAS_IMPORT_COLUMNS_MISSING']);
    expect(columns.json<Json>().error.details?.columns).toEqual(['observed_at', 'observer', 'source']);
    const junk = await upload(staff, Buffer.from([0x50, 0x4b, 1, 2, 3]).toString('base64'), true, 'x.xlsx');
    expect(junk.statusCode).toBe(422);
    expect((await upload(viewer, csv(good), true)).statusCode).toBe(403);
  });

  it('reads XLSX, without a BOM, and filters and pages the list', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Vaststellingen');
    sheet.addRow(header.split(';'));
    sheet.addRow(['X-1', '2020-06-13 07:30', 'F103', '1-XLS-001', '', 'Bruul', 5, 51.0279, 4.4794, 'cam', 'camera', 0]);
    sheet.addRow(['X-2', '2020-06-13 07:31', 'F103', '1-XLS-002', '', 'Bruul', 5, 51.0279, 4.4794, 'cam', 'camera', 0]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    expect((await upload(staff, xlsx, false, 'cameras.xlsx')).json<FindingImportResult>()).toMatchObject({
      imported: 2,
    });
    expect((await list(staff, '?article=F103')).total).toBe(3);
    expect((await list(staff, '?source=police')).total).toBe(1);
    expect((await list(staff, '?status=found&from=2020-06-11&to=2020-06-13')).total).toBe(3);
    const page = await list(staff, '?limit=2&offset=2');
    expect([page.total, page.items.length]).toEqual([6, 2]);
    expect((await list(staff, '?status=closed')).total).toBe(0);
    const noBom = await upload(
      staff,
      csv([`N-1;2020-06-13 09:00;C3;1-NOB-001;;Bruul;1;${grandPlace};cam;camera;0`], false),
      false,
    );
    expect(noBom.json<FindingImportResult>().imported).toBe(1);
  });

  it('keeps each municipality to its own catalogue, findings and references', async () => {
    expect((await list(lier)).total).toBe(0);
    const withoutCatalogue = (await upload(lier, csv(good), true)).json<FindingImportResult>();
    expect(withoutCatalogue.rejectedRows.flatMap((r) => r.reasons.map((x) => x.code))).toEqual([
      'GAS_ARTICLE_UNKNOWN',
      'GAS_ARTICLE_UNKNOWN',
      'GAS_ARTICLE_UNKNOWN',
    ]);
    await seedGasCatalogue({ db: t.database.db, clock: t.clock }, lierId);
    // The same file and references in another municipality: neither a repeated file nor duplicates there (no
    // geometry ships for Lier, so the points stay unplaced).
    expect((await upload(lier, csv(good), false)).json<FindingImportResult>()).toMatchObject({
      imported: 3,
      duplicates: 0,
    });
    expect((await list(lier)).items.every((f) => f.municipalityId === lierId && f.wijkCode === null)).toBe(true);
    expect((await list(staff)).items.every((f) => f.municipalityId === mechelenId)).toBe(true);
    expect((await list(staff)).total).toBe(7);
  });

  it('lets a guard who is a vaststeller file a GAS finding into the same flow', async () => {
    const report = {
      observedAt: '2020-06-15T08:30:00Z',
      article: 'KB 2014 art. 3.1',
      plate: '1-GRD-001',
      street: 'Bruul',
      number: '20',
      lat: 51.0279,
      lon: 4.4794,
      photos: 1,
    };
    const post = (body: object) => guard.request({ method: 'POST', url: '/api/guards/gas-findings', payload: body });
    const refused = await post(report);
    expect([refused.statusCode, refused.json<Json>().error.code]).toEqual([403, 'GAS_VASTSTELLER_REQUIRED']);
    await coordinator.request({
      method: 'PUT',
      url: `/api/guards/guards/${guard.me.user.id}/vaststeller`,
      payload: { vaststeller: true },
    });
    const guardArticles = (await guard.request({ method: 'GET', url: '/api/guards/gas-articles' })).json<
      { article: string; finders: string[] }[]
    >();
    expect(guardArticles.map((a) => a.article)).toContain('KB 2014 art. 3.1');
    expect(guardArticles.every((a) => a.finders.includes('guard'))).toBe(true);
    expect(guardArticles.map((a) => a.article)).not.toContain('C3');
    const filed = await post({ ...report, reference: 'GW-2020-1' });
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({
      reference: 'GW-2020-1',
      source: 'guard',
      observer: 'guard@mechelen.test',
      status: 'found',
      amountCents: 11_600,
      wijkCode: expect.any(String) as unknown,
    });
    // The phone's outbox sends the same finding again (a lost answer): the stored one, not a second.
    const twice = await post({ ...report, reference: 'GW-2020-1' });
    expect([twice.statusCode, twice.json<{ id: string }>().id]).toEqual([200, filed.json<{ id: string }>().id]);
    // The same reference with other facts is another finding: refused.
    const other = await post({ ...report, reference: 'GW-2020-1', plate: '1-GRD-002' });
    expect([other.statusCode, other.json<Json>().error.code]).toEqual([409, 'GAS_FINDING_DUPLICATE']);
    const camera = await post({ ...report, article: 'C3' });
    expect([camera.statusCode, camera.json<Json>().error.code]).toEqual([422, 'GAS_FINDER_NOT_ALLOWED']);
    const generated = await post(report);
    expect(generated.json<{ reference: string }>().reference).toMatch(/^G-2020-/);
    expect((await list(staff, '?source=guard')).total).toBe(2);
    expect((await staff.request({ method: 'POST', url: '/api/guards/gas-findings', payload: report })).statusCode).toBe(
      403,
    );
  });

  it('stores a guard’s finding once when the outbox sends it twice, even at the same moment', async () => {
    const report = {
      reference: 'G-2020-0UTB0X01',
      observedAt: '2020-06-15T09:10:00+02:00',
      article: 'KB 2014 art. 3.1',
      plate: '1-OUT-001',
      street: 'Bruul',
      photos: 0,
    };
    const post = () => guard.request({ method: 'POST', url: '/api/guards/gas-findings', payload: report });
    const [first, second] = await Promise.all([post(), post()]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 201]);
    const third = await post();
    expect(third.statusCode).toBe(200);
    const ids = new Set([first, second, third].map((r) => r.json<{ id: string }>().id));
    expect(ids.size).toBe(1);
    const stored = await t.database.db.kysely
      .selectFrom('gas_finding')
      .select(['id', 'structured_communication'])
      .where('municipality_id', '=', mechelenId)
      .where('reference', '=', report.reference)
      .execute();
    expect(stored).toHaveLength(1);
    // A staff file carrying the same reference counts it as a duplicate, not a second finding.
    const row = `${report.reference};2020-06-15 09:10;KB 2014 art. 3.1;1-OUT-001;;Bruul;;;;INP 1;police;0`;
    expect((await upload(staff, csv([row]), false)).json<FindingImportResult>()).toMatchObject({
      imported: 0,
      duplicates: 1,
    });
  });

  it('numbers concurrent imports without a gap or a collision, each reference once', async () => {
    const file = (from: number, to: number, tag: string) =>
      csv(
        Array.from(
          { length: to - from },
          (_, i) =>
            `P-${from + i};2020-06-14 10:${String(i % 60).padStart(2, '0')};C3;1-PAR-${String(from + i).padStart(3, '0')};;Bruul;${tag};${grandPlace};cam;camera;0`,
        ),
      );
    const results = await Promise.all([
      upload(staff, file(0, 300, 'a'), false),
      upload(coordinator, file(200, 500, 'b'), false),
    ]);
    const bodies = results.map((r) => r.json<FindingImportResult>());
    expect(bodies.map((b) => b.imported + b.duplicates)).toEqual([300, 300]);
    expect(bodies[0]!.imported + bodies[1]!.imported).toBe(500);
    const rows = await t.database.db.kysely
      .selectFrom('gas_finding')
      .select(['structured_communication'])
      .where('municipality_id', '=', mechelenId)
      .where('reference', 'like', 'P-%')
      .execute();
    expect(rows).toHaveLength(500);
    expect(new Set(rows.map((r) => r.structured_communication)).size).toBe(500);
  });
});
