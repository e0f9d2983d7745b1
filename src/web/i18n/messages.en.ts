import type { Messages } from './messages-type.js';
import { auditWords } from './en/audit.js';
import { registrations } from './en/registrations.js';
import { barometer } from './en/barometer.js';
import { complaints } from './en/complaints.js';
import { consultations } from './en/consultations.js';
import { guards } from './en/guards.js';
import { dashboard } from './en/indicators.js';
import { planWorkspace } from './en/plan-workspace.js';
import { evaluation } from './en/evaluation.js';
import { finance, calendar } from './en/finance.js';
import { partners, financeForms } from './en/partners.js';
import { cases } from './en/cases.js';
import { subjects } from './en/subjects.js';
import { security } from './en/security.js';
import { homeWork, search } from './en/home.js';
import { account, dateField } from './en/account.js';
import { downloads } from './en/downloads.js';
import { enforcement } from './en/enforcement.js';
import { enforcementIntake } from './en/enforcement-intake.js';
import { enforcementProcedure } from './en/enforcement-procedure.js';
import { enforcementAnalysis } from './en/enforcement-analysis.js';
import { enforcementSteering } from './en/enforcement-steering.js';

/** English. */
export const en: Messages = {
  app: {
    name: 'svpp',
    fullName: 'Strategic safety and prevention plan',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    documentTitle: '{page} · svpp',
    close: 'Close',
  },
  language: {
    label: 'Language',
    changed: 'The language is now English.',
  },
  roles: {
    admin: 'administrator',
    coordinator: 'coordinator',
    staff: 'staff member',
    guard: 'community guard',
    viewer: 'reader',
    police: 'police (barometer)',
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    plan: 'Plan',
    users: 'Users',
    audit: 'Audit log',
    openMenu: 'Open navigation',
    closeMenu: 'Close navigation',
  },
  userMenu: {
    label: 'User menu of {name}',
    signedInAs: 'Signed in as {role}',
    logout: 'Log out',
    loggedOut: 'You are logged out.',
  },
  login: {
    title: 'Log in',
    intro: 'Log in with the e-mail address and password you received from your administrator.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Log in',
    emailRequired: 'Enter your e-mail address.',
    passwordRequired: 'Enter your password.',
    failedTitle: 'Could not log in',
  },
  home: {
    title: 'Home',
    greeting: 'Welcome, {name}',
    roleIn: 'You are signed in as {role} for {municipality}.',
    today: 'Today is {date}.',
    shortcutsTitle: 'Where would you like to go?',
    planCard: 'Your municipality’s strategic safety and prevention plan.',
    usersCard: 'Who has access to svpp, and with which role.',
    auditCard: 'Every change: who, when, what.',
  },
  plan: {
    title: 'Plan',
    intro:
      'This is where {municipality}’s strategic safety and prevention plan will live: phenomena, objectives, results and indicators.',
    comingSoon: 'The plan module comes with the plan import. No plan has been loaded yet.',
  },
  users: {
    title: 'Users',
    intro: 'The people who have access to svpp for {municipality}.',
    count: '{count} users',
    readOnly: 'You can view the users; only an administrator can change them.',
    create: 'Add user',
    caption: 'Users of {municipality}',
    name: 'Name',
    email: 'E-mail address',
    role: 'Role',
    locale: 'Language',
    status: 'Status',
    lastLogin: 'Last login',
    actions: 'Actions',
    active: 'active',
    inactive: 'deactivated',
    never: 'never',
    you: '(you)',
    edit: 'Edit',
    editLabel: 'Edit {name}',
    createTitle: 'New user',
    editTitle: 'Edit {name}',
    displayName: 'Name',
    password: 'Password',
    passwordHint: 'At least 12 characters.',
    activeLabel: 'Active (can log in)',
    save: 'Save',
    cancel: 'Cancel',
    created: 'User {name} was created.',
    updated: 'The changes to {name} are saved.',
    noChanges: 'Nothing was changed.',
    resetPasswordTitle: 'Reset password',
    newPassword: 'New password',
    resetPassword: 'Set password',
    passwordReset: 'The password of {name} was reset.',
    invalidEmail: 'Enter a valid e-mail address.',
    invalidDisplayName: 'Enter a name (at most 120 characters).',
    invalidPassword: 'The password must be between 12 and 200 characters long.',
    invalidRole: 'Choose a role.',
    invalidLocale: 'Choose a language.',
  },
  audit: {
    title: 'Audit log',
    intro: 'Every change in svpp is recorded in a chain that cannot be altered unnoticed. Newest first.',
    caption: 'Audit log, page {page}',
    time: 'Time',
    actor: 'By',
    action: 'Action',
    entity: 'Concerns',
    older: 'Older',
    newer: 'Newer',
    paging: 'Audit log pages',
    page: 'Page {page}',
    empty: 'There are no entries.',
    ...auditWords,
  },
  registrations,
  barometer,
  complaints,
  consultations,
  guards,
  dashboard,
  errors: {
    code: 'Error code: {code}',
    network: 'The server cannot be reached. Check your connection and try again.',
    unexpected: 'Something went wrong. Please try again.',
    retry: 'Try again',
    forbiddenTitle: 'No access',
    forbiddenText: 'Your role does not give access to this page.',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist (any more). Check the address or go back home.',
    backHome: 'Back home',
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
