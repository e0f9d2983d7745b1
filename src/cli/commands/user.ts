import { parseArgs } from 'node:util';
import { isRole, roles } from '../../shared/access/roles.js';
import { createUserBodySchema } from '../../shared/api/users.schema.js';
import { systemClock } from '../../server/adapters/clock.js';
import { argon2idHasher } from '../../server/adapters/passwords.js';
import { UserService } from '../../server/features/users/user.service.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../runtime.js';

/** `svpp user create --email E --password P --role R --municipality M [--name N]` */
export async function userCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'create') {
    throw new CliError(
      'usage: svpp user create --email E --password P --role R --municipality M [--name "Display Name"]',
    );
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      municipality: { type: 'string' },
      name: { type: 'string' },
      locale: { type: 'string' },
    },
  });
  const { email, password, role, municipality } = values;
  if (!email || !password || !role || !municipality) {
    throw new CliError('user create needs --email, --password, --role and --municipality');
  }
  if (!isRole(role)) throw new CliError(`--role must be one of ${roles.join(', ')}`);
  const parsed = createUserBodySchema.safeParse({
    email,
    password,
    role,
    displayName: values.name ?? email.split('@')[0],
    locale: values.locale ?? 'nl',
  });
  if (!parsed.success) {
    throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  await withDatabase(async (db) => {
    const service = new UserService({ db, clock: systemClock, hasher: argon2idHasher });
    const { user, municipalityCreated } = await service.createWithMunicipality(municipality, parsed.data);
    process.stdout.write(
      `${municipalityCreated ? `created municipality ${municipality}\n` : ''}created user ${user.email} (${user.role}) in ${municipality}\n`,
    );
  });
}
