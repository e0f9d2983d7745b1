import type { RegisterType } from '../../../shared/api/registrations.schema.js';
import { builtinRegisterTypes } from '../../../shared/indicators/builtin-register-types.js';
import { ApiError } from '../../api/api-client.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { registrationsApi } from './registrations.api.js';

/**
 * The registers the user can register in. A community guard may register but not read the register list
 * (register.read), so on FORBIDDEN the built-in registers, which are the same everywhere, stand in.
 */
export async function loadRegisterTypes(): Promise<RegisterType[]> {
  try {
    return await registrationsApi.types();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'FORBIDDEN') {
      return builtinRegisterTypes.map((definition) => ({
        key: definition.key,
        builtin: true,
        active: true,
        definition,
      }));
    }
    throw error;
  }
}

export function useRegisterTypes() {
  return useApiQuery(loadRegisterTypes, 'register-types');
}
