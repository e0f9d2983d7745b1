import type { SignedInActor } from '../../../shared/access/roles.js';
import type { SubjectExport } from '../../../shared/api/cases.schema.js';
import { addMonths } from '../../../shared/cases/case-engine.js';
import { caseTypeKeys, caseTypes } from '../../../shared/cases/case-types.js';
import type { FileStore } from '../../adapters/file-store.js';
import type { ServiceDeps } from '../context.js';
import { auditFor, processAudit } from '../audit/audit.service.js';
import { CaseRepository } from './case.repository.js';
import { presentStep } from './case.presenter.js';
import { VolunteerRepository } from './volunteer.repository.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { store: Pick<FileStore, 'remove'> };
const hourMs = 3_600_000;

/**
 * Privacy duties on case data: erasing personal data when a case type's retention period has passed since
 * closing (automatically, at most hourly per municipality, before any case read), and the data-subject export.
 */
export class CaseRetentionService {
  private readonly lastSweep = new Map<string, number>();

  constructor(private readonly deps: Deps) {}

  /** Runs the erasure unless it ran within the last hour (by the injected clock) for this municipality. */
  async sweepIfDue(municipalityId: string): Promise<void> {
    const now = this.deps.clock.now().getTime();
    const last = this.lastSweep.get(municipalityId);
    if (last !== undefined && now - last < hourMs && now >= last) return;
    this.lastSweep.set(municipalityId, now);
    await this.eraseExpired(municipalityId);
  }

  /** Erases the personal data of every case past its type's retention period; returns what was erased. */
  async eraseExpired(
    municipalityId: string,
  ): Promise<{ erasedCases: number; erasedPersons: number; erasedDocuments: number }> {
    const { db, clock } = this.deps;
    const today = await municipalityToday(this.deps, municipalityId);
    const at = clock.now().toISOString();
    const audit = processAudit({ db, clock }, municipalityId, 'retention');
    const result = { erasedCases: 0, erasedPersons: 0, erasedDocuments: 0 };
    for (const typeKey of caseTypeKeys) {
      const closedBefore = addMonths(today, -caseTypes[typeKey].retentionMonths);
      const expired = await new CaseRepository(db.kysely).expiredCases(municipalityId, typeKey, closedBefore);
      for (const row of expired) {
        const erased = await db.kysely.transaction().execute(async (trx) => {
          const done = await new CaseRepository(trx).erasePersonalData(municipalityId, row.id, at);
          await audit(trx, 'case.personal.erase', 'case', row.id, {
            after: {
              reference: row.reference,
              closed_on: row.closed_on,
              retention_months: caseTypes[typeKey].retentionMonths,
              persons: done.persons,
              documents: done.fileIds.length,
            },
          });
          return done;
        });
        // The bytes go after the commit: a failed transaction must not leave a case pointing at nothing.
        for (const fileId of erased.fileIds) await this.deps.store.remove(municipalityId, fileId);
        result.erasedCases += 1;
        result.erasedPersons += erased.persons;
        result.erasedDocuments += erased.fileIds.length;
      }
    }
    return result;
  }

  /** Every municipality's expired cases (the CLI and the server's hourly timer). */
  async eraseAllExpired(): Promise<number> {
    let erased = 0;
    for (const municipalityId of await new CaseRepository(this.deps.db.kysely).municipalitiesWithCases()) {
      erased += (await this.eraseExpired(municipalityId)).erasedCases;
    }
    return erased;
  }

  /**
   * Everything held about one person (GDPR art. 15): persons in cases with their case, steps and documents; volunteers.
   */
  async subjectExport(actor: SignedInActor, fullName: string, birthDate: string | null): Promise<SubjectExport> {
    const { db, clock } = this.deps;
    await this.sweepIfDue(actor.municipalityId);
    const repository = new CaseRepository(db.kysely);
    const persons = await repository.findPersons(actor.municipalityId, fullName.trim(), birthDate);
    const cases: SubjectExport['cases'] = [];
    for (const person of persons) {
      const row = await repository.findCase(actor.municipalityId, person.case_id);
      if (!row) continue;
      const [steps, documents] = await Promise.all([
        repository.stepsOf(actor.municipalityId, [row.id]),
        repository.documentsOf(actor.municipalityId, row.id),
      ]);
      cases.push({
        person: {
          id: person.id,
          role: person.role,
          position: person.position,
          pseudonym: `${person.role} ${person.position + 1}`,
          fullName: person.full_name,
          birthDate: person.birth_date,
          address: person.address,
          phone: person.phone,
          email: person.email,
          erased: person.erased_at !== null,
        },
        case: {
          id: row.id,
          reference: row.reference,
          typeKey: row.type_key,
          openedOn: row.opened_on,
          closedOn: row.closed_on,
          closeOutcome: row.close_outcome,
          summary: row.summary,
        },
        steps: steps.map((s) => presentStep(s, true)),
        documents: documents.map((d) => ({ fileId: d.file_id, name: d.name })),
      });
    }
    const volunteerRepository = new VolunteerRepository(db.kysely);
    const volunteers = await volunteerRepository.findByName(actor.municipalityId, fullName.trim());
    const intervisions = volunteers.length ? await volunteerRepository.intervisions(actor.municipalityId) : [];
    await db.kysely.transaction().execute((trx) =>
      auditFor({ db, clock }, actor)(trx, 'case.subject_export', 'case', null, {
        after: {
          cases: cases.map((c) => c.case.id),
          volunteers: volunteers.map((v) => v.id),
          with_birth_date: birthDate !== null,
        },
      }),
    );
    return {
      generatedAt: clock.now().toISOString(),
      query: { fullName, birthDate },
      cases,
      volunteers: volunteers.map((v) => ({
        id: v.id,
        fullName: v.full_name,
        startedOn: v.started_on,
        endedOn: v.ended_on,
        trainedOn: v.trained_on,
        intervisions: intervisions
          .filter((i) => i.volunteer_id === v.id)
          .map((i) => ({ month: i.month, attended: i.attended === 1 })),
      })),
    };
  }
}
