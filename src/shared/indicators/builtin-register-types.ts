import { registerTypesSchema, type FieldDefinition, type RegisterTypeDefinition } from './register-fields.js';
import { caseRegisterTypes } from '../cases/case-register-types.js';
import { guardRegisterTypes } from '../guards/guard-register-types.js';
import { steeringRegisterTypes } from '../enforcement/steering-register.js';
import planRegisterData from './builtin-register-types.json';

/**
 * The registers the plan itself needs, available in every municipality: the plan's own (`builtin-register-types.json`:
 * meetings, activities, documents, visitors, advice visits, head counts, decision steps, violence against guards),
 * then the guards', the case engine's and the steering group's. Data, read through the register schema.
 */
export const builtinRegisterTypes: RegisterTypeDefinition[] = registerTypesSchema.parse([
  ...planRegisterData,
  ...guardRegisterTypes,
  ...caseRegisterTypes,
  ...steeringRegisterTypes,
]);

export function builtinRegisterType(key: string): RegisterTypeDefinition | undefined {
  return builtinRegisterTypes.find((t) => t.key === key);
}

/** The field playing a role in a register type, if any. */
export function fieldWithRole(
  type: RegisterTypeDefinition,
  role: FieldDefinition['role'],
): FieldDefinition | undefined {
  return type.fields.find((f) => f.role === role);
}

/**
 * Registers that other features write in their own transactions (decision steps, the violence register): never by hand.
 */
export const systemRegisterKeys: readonly string[] = ['decision', 'violence_incident'];
