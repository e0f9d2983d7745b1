import type { Labels } from '../indicators/register-fields.js';
import texts from './violence.texts.json';

/**
 * Kinds of violence against guards, with the playbook (draaiboek) steps the coordinator and the guard follow. Their
 * names and the playbook's steps in nl, fr and en are data: `violence.texts.json`.
 */
export const violenceKinds = ['verbal', 'threat', 'physical', 'spitting', 'weapon', 'discrimination'] as const;
export type ViolenceKind = (typeof violenceKinds)[number];

export const injuryLevels = ['none', 'light', 'work_incapacity', 'hospital'] as const;
export type InjuryLevel = (typeof injuryLevels)[number];

export const incidentFollowUps = ['open', 'in_progress', 'closed'] as const;
export type IncidentFollowUp = (typeof incidentFollowUps)[number];

export const violenceKindLabels: Record<ViolenceKind, Labels> = texts.kinds;

export const injuryLabels: Record<InjuryLevel, Labels> = texts.injuries;

export const followUpLabels: Record<IncidentFollowUp, Labels> = texts.followUps;

const step = texts.playbookSteps;

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

export const meldingStatusLabels: Record<MeldingStatus, Labels> = texts.meldingStatuses;
