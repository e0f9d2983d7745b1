import type { Messages } from '../messages-type.js';
/** Enforcement at volume (issue 18): the words of the procedure tab. */
export const enforcementProcedure: Messages['enforcementProcedure'] = {};
