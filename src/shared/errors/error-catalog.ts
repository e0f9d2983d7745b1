import type { Locale } from '../i18n/locale.js';
import { enforcementErrors } from './enforcement-errors.js';

type Entry = { status: number; message: Record<Locale, string> };

/**
 * Every error a user can meet: a stable code, an HTTP status and a message per language.
 * Codes are part of the public contract: add, never rename.
 */
export const errorCatalog = {
  VALIDATION_FAILED: {
    status: 400,
    message: {
      nl: 'De ingevoerde gegevens zijn ongeldig.',
      fr: 'Les données saisies ne sont pas valides.',
      en: 'The data you entered is not valid.',
    },
  },
  MALFORMED_BODY: {
    status: 400,
    message: {
      nl: 'Het verzoek kon niet gelezen worden (ongeldige JSON).',
      fr: 'La requête est illisible (JSON invalide).',
      en: 'The request could not be read (invalid JSON).',
    },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: {
      nl: 'Dit type inhoud wordt niet ondersteund.',
      fr: 'Ce type de contenu n’est pas pris en charge.',
      en: 'This content type is not supported.',
    },
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    message: {
      nl: 'Het verzoek is te groot.',
      fr: 'La requête est trop volumineuse.',
      en: 'The request is too large.',
    },
  },
  AUTH_REQUIRED: {
    status: 401,
    message: {
      nl: 'Meld u aan om verder te gaan.',
      fr: 'Veuillez vous connecter pour continuer.',
      en: 'Please log in to continue.',
    },
  },
  AUTH_INVALID_CREDENTIALS: {
    status: 401,
    message: {
      nl: 'E-mailadres of wachtwoord is onjuist.',
      fr: 'Adresse e-mail ou mot de passe incorrect.',
      en: 'E-mail address or password is incorrect.',
    },
  },
  AUTH_THROTTLED: {
    status: 429,
    message: {
      nl: 'Te veel mislukte aanmeldpogingen. Probeer het over enkele minuten opnieuw.',
      fr: 'Trop de tentatives de connexion échouées. Réessayez dans quelques minutes.',
      en: 'Too many failed login attempts. Try again in a few minutes.',
    },
  },
  CSRF_INVALID: {
    status: 403,
    message: {
      nl: 'Uw sessie is verlopen of het verzoek is ongeldig. Laad de pagina opnieuw.',
      fr: 'Votre session a expiré ou la requête est invalide. Rechargez la page.',
      en: 'Your session expired or the request is invalid. Reload the page.',
    },
  },
  FORBIDDEN: {
    status: 403,
    message: {
      nl: 'U hebt geen toegang tot deze actie.',
      fr: 'Vous n’avez pas accès à cette action.',
      en: 'You are not allowed to do this.',
    },
  },
  NOT_FOUND: { status: 404, message: { nl: 'Niet gevonden.', fr: 'Introuvable.', en: 'Not found.' } },
  ROUTE_NOT_FOUND: {
    status: 404,
    message: {
      nl: 'Deze pagina of API-route bestaat niet.',
      fr: 'Cette page ou route API n’existe pas.',
      en: 'This page or API route does not exist.',
    },
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    message: {
      nl: 'Deze methode is hier niet toegestaan.',
      fr: 'Cette méthode n’est pas autorisée ici.',
      en: 'This method is not allowed here.',
    },
  },
  RATE_LIMITED: {
    status: 429,
    message: {
      nl: 'Te veel verzoeken. Probeer het later opnieuw.',
      fr: 'Trop de requêtes. Réessayez plus tard.',
      en: 'Too many requests. Try again later.',
    },
  },
  USER_EMAIL_TAKEN: {
    status: 409,
    message: {
      nl: 'Er bestaat al een gebruiker met dit e-mailadres.',
      fr: 'Un utilisateur avec cette adresse e-mail existe déjà.',
      en: 'A user with this e-mail address already exists.',
    },
  },
  PASSWORD_TOO_WEAK: {
    status: 422,
    message: {
      nl: 'Dit wachtwoord is te zwak: kies minstens 12 tekens, geen veelgebruikt wachtwoord, geen herhaling of reeks (zoals aaaa of 1234) en niet uw e-mailnaam.',
      fr: 'Ce mot de passe est trop faible : choisissez au moins 12 caractères, pas un mot de passe courant, ni répétition ni suite (comme aaaa ou 1234), ni votre nom d’e-mail.',
      en: 'This password is too weak: choose at least 12 characters, not a common password, no repetition or sequence (such as aaaa or 1234) and not your e-mail name.',
    },
  },
  AUTH_RESET_TOKEN_INVALID: {
    status: 400,
    message: {
      nl: 'Deze link om uw wachtwoord opnieuw in te stellen is verlopen of al gebruikt. Vraag een nieuwe aan.',
      fr: 'Ce lien de réinitialisation du mot de passe a expiré ou a déjà servi. Demandez-en un nouveau.',
      en: 'This password reset link has expired or has already been used. Ask for a new one.',
    },
  },
  AUTH_CURRENT_PASSWORD_WRONG: {
    status: 422,
    message: {
      nl: 'Uw huidige wachtwoord is niet juist.',
      fr: 'Votre mot de passe actuel est incorrect.',
      en: 'Your current password is not correct.',
    },
  },
  USER_LAST_ADMIN: {
    status: 409,
    message: {
      nl: 'De laatste actieve beheerder kan niet worden gedeactiveerd of van rol veranderen.',
      fr: 'Le dernier administrateur actif ne peut être désactivé ni changer de rôle.',
      en: 'The last active administrator cannot be deactivated or change role.',
    },
  },
  MUNICIPALITY_NOT_FOUND: {
    status: 404,
    message: {
      nl: 'Deze gemeente bestaat niet.',
      fr: 'Cette commune n’existe pas.',
      en: 'This municipality does not exist.',
    },
  },
  PLAN_PARSE_EMPTY: {
    status: 422,
    message: {
      nl: 'Het bestand is leeg: er is geen plantekst om te lezen.',
      fr: 'Le fichier est vide : il n’y a pas de texte de plan à lire.',
      en: 'The file is empty: there is no plan text to read.',
    },
  },
  PLAN_PARSE_BINARY: {
    status: 422,
    message: {
      nl: 'Het bestand is geen tekst (het lijkt een binair bestand). Zet het plan eerst om naar platte tekst (.txt).',
      fr: 'Le fichier n’est pas du texte (il semble binaire). Convertissez d’abord le plan en texte brut (.txt).',
      en: 'The file is not text (it looks like a binary file). Convert the plan to plain text (.txt) first.',
    },
  },
  PLAN_PARSE_TOO_LARGE: {
    status: 422,
    message: {
      nl: 'Het bestand is te groot voor een plan (meer dan 5 MB tekst).',
      fr: 'Le fichier est trop volumineux pour un plan (plus de 5 Mo de texte).',
      en: 'The file is too large for a plan (more than 5 MB of text).',
    },
  },
  PLAN_PARSE_NO_SECTIONS: {
    status: 422,
    message: {
      nl: 'Geen plan gevonden: de tekst bevat geen herkenbare secties en doelstellingen (SVPP-sjabloon).',
      fr: 'Aucun plan trouvé : le texte ne contient ni sections ni objectifs reconnaissables (modèle PSSP).',
      en: 'No plan found: the text has no recognisable sections and objectives (SVPP/PSSP template).',
    },
  },
  PLAN_VERSION_NOT_DRAFT: {
    status: 409,
    message: {
      nl: 'Deze planversie is al bevestigd.',
      fr: 'Cette version du plan est déjà confirmée.',
      en: 'This plan version is already confirmed.',
    },
  },
  REPORT_FORMAT_UNSUPPORTED: {
    status: 400,
    message: {
      nl: 'Dit formaat wordt niet ondersteund (docx, pdf of xlsx).',
      fr: 'Ce format n’est pas pris en charge (docx, pdf ou xlsx).',
      en: 'This format is not supported (docx, pdf or xlsx).',
    },
  },
  REGISTER_TYPE_UNKNOWN: {
    status: 422,
    message: {
      nl: 'Dit register bestaat niet of is niet actief.',
      fr: 'Ce registre n’existe pas ou n’est pas actif.',
      en: 'This register does not exist or is not active.',
    },
  },
  REGISTER_TYPE_EXISTS: {
    status: 409,
    message: {
      nl: 'Er bestaat al een register met deze sleutel.',
      fr: 'Un registre avec cette clé existe déjà.',
      en: 'A register with this key already exists.',
    },
  },
  REGISTER_TYPE_BUILTIN: {
    status: 409,
    message: {
      nl: 'Een ingebouwd register kan niet gewijzigd worden.',
      fr: 'Un registre intégré ne peut pas être modifié.',
      en: 'A built-in register cannot be changed.',
    },
  },
  REGISTRATION_INVALID_VALUES: {
    status: 422,
    message: {
      nl: 'Sommige velden zijn niet correct ingevuld.',
      fr: 'Certains champs ne sont pas correctement remplis.',
      en: 'Some fields are not filled in correctly.',
    },
  },
  REGISTRATION_DATE_IMPOSSIBLE: {
    status: 422,
    message: {
      nl: 'Deze datum kan niet: niet in de toekomst, niet voor 2000, en het einde niet voor het begin.',
      fr: 'Cette date est impossible : pas dans le futur, pas avant 2000, et la fin pas avant le début.',
      en: 'This date is impossible: not in the future, not before 2000, and the end not before the start.',
    },
  },
  PLACE_REQUIRED: {
    status: 422,
    message: {
      nl: 'Duid een plaats aan (op de kaart of een wijk).',
      fr: 'Indiquez un lieu (sur la carte ou un quartier).',
      en: 'Give a place (on the map or a wijk).',
    },
  },
  PLACE_OUTSIDE_MUNICIPALITY: {
    status: 422,
    message: {
      nl: 'Deze plaats ligt buiten de gemeente.',
      fr: 'Ce lieu se trouve en dehors de la commune.',
      en: 'This place lies outside the municipality.',
    },
  },
  PLACE_UNKNOWN_WIJK: {
    status: 422,
    message: {
      nl: 'Deze wijk bestaat niet in uw gemeente.',
      fr: 'Ce quartier n’existe pas dans votre commune.',
      en: 'This wijk does not exist in your municipality.',
    },
  },
  REGISTRATION_ID_CONFLICT: {
    status: 409,
    message: {
      nl: 'Deze registratie bestaat al met een ander type.',
      fr: 'Cet enregistrement existe déjà avec un autre type.',
      en: 'This registration already exists with another type.',
    },
  },
  PLAN_NONE: {
    status: 404,
    message: {
      nl: 'Er is nog geen plan ingeladen.',
      fr: 'Aucun plan n’a encore été importé.',
      en: 'No plan has been imported yet.',
    },
  },
  INDICATOR_NO_PROPOSAL: {
    status: 409,
    message: {
      nl: 'Voor deze indicator is er geen voorstel om te bevestigen.',
      fr: 'Il n’y a pas de proposition à confirmer pour cet indicateur.',
      en: 'There is no proposal to confirm for this indicator.',
    },
  },
  INDICATOR_NO_LINK: {
    status: 409,
    message: {
      nl: 'Deze indicator heeft geen koppeling of voorstel om te verwijderen.',
      fr: 'Cet indicateur n’a pas de lien ni de proposition à retirer.',
      en: 'This indicator has no link or proposal to remove.',
    },
  },
  REGISTER_SYSTEM_ONLY: {
    status: 422,
    message: {
      nl: 'Dit register wordt door svpp zelf bijgehouden (beslissingen, geweldsfeiten) en kan niet met de hand ingevuld worden.',
      fr: 'Ce registre est tenu par svpp lui-même (décisions, faits de violence) et ne peut pas être rempli à la main.',
      en: 'svpp keeps this register itself (decisions, violence incidents): it cannot be filled in by hand.',
    },
  },
  SUBJECT_UNKNOWN: {
    status: 422,
    message: {
      nl: 'Dit onderwerp bestaat niet in deze gemeente. Kies een onderwerp uit de lijst.',
      fr: 'Ce sujet n’existe pas dans cette commune. Choisissez un sujet dans la liste.',
      en: 'This subject does not exist in this municipality. Choose a subject from the list.',
    },
  },
  SUBJECT_INACTIVE: {
    status: 422,
    message: {
      nl: 'Dit onderwerp is niet meer actief (stopgezet of samengevoegd). Kies het actieve onderwerp.',
      fr: 'Ce sujet n’est plus actif (arrêté ou fusionné). Choisissez le sujet actif.',
      en: 'This subject is no longer active (stopped or merged). Choose the active subject.',
    },
  },
  SUBJECT_WRONG_REGISTER: {
    status: 422,
    message: {
      nl: 'Dit onderwerp hoort bij een ander register dan deze registratie.',
      fr: 'Ce sujet appartient à un autre registre que cet enregistrement.',
      en: 'This subject belongs to another register than this registration.',
    },
  },
  SUBJECT_MERGE_WRONG_REGISTER: {
    status: 422,
    message: {
      nl: 'Onderwerpen van verschillende registers kunnen niet samengevoegd worden.',
      fr: 'Des sujets de registres différents ne peuvent pas être fusionnés.',
      en: 'Subjects of different registers cannot be merged.',
    },
  },
  SUBJECT_MERGE_SELF: {
    status: 422,
    message: {
      nl: 'Een onderwerp kan niet met zichzelf samengevoegd worden.',
      fr: 'Un sujet ne peut pas être fusionné avec lui-même.',
      en: 'A subject cannot be merged into itself.',
    },
  },
  SUBJECT_MERGED: {
    status: 409,
    message: {
      nl: 'Dit onderwerp is samengevoegd met een ander en kan niet opnieuw geactiveerd worden.',
      fr: 'Ce sujet a été fusionné avec un autre et ne peut pas être réactivé.',
      en: 'This subject was merged into another and cannot be reactivated.',
    },
  },
  INDICATOR_RATIO_DENOMINATOR_ZERO: {
    status: 422,
    message: {
      nl: 'Een verhouding moet een noemer hebben die groter is dan nul.',
      fr: 'Un rapport doit avoir un dénominateur supérieur à zéro.',
      en: 'A ratio needs a denominator above zero.',
    },
  },
  INDICATOR_NOT_FLAGGED: {
    status: 409,
    message: {
      nl: 'Deze indicator is niet gemarkeerd voor nazicht (of de toestand is intussen veranderd).',
      fr: 'Cet indicateur n’est pas signalé pour vérification (ou la situation a changé entre-temps).',
      en: 'This indicator is not flagged for review (or the situation has changed since).',
    },
  },
  IMPORT_FILE_UNREADABLE: {
    status: 422,
    message: {
      nl: 'Dit bestand kan niet gelezen worden. Gebruik CSV (UTF-8) of XLSX.',
      fr: 'Ce fichier est illisible. Utilisez CSV (UTF-8) ou XLSX.',
      en: 'This file cannot be read. Use CSV (UTF-8) or XLSX.',
    },
  },
  IMPORT_FILE_EMPTY: {
    status: 422,
    message: {
      nl: 'Het bestand bevat geen rijen onder de kolomtitels.',
      fr: 'Le fichier ne contient aucune ligne sous les en-têtes.',
      en: 'The file has no rows below the column headers.',
    },
  },
  IMPORT_TOO_MANY_ROWS: {
    status: 422,
    message: {
      nl: 'Te veel rijen in één keer (maximum 100.000). Splits het bestand.',
      fr: 'Trop de lignes en une fois (maximum 100 000). Divisez le fichier.',
      en: 'Too many rows at once (100,000 at most). Split the file.',
    },
  },
  EXPORT_TOO_MANY_ROWS: {
    status: 422,
    message: {
      nl: 'Te veel rijen om te exporteren (maximum 50.000). Verfijn de filters.',
      fr: 'Trop de lignes à exporter (maximum 50 000). Affinez les filtres.',
      en: 'Too many rows to export (50,000 at most). Narrow the filters.',
    },
  },
  IMPORT_CELL_TOO_LONG: {
    status: 422,
    message: {
      nl: 'Een cel in het bestand is te lang (maximum 10.000 tekens). Kijk de rij en kolom na.',
      fr: 'Une cellule du fichier est trop longue (maximum 10 000 caractères). Vérifiez la ligne et la colonne.',
      en: 'A cell in the file is too long (10,000 characters at most). Check the row and column.',
    },
  },
  IMPORT_TOO_LARGE: {
    status: 422,
    message: {
      nl: 'Dit XLSX-bestand is uitgepakt te groot (maximum 128 MB). Splits het bestand.',
      fr: 'Ce fichier XLSX est trop volumineux une fois décompressé (maximum 128 Mo). Divisez le fichier.',
      en: 'This XLSX file is too large once unpacked (128 MB at most). Split the file.',
    },
  },
  IMPORT_ZIP_BOMB: {
    status: 422,
    message: {
      nl: 'Dit XLSX-bestand pakt uit tot veel meer dan een rekenblad kan bevatten en wordt geweigerd.',
      fr: 'Ce fichier XLSX se décompresse en bien plus qu’une feuille de calcul ne peut contenir et est refusé.',
      en: 'This XLSX file unpacks to far more than a spreadsheet can hold and is refused.',
    },
  },
  IMPORT_UNKNOWN_COLUMN: {
    status: 422,
    message: {
      nl: 'De koppeling verwijst naar een kolom die niet in het bestand staat.',
      fr: 'La correspondance renvoie à une colonne absente du fichier.',
      en: 'The mapping names a column that is not in the file.',
    },
  },
  IMPORT_UNKNOWN_FIELD: {
    status: 422,
    message: {
      nl: 'De koppeling verwijst naar een veld dat dit register niet heeft.',
      fr: 'La correspondance renvoie à un champ que ce registre n’a pas.',
      en: 'The mapping names a field this register does not have.',
    },
  },
  IMPORT_REJECTED_ROWS: {
    status: 422,
    message: {
      nl: 'Sommige rijen zijn geweigerd; er werd niets ingelezen. Verbeter ze en probeer opnieuw.',
      fr: 'Certaines lignes ont été refusées ; rien n’a été importé. Corrigez-les et réessayez.',
      en: 'Some rows were rejected; nothing was imported. Correct them and try again.',
    },
  },
  FILE_TOO_LARGE: {
    status: 422,
    message: {
      nl: 'Dit bestand is te groot (maximum 10 MB).',
      fr: 'Ce fichier est trop volumineux (maximum 10 Mo).',
      en: 'This file is too large (10 MB at most).',
    },
  },
  FILE_TYPE_NOT_ALLOWED: {
    status: 422,
    message: {
      nl: 'Dit type bestand wordt niet aanvaard (pdf, docx, xlsx, odt, ods, png, jpg, txt, csv).',
      fr: 'Ce type de fichier n’est pas accepté (pdf, docx, xlsx, odt, ods, png, jpg, txt, csv).',
      en: 'This kind of file is not accepted (pdf, docx, xlsx, odt, ods, png, jpg, txt, csv).',
    },
  },
  FILE_UNKNOWN: {
    status: 422,
    message: {
      nl: 'Een bijlage werd niet gevonden. Laad ze opnieuw op.',
      fr: 'Une annexe est introuvable. Téléversez-la à nouveau.',
      en: 'An attachment was not found. Upload it again.',
    },
  },
  UPLOAD_TYPE_NOT_ALLOWED: {
    status: 422,
    message: {
      nl: 'De inhoud van dit bestand is geen toegelaten type (PNG, JPEG, PDF, DOCX, XLSX, CSV of tekst in UTF-8), of past niet bij de naam.',
      fr: 'Le contenu de ce fichier n’est pas d’un type accepté (PNG, JPEG, PDF, DOCX, XLSX, CSV ou texte UTF-8), ou ne correspond pas à son nom.',
      en: 'The content of this file is not an accepted type (PNG, JPEG, PDF, DOCX, XLSX, CSV or UTF-8 text), or does not match its name.',
    },
  },
  UPLOAD_PDF_ACTIVE_CONTENT: {
    status: 422,
    message: {
      nl: 'Deze PDF bevat actieve inhoud (JavaScript, een startactie, ingesloten bestanden of onleesbare gecomprimeerde objecten) en wordt geweigerd. Druk hem af naar een nieuwe PDF en probeer opnieuw.',
      fr: 'Ce PDF contient du contenu actif (JavaScript, action de lancement, fichiers incorporés ou objets compressés illisibles) et est refusé. Imprimez-le vers un nouveau PDF et réessayez.',
      en: 'This PDF carries active content (JavaScript, a launch action, embedded files or unreadable compressed objects) and is refused. Print it to a new PDF and try again.',
    },
  },
  UPLOAD_INVALID_BASE64: {
    status: 422,
    message: {
      nl: 'Het bestand is niet correct gecodeerd (ongeldige base64).',
      fr: 'Le fichier n’est pas correctement encodé (base64 invalide).',
      en: 'The file is not encoded correctly (invalid base64).',
    },
  },
  UPLOAD_TOO_LARGE: {
    status: 422,
    message: { nl: 'Dit bestand is te groot.', fr: 'Ce fichier est trop volumineux.', en: 'This file is too large.' },
  },
  UPLOAD_IMAGE_UNREADABLE: {
    status: 422,
    message: {
      nl: 'Deze afbeelding kan niet gelezen worden (beschadigd of een onbekende variant van PNG/JPEG).',
      fr: 'Cette image est illisible (endommagée ou variante PNG/JPEG inconnue).',
      en: 'This image cannot be read (damaged or an unknown PNG/JPEG variant).',
    },
  },
  GUARD_REGISTER_NOT_ALLOWED: {
    status: 403,
    message: {
      nl: 'U mag in dit register niet schrijven: gemeenschapswachten registreren enkel hun eigen taken, en enkel zij en hun coördinatoren schrijven in de registers van de wachten.',
      fr: 'Vous ne pouvez pas écrire dans ce registre : les gardiens de la paix n’enregistrent que leurs propres tâches, et seuls eux et leurs coordinateurs écrivent dans les registres des gardiens.',
      en: 'You may not write in this register: community guards record their own tasks only, and only they and their coordinators write in the guards’ registers.',
    },
  },
  GAS_VASTSTELLER_REQUIRED: {
    status: 403,
    message: {
      nl: 'Alleen een gemeenschapswacht-vaststeller mag een GAS-vaststelling opmaken.',
      fr: 'Seul un gardien de la paix constatateur peut rédiger un constat SAC.',
      en: 'Only a community guard who is a vaststeller (sworn officer) may write a GAS report.',
    },
  },
  GUARD_TIME_IMPOSSIBLE: {
    status: 422,
    message: {
      nl: 'Dit tijdstip kan niet: niet in de toekomst, en een dienst eindigt na de start en duurt hoogstens 16 uur.',
      fr: 'Cette heure est impossible : pas dans le futur, et un service se termine après son début et dure au plus 16 heures.',
      en: 'This time is impossible: not in the future, and a shift ends after it starts and lasts 16 hours at most.',
    },
  },
  GUARD_SHIFT_CONFLICT: {
    status: 409,
    message: {
      nl: 'Deze dienst hoort bij een andere gemeenschapswacht.',
      fr: 'Ce service appartient à un autre gardien de la paix.',
      en: 'This shift belongs to another community guard.',
    },
  },
  GUARD_UNKNOWN: {
    status: 422,
    message: {
      nl: 'Deze persoon is geen gemeenschapswacht in uw gemeente.',
      fr: 'Cette personne n’est pas gardien de la paix dans votre commune.',
      en: 'This person is not a community guard in your municipality.',
    },
  },
  INCIDENT_ID_CONFLICT: {
    status: 409,
    message: {
      nl: 'Dit incident bestaat al en u kunt het niet wijzigen.',
      fr: 'Cet incident existe déjà et vous ne pouvez pas le modifier.',
      en: 'This incident already exists and you cannot change it.',
    },
  },
  NUISANCE_EVENT_INVALID: {
    status: 422,
    message: {
      nl: 'Deze overlastmelding kan niet geteld worden: onbekende categorie of bron, of een onmogelijk tijdstip.',
      fr: 'Cet événement de nuisance ne peut pas être compté : catégorie ou source inconnue, ou moment impossible.',
      en: 'This nuisance event cannot be counted: unknown category or source, or an impossible moment.',
    },
  },
  BAROMETER_PERIOD_INVALID: {
    status: 422,
    message: {
      nl: 'Deze periode kan niet: het begin moet voor het einde liggen en de periode mag hoogstens vijf jaar zijn.',
      fr: 'Cette période est impossible : le début doit précéder la fin et la période ne peut dépasser cinq ans.',
      en: 'This period is impossible: the start must come before the end and the period may be five years at most.',
    },
  },
  BAROMETER_PERIOD_NOT_ALLOWED: {
    status: 422,
    message: {
      nl: 'Buiten de dienst toont de barometer één kalenderkwartaal per keer (1 januari–31 maart, 1 april–30 juni, …), zodat periodes niet van elkaar afgetrokken kunnen worden.',
      fr: 'Hors du service, le baromètre montre un trimestre civil à la fois (1er janvier–31 mars, 1er avril–30 juin, …), pour qu’on ne puisse pas soustraire des périodes.',
      en: 'Outside the department the barometer shows one calendar quarter at a time (1 January–31 March, 1 April–30 June, …), so that periods cannot be subtracted from each other.',
    },
  },
  BAROMETER_FILTER_NOT_ALLOWED: {
    status: 422,
    message: {
      nl: 'Buiten de dienst toont de barometer alle soorten en bronnen samen (zonder filter of wijkselectie), zodat totalen geen kleine aantallen verraden.',
      fr: 'Hors du service, le baromètre montre tous les types et sources ensemble (sans filtre ni choix de quartier), pour que les totaux ne trahissent pas de petits nombres.',
      en: 'Outside the department the barometer shows every kind and source together (no filter or wijk selection), so that totals do not give small counts away.',
    },
  },
  BAROMETER_EVENTS_DEPARTMENT_ONLY: {
    status: 403,
    message: {
      nl: 'De lijst van meldingen is enkel zichtbaar binnen de dienst; u ziet de tellingen per wijk en per uur.',
      fr: 'La liste des signalements n’est visible qu’au sein du service ; vous voyez les comptages par quartier et par heure.',
      en: 'The list of events is only visible inside the department; you see the counts per wijk and per hour.',
    },
  },
  CASE_CLOSED: {
    status: 409,
    message: {
      nl: 'Dit dossier is afgesloten: er kan niets meer aan toegevoegd worden.',
      fr: 'Ce dossier est clôturé : on ne peut plus rien y ajouter.',
      en: 'This case is closed: nothing can be added to it any more.',
    },
  },
  CASE_STEP_UNKNOWN: {
    status: 422,
    message: {
      nl: 'Deze stap bestaat niet voor dit soort dossier.',
      fr: 'Cette étape n’existe pas pour ce type de dossier.',
      en: 'This step does not exist for this kind of case.',
    },
  },
  CASE_STEP_REQUIRES: {
    status: 409,
    message: {
      nl: 'Deze stap kan nog niet: een vorige stap ontbreekt.',
      fr: 'Cette étape n’est pas encore possible : une étape précédente manque.',
      en: 'This step cannot happen yet: an earlier step is missing.',
    },
  },
  CASE_CONSENT_REQUIRED: {
    status: 409,
    message: {
      nl: 'Zonder toestemming van het jeugdparket kan geen enkele stap van het NERO-traject starten.',
      fr: 'Sans l’accord du parquet de la jeunesse, aucune étape du trajet NERO ne peut commencer.',
      en: 'Without the youth prosecutor’s consent no step of the NERO trajectory can start.',
    },
  },
  CASE_STEP_ALREADY_DONE: {
    status: 409,
    message: {
      nl: 'Deze stap werd al geregistreerd.',
      fr: 'Cette étape a déjà été enregistrée.',
      en: 'This step has already been recorded.',
    },
  },
  CASE_STEP_OUTCOME: {
    status: 422,
    message: {
      nl: 'Kies een geldige uitkomst of keuze voor deze stap.',
      fr: 'Choisissez un résultat ou un choix valable pour cette étape.',
      en: 'Choose a valid outcome or choice for this step.',
    },
  },
  CASE_HOURS_MAXIMUM: {
    status: 422,
    message: {
      nl: 'Zoveel uren gemeenschapsdienst kan niet: de wet staat maximaal 15 uur toe voor minderjarigen en 30 uur voor meerderjarigen.',
      fr: 'Autant d’heures de prestation citoyenne est impossible : la loi permet au maximum 15 heures pour les mineurs et 30 heures pour les majeurs.',
      en: 'That many community service hours is not allowed: the law allows at most 15 hours for minors and 30 hours for adults.',
    },
  },
  CASE_STEP_TOO_EARLY: {
    status: 422,
    message: {
      nl: 'Deze stap kan pas na de wettelijke termijn (de verweertermijn van 15 dagen).',
      fr: 'Cette étape n’est possible qu’après le délai légal (le délai de défense de 15 jours).',
      en: 'This step is only possible after the legal period (the 15-day defence period).',
    },
  },
  CASE_DATE_IMPOSSIBLE: {
    status: 422,
    message: {
      nl: 'Deze datum kan niet: niet in de toekomst, niet voor de opening van het dossier en niet voor de vorige stap.',
      fr: 'Cette date est impossible : pas dans le futur, pas avant l’ouverture du dossier ni avant l’étape précédente.',
      en: 'This date is impossible: not in the future, not before the case was opened and not before the previous step.',
    },
  },
  CASE_CLOSE_OUTCOME: {
    status: 422,
    message: {
      nl: 'Kies een geldige manier om dit dossier af te sluiten.',
      fr: 'Choisissez une manière valable de clôturer ce dossier.',
      en: 'Choose a valid way to close this case.',
    },
  },
  CASE_NOT_OWNER: {
    status: 403,
    message: {
      nl: 'Alleen de eigenaar van het dossier of een coördinator kan dit doen.',
      fr: 'Seul le responsable du dossier ou un coordinateur peut faire ceci.',
      en: 'Only the case owner or a coordinator can do this.',
    },
  },
  CASE_OWNER_UNKNOWN: {
    status: 422,
    message: {
      nl: 'Deze eigenaar is geen actieve gebruiker van uw gemeente.',
      fr: 'Ce responsable n’est pas un utilisateur actif de votre commune.',
      en: 'This owner is not an active user of your municipality.',
    },
  },
  CASE_PERSON_INVALID: {
    status: 422,
    message: {
      nl: 'Deze persoon past niet in dit dossier (onbekende rol, of namen in een pseudoniem register).',
      fr: 'Cette personne ne convient pas à ce dossier (rôle inconnu, ou noms dans un registre pseudonyme).',
      en: 'This person does not fit this case (unknown role, or names in a pseudonymous register).',
    },
  },
  CASE_VOLUNTEER_UNKNOWN: {
    status: 422,
    message: {
      nl: 'Een vrijwilliger werd niet gevonden in het register.',
      fr: 'Un bénévole est introuvable dans le registre.',
      en: 'A volunteer was not found in the register.',
    },
  },
  COMPLAINT_SPAM: {
    status: 422,
    message: {
      nl: 'Uw melding werd niet aanvaard omdat ze op een automatisch bericht lijkt. Vul het formulier opnieuw in, zonder links.',
      fr: 'Votre signalement n’a pas été accepté car il ressemble à un message automatique. Remplissez à nouveau le formulaire, sans liens.',
      en: 'Your report was not accepted because it looks like an automated message. Fill in the form again, without links.',
    },
  },
  COMPLAINT_FORM_TOO_FAST: {
    status: 422,
    message: {
      nl: 'Het formulier werd te snel verstuurd. Controleer uw gegevens en verstuur opnieuw.',
      fr: 'Le formulaire a été envoyé trop vite. Vérifiez vos données et envoyez-le à nouveau.',
      en: 'The form was sent too quickly. Check your details and send it again.',
    },
  },
  COMPLAINT_FORM_EXPIRED: {
    status: 422,
    message: {
      nl: 'Het formulier is verlopen. Laad de pagina opnieuw en verstuur uw melding nog eens.',
      fr: 'Le formulaire a expiré. Rechargez la page et envoyez à nouveau votre signalement.',
      en: 'The form has expired. Reload the page and send your report again.',
    },
  },
  COMPLAINT_RATE_LIMITED: {
    status: 429,
    message: {
      nl: 'Er kwamen te veel meldingen binnen. Probeer het later opnieuw of bel het overlastloket.',
      fr: 'Trop de signalements ont été reçus. Réessayez plus tard ou appelez le guichet nuisances.',
      en: 'Too many reports came in. Try again later or call the nuisance desk.',
    },
  },
  COMPLAINT_ATTACHMENT_REJECTED: {
    status: 422,
    message: {
      nl: 'Deze bijlage wordt niet aanvaard: enkel foto’s (PNG, JPG) of PDF, maximum 2 MB per bestand en 3 bestanden.',
      fr: 'Cette annexe n’est pas acceptée : uniquement des photos (PNG, JPG) ou PDF, 2 Mo maximum par fichier et 3 fichiers.',
      en: 'This attachment is not accepted: only photos (PNG, JPG) or PDF, 2 MB at most per file and 3 files.',
    },
  },
  COMPLAINT_DATE_IMPOSSIBLE: {
    status: 422,
    message: {
      nl: 'Dit tijdstip kan niet: niet in de toekomst en niet voor 2000.',
      fr: 'Ce moment est impossible : pas dans le futur ni avant 2000.',
      en: 'This time is impossible: not in the future and not before 2000.',
    },
  },
  COMPLAINT_TRANSITION_NOT_ALLOWED: {
    status: 409,
    message: {
      nl: 'Deze statuswijziging is niet toegestaan.',
      fr: 'Ce changement de statut n’est pas autorisé.',
      en: 'This status change is not allowed.',
    },
  },
  COMPLAINT_SERVICE_REQUIRED: {
    status: 422,
    message: {
      nl: 'Wijs eerst een dienst of partner toe.',
      fr: 'Attribuez d’abord un service ou un partenaire.',
      en: 'Assign a service or partner first.',
    },
  },
  COMPLAINT_SERVICE_UNKNOWN: {
    status: 422,
    message: {
      nl: 'Deze dienst of partner bestaat niet of is niet actief.',
      fr: 'Ce service ou partenaire n’existe pas ou n’est pas actif.',
      en: 'This service or partner does not exist or is not active.',
    },
  },
  COMPLAINT_ANSWER_REQUIRED: {
    status: 422,
    message: {
      nl: 'Schrijf eerst een antwoord aan de melder.',
      fr: 'Rédigez d’abord une réponse à l’auteur du signalement.',
      en: 'Write an answer to the citizen first.',
    },
  },
  COMPLAINT_MERGED: {
    status: 409,
    message: {
      nl: 'Deze melding werd samengevoegd met een andere; behandel die andere melding.',
      fr: 'Ce signalement a été fusionné avec un autre ; traitez cet autre signalement.',
      en: 'This complaint was merged into another one; handle that one.',
    },
  },
  COMPLAINT_STATUS_CHANGED: {
    status: 409,
    message: {
      nl: 'Deze melding werd intussen gewijzigd (bijvoorbeeld door een collega beantwoord). Laad de melding opnieuw.',
      fr: 'Ce signalement a été modifié entre-temps (par exemple traité par un collègue). Rechargez le signalement.',
      en: 'This complaint changed meanwhile (answered by a colleague, for instance). Reload the complaint.',
    },
  },
  COMPLAINT_MERGE_INVALID: {
    status: 409,
    message: {
      nl: 'Deze meldingen kunnen niet samengevoegd worden (dezelfde melding, of de andere is zelf samengevoegd of afgesloten).',
      fr: 'Ces signalements ne peuvent pas être fusionnés (le même signalement, ou l’autre est lui-même fusionné ou clôturé).',
      en: 'These complaints cannot be merged (the same complaint, or the other one is merged or closed itself).',
    },
  },
  CONSULTATION_FINAL: {
    status: 409,
    message: {
      nl: 'Het verslag van dit overleg is al definitief.',
      fr: 'Le procès-verbal de cette concertation est déjà définitif.',
      en: 'The minutes of this consultation are already final.',
    },
  },
  CONSULTATION_NOT_HELD: {
    status: 422,
    message: {
      nl: 'Een verslag kan pas definitief worden op of na de dag van het overleg.',
      fr: 'Un procès-verbal ne peut être définitif qu’à partir du jour de la concertation.',
      en: 'Minutes can only be made final on or after the day of the consultation.',
    },
  },
  CONSULTATION_MINUTES_EMPTY: {
    status: 422,
    message: {
      nl: 'Schrijf eerst het verslag voor u het definitief maakt.',
      fr: 'Rédigez d’abord le procès-verbal avant de le rendre définitif.',
      en: 'Write the minutes before making them final.',
    },
  },
  FINANCE_YEAR_OUTSIDE_PLAN: {
    status: 422,
    message: {
      nl: 'Dit jaar valt buiten de periode van de planversie.',
      fr: 'Cette année est en dehors de la période de la version du plan.',
      en: 'This year lies outside the plan version’s period.',
    },
  },
  FINANCE_NO_FUNDING: {
    status: 422,
    message: {
      nl: 'Deze planversie vermeldt geen subsidiebedragen.',
      fr: 'Cette version du plan ne mentionne aucun montant de subvention.',
      en: 'This plan version states no subsidy amounts.',
    },
  },
  FINANCE_REGIME_INVALID: {
    status: 422,
    message: {
      nl: 'Het arbeidsregime moet een breuk zijn zoals 1/1, 4/5 of 1/2.',
      fr: 'Le régime de travail doit être une fraction comme 1/1, 4/5 ou 1/2.',
      en: 'The work regime must be a fraction such as 1/1, 4/5 or 1/2.',
    },
  },
  FINANCE_DATES_INVALID: {
    status: 422,
    message: {
      nl: 'De einddatum ligt voor de begindatum.',
      fr: 'La date de fin précède la date de début.',
      en: 'The end date lies before the start date.',
    },
  },
  FINANCE_SCHEME_HAS_NO_STAFF: {
    status: 422,
    message: {
      nl: 'Dit subsidiekanaal financiert geen personeel per VTE.',
      fr: 'Ce dispositif ne finance pas de personnel par ETP.',
      en: 'This scheme does not fund staff per FTE.',
    },
  },
  FINANCE_CATEGORY_NOT_IN_SCHEME: {
    status: 422,
    message: {
      nl: 'Dit soort uitgave kan niet ten laste van dit subsidiekanaal.',
      fr: 'Ce type de dépense ne peut être imputé à ce dispositif.',
      en: 'This kind of expense cannot be charged to this scheme.',
    },
  },
  FINANCE_DATE_OUTSIDE_YEAR: {
    status: 422,
    message: {
      nl: 'De datum van de uitgave valt buiten het subsidiejaar.',
      fr: 'La date de la dépense est en dehors de l’année subsidiée.',
      en: 'The expense date lies outside the subsidy year.',
    },
  },
  FINANCE_STAFF_UNKNOWN: {
    status: 422,
    message: {
      nl: 'Deze medewerker hoort niet bij dit subsidiekanaal.',
      fr: 'Ce membre du personnel n’appartient pas à ce dispositif.',
      en: 'This staff member does not belong to this scheme.',
    },
  },
  FINANCE_OBJECTIVE_UNKNOWN: {
    status: 422,
    message: {
      nl: 'Deze doelstelling bestaat niet in uw plan.',
      fr: 'Cet objectif n’existe pas dans votre plan.',
      en: 'This objective does not exist in your plan.',
    },
  },
  FINANCE_CAP_EXCEEDED: {
    status: 409,
    message: {
      nl: 'Deze uitgave gaat boven het plafond van de subsidie. Bevestig om ze toch te boeken (het deel erboven is een eigen kost).',
      fr: 'Cette dépense dépasse le plafond de la subvention. Confirmez pour l’enregistrer quand même (le dépassement est à charge de la ville).',
      en: 'This expense passes the subsidy’s cap. Confirm to record it anyway (the excess is the city’s own cost).',
    },
  },
  DECISION_STEP_OUT_OF_ORDER: {
    status: 409,
    message: {
      nl: 'Deze stap kan pas na de vorige: verwijzing door het college, goedkeuring door de gemeenteraad, indiening bij de minister (in die volgorde en datum).',
      fr: 'Cette étape suit la précédente : renvoi par le collège, approbation du conseil, envoi au ministre (dans cet ordre et à des dates croissantes).',
      en: 'This step comes after the previous one: college referral, council approval, submission to the ministry (in that order and date).',
    },
  },
  DECISION_SUBJECT_UNKNOWN: {
    status: 404,
    message: {
      nl: 'Deze planversie of dit rapport bestaat niet.',
      fr: 'Cette version du plan ou ce rapport n’existe pas.',
      en: 'This plan version or report does not exist.',
    },
  },
  CALENDAR_FEED_INVALID: {
    status: 404,
    message: {
      nl: 'Deze agendalink is ongeldig of ingetrokken.',
      fr: 'Ce lien d’agenda est invalide ou révoqué.',
      en: 'This calendar link is invalid or revoked.',
    },
  },
  PARTNER_EXISTS: {
    status: 409,
    message: {
      nl: 'Er bestaat al een partner met deze naam.',
      fr: 'Un partenaire portant ce nom existe déjà.',
      en: 'A partner with this name already exists.',
    },
  },
  NUISANCE_CATEGORY_UNKNOWN: {
    status: 422,
    message: {
      nl: 'Onbekende overlastcategorie.',
      fr: 'Catégorie de nuisance inconnue.',
      en: 'Unknown nuisance category.',
    },
  },
  IMPORT_DUPLICATE_REFERENCE: {
    status: 422,
    message: {
      nl: 'Dit nummer staat meer dan eens in het bestand.',
      fr: 'Ce numéro figure plus d’une fois dans le fichier.',
      en: 'This number appears more than once in the file.',
    },
  },
  TEXT_INVALID_CHARACTERS: {
    status: 400,
    message: {
      nl: 'De tekst bevat ongeldige tekens (een nulteken of een losse surrogaatcode).',
      fr: 'Le texte contient des caractères invalides (un caractère nul ou un demi-caractère de substitution isolé).',
      en: 'The text contains invalid characters (a NUL character or a lone surrogate).',
    },
  },
  REGISTRATION_EDIT_CONFLICT: {
    status: 409,
    message: {
      nl: 'Iemand anders wijzigde deze registratie tegelijk. Laad ze opnieuw en probeer nog eens.',
      fr: 'Quelqu’un d’autre a modifié cet enregistrement en même temps. Rechargez-le et réessayez.',
      en: 'Someone else changed this registration at the same time. Reload it and try again.',
    },
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    message: {
      nl: 'De databank is even niet bereikbaar. Probeer het over enkele ogenblikken opnieuw.',
      fr: 'La base de données est momentanément injoignable. Réessayez dans quelques instants.',
      en: 'The database cannot be reached at the moment. Try again in a few moments.',
    },
  },
  DATABASE_BUSY: {
    status: 503,
    message: {
      nl: 'De databank is even bezet door een ander proces. Probeer het over enkele ogenblikken opnieuw.',
      fr: 'La base de données est momentanément occupée par un autre processus. Réessayez dans quelques instants.',
      en: 'The database is busy with another process for a moment. Try again in a few moments.',
    },
  },
  INTERNAL: {
    status: 500,
    message: {
      nl: 'Er ging iets mis aan onze kant. Geef de foutcode door aan de beheerder.',
      fr: 'Une erreur s’est produite de notre côté. Communiquez le code d’erreur à l’administrateur.',
      en: 'Something went wrong on our side. Pass the error id on to the administrator.',
    },
  },
  ...enforcementErrors,
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
