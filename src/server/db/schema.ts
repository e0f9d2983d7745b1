import type { MunicipalitiesTables } from './schema/municipalities.js';
import type { UsersTables } from './schema/users.js';
import type { SecurityTables } from './schema/security.js';
import type { JobsTables } from './schema/jobs.js';
import type { AuditTables } from './schema/audit.js';
import type { PlanTables } from './schema/plan.js';
import type { RegistrationsTables } from './schema/registrations.js';
import type { IndicatorsTables } from './schema/indicators.js';
import type { SubjectsTables } from './schema/subjects.js';
import type { EvaluationTables } from './schema/evaluation.js';
import type { FilesTables } from './schema/files.js';
import type { MailTables } from './schema/mail.js';
import type { FinanceTables } from './schema/finance.js';
import type { DecisionsTables } from './schema/decisions.js';
import type { PartnersTables } from './schema/partners.js';
import type { CalendarTables } from './schema/calendar.js';
import type { ComplaintsTables } from './schema/complaints.js';
import type { ConsultationsTables } from './schema/consultations.js';
import type { BarometerTables } from './schema/barometer.js';
import type { CasesTables } from './schema/cases.js';
import type { GuardsTables } from './schema/guards.js';
import type { EnforcementTables } from './schema/enforcement.js';

export type * from './schema/municipalities.js';
export type * from './schema/users.js';
export type * from './schema/security.js';
export type * from './schema/jobs.js';
export type * from './schema/audit.js';
export type * from './schema/plan.js';
export type * from './schema/registrations.js';
export type * from './schema/indicators.js';
export type * from './schema/subjects.js';
export type * from './schema/evaluation.js';
export type * from './schema/files.js';
export type * from './schema/mail.js';
export type * from './schema/finance.js';
export type * from './schema/decisions.js';
export type * from './schema/partners.js';
export type * from './schema/calendar.js';
export type * from './schema/complaints.js';
export type * from './schema/consultations.js';
export type * from './schema/barometer.js';
export type * from './schema/cases.js';
export type * from './schema/guards.js';
export type * from './schema/enforcement.js';

/**
 * The database as Kysely sees it. Portable types only: text ids (UUIDs), ISO-8601 UTC timestamps as text,
 * JSON as text, booleans as 0/1 integers — identical on SQLite and PostgreSQL.
 */
export interface Database
  extends
    MunicipalitiesTables,
    UsersTables,
    SecurityTables,
    JobsTables,
    AuditTables,
    PlanTables,
    RegistrationsTables,
    IndicatorsTables,
    SubjectsTables,
    EvaluationTables,
    FilesTables,
    MailTables,
    FinanceTables,
    DecisionsTables,
    PartnersTables,
    CalendarTables,
    ComplaintsTables,
    ConsultationsTables,
    BarometerTables,
    CasesTables,
    GuardsTables,
    EnforcementTables {}
