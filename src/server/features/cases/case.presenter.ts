import { pseudonymFor } from '../../../shared/cases/case-privacy.js';
import type { CaseTypeDefinition } from '../../../shared/cases/case-types.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { PersonRow, StepRow } from './case.repository.js';

/** A person's role in the reader's language ("Ouder", "Parent"), which the pseudonym is made of. */
export function personRoleLabel(type: CaseTypeDefinition, role: string, locale: Locale): string {
  return type.personRoles.find((r) => r.key === role)?.labels[locale] ?? role;
}

export function presentPerson(p: PersonRow, namesVisible: boolean, roleLabel: string) {
  const show = namesVisible && p.erased_at === null;
  return {
    id: p.id,
    role: p.role,
    position: p.position,
    pseudonym: pseudonymFor(roleLabel, p.position),
    fullName: show ? p.full_name : null,
    birthDate: show ? p.birth_date : null,
    address: show ? p.address : null,
    phone: show ? p.phone : null,
    email: show ? p.email : null,
    erased: p.erased_at !== null,
  };
}

export function presentStep(s: StepRow, namesVisible: boolean) {
  return {
    id: s.id,
    stepKey: s.step_key,
    doneOn: s.done_on,
    outcome: s.outcome,
    hours: s.hours === null ? null : Number(s.hours),
    choices: JSON.parse(s.choices_json) as Record<string, string>,
    note: namesVisible ? s.note : null,
    createdAt: s.created_at,
  };
}
