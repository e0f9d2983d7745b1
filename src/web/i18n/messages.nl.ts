import { registrations } from './nl/registrations.js';
import { auditWords } from './nl/audit.js';
import { barometer } from './nl/barometer.js';
import { complaints } from './nl/complaints.js';
import { consultations } from './nl/consultations.js';
import { guards } from './nl/guards.js';
import { dashboard } from './nl/indicators.js';
import { planWorkspace } from './nl/plan-workspace.js';
import { evaluation } from './nl/evaluation.js';
import { finance, calendar } from './nl/finance.js';
import { partners, financeForms } from './nl/partners.js';
import { cases } from './nl/cases.js';
import { subjects } from './nl/subjects.js';
import { security } from './nl/security.js';
import { homeWork, search } from './nl/home.js';
import { account, dateField } from './nl/account.js';
import { downloads } from './nl/downloads.js';
import { enforcement } from './nl/enforcement.js';
import { enforcementIntake } from './nl/enforcement-intake.js';
import { enforcementProcedure } from './nl/enforcement-procedure.js';
import { enforcementAnalysis } from './nl/enforcement-analysis.js';
import { enforcementSteering } from './nl/enforcement-steering.js';

/**
 * Dutch (Belgium): the reference catalog. Its shape is the `Messages` type that fr and en must match key for key.
 * Placeholders are written `{name}` and filled in by `interpolate`.
 */
export const nl = {
  app: {
    name: 'svpp',
    fullName: 'Strategisch veiligheids- en preventieplan',
    skipToContent: 'Naar de hoofdinhoud',
    loading: 'Bezig met laden…',
    documentTitle: '{page} · svpp',
    close: 'Sluiten',
  },
  language: {
    label: 'Taal',
    changed: 'De taal is gewijzigd naar Nederlands.',
  },
  roles: {
    admin: 'beheerder',
    coordinator: 'coördinator',
    staff: 'medewerker',
    guard: 'gemeenschapswacht',
    viewer: 'lezer',
    police: 'politie (barometer)',
  },
  nav: {
    label: 'Hoofdnavigatie',
    home: 'Start',
    plan: 'Plan',
    users: 'Gebruikers',
    audit: 'Auditlog',
    openMenu: 'Navigatie openen',
    closeMenu: 'Navigatie sluiten',
  },
  userMenu: {
    label: 'Gebruikersmenu van {name}',
    signedInAs: 'Aangemeld als {role}',
    logout: 'Afmelden',
    loggedOut: 'U bent afgemeld.',
  },
  login: {
    title: 'Aanmelden',
    intro: 'Meld u aan met het e-mailadres en wachtwoord dat u van de beheerder kreeg.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Aanmelden',
    emailRequired: 'Vul uw e-mailadres in.',
    passwordRequired: 'Vul uw wachtwoord in.',
    failedTitle: 'Aanmelden is niet gelukt',
  },
  home: {
    title: 'Start',
    greeting: 'Welkom, {name}',
    roleIn: 'U bent aangemeld als {role} bij {municipality}.',
    today: 'Vandaag is het {date}.',
    shortcutsTitle: 'Waar wilt u naartoe?',
    planCard: 'Het strategisch veiligheids- en preventieplan van uw gemeente.',
    usersCard: 'Wie toegang heeft tot svpp, met welke rol.',
    auditCard: 'Elke wijziging: wie, wanneer, wat.',
  },
  plan: {
    title: 'Plan',
    intro:
      'Hier komt het strategisch veiligheids- en preventieplan van {municipality}: fenomenen, doelstellingen, resultaten en indicatoren.',
    comingSoon: 'De planmodule komt er samen met de import van het plan. Er is nog geen plan ingeladen.',
  },
  users: {
    title: 'Gebruikers',
    intro: 'De mensen die toegang hebben tot svpp voor {municipality}.',
    count: '{count} gebruikers',
    readOnly: 'U kunt de gebruikers bekijken; alleen een beheerder kan ze wijzigen.',
    create: 'Gebruiker toevoegen',
    caption: 'Gebruikers van {municipality}',
    name: 'Naam',
    email: 'E-mailadres',
    role: 'Rol',
    locale: 'Taal',
    status: 'Status',
    lastLogin: 'Laatst aangemeld',
    actions: 'Acties',
    active: 'actief',
    inactive: 'gedeactiveerd',
    never: 'nooit',
    you: '(u)',
    edit: 'Bewerken',
    editLabel: '{name} bewerken',
    createTitle: 'Nieuwe gebruiker',
    editTitle: '{name} bewerken',
    displayName: 'Naam',
    password: 'Wachtwoord',
    passwordHint: 'Minstens 12 tekens.',
    activeLabel: 'Actief (kan zich aanmelden)',
    save: 'Opslaan',
    cancel: 'Annuleren',
    created: 'Gebruiker {name} is aangemaakt.',
    updated: 'De wijzigingen aan {name} zijn opgeslagen.',
    noChanges: 'Er is niets gewijzigd.',
    resetPasswordTitle: 'Wachtwoord opnieuw instellen',
    newPassword: 'Nieuw wachtwoord',
    resetPassword: 'Wachtwoord instellen',
    passwordReset: 'Het wachtwoord van {name} is opnieuw ingesteld.',
    invalidEmail: 'Vul een geldig e-mailadres in.',
    invalidDisplayName: 'Vul een naam in (maximaal 120 tekens).',
    invalidPassword: 'Het wachtwoord moet minstens 12 en hoogstens 200 tekens lang zijn.',
    invalidRole: 'Kies een rol.',
    invalidLocale: 'Kies een taal.',
  },
  audit: {
    title: 'Auditlog',
    intro:
      'Elke wijziging in svpp wordt vastgelegd in een keten die niet ongemerkt kan worden aangepast. Nieuwste eerst.',
    caption: 'Auditlog, pagina {page}',
    time: 'Tijdstip',
    actor: 'Door',
    action: 'Actie',
    entity: 'Betreft',
    older: 'Oudere',
    newer: 'Nieuwere',
    paging: 'Paginering van de auditlog',
    page: 'Pagina {page}',
    empty: 'Er zijn geen registraties.',
    ...auditWords,
  },
  registrations,
  barometer,
  complaints,
  consultations,
  guards,
  dashboard,
  errors: {
    code: 'Foutcode: {code}',
    network: 'De server is niet bereikbaar. Controleer uw verbinding en probeer opnieuw.',
    unexpected: 'Er ging iets mis. Probeer het opnieuw.',
    retry: 'Opnieuw proberen',
    forbiddenTitle: 'Geen toegang',
    forbiddenText: 'Uw rol geeft geen toegang tot deze pagina.',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de start.',
    backHome: 'Naar de start',
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
