import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type {
  GasAgreement,
  GasAgreementInput,
  GasAgreementList,
  GasAgreementPatch,
  MunicipalityKind,
} from '../../../shared/api/enforcement-association.schema.js';
import { newId } from '../../adapters/tokens.js';
import type { GasAgreementTable } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { auditFor, processAudit } from '../audit/audit.service.js';
import type { ServiceDeps } from '../context.js';
import { type AgreementRow, AgreementRepository } from './agreements.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;

function present(row: AgreementRow): GasAgreement {
  return {
    id: row.id,
    associationId: row.municipality_id,
    associationName: row.association_name,
    memberId: row.member_municipality_id,
    memberName: row.member_name,
    memberSlug: row.member_slug,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    signedOn: row.signed_on,
  };
}

const asKind = (kind: string | undefined): MunicipalityKind =>
  kind === 'association' ? 'association' : 'municipality';

/**
 * The association's agreements (issue 18): an inter-municipal association (a tenant of kind `association`, marked by
 * the operator) records, dated, which municipalities entrusted it with their GAS cases. Its desk then sees their
 * findings for facts within those dates (EnforcementRepository.scopeOf); each member sees only its own and reads the
 * agreements naming it. A member has one association at a time: an overlapping agreement is refused, checked and
 * written under a lock on the member's row.
 */
export class AgreementService {
  constructor(private readonly deps: Deps) {}

  private repository(db = this.deps.db.kysely): AgreementRepository {
    return new AgreementRepository(db);
  }

  async list(actor: Actor): Promise<GasAgreementList> {
    const repository = this.repository();
    const [kind, own, entrusted] = await Promise.all([
      repository.kindOf(actor.municipalityId),
      repository.ofAssociation(actor.municipalityId),
      repository.ofMember(actor.municipalityId),
    ]);
    return { kind: asKind(kind), agreements: own.map(present), entrustedTo: entrusted.map(present) };
  }

  async create(actor: SignedInActor, input: GasAgreementInput): Promise<GasAgreement> {
    const { db, clock } = this.deps;
    const validTo = input.validTo ?? null;
    if (validTo !== null && validTo < input.validFrom) throw new AppError('GAS_AGREEMENT_DATES_INVALID');
    const id = newId();
    await db.kysely.transaction().execute(async (trx) => {
      const repository = this.repository(trx);
      if (asKind(await repository.kindOf(actor.municipalityId)) !== 'association') {
        throw new AppError('GAS_NOT_AN_ASSOCIATION');
      }
      const member = await repository.municipalityBySlug(input.memberSlug);
      if (!member || member.id === actor.municipalityId || asKind(member.kind) !== 'municipality') {
        throw new AppError('GAS_AGREEMENT_MEMBER_INVALID', { memberSlug: input.memberSlug });
      }
      await repository.lockMember(member.id);
      const clash = await repository.overlapping(member.id, input.validFrom, validTo, null);
      if (clash) throw overlap(clash);
      const row: GasAgreementTable = {
        id,
        municipality_id: actor.municipalityId,
        member_municipality_id: member.id,
        valid_from: input.validFrom,
        valid_to: validTo,
        signed_on: input.signedOn,
        created_at: clock.now().toISOString(),
      };
      await repository.insert(row);
      await auditFor({ db, clock }, actor)(trx, 'gas_agreement.create', 'gas_agreement', id, { after: row });
    });
    return this.get(actor, id);
  }

  async update(actor: SignedInActor, id: string, patch: GasAgreementPatch): Promise<GasAgreement> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = this.repository(trx);
      const before = await repository.find(actor.municipalityId, id);
      if (!before) throw new AppError('GAS_AGREEMENT_NOT_FOUND');
      const changes = {
        valid_from: patch.validFrom ?? before.valid_from,
        valid_to: patch.validTo === undefined ? before.valid_to : patch.validTo,
        signed_on: patch.signedOn ?? before.signed_on,
      };
      if (changes.valid_to !== null && changes.valid_to < changes.valid_from) {
        throw new AppError('GAS_AGREEMENT_DATES_INVALID');
      }
      await repository.lockMember(before.member_municipality_id);
      const clash = await repository.overlapping(
        before.member_municipality_id,
        changes.valid_from,
        changes.valid_to,
        id,
      );
      if (clash) throw overlap(clash);
      await repository.update(actor.municipalityId, id, changes);
      await auditFor({ db, clock }, actor)(trx, 'gas_agreement.update', 'gas_agreement', id, {
        before: { valid_from: before.valid_from, valid_to: before.valid_to, signed_on: before.signed_on },
        after: changes,
      });
    });
    return this.get(actor, id);
  }

  async remove(actor: SignedInActor, id: string): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = this.repository(trx);
      const before = await repository.find(actor.municipalityId, id);
      if (!before) throw new AppError('GAS_AGREEMENT_NOT_FOUND');
      await repository.remove(actor.municipalityId, id);
      await auditFor({ db, clock }, actor)(trx, 'gas_agreement.delete', 'gas_agreement', id, {
        before: present(before),
      });
    });
  }

  private async get(actor: Actor, id: string): Promise<GasAgreement> {
    const row = await this.repository().find(actor.municipalityId, id);
    if (!row) throw new AppError('GAS_AGREEMENT_NOT_FOUND');
    return present(row);
  }

  /**
   * The operator's switch (`svpp gas association`): marks a tenant as an association or back as a municipality.
   * A tenant that is a member of an association, or an association that still holds agreements, keeps its kind.
   */
  async setKind(municipalityId: string, kind: MunicipalityKind): Promise<void> {
    const { db, clock } = this.deps;
    const audit = processAudit({ db, clock }, municipalityId, 'system');
    await db.kysely.transaction().execute(async (trx) => {
      const repository = this.repository(trx);
      const before = asKind(await repository.kindOf(municipalityId));
      if (before === kind) return;
      if (kind === 'association' && (await repository.ofMember(municipalityId)).length > 0) {
        throw new AppError('GAS_AGREEMENT_MEMBER_INVALID');
      }
      if (kind === 'municipality' && (await repository.ofAssociation(municipalityId)).length > 0) {
        throw new AppError('GAS_NOT_AN_ASSOCIATION');
      }
      await repository.setKind(municipalityId, kind);
      await audit(trx, 'municipality.kind', 'municipality', municipalityId, {
        before: { kind: before },
        after: { kind },
      });
    });
  }
}

function overlap(clash: GasAgreementTable): AppError {
  return new AppError('GAS_AGREEMENT_OVERLAP', {
    agreementId: clash.id,
    validFrom: clash.valid_from,
    validTo: clash.valid_to,
  });
}
