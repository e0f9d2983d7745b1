import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import { type Clock, systemClock } from './adapters/clock.js';
import { argon2idHasher, type PasswordHasher } from './adapters/passwords.js';
import { installErrorHandler, sendError } from './http/error-handler.js';
import { installAccessHook } from './http/access-hook.js';
import { installSecurityHeaders } from './http/security-headers.js';
import './http/request-context.js';
import { AuthService } from './features/auth/auth.service.js';
import { LoginThrottle, type ThrottleLimits } from './features/auth/login-throttle.js';
import { authRoutes } from './features/auth/auth.routes.js';
import { UserService } from './features/users/user.service.js';
import { userRoutes } from './features/users/users.routes.js';
import { auditRoutes } from './features/audit/audit.routes.js';
import { healthRoutes } from './features/health/health.routes.js';
import { PlanService } from './features/plan/plan.service.js';
import { PlanImportService } from './features/plan/plan-import.service.js';
import { planRoutes } from './features/plan/plan.routes.js';
import { RegisterTypeService } from './features/registers/register-types.service.js';
import { RegistrationService } from './features/registers/registration.service.js';
import { registerRoutes } from './features/registers/registers.routes.js';
import { IndicatorService } from './features/indicators/indicators.service.js';
import { indicatorRoutes } from './features/indicators/indicators.routes.js';
import { EvaluationService } from './features/evaluation/evaluation.service.js';
import { evaluationRoutes } from './features/evaluation/evaluation.routes.js';
import { ReportService } from './features/reports/report.service.js';
import { reportRoutes } from './features/reports/reports.routes.js';
import { RegistrationImportService } from './features/imports/registration-import.service.js';
import { importRoutes } from './features/imports/imports.routes.js';
import { FileService } from './features/files/files.service.js';
import { fileRoutes } from './features/files/files.routes.js';
import { diskFileStore, type FileStore } from './adapters/file-store.js';
import path from 'node:path';

export interface AppOptions {
  config: Config;
  db: Db;
  clock?: Clock;
  hasher?: PasswordHasher;
  throttleLimits?: ThrottleLimits;
  logger?: boolean;
  fileStore?: FileStore;
}

export interface App {
  app: FastifyInstance;
  services: { auth: AuthService; users: UserService; plans: PlanService; planImport: PlanImportService; registrations: RegistrationService; indicators: IndicatorService; evaluations: EvaluationService; reports: ReportService };
}

/** Composes the features into one Fastify app. The database must already be migrated. */
export async function buildApp(options: AppOptions): Promise<App> {
  const { config, db } = options;
  const clock = options.clock ?? systemClock;
  const hasher = options.hasher ?? argon2idHasher;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    bodyLimit: 1_048_576,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installSecurityHeaders(app);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'svpp API', description: 'Strategic safety and prevention plans (SVPP/PSSP).', version: config.version },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'svpp_session' }, csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' } } },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });

  const throttle = new LoginThrottle(clock, options.throttleLimits);
  const users = new UserService({ db, clock, hasher });
  const auth = new AuthService({ db, clock, hasher, throttle, sessionTtlHours: config.sessionTtlHours });
  const plans = new PlanService({ db, clock });
  const planImport = new PlanImportService({ db, clock });
  const registerTypes = new RegisterTypeService({ db, clock });
  const files = new FileService({ db, clock, store: options.fileStore ?? diskFileStore(path.join(config.dataDir, 'files')) });
  const registrations = new RegistrationService({ db, clock, types: registerTypes, files });
  const indicators = new IndicatorService({ db, clock, plans });
  const evaluations = new EvaluationService({ db, clock, indicators });
  const reports = new ReportService({ db, clock, plans, indicators, evaluations });
  const imports = new RegistrationImportService({ db, clock, types: registerTypes, registrations });
  installAccessHook(app, auth);

  await app.register(healthRoutes(db.dialect, config.version));
  await app.register(authRoutes(auth, users, config.secureCookies));
  await app.register(userRoutes(users));
  await app.register(auditRoutes(db));
  await app.register(planRoutes(plans, planImport));
  await app.register(registerRoutes(registerTypes, registrations));
  await app.register(indicatorRoutes(indicators));
  await app.register(evaluationRoutes(evaluations));
  await app.register(reportRoutes(reports));
  await app.register(importRoutes(imports));
  await app.register(fileRoutes(files));

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  const serveWeb = existsSync(config.webDir);
  if (serveWeb) await app.register(fastifyStatic, { root: config.webDir, prefix: '/', wildcard: false, index: ['index.html'] });
  // One not-found handler: the web app routes in the browser, so any non-API GET answers index.html.
  app.setNotFoundHandler((request, reply) => {
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return sendError(request, reply, 'ROUTE_NOT_FOUND');
  });

  await app.ready();
  return { app, services: { auth, users, plans, planImport, registrations, indicators, evaluations, reports } };
}
