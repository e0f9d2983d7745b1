import { z } from 'zod';
import { roles } from '../access/roles.js';
import { labelsSchema } from '../indicators/register-fields.js';
import { checkFlow, flowShape, outcomeDefinitionSchema } from './flow-types.js';
import type { FlowDefinition, StepDefinition } from './flow-types.js';
import caseTypeData from './case-types.json';

export type { DeadlineRule, FlowDefinition, OutcomeDefinition, StepDefinition } from './flow-types.js';

export const caseTypeKeys = ['gas_adult', 'nero', 'neighbour_mediation', 'street_corner', 'prevention_advice'] as const;
export type CaseTypeKey = (typeof caseTypeKeys)[number];

/**
 * A kind of case: a flow the case engine (case-engine.ts) runs, with who takes part, who sees names and how long
 * the data are kept. The enforcement procedure (src/shared/enforcement/gas-procedure.json) is another flow, run by
 * the same engine.
 */
export const caseTypeDefinitionSchema = z
  .object({
    key: z.enum(caseTypeKeys),
    labels: labelsSchema,
    /** Prefix of the human case reference (NERO-2020-004). */
    referencePrefix: z.string().regex(/^[A-Z]{2,6}$/),
    /** The roles a person can have in this kind of case. */
    personRoles: z.array(outcomeDefinitionSchema).min(1),
    ...flowShape.shape,
    /** Roles that see names in every case of this type; the case owner always does. Others see pseudonyms. */
    namesVisibleTo: z.array(z.enum(roles)),
    /** Months after closing after which personal data is erased automatically. */
    retentionMonths: z.number().int().positive(),
    /** Cases of this type need a wijk (advice visits are counted per wijk). */
    wijkRequired: z.boolean().optional(),
    /** Persons are known by pseudonym only: no name or contact details may be stored (street-corner gasten). */
    pseudonymous: z.boolean().optional(),
    /** Write the advice visit into the built-in `advice_visit` register (one registration per case, status follows). */
    adviceRegister: z.boolean().optional(),
  })
  .superRefine(checkFlow);
export type CaseTypeDefinition = z.infer<typeof caseTypeDefinitionSchema>;

/**
 * Every kind of case, as data (`case-types.json`, texts in the three languages): the engine knows no type by
 * name. Read through the schema when the module loads, each under its own key.
 */
export const caseTypes = z
  .record(z.enum(caseTypeKeys), caseTypeDefinitionSchema)
  .refine((types) => Object.entries(types).every(([key, type]) => type.key === key), 'a type under another key')
  .parse(caseTypeData);

export function isCaseTypeKey(value: unknown): value is CaseTypeKey {
  return typeof value === 'string' && (caseTypeKeys as readonly string[]).includes(value);
}

export function stepOf(type: FlowDefinition, key: string): StepDefinition | undefined {
  return type.steps.find((s) => s.key === key);
}
