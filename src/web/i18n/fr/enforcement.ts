import type { Messages } from '../messages-type.js';
/** Enforcement at volume (issue 18): the page and its tabs. Each tab's words are in enforcement-<tab>.ts. */
export const enforcement: Messages['enforcement'] = {
  nav: 'Sanctions administratives',
  title: 'Sanctions administratives',
  description:
    'Des constatations par milliers — infractions SAC, infractions de roulage dépénalisées et caméras du centre à circulation restreinte — de la constatation au paiement.',
  tabs: {
    findings: 'Constatations',
    procedure: 'Procédure',
    analysis: 'Analyse',
    catalogue: 'Catalogue des infractions',
    association: 'Association (GASAM)',
    steering: 'Comité de pilotage et plan de maintien',
  },
};
