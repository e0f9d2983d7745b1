import type { homeWork as nlHomeWork, search as nlSearch } from '../nl/home.js';

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The home page's work cards and the header's search box. */
export const homeWork: Shape<typeof nlHomeWork> = {
  loadFailed: 'Votre travail n’a pas pu être chargé.',
  workTitle: 'Votre travail',
  none: 'Rien.',
  openAll: 'Tout voir ({count})',
  open: 'Ouvrir',
  overdueBadge: 'en retard',
  deadlinesTitle: 'Échéances',
  deadlinesThisWeek: 'Cette semaine ({count})',
  deadlinesOverdue: 'En retard ({count})',
  indicatorsTitle: 'Indicateurs {year}',
  indicatorsTitleNoYear: 'Indicateurs',
  indicatorsAtRisk: 'En danger ou manqués ({count})',
  indicatorsFlagged: 'À vérifier ({count})',
  flagShared: 'calcul partagé',
  flagFar: 'très au-dessus de l’objectif',
  complaintsTitle: 'Signalements',
  complaintsToAssign: 'Nouveaux, à attribuer ({count})',
  complaintsOverdue: 'Réponse en retard ({count})',
  dueOn: 'réponse pour le {date}',
  casesTitle: 'Mes dossiers ouverts ({count})',
  casesOverdue: '{count} en retard',
  shiftsTitle: 'Services aujourd’hui ({count})',
  shiftRunning: 'en cours',
  shiftEnded: 'terminé',
  problemsTitle: 'À l’attention de l’administrateur',
  mailNotConfigured:
    'L’e-mail n’est pas configuré (SVPP_SMTP_URL) : les rappels et les réponses attendent dans la file d’envoi.',
  noProblems: 'Aucun problème.',
  barometerTitle: 'Baromètre, {quarter}e trimestre {year}',
  barometerTotal: 'Faits de nuisance : {total}',
  barometerHidden: 'non affiché',
  barometerSmall: 'moins de 5',
  barometerTop: 'Quartiers avec le plus de faits',
  barometerRule: 'Par trimestre ; les nombres de 1 à 4 ne sont pas affichés.',
  barometerOpen: 'Vers le baromètre',
};

export const search: Shape<typeof nlSearch> = {
  label: 'Rechercher',
  placeholder: 'Rechercher…',
  hint: 'Au moins 2 caractères',
  none: 'Rien trouvé pour « {q} ».',
  failed: 'La recherche a échoué.',
  searching: 'Recherche en cours…',
  more: 'plus de résultats : précisez votre recherche',
  results: '{count} résultats',
  kinds: {
    plan: 'Plan',
    registration: 'Enregistrements',
    complaint: 'Signalements',
    case: 'Dossiers',
    partner: 'Partenaires',
  },
};
