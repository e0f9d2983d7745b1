import type { Labels } from '../indicators/register-fields.js';

/** Kinds of violence against guards, with the playbook (draaiboek) steps the coordinator and the guard follow. */
export const violenceKinds = ['verbal', 'threat', 'physical', 'spitting', 'weapon', 'discrimination'] as const;
export type ViolenceKind = (typeof violenceKinds)[number];

export const injuryLevels = ['none', 'light', 'work_incapacity', 'hospital'] as const;
export type InjuryLevel = (typeof injuryLevels)[number];

export const incidentFollowUps = ['open', 'in_progress', 'closed'] as const;
export type IncidentFollowUp = (typeof incidentFollowUps)[number];

const l = (nl: string, fr: string, en: string): Labels => ({ nl, fr, en });

export const violenceKindLabels: Record<ViolenceKind, Labels> = {
  verbal: l('Verbale agressie', 'Agression verbale', 'Verbal aggression'),
  threat: l('Bedreiging', 'Menace', 'Threat'),
  physical: l('Fysiek geweld', 'Violence physique', 'Physical violence'),
  spitting: l('Bespuwen', 'Crachat', 'Spitting'),
  weapon: l('Geweld met een wapen', 'Violence avec arme', 'Violence with a weapon'),
  discrimination: l(
    'Racistische of discriminerende agressie',
    'Agression raciste ou discriminatoire',
    'Racist or discriminatory aggression',
  ),
};

export const injuryLabels: Record<InjuryLevel, Labels> = {
  none: l('Geen letsel', 'Pas de blessure', 'No injury'),
  light: l('Licht letsel', 'Blessure légère', 'Light injury'),
  work_incapacity: l('Arbeidsongeschikt', 'Incapacité de travail', 'Unfit for work'),
  hospital: l('Ziekenhuisopname', 'Hospitalisation', 'Taken to hospital'),
};

export const followUpLabels: Record<IncidentFollowUp, Labels> = {
  open: l('Open', 'Ouvert', 'Open'),
  in_progress: l('In opvolging', 'En suivi', 'Being followed up'),
  closed: l('Afgesloten', 'Clôturé', 'Closed'),
};

const step = {
  safety: l(
    'Breng jezelf en je collega in veiligheid; roep bij gevaar de politie (101).',
    'Mettez-vous en sécurité avec votre collègue ; en cas de danger, appelez la police (101).',
    'Get yourself and your colleague to safety; call the police (101) when in danger.',
  ),
  coordinator: l(
    'Verwittig de coördinator dezelfde dag.',
    'Prévenez le coordinateur le jour même.',
    'Tell the coordinator the same day.',
  ),
  register: l(
    'Registreer het feit in dit register binnen 24 uur.',
    'Enregistrez le fait dans ce registre dans les 24 heures.',
    'Record the incident in this register within 24 hours.',
  ),
  debrief: l(
    'Nagesprek met de coördinator binnen de week.',
    'Débriefing avec le coordinateur dans la semaine.',
    'Debriefing with the coordinator within the week.',
  ),
  police: l(
    'Leg klacht neer bij de politie en noteer het PV-nummer.',
    'Portez plainte à la police et notez le numéro de PV.',
    'File a complaint with the police and note the report number.',
  ),
  doctor: l(
    'Laat letsels vaststellen door een arts (medisch attest).',
    'Faites constater les blessures par un médecin (certificat médical).',
    'Have injuries recorded by a doctor (medical certificate).',
  ),
  insurance: l(
    'Meld het arbeidsongeval bij de personeelsdienst.',
    'Déclarez l’accident du travail au service du personnel.',
    'Report the work accident to the personnel department.',
  ),
  victimSupport: l(
    'Bied slachtofferhulp of psychologische ondersteuning aan.',
    'Proposez une aide aux victimes ou un soutien psychologique.',
    'Offer victim support or psychological support.',
  ),
  legal: l(
    'De stad onderzoekt juridische bijstand en burgerlijke partijstelling.',
    'La ville examine l’assistance juridique et la constitution de partie civile.',
    'The city considers legal aid and joining the case as civil party.',
  ),
  unia: l(
    'Meld discriminatie ook bij Unia.',
    'Signalez aussi la discrimination à Unia.',
    'Also report discrimination to Unia.',
  ),
};

/** The playbook: ordered steps per kind of violence (consistent, uniform handling, as the plan asks). */
export const playbook: Record<ViolenceKind, Labels[]> = {
  verbal: [step.safety, step.register, step.coordinator, step.debrief],
  threat: [step.safety, step.coordinator, step.police, step.register, step.debrief],
  physical: [
    step.safety,
    step.doctor,
    step.police,
    step.coordinator,
    step.register,
    step.insurance,
    step.victimSupport,
    step.legal,
  ],
  spitting: [step.safety, step.doctor, step.police, step.coordinator, step.register, step.victimSupport],
  weapon: [
    step.safety,
    step.police,
    step.doctor,
    step.coordinator,
    step.register,
    step.insurance,
    step.victimSupport,
    step.legal,
  ],
  discrimination: [step.safety, step.coordinator, step.police, step.unia, step.register, step.debrief],
};

/** Follow-up states of a melding sent to a city service. */
export const meldingStatuses = ['sent', 'in_progress', 'resolved', 'rejected'] as const;
export type MeldingStatus = (typeof meldingStatuses)[number];

export const meldingStatusLabels: Record<MeldingStatus, Labels> = {
  sent: l('Doorgestuurd', 'Transmis', 'Sent'),
  in_progress: l('In behandeling', 'En traitement', 'In progress'),
  resolved: l('Opgelost', 'Résolu', 'Resolved'),
  rejected: l('Niet weerhouden', 'Non retenu', 'Not taken up'),
};
