import type { Messages } from '../messages-type.js';

/** French texts of the own password, login blocks and background-job status. */
export const security: Messages['security'] = {
  changePassword: 'Changer de mot de passe',
  changePasswordTitle: 'Changer votre mot de passe',
  currentPassword: 'Mot de passe actuel',
  newPassword: 'Nouveau mot de passe',
  confirmPassword: 'Nouveau mot de passe (encore une fois)',
  passwordRule:
    'Au moins 12 caractères. Pas un mot de passe courant, ni répétition ni suite (comme aaaa ou 1234), ni votre nom d’e-mail. Une phrase de quelques mots est forte et facile à retenir.',
  mismatch: 'Les deux nouveaux mots de passe ne sont pas identiques.',
  required: 'Complétez ce champ.',
  changed: 'Votre mot de passe a été changé. Vos autres sessions et votre abonnement d’agenda ont pris fin.',
  save: 'Changer le mot de passe',
  cancel: 'Annuler',
  blocksTitle: 'Connexions bloquées',
  blocksIntro:
    'Après des mots de passe erronés répétés, une adresse e-mail attend de plus en plus longtemps depuis une même adresse ; le même compte depuis une autre adresse fonctionne normalement. Vous voyez ici les blocages de vos utilisateurs et pouvez les lever.',
  blocksNone: 'Il n’y a aucun blocage pour l’instant.',
  blockAccount: 'Compte',
  blockAddress: 'Toutes les connexions depuis cette adresse',
  blockWho: 'Qui',
  blockFrom: 'Depuis l’adresse',
  blockFailures: 'Tentatives échouées',
  blockUntil: 'Bloqué jusqu’à',
  blockClear: 'Lever',
  blockCleared: 'Le blocage a été levé.',
  jobProblemTitle: 'Une tâche de fond a échoué',
  jobProblemRetention:
    'L’effacement des données arrivées au terme de leur délai de conservation (une obligation légale) a échoué lors de sa dernière exécution. svpp réessaie toutes les heures ; signalez-le à qui gère le serveur si cet avis reste affiché.',
  jobProblemReminders:
    'L’envoi des rappels d’échéances a échoué lors de sa dernière exécution. svpp réessaie toutes les heures.',
  jobProblemError: 'Message d’erreur : {error}',
  jobProblemLastOk: 'Dernière réussite : {date}',
  jobProblemNeverOk: 'Jamais réussi jusqu’ici.',
};
