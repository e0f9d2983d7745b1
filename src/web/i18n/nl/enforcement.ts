/** Enforcement at volume (issue 18): the page and its tabs. Each tab's words are in enforcement-<tab>.ts. */
export const enforcement = {
  nav: 'Handhaving',
  title: 'Handhaving',
  description:
    "Vaststellingen bij duizenden — GAS-inbreuken, gedepenaliseerde verkeersinbreuken en camera's van de autoluwe binnenstad — van vaststelling tot betaling.",
  tabs: {
    findings: 'Vaststellingen',
    procedure: 'Procedure',
    analysis: 'Analyse',
    catalogue: 'Inbreukencatalogus',
    association: 'Vereniging (GASAM)',
    steering: 'Stuurgroep en handhavingsplan',
  },
};
