import { existsSync } from 'node:fs';
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { systemClock } from './adapters/clock.js';
import { argon2idHasher } from './adapters/passwords.js';
import { installErrorHandler, sendError } from './http/error-handler.js';
import { installAccessHook } from './http/access-hook.js';
import { installSecurityHeaders } from './http/security-headers.js';
import { redactedLogPaths, serializeRequest } from './http/log-redaction.js';
import { jobStatusRoutes } from './features/jobs/job-status.routes.js';
import { installTextHygiene } from './http/text-hygiene.js';
import './http/request-context.js';
import { AuthService } from './features/auth/auth.service.js';
import { LoginThrottle } from './features/auth/login-throttle.js';
import { authRoutes } from './features/auth/auth.routes.js';
import { passwordResetRoutes } from './features/auth/password-reset.routes.js';
import { PasswordResetService } from './features/auth/password-reset.service.js';
import { PasswordResetLimiter } from './features/auth/password-reset-limiter.js';
import { UserService } from './features/users/user.service.js';
import { userRoutes } from './features/users/users.routes.js';
import { auditRoutes } from './features/audit/audit.routes.js';
import { healthProbes, healthRoutes } from './features/health/health.routes.js';
import { PlanService } from './features/plan/plan.service.js';
import { PlanImportService } from './features/plan/plan-import.service.js';
import { planRoutes } from './features/plan/plan.routes.js';
import { RegisterTypeService } from './features/registrations/register-types.service.js';
import { RegistrationService } from './features/registrations/registration.service.js';
import { registerRoutes } from './features/registrations/registrations.routes.js';
import { IndicatorService } from './features/indicators/indicators.service.js';
import { IndicatorLinkService } from './features/indicators/indicator-links.service.js';
import { IndicatorValueService } from './features/indicators/indicator-values.service.js';
import { indicatorRoutes } from './features/indicators/indicators.routes.js';
import { IndicatorTableService } from './features/indicators/indicator-table.service.js';
import { indicatorTableRoutes } from './features/indicators/indicator-table.routes.js';
import { SubjectService } from './features/subjects/subjects.service.js';
import { subjectRoutes } from './features/subjects/subjects.routes.js';
import { EvaluationService } from './features/evaluation/evaluation.service.js';
import { evaluationRoutes } from './features/evaluation/evaluation.routes.js';
import { ReportService } from './features/reports/report.service.js';
import { reportRoutes } from './features/reports/reports.routes.js';
import { RegistrationImportService } from './features/imports/registration-import.service.js';
import { importRoutes } from './features/imports/imports.routes.js';
import { FileService } from './features/files/files.service.js';
import { fileRoutes } from './features/files/files.routes.js';
import { CaseService } from './features/cases/case.service.js';
import { CaseQueryService } from './features/cases/case-query.service.js';
import { CaseRetentionService } from './features/cases/case-retention.service.js';
import { VolunteerService } from './features/cases/volunteer.service.js';
import { caseRoutes } from './features/cases/case.routes.js';
import { volunteerRoutes } from './features/cases/volunteer.routes.js';
import { GuardsService } from './features/guards/guards.service.js';
import { ViolenceService } from './features/guards/violence.service.js';
import { GuardOverviewService } from './features/guards/guard-overview.service.js';
import { guardRoutes } from './features/guards/guards.routes.js';
import { guardAppRoutes } from './features/guards/guard-app.routes.js';
import { diskFileStore } from './adapters/file-store.js';
import path from 'node:path';
import { smtpMailer, unconfiguredMailer } from './adapters/mail.js';
import { MailOutbox } from './features/mail/mail-outbox.js';
import { RetentionSweep } from './features/retention/retention-sweep.js';
import { ComplaintService } from './features/complaints/complaints.service.js';
import { ComplaintDeadlines } from './features/complaints/complaint-deadlines.js';
import { ComplaintRetentionService } from './features/complaints/complaint-retention.service.js';
import { ComplaintSettingsService } from './features/complaints/complaint-settings.service.js';
import { PublicIntakeService } from './features/complaints/public-intake.service.js';
import { FormTokens, formTokenKey, IntakeLimiter } from './features/complaints/intake-guard.js';
import { complaintRoutes } from './features/complaints/complaints.routes.js';
import { exportRoutes } from './features/exports/exports.routes.js';
import { ListExportService } from './features/exports/exports.service.js';
import { standardAnswerRoutes } from './features/complaints/standard-answers.routes.js';
import { StandardAnswersService } from './features/complaints/standard-answers.service.js';
import { ConsultationService } from './features/consultations/consultations.service.js';
import { consultationRoutes } from './features/consultations/consultations.routes.js';
import { mailRoutes } from './features/mail/mail.routes.js';
import { municipalityGeo } from './features/municipalities/municipality-geo.js';
import { MailService } from './features/mail/mail.service.js';
import { BarometerService } from './features/barometer/barometer.service.js';
import { PoliceImportService } from './features/barometer/police-import.service.js';
import { barometerRoutes } from './features/barometer/barometer.routes.js';
import { FinanceService } from './features/finance/finance.service.js';
import { financeRoutes } from './features/finance/finance.routes.js';
import { DecisionService } from './features/decisions/decisions.service.js';
import { decisionRoutes } from './features/decisions/decisions.routes.js';
import { PartnerService } from './features/partners/partners.service.js';
import { partnerRoutes } from './features/partners/partners.routes.js';
import { CalendarService } from './features/calendar/calendar.service.js';
import { calendarRoutes } from './features/calendar/calendar.routes.js';
import { HomeService } from './features/home/home.service.js';
import { homeRoutes } from './features/home/home.routes.js';
import { SearchService } from './features/search/search.service.js';
import { searchRoutes } from './features/search/search.routes.js';
import { procedureRoutes } from './features/enforcement/procedure.routes.js';
import { enforcementRoutes } from './features/enforcement/enforcement.routes.js';
import { ArticleService } from './features/enforcement/articles.service.js';
import { FindingIntakeService } from './features/enforcement/finding-import.service.js';
import { FindingQueryService } from './features/enforcement/findings.service.js';
import { steeringRoutes } from './features/enforcement/steering.routes.js';
import { SteeringService } from './features/enforcement/steering.service.js';
import { agreementRoutes } from './features/enforcement/agreements.routes.js';
import { AgreementService } from './features/enforcement/agreements.service.js';
import { analysisRoutes } from './features/enforcement/analysis.routes.js';
import { AnalysisService } from './features/enforcement/analysis.service.js';
import { gasReportRoutes } from './features/enforcement/gas-report.routes.js';
import { GasReportService } from './features/enforcement/gas-report.service.js';
import { AppOptions, App } from './app-types.js';

