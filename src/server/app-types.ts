import { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import { type Clock } from './adapters/clock.js';
import { type PasswordHasher } from './adapters/passwords.js';
import './http/request-context.js';
import { AuthService } from './features/auth/auth.service.js';
import { type ThrottleLimits } from './features/auth/login-throttle.js';
import { type PasswordResetLimits } from './features/auth/password-reset-limiter.js';
import { UserService } from './features/users/user.service.js';
import { type HealthProbes } from './features/health/health.routes.js';
import { PlanService } from './features/plan/plan.service.js';
import { PlanImportService } from './features/plan/plan-import.service.js';
import { RegistrationService } from './features/registrations/registration.service.js';
import { IndicatorService } from './features/indicators/indicators.service.js';
import { EvaluationService } from './features/evaluation/evaluation.service.js';
import { ReportService } from './features/reports/report.service.js';
import { CaseQueryService } from './features/cases/case-query.service.js';
import { CaseRetentionService } from './features/cases/case-retention.service.js';
import { type FileStore } from './adapters/file-store.js';
import { type Mailer } from './adapters/mail.js';
import { MailOutbox } from './features/mail/mail-outbox.js';
import { RetentionSweep } from './features/retention/retention-sweep.js';
import { ComplaintService } from './features/complaints/complaints.service.js';
import { ComplaintDeadlines } from './features/complaints/complaint-deadlines.js';
import { ComplaintRetentionService } from './features/complaints/complaint-retention.service.js';
import { ConsultationService } from './features/consultations/consultations.service.js';
import { BarometerService } from './features/barometer/barometer.service.js';
import { FinanceService } from './features/finance/finance.service.js';
import { DecisionService } from './features/decisions/decisions.service.js';
import { PartnerService } from './features/partners/partners.service.js';
import { CalendarService } from './features/calendar/calendar.service.js';

/** What `buildApp` (app.ts) takes, with the defaults it falls back on, and the app and services it gives back. */

export interface AppOptions {
  config: Config;
  db: Db;
  clock?: Clock;
  hasher?: PasswordHasher;
  throttleLimits?: ThrottleLimits;
  /** The password reset's rate limits (defaults in features/auth/password-reset-limiter.ts). */
  passwordResetLimits?: PasswordResetLimits;
  logger?: boolean;
  fileStore?: FileStore;
  /** Defaults to SMTP at `config.smtpUrl`, or to keeping mail in the outbox when none is configured. */
  mailer?: Mailer;
  /** Where the log goes (default stdout); a test reads it to check what is redacted. */
  logStream?: { write(line: string): void };
  /** Defaults to `select 1` on the database and a probe file in `config.dataDir`. */
  healthProbes?: HealthProbes;
}

export interface App {
  app: FastifyInstance;
  services: {
    auth: AuthService;
    users: UserService;
    plans: PlanService;
    planImport: PlanImportService;
    registrations: RegistrationService;
    indicators: IndicatorService;
    evaluations: EvaluationService;
    reports: ReportService;
    outbox: MailOutbox;
    cases: CaseQueryService;
    caseRetention: CaseRetentionService;
    complaints: ComplaintService;
    complaintDeadlines: ComplaintDeadlines;
    complaintRetention: ComplaintRetentionService;
    consultations: ConsultationService;
    finance: FinanceService;
    decisions: DecisionService;
    partners: PartnerService;
    calendar: CalendarService;
    barometer: BarometerService;
    retention: RetentionSweep;
  };
}
