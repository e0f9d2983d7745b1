import type { GasAmountInput, GasArticleInput } from '../../../shared/api/enforcement.schema.js';
import type { Clock } from '../../adapters/clock.js';
import type { Db } from '../../db/database.js';
import { ArticleService } from './articles.service.js';
import { articleKey } from './finding-import.rows.js';

/**
 * A realistic, Mechelen-like offence catalogue (synthetic wording): a handful of ABP articles, the royal decree of
 * 9 March 2014's parking categories (cat1 €58, cat2 €116) and the road signs C3 and F103 found by the cameras of the
 * low-traffic centre. The demo (and tests) call `seedGasCatalogue`; a second call adds nothing.
 */
const since = '2014-07-01';
const abp = (
  article: string,
  nl: string,
  fr: string,
  options: Partial<Pick<GasArticleInput, 'mixed' | 'finders' | 'mediation'>> = {},
): GasArticleInput => ({
  article,
  regulation: 'abp',
  category: 'abp',
  labels: { nl, fr },
  mixed: options.mixed ?? false,
  mediation: options.mediation ?? true,
  finders: options.finders ?? ['police', 'guard'],
  prescriptionMonths: 6,
  validFrom: since,
  validTo: null,
});
const kb = (
  article: string,
  category: 'cat1' | 'cat2' | 'c3' | 'f103',
  nl: string,
  fr: string,
  finders: GasArticleInput['finders'],
): GasArticleInput => ({
  article,
  regulation: 'kb_2014',
  category,
  labels: { nl, fr },
  mixed: false,
  mediation: false,
  finders,
  prescriptionMonths: 6,
  validFrom: since,
  validTo: null,
});

export const mechelenGasArticles: readonly GasArticleInput[] = [
  abp(
    'ABP art. 6',
    'Afval achterlaten of sluikstorten op de openbare weg',
    'Abandon de déchets ou dépôt clandestin sur la voie publique',
  ),
  abp('ABP art. 18', 'Wildplassen op de openbare weg', 'Uriner sur la voie publique'),
  abp('ABP art. 26', 'Uitwerpselen van een hond niet opruimen', 'Ne pas ramasser les déjections de son chien'),
  abp('ABP art. 102', 'Wildplakken en graffiti zonder toelating', 'Affichage sauvage et graffitis sans autorisation'),
  abp('ABP art. 50', 'Nachtlawaai (gemengde inbreuk)', 'Tapage nocturne (infraction mixte)', {
    mixed: true,
    finders: ['police'],
  }),
  kb(
    'KB 2014 art. 2.1',
    'cat1',
    'Parkeren in een blauwe zone zonder parkeerschijf of langer dan toegelaten',
    'Stationner en zone bleue sans disque ou au-delà de la durée autorisée',
    ['police', 'guard'],
  ),
  kb(
    'KB 2014 art. 2.4',
    'cat1',
    'Parkeren op een plaats voor laden en lossen',
    'Stationner sur un emplacement de chargement et de déchargement',
    ['police', 'guard'],
  ),
  kb(
    'KB 2014 art. 3.1',
    'cat2',
    'Stilstaan of parkeren op een fietspad of voetpad',
    'S’arrêter ou stationner sur une piste cyclable ou un trottoir',
    ['police', 'guard'],
  ),
  kb(
    'KB 2014 art. 3.2',
    'cat2',
    'Parkeren op een plaats voorbehouden voor personen met een handicap',
    'Stationner sur un emplacement réservé aux personnes handicapées',
    ['police', 'guard'],
  ),
  kb(
    'C3',
    'c3',
    'Inrijden van de autoluwe binnenstad ondanks verbodsbord C3 (camera)',
    'Accès au centre à circulation limitée malgré le signal C3 (caméra)',
    ['camera', 'police'],
  ),
  kb(
    'F103',
    'f103',
    'Inrijden van een voetgangerszone (F103) buiten de toegelaten uren (camera)',
    'Accès à une zone piétonne (F103) en dehors des heures autorisées (caméra)',
    ['camera', 'police'],
  ),
];

export const mechelenGasAmounts: readonly GasAmountInput[] = [
  { category: 'cat1', validFrom: since, amountCents: 5_800 },
  { category: 'cat2', validFrom: since, amountCents: 11_600 },
  { category: 'c3', validFrom: since, amountCents: 5_800 },
  { category: 'f103', validFrom: since, amountCents: 5_800 },
];

/**
 * Seeds the catalogue above into a municipality (through the service, so it is audited as written by `seededBy`);
 * articles and amounts that are already there are left as they are. Returns how many articles and amounts it added.
 */
export async function seedGasCatalogue(
  deps: { db: Db; clock: Clock },
  municipalityId: string,
  seededBy = 'demo',
): Promise<{ articles: number; amounts: number }> {
  const service = new ArticleService(deps);
  const actor = { userId: '', role: 'admin' as const, municipalityId, email: seededBy };
  const present = await service.catalogue(municipalityId, since);
  const known = new Set(present.articles.map((a) => `${articleKey(a.article)}|${a.validFrom}`));
  let articles = 0;
  for (const input of mechelenGasArticles) {
    if (known.has(`${articleKey(input.article)}|${input.validFrom}`)) continue;
    await service.create(actor, input);
    articles++;
  }
  const knownAmounts = new Set(present.amounts.map((a) => `${a.category}|${a.validFrom}`));
  let amounts = 0;
  for (const input of mechelenGasAmounts) {
    if (knownAmounts.has(`${input.category}|${input.validFrom}`)) continue;
    await service.addAmount(actor, input);
    amounts++;
  }
  return { articles, amounts };
}
