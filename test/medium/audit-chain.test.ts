import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditRepository } from '../../src/server/features/audit/audit.repository.js';
import { verifyAuditLog } from '../../src/server/features/audit/audit.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const run = promisify(execFile);

describe.each(dialects)('audit hash chain on %s', (dialect) => {
  let t: TestApp;
  let alpha: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    alpha = await t.seedMunicipality('alpha');
    await t.seedMunicipality('beta');
  });
  afterEach(() => t.close());

  const verify = () => verifyAuditLog(t.database.db.kysely, dialect);

  it('keeps one gap-free chain per municipality and verifies it', async () => {
    const result = await verify();
    expect(result.problems).toEqual([]);
    expect(result.chains).toBe(2);
    // municipality.create + one user per role (6) in each municipality
    expect(result.records).toBe(14);
  });

  it('detects a changed record', async () => {
    await AuditRepository.tamperForTest(t.database.db.kysely).changeAction(alpha, 3, 'user.delete');
    expect((await verify()).problems).toEqual([{ municipalityId: alpha, seq: 3, problem: 'hash_mismatch' }]);
  });

  it('detects a removed record in the middle and at the end', async () => {
    const tamper = AuditRepository.tamperForTest(t.database.db.kysely);
    await tamper.remove(alpha, 2);
    expect((await verify()).problems).toEqual(
      expect.arrayContaining([{ municipalityId: alpha, seq: 2, problem: 'gap' }]),
    );
    await tamper.remove(alpha, 7);
    expect((await verify()).problems).toEqual(
      expect.arrayContaining([{ municipalityId: alpha, seq: 7, problem: 'head_mismatch' }]),
    );
  });

  it('chains concurrent writes without losing or forking a record', async () => {
    const admin = await t.login('admin@alpha.test');
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        admin.request({
          method: 'POST',
          url: '/api/users',
          payload: { email: `c${i}@alpha.test`, displayName: `C ${i}`, role: 'staff', password: 'a-long-password-1' },
        }),
      ),
    );
    const result = await verify();
    expect(result.problems).toEqual([]);
    expect(result.records).toBe(14 + 1 + 12);
  });
});

describe('svpp audit verify (CLI)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-cli-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const svpp = (...args: string[]) =>
    run('npx', ['tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, SVPP_DATA_DIR: dataDir, DATABASE_URL: '' },
    });

  it('exits 0 on an intact log and non-zero when a record was changed', async () => {
    await svpp(
      'user',
      'create',
      '--email',
      'a@gamma.test',
      '--password',
      'a-long-password-1',
      '--role',
      'admin',
      '--municipality',
      'gamma',
    );
    const ok = await svpp('audit', 'verify');
    expect(ok.stdout).toContain('audit log intact: 2 records');
    const { openDatabase, sqliteFileIn } = await import('../../src/server/db/database.js');
    const db = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
    const municipality = await db.kysely.selectFrom('municipality').select('id').executeTakeFirstOrThrow();
    await AuditRepository.tamperForTest(db.kysely).changeAction(municipality.id, 1, 'nothing.happened');
    await db.close();
    const failed = await svpp('audit', 'verify').then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(3);
    expect(failed?.stderr).toContain('hash_mismatch');
  }, 60_000);
});
