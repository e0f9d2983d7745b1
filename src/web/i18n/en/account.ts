import type { Messages } from '../messages-type.js';

/** English texts of the date field, the profile page and the password reset. */
export const dateField: Messages['dateField'] = {
  placeholder: 'dd/mm/yyyy',
  openCalendar: 'Open calendar',
  format: 'Write the date as dd/mm/yyyy, for example 03/02/2026.',
  impossible: 'This date does not exist.',
  beforeMin: 'Choose a date on or after {date}.',
  afterMax: 'Choose a date on or before {date}.',
};

export const account: Messages['account'] = {
  forgotPassword: 'Forgot your password?',
  resetTitle: 'Reset your password',
  resetIntro:
    'Give the e-mail address of your account. You will get an e-mail with a link to choose a new password; the link works once, for 30 minutes.',
  resetSend: 'Send the link',
  resetSent:
    'If svpp knows this e-mail address, an e-mail is on its way. Check your spam folder too. Nothing arrived? Ask your municipality’s administrator for help.',
  newPasswordTitle: 'Choose a new password',
  newPasswordIntro: 'Once saved, you are signed out everywhere; then sign in with the new password.',
  resetSave: 'Save the password',
  resetDone: 'Your new password is set. You can sign in now.',
  backToLogin: 'Back to sign-in',
  profile: 'My profile',
  profileIntro: 'Your language, your password and your calendar link.',
  identity: 'You are signed in as {name} ({email}), {role} at {municipality}.',
  languageTitle: 'Language',
  languageIntro: 'svpp and the e-mails you get use this language.',
  passwordTitle: 'Password',
  passwordIntro: 'Change your password; your other sessions and your calendar link then stop.',
  copy: 'Copy the link',
  copied: 'The link is copied.',
};
