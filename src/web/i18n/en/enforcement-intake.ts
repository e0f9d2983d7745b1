import type { Messages } from '../messages-type.js';
/** Enforcement at volume (issue 18): the words of the intake tab. */
export const enforcementIntake: Messages['enforcementIntake'] = {};
