/** Enforcement at volume (issue 18): the words of the analysis tab. */
export const enforcementAnalysis = {};
