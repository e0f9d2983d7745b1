/** Enforcement at volume (issue 18): the words of the intake tab. */
export const enforcementIntake = {};
