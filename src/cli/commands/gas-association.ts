import { parseArgs } from 'node:util';
import { systemClock } from '../../server/adapters/clock.js';
import { AgreementService } from '../../server/features/enforcement/agreements.service.js';
import { MunicipalityRepository } from '../../server/features/municipalities/municipality.repository.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../runtime.js';

const usage =
  'usage: svpp gas association --municipality M [--off] [--format json|text]\n' +
  '  marks the tenant M as an inter-municipal association (GASAM) that may hold agreements with member\n' +
  '  municipalities (--off: back to a municipality); then lists its agreements';

/** `svpp gas association --municipality M [--off]`: the operator's switch that makes a tenant an association. */
export async function gasAssociationCommand(args: string[]): Promise<void> {
  let values: { municipality?: string; off?: boolean; format?: string };
  try {
    values = parseArgs({
      args,
      allowPositionals: false,
      options: { municipality: { type: 'string' }, off: { type: 'boolean' }, format: { type: 'string' } },
    }).values;
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
  }
  if (!values.municipality) throw new CliError(usage, 2);
  const format = values.format ?? 'text';
  if (format !== 'json' && format !== 'text') throw new CliError(`--format must be json or text\n${usage}`, 2);
  await withDatabase(async (db) => {
    const municipality = await new MunicipalityRepository(db.kysely).findBySlug(values.municipality ?? '');
    if (!municipality) throw new CliError(`municipality "${values.municipality}" does not exist`);
    const service = new AgreementService({ db, clock: systemClock });
    try {
      await service.setKind(municipality.id, values.off ? 'municipality' : 'association');
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new CliError(
        code === 'GAS_AGREEMENT_MEMBER_INVALID'
          ? `${municipality.slug} is a member of an association: it cannot be one itself`
          : code === 'GAS_NOT_AN_ASSOCIATION'
            ? `${municipality.slug} still holds agreements: remove them first`
            : String(error),
      );
    }
    const list = await service.list({ userId: '', role: 'admin', municipalityId: municipality.id });
    if (format === 'json') {
      process.stdout.write(
        `${JSON.stringify({ municipality: municipality.slug, kind: list.kind, agreements: list.agreements })}\n`,
      );
      return;
    }
    process.stdout.write(`${municipality.slug}: ${list.kind}\n`);
    for (const a of list.agreements) {
      process.stdout.write(`  ${a.memberSlug}\t${a.validFrom} – ${a.validTo ?? ''}\tsigned ${a.signedOn}\n`);
    }
  });
}
