import { registerTypesSchema, type RegisterTypeDefinition } from '../indicators/register-fields.js';
import steeringData from './steering-register.json';

/**
 * The steering group for administrative enforcement (`stuurgroep bestuurlijk handhaven`, plan 3.2.1): it monitors the
 * work, gives feedback to the vaststellers and prepares the policy. Its meetings (each with its report), its feedback
 * and its policy proposals are registrations of this built-in register, all naming the one steering-group subject;
 * the plan's indicators count them by kind ("Aantal verslagen … ≥ 6": meetings; "Aantal beleidsvoorstellen":
 * policy proposals), so each indicator has its own computation. Appended to the built-in registers; the register
 * itself is data (`steering-register.json`).
 */
export const steeringRegisterKey = 'enforcement_steering';

export const steeringKinds = ['meeting', 'feedback', 'policy_proposal'] as const;
export type SteeringKind = (typeof steeringKinds)[number];

export const steeringRegisterTypes: RegisterTypeDefinition[] = registerTypesSchema.parse(steeringData);
