import type { Messages } from './messages-type.js';
import { auditWords } from './fr/audit.js';
import { registrations } from './fr/registrations.js';
import { barometer } from './fr/barometer.js';
import { complaints } from './fr/complaints.js';
import { consultations } from './fr/consultations.js';
import { guards } from './fr/guards.js';
import { dashboard } from './fr/indicators.js';
import { planWorkspace } from './fr/plan-workspace.js';
import { evaluation } from './fr/evaluation.js';
import { finance, calendar } from './fr/finance.js';
import { partners, financeForms } from './fr/partners.js';
import { cases } from './fr/cases.js';
import { subjects } from './fr/subjects.js';
import { security } from './fr/security.js';
import { homeWork, search } from './fr/home.js';
import { account, dateField } from './fr/account.js';
import { downloads } from './fr/downloads.js';
import { enforcement } from './fr/enforcement.js';
import { enforcementIntake } from './fr/enforcement-intake.js';
import { enforcementProcedure } from './fr/enforcement-procedure.js';
import { enforcementAnalysis } from './fr/enforcement-analysis.js';
import { enforcementSteering } from './fr/enforcement-steering.js';

/** French (Belgium). */
export const fr: Messages = {
  app: {
    name: 'svpp',
    fullName: 'Plan stratégique de sécurité et de prévention',
    skipToContent: 'Aller au contenu principal',
    loading: 'Chargement…',
    documentTitle: '{page} · svpp',
    close: 'Fermer',
  },
  language: {
    label: 'Langue',
    changed: 'La langue est passée au français.',
  },
  roles: {
    admin: 'administrateur',
    coordinator: 'coordinateur',
    staff: 'collaborateur',
    guard: 'gardien de la paix',
    viewer: 'lecteur',
    police: 'police (baromètre)',
  },
  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    plan: 'Plan',
    users: 'Utilisateurs',
    audit: 'Journal d’audit',
    openMenu: 'Ouvrir la navigation',
    closeMenu: 'Fermer la navigation',
  },
  userMenu: {
    label: 'Menu utilisateur de {name}',
    signedInAs: 'Connecté en tant que {role}',
    logout: 'Se déconnecter',
    loggedOut: 'Vous êtes déconnecté.',
  },
  login: {
    title: 'Connexion',
    intro: 'Connectez-vous avec l’adresse e-mail et le mot de passe reçus de l’administrateur.',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    emailRequired: 'Saisissez votre adresse e-mail.',
    passwordRequired: 'Saisissez votre mot de passe.',
    failedTitle: 'La connexion a échoué',
  },
  home: {
    title: 'Accueil',
    greeting: 'Bienvenue, {name}',
    roleIn: 'Vous êtes connecté en tant que {role} pour {municipality}.',
    today: 'Nous sommes le {date}.',
    shortcutsTitle: 'Où souhaitez-vous aller ?',
    planCard: 'Le plan stratégique de sécurité et de prévention de votre commune.',
    usersCard: 'Qui a accès à svpp, et avec quel rôle.',
    auditCard: 'Chaque modification : qui, quand, quoi.',
  },
  plan: {
    title: 'Plan',
    intro:
      'Ici viendra le plan stratégique de sécurité et de prévention de {municipality} : phénomènes, objectifs, résultats et indicateurs.',
    comingSoon: 'Le module du plan arrive avec l’importation du plan. Aucun plan n’est encore chargé.',
  },
  users: {
    title: 'Utilisateurs',
    intro: 'Les personnes qui ont accès à svpp pour {municipality}.',
    count: '{count} utilisateurs',
    readOnly: 'Vous pouvez consulter les utilisateurs ; seul un administrateur peut les modifier.',
    create: 'Ajouter un utilisateur',
    caption: 'Utilisateurs de {municipality}',
    name: 'Nom',
    email: 'Adresse e-mail',
    role: 'Rôle',
    locale: 'Langue',
    status: 'Statut',
    lastLogin: 'Dernière connexion',
    actions: 'Actions',
    active: 'actif',
    inactive: 'désactivé',
    never: 'jamais',
    you: '(vous)',
    edit: 'Modifier',
    editLabel: 'Modifier {name}',
    createTitle: 'Nouvel utilisateur',
    editTitle: 'Modifier {name}',
    displayName: 'Nom',
    password: 'Mot de passe',
    passwordHint: 'Au moins 12 caractères.',
    activeLabel: 'Actif (peut se connecter)',
    save: 'Enregistrer',
    cancel: 'Annuler',
    created: 'L’utilisateur {name} a été créé.',
    updated: 'Les modifications de {name} sont enregistrées.',
    noChanges: 'Rien n’a été modifié.',
    resetPasswordTitle: 'Réinitialiser le mot de passe',
    newPassword: 'Nouveau mot de passe',
    resetPassword: 'Définir le mot de passe',
    passwordReset: 'Le mot de passe de {name} a été réinitialisé.',
    invalidEmail: 'Saisissez une adresse e-mail valide.',
    invalidDisplayName: 'Saisissez un nom (120 caractères au maximum).',
    invalidPassword: 'Le mot de passe doit compter entre 12 et 200 caractères.',
    invalidRole: 'Choisissez un rôle.',
    invalidLocale: 'Choisissez une langue.',
  },
  audit: {
    title: 'Journal d’audit',
    intro:
      'Chaque modification dans svpp est enregistrée dans une chaîne qui ne peut être altérée sans que cela se voie. Les plus récentes d’abord.',
    caption: 'Journal d’audit, page {page}',
    time: 'Moment',
    actor: 'Par',
    action: 'Action',
    entity: 'Concerne',
    older: 'Plus anciennes',
    newer: 'Plus récentes',
    paging: 'Pagination du journal d’audit',
    page: 'Page {page}',
    empty: 'Aucun enregistrement.',
    ...auditWords,
  },
  registrations,
  barometer,
  complaints,
  consultations,
  guards,
  dashboard,
  errors: {
    code: 'Code d’erreur : {code}',
    network: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
    unexpected: 'Une erreur s’est produite. Réessayez.',
    retry: 'Réessayer',
    forbiddenTitle: 'Accès refusé',
    forbiddenText: 'Votre rôle ne donne pas accès à cette page.',
  },
  notFound: {
    title: 'Page introuvable',
    text: 'Cette page n’existe pas (ou plus). Vérifiez l’adresse ou retournez à l’accueil.',
    backHome: 'Retour à l’accueil',
  },
  planWorkspace,
  evaluation,
  finance,
  financeForms,
  partners,
  calendar,
  cases,
  subjects,
  security,
  homeWork,
  search,
  dateField,
  account,
  downloads,
  enforcement,
  enforcementIntake,
  enforcementProcedure,
  enforcementAnalysis,
  enforcementSteering,
};
