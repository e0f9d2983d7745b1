import type { Messages } from '../messages-type.js';
/** Enforcement at volume (issue 18): the page and its tabs. Each tab's words are in enforcement-<tab>.ts. */
export const enforcement: Messages['enforcement'] = {
  nav: 'Enforcement',
  title: 'Enforcement',
  description:
    "Findings by the thousand — GAS offences, decriminalised traffic offences and the low-traffic centre's cameras — from finding to payment.",
  tabs: {
    findings: 'Findings',
    procedure: 'Procedure',
    analysis: 'Analysis',
    catalogue: 'Offence catalogue',
    association: 'Association (GASAM)',
    steering: 'Steering group and enforcement plan',
  },
};
