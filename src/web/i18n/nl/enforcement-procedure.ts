/** Enforcement at volume (issue 18): the words of the procedure tab. */
export const enforcementProcedure = {};
