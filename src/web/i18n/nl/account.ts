/** Dutch texts of the date field, the profile page and the password reset: the reference shape fr and en must match. */
export const dateField = {
  placeholder: 'dd/mm/jjjj',
  openCalendar: 'Kalender openen',
  format: 'Schrijf de datum als dd/mm/jjjj, bijvoorbeeld 03/02/2026.',
  impossible: 'Deze datum bestaat niet.',
  beforeMin: 'Kies een datum vanaf {date}.',
  afterMax: 'Kies een datum tot en met {date}.',
};

export const account = {
  forgotPassword: 'Wachtwoord vergeten?',
  resetTitle: 'Wachtwoord opnieuw instellen',
  resetIntro:
    'Geef het e-mailadres van uw account. U krijgt een e-mail met een link om een nieuw wachtwoord te kiezen; de link werkt één keer en 30 minuten lang.',
  resetSend: 'Link versturen',
  resetSent:
    'Als dit e-mailadres bij svpp bekend is, is er nu een e-mail onderweg. Kijk ook bij de ongewenste e-mail. Geen e-mail gekregen? Vraag de beheerder van uw gemeente om hulp.',
  newPasswordTitle: 'Kies een nieuw wachtwoord',
  newPasswordIntro: 'Na het opslaan wordt u overal afgemeld; meld u daarna aan met het nieuwe wachtwoord.',
  resetSave: 'Wachtwoord opslaan',
  resetDone: 'Uw nieuwe wachtwoord is ingesteld. U kunt zich nu aanmelden.',
  backToLogin: 'Terug naar aanmelden',
  profile: 'Mijn profiel',
  profileIntro: 'Uw taal, uw wachtwoord en uw agendalink.',
  identity: 'U bent aangemeld als {name} ({email}), {role} bij {municipality}.',
  languageTitle: 'Taal',
  languageIntro: 'svpp en de e-mails die u krijgt, gebruiken deze taal.',
  passwordTitle: 'Wachtwoord',
  passwordIntro: 'Wijzig uw wachtwoord; uw andere sessies en uw agendalink stoppen dan.',
  copy: 'Link kopiëren',
  copied: 'De link is gekopieerd.',
};
