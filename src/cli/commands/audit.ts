import { verifyAuditLog } from '../../server/features/audit/audit.service.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../runtime.js';

/** `svpp audit verify`: exit 0 when every chain is intact, 3 with one line per problem otherwise. */
export async function auditCommand(args: string[]): Promise<void> {
  if (args[0] !== 'verify') throw new CliError('usage: svpp audit verify');
  const result = await withDatabase((db) => verifyAuditLog(db.kysely, db.dialect));
  if (result.problems.length === 0) {
    process.stdout.write(`audit log intact: ${result.records} records in ${result.chains} chain(s)\n`);
    return;
  }
  for (const p of result.problems) {
    process.stderr.write(`audit log broken: municipality ${p.municipalityId} seq ${p.seq}: ${p.problem}\n`);
  }
  throw new CliError(
    `audit log verification failed: ${result.problems.length} problem(s) in ${result.records} records`,
    3,
  );
}
