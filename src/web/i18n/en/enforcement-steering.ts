import type { Messages } from '../messages-type.js';
/** Enforcement at volume (issue 18): the words of the steering tab. */
export const enforcementSteering: Messages['enforcementSteering'] = {};
