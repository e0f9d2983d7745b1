/** Dutch texts of the own password, login blocks and background-job status: the reference shape fr and en must match. */
export const security = {
  changePassword: 'Wachtwoord wijzigen',
  changePasswordTitle: 'Uw wachtwoord wijzigen',
  currentPassword: 'Huidig wachtwoord',
  newPassword: 'Nieuw wachtwoord',
  confirmPassword: 'Nieuw wachtwoord (nogmaals)',
  passwordRule:
    'Minstens 12 tekens. Geen veelgebruikt wachtwoord, geen herhaling of reeks (zoals aaaa of 1234) en niet uw e-mailnaam. Een zin van enkele woorden is sterk en makkelijk te onthouden.',
  mismatch: 'De twee nieuwe wachtwoorden zijn niet gelijk.',
  required: 'Vul dit veld in.',
  changed: 'Uw wachtwoord is gewijzigd. Uw andere sessies en uw agenda-abonnement zijn beëindigd.',
  save: 'Wachtwoord wijzigen',
  cancel: 'Annuleren',
  blocksTitle: 'Geblokkeerde aanmeldingen',
  blocksIntro:
    'Na herhaalde foute wachtwoorden wacht een e-mailadres vanaf één adres steeds langer; hetzelfde account vanaf een ander adres werkt gewoon. Hier ziet u de blokkades van uw gebruikers en kunt u ze opheffen.',
  blocksNone: 'Er zijn nu geen blokkades.',
  blockAccount: 'Account',
  blockAddress: 'Alle aanmeldingen vanaf dit adres',
  blockWho: 'Wie',
  blockFrom: 'Vanaf adres',
  blockFailures: 'Mislukte pogingen',
  blockUntil: 'Geblokkeerd tot',
  blockClear: 'Opheffen',
  blockCleared: 'De blokkade is opgeheven.',
  jobProblemTitle: 'Een achtergrondtaak is mislukt',
  jobProblemRetention:
    'De bewaartermijn-opruiming (een wettelijke plicht: persoonsgegevens wissen na hun bewaartermijn) is bij de laatste uitvoering mislukt. svpp probeert het elk uur opnieuw; meld het aan wie de server beheert als dit blijft staan.',
  jobProblemReminders:
    'Het versturen van de herinneringen voor deadlines is bij de laatste uitvoering mislukt. svpp probeert het elk uur opnieuw.',
  jobProblemError: 'Foutmelding: {error}',
  jobProblemLastOk: 'Laatst gelukt: {date}',
  jobProblemNeverOk: 'Nog nooit gelukt.',
};
