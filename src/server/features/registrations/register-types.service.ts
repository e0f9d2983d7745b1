import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type { RegisterType } from '../../../shared/api/registrations.schema.js';
import { builtinRegisterType, builtinRegisterTypes } from '../../../shared/indicators/builtin-register-types.js';
import {
  type RegisterTypeDefinition,
  registerTypeDefinitionSchema,
} from '../../../shared/indicators/register-fields.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { RegistrationRepository } from './registration.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;

/** Built-in registers (in code, the same everywhere) and a municipality's own registers (in the database). */
export class RegisterTypeService {
  constructor(private readonly deps: Deps) {}

  async list(actor: Actor): Promise<RegisterType[]> {
    const custom = await new RegistrationRepository(this.deps.db.kysely).customTypes(actor.municipalityId);
    return [
      ...builtinRegisterTypes.map((definition) => ({ key: definition.key, builtin: true, active: true, definition })),
      ...custom.map((row) => ({
        key: row.key,
        builtin: false,
        active: Number(row.active) === 1,
        definition: registerTypeDefinitionSchema.parse(JSON.parse(row.definition_json)),
      })),
    ];
  }

  /** The active definition of a register, or REGISTER_TYPE_UNKNOWN. */
  async resolve(municipalityId: string, key: string): Promise<RegisterTypeDefinition> {
    const builtin = builtinRegisterType(key);
    if (builtin) return builtin;
    const row = await new RegistrationRepository(this.deps.db.kysely).customType(municipalityId, key);
    if (!row || Number(row.active) !== 1) throw new AppError('REGISTER_TYPE_UNKNOWN', { typeKey: key });
    return registerTypeDefinitionSchema.parse(JSON.parse(row.definition_json));
  }

  async create(actor: SignedInActor, definition: RegisterTypeDefinition): Promise<RegisterType> {
    const { db, clock } = this.deps;
    if (builtinRegisterType(definition.key)) throw new AppError('REGISTER_TYPE_EXISTS');
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new RegistrationRepository(trx);
      if (await repository.customType(actor.municipalityId, definition.key)) throw new AppError('REGISTER_TYPE_EXISTS');
      const now = clock.now().toISOString();
      const id = newId();
      await repository.insertType({
        id,
        municipality_id: actor.municipalityId,
        key: definition.key,
        definition_json: JSON.stringify(definition),
        active: 1,
        created_at: now,
        updated_at: now,
      });
      await auditFor({ db, clock }, actor)(trx, 'register_type.create', 'register_type', id, { after: definition });
    });
    return { key: definition.key, builtin: false, active: true, definition };
  }

  async update(
    actor: SignedInActor,
    key: string,
    changes: {
      active?: boolean | undefined;
      definition?: RegisterTypeDefinition | undefined;
      labels?: RegisterTypeDefinition['labels'] | undefined;
    },
  ): Promise<RegisterType> {
    const { db, clock } = this.deps;
    if (builtinRegisterType(key)) throw new AppError('REGISTER_TYPE_BUILTIN');
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new RegistrationRepository(trx);
      const row = await repository.customType(actor.municipalityId, key);
      if (!row) throw new AppError('NOT_FOUND');
      const before = registerTypeDefinitionSchema.parse(JSON.parse(row.definition_json));
      // The key is the register's identity: a new definition keeps it.
      const definition = {
        ...(changes.definition ?? before),
        key,
        ...(changes.labels ? { labels: changes.labels } : {}),
      };
      const active = changes.active ?? Number(row.active) === 1;
      await repository.updateType(actor.municipalityId, key, {
        definition_json: JSON.stringify(definition),
        active: active ? 1 : 0,
        updated_at: clock.now().toISOString(),
      });
      await auditFor({ db, clock }, actor)(trx, 'register_type.update', 'register_type', row.id, {
        before: { definition: before, active: Number(row.active) === 1 },
        after: { definition, active },
      });
      return { key, builtin: false, active, definition };
    });
  }
}
