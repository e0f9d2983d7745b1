import type { Messages } from '../messages-type.js';

/** French texts of the date field, the profile page and the password reset. */
export const dateField: Messages['dateField'] = {
  placeholder: 'jj/mm/aaaa',
  openCalendar: 'Ouvrir le calendrier',
  format: 'Écrivez la date sous la forme jj/mm/aaaa, par exemple 03/02/2026.',
  impossible: 'Cette date n’existe pas.',
  beforeMin: 'Choisissez une date à partir du {date}.',
  afterMax: 'Choisissez une date jusqu’au {date} inclus.',
};

export const account: Messages['account'] = {
  forgotPassword: 'Mot de passe oublié ?',
  resetTitle: 'Réinitialiser le mot de passe',
  resetIntro:
    'Indiquez l’adresse e-mail de votre compte. Vous recevrez un e-mail avec un lien pour choisir un nouveau mot de passe ; le lien fonctionne une seule fois, pendant 30 minutes.',
  resetSend: 'Envoyer le lien',
  resetSent:
    'Si cette adresse e-mail est connue de svpp, un e-mail est en route. Regardez aussi dans les courriers indésirables. Rien reçu ? Demandez de l’aide à l’administrateur de votre commune.',
  newPasswordTitle: 'Choisissez un nouveau mot de passe',
  newPasswordIntro:
    'Après l’enregistrement, vous êtes déconnecté partout ; connectez-vous ensuite avec le nouveau mot de passe.',
  resetSave: 'Enregistrer le mot de passe',
  resetDone: 'Votre nouveau mot de passe est enregistré. Vous pouvez maintenant vous connecter.',
  backToLogin: 'Retour à la connexion',
  profile: 'Mon profil',
  profileIntro: 'Votre langue, votre mot de passe et votre lien d’agenda.',
  identity: 'Vous êtes connecté comme {name} ({email}), {role} auprès de {municipality}.',
  languageTitle: 'Langue',
  languageIntro: 'svpp et les e-mails que vous recevez utilisent cette langue.',
  passwordTitle: 'Mot de passe',
  passwordIntro: 'Changez votre mot de passe ; vos autres sessions et votre lien d’agenda s’arrêtent alors.',
  copy: 'Copier le lien',
  copied: 'Le lien est copié.',
};
