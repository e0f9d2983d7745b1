import './registrations.css';
import type { RegisterType } from '../../../shared/api/registrations.schema.js';
import { systemRegisterKeys } from '../../../shared/indicators/builtin-register-types.js';
import type { Messages } from '../../i18n/messages.js';
import { lastPlaceMode, lastRegister } from './last-used.js';
import {
  type DateProblem,
  emptyFormValues,
  emptyPlace,
  type FieldProblem,
  type FormValues,
  type PlaceProblem,
  type PlaceState,
  placeModes,
} from './register-form-model.js';

/**
 * What the registration form (registration-form.tsx) starts from and says: a new draft, the registers a person fills
 * in by hand and the one to start with, and the words for a field's, a date's or a place's problem.
 */

export interface RegistrationDraft {
  typeKey: string;
  occurredOn: string;
  occurredUntil: string;
  values: FormValues;
  place: PlaceState;
  /** What it counts for: a subject of the register, '' for none. */
  subjectId: string;
}

export function fieldProblemMessage(problem: FieldProblem, t: Messages): string {
  return t.registrations.problems[problem];
}

export function dateProblemMessage(problem: DateProblem, t: Messages): string {
  const words: Record<DateProblem, string> = {
    required: t.registrations.problems.dateRequired,
    date: t.registrations.problems.date,
    future: t.registrations.problems.dateFuture,
    order: t.registrations.problems.dateOrder,
  };
  return words[problem];
}

export function placeProblemMessage(problem: PlaceProblem, t: Messages): string {
  const words: Record<PlaceProblem, string> = {
    required: t.registrations.problems.placeRequired,
    wijk: t.registrations.problems.wijk,
    point: t.registrations.problems.point,
  };
  return words[problem];
}

/**
 * A fresh draft in a register: today, empty fields, the place given as last time (and the subject, in the same
 * register).
 */
export function newDraft(
  type: RegisterType,
  today: string,
  previous?: Pick<RegistrationDraft, 'occurredOn' | 'occurredUntil' | 'place'> &
    Partial<Pick<RegistrationDraft, 'typeKey' | 'subjectId'>>,
): RegistrationDraft {
  const modes = placeModes(type.definition.place);
  const remembered = previous?.place.mode ?? lastPlaceMode.get();
  const mode =
    remembered && modes.includes(remembered) ? remembered : modes.includes('point') ? 'point' : (modes[0] ?? 'none');
  return {
    typeKey: type.key,
    occurredOn: previous?.occurredOn ?? today,
    occurredUntil: previous?.occurredUntil ?? '',
    values: emptyFormValues(type.definition),
    place: { ...emptyPlace, mode, wijkCode: previous?.place.mode === 'wijk' ? previous.place.wijkCode : '' },
    subjectId: previous?.typeKey === type.key ? (previous.subjectId ?? '') : '',
  };
}

/** Registers a person registers in by hand: active ones, never the system registers other features write. */
export function registersByHand(types: RegisterType[]): RegisterType[] {
  return types.filter((type) => type.active && !systemRegisterKeys.includes(type.key));
}

/** The register to start in: the one used last, else the first. */
export function startRegister(types: RegisterType[]): RegisterType | undefined {
  const active = registersByHand(types);
  const last = lastRegister.get();
  return active.find((type) => type.key === last) ?? active[0];
}
