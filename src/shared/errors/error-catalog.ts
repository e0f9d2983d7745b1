import type { Locale } from '../i18n/locale.js';

type Entry = { status: number; message: Record<Locale, string> };

/**
 * Every error a user can meet: a stable code, an HTTP status and a message per language.
 * Codes are part of the public contract: add, never rename.
 */
export const errorCatalog = {
  VALIDATION_FAILED: { status: 400, message: { nl: 'De ingevoerde gegevens zijn ongeldig.', fr: 'Les données saisies ne sont pas valides.', en: 'The data you entered is not valid.' } },
  MALFORMED_BODY: { status: 400, message: { nl: 'Het verzoek kon niet gelezen worden (ongeldige JSON).', fr: 'La requête est illisible (JSON invalide).', en: 'The request could not be read (invalid JSON).' } },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: { nl: 'Dit type inhoud wordt niet ondersteund.', fr: 'Ce type de contenu n’est pas pris en charge.', en: 'This content type is not supported.' } },
  PAYLOAD_TOO_LARGE: { status: 413, message: { nl: 'Het verzoek is te groot.', fr: 'La requête est trop volumineuse.', en: 'The request is too large.' } },
  AUTH_REQUIRED: { status: 401, message: { nl: 'Meld u aan om verder te gaan.', fr: 'Veuillez vous connecter pour continuer.', en: 'Please log in to continue.' } },
  AUTH_INVALID_CREDENTIALS: { status: 401, message: { nl: 'E-mailadres of wachtwoord is onjuist.', fr: 'Adresse e-mail ou mot de passe incorrect.', en: 'E-mail address or password is incorrect.' } },
  AUTH_THROTTLED: { status: 429, message: { nl: 'Te veel mislukte aanmeldpogingen. Probeer het over enkele minuten opnieuw.', fr: 'Trop de tentatives de connexion échouées. Réessayez dans quelques minutes.', en: 'Too many failed login attempts. Try again in a few minutes.' } },
  CSRF_INVALID: { status: 403, message: { nl: 'Uw sessie is verlopen of het verzoek is ongeldig. Laad de pagina opnieuw.', fr: 'Votre session a expiré ou la requête est invalide. Rechargez la page.', en: 'Your session expired or the request is invalid. Reload the page.' } },
  FORBIDDEN: { status: 403, message: { nl: 'U hebt geen toegang tot deze actie.', fr: 'Vous n’avez pas accès à cette action.', en: 'You are not allowed to do this.' } },
  NOT_FOUND: { status: 404, message: { nl: 'Niet gevonden.', fr: 'Introuvable.', en: 'Not found.' } },
  ROUTE_NOT_FOUND: { status: 404, message: { nl: 'Deze pagina of API-route bestaat niet.', fr: 'Cette page ou route API n’existe pas.', en: 'This page or API route does not exist.' } },
  METHOD_NOT_ALLOWED: { status: 405, message: { nl: 'Deze methode is hier niet toegestaan.', fr: 'Cette méthode n’est pas autorisée ici.', en: 'This method is not allowed here.' } },
  RATE_LIMITED: { status: 429, message: { nl: 'Te veel verzoeken. Probeer het later opnieuw.', fr: 'Trop de requêtes. Réessayez plus tard.', en: 'Too many requests. Try again later.' } },
  USER_EMAIL_TAKEN: { status: 409, message: { nl: 'Er bestaat al een gebruiker met dit e-mailadres.', fr: 'Un utilisateur avec cette adresse e-mail existe déjà.', en: 'A user with this e-mail address already exists.' } },
  USER_LAST_ADMIN: { status: 409, message: { nl: 'De laatste actieve beheerder kan niet worden gedeactiveerd of van rol veranderen.', fr: 'Le dernier administrateur actif ne peut être désactivé ni changer de rôle.', en: 'The last active administrator cannot be deactivated or change role.' } },
  MUNICIPALITY_NOT_FOUND: { status: 404, message: { nl: 'Deze gemeente bestaat niet.', fr: 'Cette commune n’existe pas.', en: 'This municipality does not exist.' } },
  PLAN_PARSE_EMPTY: { status: 422, message: { nl: 'Het bestand is leeg: er is geen plantekst om te lezen.', fr: 'Le fichier est vide : il n’y a pas de texte de plan à lire.', en: 'The file is empty: there is no plan text to read.' } },
  PLAN_PARSE_BINARY: { status: 422, message: { nl: 'Het bestand is geen tekst (het lijkt een binair bestand). Zet het plan eerst om naar platte tekst (.txt).', fr: 'Le fichier n’est pas du texte (il semble binaire). Convertissez d’abord le plan en texte brut (.txt).', en: 'The file is not text (it looks like a binary file). Convert the plan to plain text (.txt) first.' } },
  PLAN_PARSE_TOO_LARGE: { status: 422, message: { nl: 'Het bestand is te groot voor een plan (meer dan 5 MB tekst).', fr: 'Le fichier est trop volumineux pour un plan (plus de 5 Mo de texte).', en: 'The file is too large for a plan (more than 5 MB of text).' } },
  PLAN_PARSE_NO_SECTIONS: { status: 422, message: { nl: 'Geen plan gevonden: de tekst bevat geen herkenbare secties en doelstellingen (SVPP-sjabloon).', fr: 'Aucun plan trouvé : le texte ne contient ni sections ni objectifs reconnaissables (modèle PSSP).', en: 'No plan found: the text has no recognisable sections and objectives (SVPP/PSSP template).' } },
  PLAN_VERSION_NOT_DRAFT: { status: 409, message: { nl: 'Deze planversie is al bevestigd.', fr: 'Cette version du plan est déjà confirmée.', en: 'This plan version is already confirmed.' } },
  REPORT_FORMAT_UNSUPPORTED: { status: 400, message: { nl: 'Dit formaat wordt niet ondersteund (docx, pdf of xlsx).', fr: 'Ce format n’est pas pris en charge (docx, pdf ou xlsx).', en: 'This format is not supported (docx, pdf or xlsx).' } },
  REPORT_NOT_BUILT: { status: 404, message: { nl: 'Dit rapport is nog niet beschikbaar in svpp.', fr: 'Ce rapport n’est pas encore disponible dans svpp.', en: 'This report is not available in svpp yet.' } },
  REGISTER_TYPE_UNKNOWN: { status: 422, message: { nl: 'Dit register bestaat niet of is niet actief.', fr: 'Ce registre n’existe pas ou n’est pas actif.', en: 'This register does not exist or is not active.' } },
  REGISTER_TYPE_EXISTS: { status: 409, message: { nl: 'Er bestaat al een register met deze sleutel.', fr: 'Un registre avec cette clé existe déjà.', en: 'A register with this key already exists.' } },
  REGISTER_TYPE_BUILTIN: { status: 409, message: { nl: 'Een ingebouwd register kan niet gewijzigd worden.', fr: 'Un registre intégré ne peut pas être modifié.', en: 'A built-in register cannot be changed.' } },
  REGISTRATION_INVALID_VALUES: { status: 422, message: { nl: 'Sommige velden zijn niet correct ingevuld.', fr: 'Certains champs ne sont pas correctement remplis.', en: 'Some fields are not filled in correctly.' } },
  REGISTRATION_DATE_IMPOSSIBLE: { status: 422, message: { nl: 'Deze datum kan niet: niet in de toekomst, niet voor 2000, en het einde niet voor het begin.', fr: 'Cette date est impossible : pas dans le futur, pas avant 2000, et la fin pas avant le début.', en: 'This date is impossible: not in the future, not before 2000, and the end not before the start.' } },
  PLACE_REQUIRED: { status: 422, message: { nl: 'Duid een plaats aan (op de kaart of een wijk).', fr: 'Indiquez un lieu (sur la carte ou un quartier).', en: 'Give a place (on the map or a wijk).' } },
  PLACE_OUTSIDE_MUNICIPALITY: { status: 422, message: { nl: 'Deze plaats ligt buiten de gemeente.', fr: 'Ce lieu se trouve en dehors de la commune.', en: 'This place lies outside the municipality.' } },
  PLACE_UNKNOWN_WIJK: { status: 422, message: { nl: 'Deze wijk bestaat niet in uw gemeente.', fr: 'Ce quartier n’existe pas dans votre commune.', en: 'This wijk does not exist in your municipality.' } },
  REGISTRATION_ID_CONFLICT: { status: 409, message: { nl: 'Deze registratie bestaat al met een ander type.', fr: 'Cet enregistrement existe déjà avec un autre type.', en: 'This registration already exists with another type.' } },
  PLAN_NONE: { status: 404, message: { nl: 'Er is nog geen plan ingeladen.', fr: 'Aucun plan n’a encore été importé.', en: 'No plan has been imported yet.' } },
  INDICATOR_NO_PROPOSAL: { status: 409, message: { nl: 'Voor deze indicator is er geen voorstel om te bevestigen.', fr: 'Il n’y a pas de proposition à confirmer pour cet indicateur.', en: 'There is no proposal to confirm for this indicator.' } },
  IMPORT_FILE_UNREADABLE: { status: 422, message: { nl: 'Dit bestand kan niet gelezen worden. Gebruik CSV (UTF-8) of XLSX.', fr: 'Ce fichier est illisible. Utilisez CSV (UTF-8) ou XLSX.', en: 'This file cannot be read. Use CSV (UTF-8) or XLSX.' } },
  IMPORT_FILE_EMPTY: { status: 422, message: { nl: 'Het bestand bevat geen rijen onder de kolomtitels.', fr: 'Le fichier ne contient aucune ligne sous les en-têtes.', en: 'The file has no rows below the column headers.' } },
  IMPORT_TOO_MANY_ROWS: { status: 422, message: { nl: 'Te veel rijen in één keer (maximum 50.000). Splits het bestand.', fr: 'Trop de lignes en une fois (maximum 50 000). Divisez le fichier.', en: 'Too many rows at once (50,000 at most). Split the file.' } },
  IMPORT_UNKNOWN_COLUMN: { status: 422, message: { nl: 'De koppeling verwijst naar een kolom die niet in het bestand staat.', fr: 'La correspondance renvoie à une colonne absente du fichier.', en: 'The mapping names a column that is not in the file.' } },
  IMPORT_UNKNOWN_FIELD: { status: 422, message: { nl: 'De koppeling verwijst naar een veld dat dit register niet heeft.', fr: 'La correspondance renvoie à un champ que ce registre n’a pas.', en: 'The mapping names a field this register does not have.' } },
  IMPORT_REJECTED_ROWS: { status: 422, message: { nl: 'Sommige rijen zijn geweigerd; er werd niets ingelezen. Verbeter ze en probeer opnieuw.', fr: 'Certaines lignes ont été refusées ; rien n’a été importé. Corrigez-les et réessayez.', en: 'Some rows were rejected; nothing was imported. Correct them and try again.' } },
  FILE_TOO_LARGE: { status: 422, message: { nl: 'Dit bestand is te groot (maximum 10 MB).', fr: 'Ce fichier est trop volumineux (maximum 10 Mo).', en: 'This file is too large (10 MB at most).' } },
  FILE_TYPE_NOT_ALLOWED: { status: 422, message: { nl: 'Dit type bestand wordt niet aanvaard (pdf, docx, xlsx, odt, ods, png, jpg, txt, csv).', fr: 'Ce type de fichier n’est pas accepté (pdf, docx, xlsx, odt, ods, png, jpg, txt, csv).', en: 'This kind of file is not accepted (pdf, docx, xlsx, odt, ods, png, jpg, txt, csv).' } },
  FILE_UNKNOWN: { status: 422, message: { nl: 'Een bijlage werd niet gevonden. Laad ze opnieuw op.', fr: 'Une annexe est introuvable. Téléversez-la à nouveau.', en: 'An attachment was not found. Upload it again.' } },
  INTERNAL: { status: 500, message: { nl: 'Er ging iets mis aan onze kant. Geef de foutcode door aan de beheerder.', fr: 'Une erreur s’est produite de notre côté. Communiquez le code d’erreur à l’administrateur.', en: 'Something went wrong on our side. Pass the error id on to the administrator.' } },
} as const satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof errorCatalog;

export function errorStatus(code: ErrorCode): number {
  return errorCatalog[code].status;
}

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return errorCatalog[code].message[locale];
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCatalog, value);
}
