import { createHash } from 'node:crypto';
import type { SignedInActor } from '../../../shared/access/roles.js';
import type {
  PaymentImportBody,
  PaymentImportResult,
  PaymentLine,
  PaymentMatch,
} from '../../../shared/api/enforcement-procedure.schema.js';
import { checkClose, checkStep } from '../../../shared/cases/case-engine.js';
import { gasProcedure } from '../../../shared/enforcement/procedure.js';
import { parseCommunication } from '../../../shared/enforcement/structured-communication.js';
import type { GasFindingStepTable, GasFindingTable } from '../../db/schema.js';
import { decodeBase64Strict } from '../../adapters/upload-policy.js';
import { newId } from '../../adapters/tokens.js';
import { auditFor } from '../audit/audit.service.js';
import type { ServiceDeps } from '../context.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';
import { type CamtEntry, parseCamt053 } from './camt.js';
import { EnforcementRepository } from './enforcement.repository.js';
import { GasImportRepository } from './gas-import.repository.js';
import { PaymentRepository } from './payments.repository.js';
import { ProcedureRepository } from './procedure.repository.js';
import { stateOf } from './procedure.service.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;

type Reading = { digits: string | null; invalid: boolean };

/** A communication written inside free text: "Boete +++260/0000/00271+++", "260/0000/00271", twelve digits. */
const inText = /(?:\+{3}|\*{3})?\s*(\d{3})\s*[/.-]?\s*(\d{4})\s*[/.-]?\s*(\d{5})\s*(?:\+{3}|\*{3})?/;

/** The structured communication an entry carries: from the structured reference, else found in the free text. */
export function communicationOf(entry: Pick<CamtEntry, 'structured' | 'unstructured'>): Reading {
  for (const text of [entry.structured, entry.unstructured]) {
    if (text === null) continue;
    const whole = parseCommunication(text);
    if (whole.ok) return { digits: whole.digits, invalid: false };
    if (whole.reason === 'check_digits') return { digits: null, invalid: true };
    const found = inText.exec(text);
    if (found) {
      const reading = parseCommunication(`${found[1]}${found[2]}${found[3]}`);
      if (reading.ok) return { digits: reading.digits, invalid: false };
      return { digits: null, invalid: true };
    }
  }
  return { digits: null, invalid: false };
}

interface Classified {
  entry: CamtEntry;
  line: PaymentLine;
  finding: GasFindingTable | null;
  /** Paid in full by this entry: step paid and close 'paid' on `paidOn`. */
  closes: boolean;
  paidOn: string;
}

/**
 * Bank statements (CAMT.053) matched by structured communication within the tenant's scope (its own findings and
 * its members'). An entry counts once (its bank reference); partial, over-paid, unmatched entries and wrong check
 * digits are listed. A finding paid in full gets the step `paid` and is closed as paid.
 */
export class PaymentImportService {
  constructor(private readonly deps: Deps) {}

  private classify(
    entries: CamtEntry[],
    existing: Set<string>,
    findings: Map<string, GasFindingTable>,
    stepsByFinding: Map<string, GasFindingStepTable[]>,
    today: string,
  ): { lines: Classified[]; duplicates: number } {
    const seen = new Set(existing);
    const running = new Map<string, number>();
    const lines: Classified[] = [];
    let duplicates = 0;
    for (const entry of entries) {
      if (seen.has(entry.entryReference)) {
        duplicates++;
        continue;
      }
      seen.add(entry.entryReference);
      const reading = communicationOf(entry);
      const finding = entry.currency === 'EUR' && reading.digits ? (findings.get(reading.digits) ?? null) : null;
      let match: PaymentMatch = reading.invalid ? 'invalid' : 'unmatched';
      let closes = false;
      if (finding) {
        const before = running.get(finding.id) ?? Number(finding.paid_cents);
        const after = before + entry.amountCents;
        running.set(finding.id, after);
        const due = finding.amount_cents === null ? 0 : Number(finding.amount_cents);
        if (finding.closed_on !== null || (due > 0 && before >= due)) match = 'overpaid';
        else if (due === 0 || after < due) match = 'partial';
        else {
          match = after === due ? 'matched' : 'overpaid';
          const steps = stepsByFinding.get(finding.id) ?? [];
          closes = this.mayClose(finding, steps, this.paidOn(steps, entry.bookedOn, today), today);
        }
      }
      lines.push({
        entry,
        finding,
        closes,
        paidOn: finding ? this.paidOn(stepsByFinding.get(finding.id) ?? [], entry.bookedOn, today) : entry.bookedOn,
        line: {
          entryReference: entry.entryReference,
          bookedOn: entry.bookedOn,
          amountCents: entry.amountCents,
          communication: entry.structured ?? entry.unstructured,
          match,
          code: reading.invalid ? 'GAS_COMMUNICATION_INVALID' : null,
          findingId: finding?.id ?? null,
          findingReference: finding?.reference ?? null,
        },
      });
    }
    return { lines, duplicates };
  }

  /**
   * The day of the paid step: the booking day, but never before the finding's last step (a payment booked before
   * the decision is recorded on the decision's day) nor after today.
   */
  private paidOn(steps: readonly GasFindingStepTable[], bookedOn: string, today: string): string {
    const earliest = steps.map((s) => s.done_on).reduce((a, b) => (a > b ? a : b), '');
    return bookedOn < earliest ? earliest : bookedOn > today ? today : bookedOn;
  }

  private mayClose(finding: GasFindingTable, steps: GasFindingStepTable[], on: string, today: string): boolean {
    const state = stateOf(finding, steps);
    if (!checkStep(gasProcedure, state, { stepKey: 'paid', doneOn: on }, today).ok) return false;
    const after = { ...state, steps: [...state.steps, { stepKey: 'paid', doneOn: on, outcome: null, hours: null }] };
    return checkClose(gasProcedure, after, 'paid', on, today).ok;
  }