/** Composes the features into one Fastify app. The database must already be migrated. */
export async function buildApp(options: AppOptions): Promise<App> {
  const { config, db } = options;
  const clock = options.clock ?? systemClock;
  const hasher = options.hasher ?? argon2idHasher;
  const app = Fastify({
    // Cookies, CSRF tokens, passwords and the calendar feed's token never reach the log (see http/log-redaction.ts).
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: { paths: redactedLogPaths, censor: '[redacted]' },
            serializers: { req: serializeRequest },
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    bodyLimit: 1_048_576,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installSecurityHeaders(app, { hsts: config.secureCookies });
  installTextHygiene(app);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'svpp API',
        description: 'Strategic safety and prevention plans (SVPP/PSSP).',
        version: config.version,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'svpp_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });

  const throttle = new LoginThrottle(db, clock, options.throttleLimits);
  const users = new UserService({
    db,
    clock,
    hasher,
    onForeignEmail: (attempt) =>
      app.log.info(attempt, 'user create with an e-mail of another municipality: answered as created, nothing stored'),
  });
  const auth = new AuthService({
    db,
    clock,
    hasher,
    throttle,
    sessionTtlHours: config.sessionTtlHours,
    sessionIdleMinutes: config.sessionIdleMinutes,
  });
  // Each municipality's geometry (wijken, boundary), looked up once and shared by the services that place things.
  const geo = municipalityGeo(db);
  const plans = new PlanService({ db, clock });
  const planImport = new PlanImportService({
    db,
    clock,
    onImported: (actor, versionId) => indicatorLinks.propose(actor, versionId),
  });
  const registerTypes = new RegisterTypeService({ db, clock });
  const fileStore = options.fileStore ?? diskFileStore(path.join(config.dataDir, 'files'));
  const files = new FileService({ db, clock, store: fileStore });
  const guards = new GuardsService({ db, clock });
  const violence = new ViolenceService({ db, clock, geo });
  const guardOverview = new GuardOverviewService({ db, clock, violence });
  const registrations = new RegistrationService({
    db,
    clock,
    geo,
    types: registerTypes,
    files,
    hooks: [guards.registrationHooks()],
    countsFor: (actor, row) => indicators.countsFor(actor, row),
  });
  const finance = new FinanceService({ db, clock, files });
  const decisions = new DecisionService({ db, clock, files });
  const partners = new PartnerService({ db, clock, files, registrations });
  const indicators = new IndicatorService({ db, clock, plans });
  const indicatorLinks = new IndicatorLinkService({ db, clock, plans });
  const evaluations = new EvaluationService({ db, clock, indicators });
  const reports = new ReportService({
    db,
    clock,
    geo,
    plans,
    indicators,
    evaluations,
    guardOverview,
    finance,
    decisions,
  });
  const imports = new RegistrationImportService({ db, clock, types: registerTypes, registrations });
  const mailer = options.mailer ?? (config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : unconfiguredMailer);
  const outbox = new MailOutbox({ db, clock, mailer, log: app.log });
  const complaints = new ComplaintService({ db, clock, geo, files, outbox, publicUrl: config.publicUrl });
  const complaintDeadlines = new ComplaintDeadlines({ db });
  const complaintRetention = new ComplaintRetentionService({ db, clock });
  const passwordReset = new PasswordResetService({
    db,
    clock,
    hasher,
    outbox,
    limiter: new PasswordResetLimiter(db, clock, options.passwordResetLimits),
    publicUrl: config.publicUrl,
  });
  const complaintSettings = new ComplaintSettingsService({ db, clock });
  const publicIntake = new PublicIntakeService({
    db,
    clock,
    geo,
    files,
    outbox,
    tokens: new FormTokens(clock, await formTokenKey(db, clock)),
    limiter: new IntakeLimiter(db, clock),
    publicUrl: config.publicUrl,
  });
  const caseRetention = new CaseRetentionService({ db, clock, store: fileStore });
  const caseWrites = new CaseService({ db, clock, geo });
  const cases = new CaseQueryService({ db, clock, retention: caseRetention, files });
  const volunteers = new VolunteerService({ db, clock, cases });
  const retention = new RetentionSweep({
    db,
    clock,
    cases: caseRetention,
    complaints: complaintRetention,
    log: app.log,
  });
  const barometer = new BarometerService({ db, geo });
  const consultations = new ConsultationService({ db, clock, geo, registrations, barometer });
  // One calendar from every feature's deadlines; add a feature's DeadlineProvider to this list.
  const calendar = new CalendarService({
    db,
    clock,
    providers: [decisions, partners, cases, complaintDeadlines, consultations],
    outbox,
    log: app.log,
  });
  const policeImport = new PoliceImportService({ db, clock, geo });
  installAccessHook(app, auth);

  await app.register(
    healthRoutes(db.dialect, config.version, options.healthProbes ?? healthProbes(db, config.dataDir)),
  );
  await app.register(authRoutes(auth, users, config.secureCookies));
  await app.register(passwordResetRoutes(passwordReset));
  await app.register(userRoutes(users));
  await app.register(auditRoutes(db));
  await app.register(jobStatusRoutes(db));
  await app.register(planRoutes(plans, planImport));
  await app.register(registerRoutes(registerTypes, registrations));
  await app.register(indicatorRoutes(indicators, indicatorLinks, new IndicatorValueService({ db, clock })));
  await app.register(indicatorTableRoutes(new IndicatorTableService({ db, clock, indicators })));
  await app.register(
    subjectRoutes(new SubjectService({ db, clock, currentVersionId: (actor) => plans.currentVersionId(actor) })),
  );
  await app.register(evaluationRoutes(evaluations));
  await app.register(reportRoutes(reports));
  await app.register(importRoutes(imports));
  await app.register(fileRoutes(files));
  await app.register(caseRoutes(caseWrites, cases, caseRetention));
  await app.register(volunteerRoutes(volunteers));
  await app.register(guardRoutes(guards, violence, guardOverview, clock, db));
  await app.register(guardAppRoutes(config.webDir));
  await app.register(mailRoutes(new MailService({ db, clock, outbox })));
  await app.register(barometerRoutes(barometer, policeImport));
  await app.register(financeRoutes(finance));
  await app.register(decisionRoutes(decisions));
  await app.register(partnerRoutes(partners));
  await app.register(calendarRoutes(calendar, config.publicUrl));
  await app.register(complaintRoutes(complaints, complaintSettings, publicIntake));
  await app.register(exportRoutes(new ListExportService({ db, clock, registrations, complaints, cases, guards })));
  await app.register(standardAnswerRoutes(new StandardAnswersService({ db, clock })));
  await app.register(consultationRoutes(consultations));
  await app.register(
    homeRoutes(
      new HomeService({
        db,
        calendar,
        indicators,
        complaints,
        cases,
        guards,
        barometer,
        mailConfigured: () => outbox.configured,
      }),
    ),
  );
  await app.register(searchRoutes(new SearchService({ db, clock, plans, retention: caseRetention })));
  await app.register(procedureRoutes({ db, clock, files, iban: config.gasIban }));
  await app.register(
    enforcementRoutes({
      articles: new ArticleService({ db, clock }),
      intake: new FindingIntakeService({ db, clock, geo }),
      findings: new FindingQueryService({ db }),
    }),
  );
  await app.register(agreementRoutes(new AgreementService({ db, clock })));
  await app.register(analysisRoutes(new AnalysisService({ db, geo })));
  await app.register(gasReportRoutes(new GasReportService({ db, clock })));
  await app.register(
    steeringRoutes(new SteeringService({ db, clock, files, countsFor: (a, r) => indicators.countsFor(a, r) })),
  );

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  const serveWeb = existsSync(config.webDir);
  if (serveWeb) {
    await app.register(fastifyStatic, { root: config.webDir, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  // One not-found handler: the web app routes in the browser, so any non-API GET answers index.html.
  app.setNotFoundHandler((request, reply) => {
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendError(request, reply, 'ROUTE_NOT_FOUND');
  });

  await app.ready();
  return {
    app,
    services: {
      auth,
      users,
      plans,
      planImport,
      registrations,
      indicators,
      evaluations,
      reports,
      outbox,
      cases,
      caseRetention,
      complaints,
      complaintDeadlines,
      complaintRetention,
      consultations,
      finance,
      decisions,
      partners,
      calendar,
      barometer,
      retention,
    },
  };
}