  async run(actor: SignedInActor, body: PaymentImportBody): Promise<PaymentImportResult> {
    const { db, clock } = this.deps;
    const content = decodeBase64Strict(body.contentBase64);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const statement = parseCamt053(content);
    const empty: PaymentImportResult = {
      dryRun: body.dryRun,
      repeated: true,
      entries: statement.entries.length,
      skipped: statement.skipped,
      duplicates: statement.entries.length,
      matched: 0,
      partial: 0,
      overpaid: 0,
      unmatched: 0,
      invalid: 0,
      closed: 0,
      imported: 0,
      lines: [],
    };
    const reading = new PaymentRepository(db.kysely);
    if (await new GasImportRepository(db.kysely).bySha(actor.municipalityId, 'payments', sha256)) return empty;
    const today = await municipalityToday(this.deps, actor.municipalityId);
    const scope = await new EnforcementRepository(db.kysely).scopeOf(actor.municipalityId);
    const digits = statement.entries.map((e) => communicationOf(e).digits).filter((d): d is string => d !== null);
    const references = statement.entries.map((e) => e.entryReference);

    const prepare = async (repository: PaymentRepository, enforcement: EnforcementRepository, lock: boolean) => {
      const findings = await repository.byCommunication(scope, digits, lock);
      const steps = new Map<string, GasFindingStepTable[]>();
      for (const finding of findings.values()) {
        steps.set(finding.id, await enforcement.stepsOf(finding.municipality_id, finding.id));
      }
      const existing = await repository.existingEntries(actor.municipalityId, references);
      return this.classify(statement.entries, existing, findings, steps, today);
    };
    const summary = (classified: { lines: Classified[]; duplicates: number }, imported: number) => {
      const count = (match: PaymentMatch) => classified.lines.filter((l) => l.line.match === match).length;
      return {
        dryRun: body.dryRun,
        repeated: false,
        entries: statement.entries.length,
        skipped: statement.skipped,
        duplicates: classified.duplicates,
        matched: count('matched'),
        partial: count('partial'),
        overpaid: count('overpaid'),
        unmatched: count('unmatched'),
        invalid: count('invalid'),
        closed: classified.lines.filter((l) => l.closes).length,
        imported,
        lines: classified.lines.filter((l) => l.line.match !== 'matched').map((l) => l.line),
      };
    };

    if (body.dryRun) return summary(await prepare(reading, new EnforcementRepository(db.kysely), false), 0);

    const now = clock.now().toISOString();
    const importId = newId();
    return db.kysely.transaction().execute(async (trx) => {
      const repository = new PaymentRepository(trx);
      const procedure = new ProcedureRepository(trx);
      const enforcement = new EnforcementRepository(trx);
      const file = {
        id: importId,
        kind: 'payments' as const,
        sha256,
        fileName: body.filename,
        rowsTotal: statement.entries.length,
      };
      const recorded = await new GasImportRepository(trx).record(actor, file, now);
      if (!recorded) return { ...empty, dryRun: false };
      // Decided on the locked findings: two statements at once add up, and close a finding once.
      const classified = await prepare(repository, enforcement, true);
      let imported = 0;
      for (const item of classified.lines) {
        const inserted = await repository.insertPayment({
          id: newId(),
          municipality_id: actor.municipalityId,
          import_id: importId,
          entry_reference: item.entry.entryReference,
          booked_on: item.entry.bookedOn,
          amount_cents: item.entry.amountCents,
          structured_communication: item.finding?.structured_communication ?? null,
          communication: item.line.communication?.slice(0, 500) ?? null,
          finding_id: item.finding?.id ?? null,
          match: item.line.match,
          created_at: now,
        });
        if (!inserted) continue;
        imported++;
        if (!item.finding) continue;
        await repository.addPaid(item.finding.id, item.entry.amountCents, item.entry.bookedOn, now);
        if (!item.closes) continue;
        const on = item.paidOn;
        await enforcement.insertSteps([
          {
            id: newId(),
            municipality_id: item.finding.municipality_id,
            finding_id: item.finding.id,
            step_key: 'paid',
            done_on: on,
            outcome: null,
            batch_id: importId,
            note: null,
            created_by: actor.userId || null,
            created_at: now,
          },
        ]);
        await procedure.updateFinding(item.finding.id, {
          status: 'closed',
          closed_on: on,
          close_reason: 'paid',
          updated_at: now,
        });
      }
      await new GasImportRepository(trx).setCounts(importId, { imported, duplicates: classified.duplicates });
      const result = summary(classified, imported);
      await auditFor(this.deps, actor)(trx, 'enforcement.payments.import', 'gas_import', importId, {
        after: {
          file: body.filename,
          sha256,
          entries: result.entries,
          matched: result.matched,
          partial: result.partial,
          overpaid: result.overpaid,
          unmatched: result.unmatched,
          invalid: result.invalid,
          closed: result.closed,
        },
      });
      return result;
    });
  }

  /** Payments someone must look at (partial, over, unmatched, wrong check digit), newest first. */
  async open(actor: SignedInActor): Promise<PaymentLine[]> {
    const rows = await new PaymentRepository(this.deps.db.kysely).openPayments(actor.municipalityId, 500);
    return rows.map((p) => ({
      entryReference: p.entry_reference,
      bookedOn: p.booked_on,
      amountCents: Number(p.amount_cents),
      communication: p.communication,
      match: p.match as PaymentMatch,
      code: p.match === 'invalid' ? 'GAS_COMMUNICATION_INVALID' : null,
      findingId: p.finding_id,
      findingReference: p.finding_reference,
    }));
  }
}
