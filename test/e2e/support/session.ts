import { afterAll, afterEach, beforeAll, beforeEach, expect, onTestFailed } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoPassword } from '../../../src/server/features/demo/demo.service.js';
import { launchChromium, screenshot, seriousAxeViolations } from './browser.js';
import { startServer, type TestServer } from './server.js';

export interface PageOptions {
  isMobile?: boolean;
  locale?: string;
}

export interface BrowserSession {
  /** A fresh browser context and page on the test server; closed before the next test. */
  openPage(viewport: { width: number; height: number }, options?: PageOptions): Promise<Page>;
  readonly server: TestServer;
}

/**
 * One svpp server (demo loaded) and one chromium for a test file, with the checks every e2e test shares:
 * no uncaught error or console error in any page, a screenshot of every page of a failed test.
 */
export function browserSession(name: string): BrowserSession {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageProblems: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  // Contexts close before the next test (not right after one), so a failed test can still be photographed.
  const closeContexts = async () => {
    for (const context of contexts.splice(0)) await context.close();
  };
  beforeEach(closeContexts);
  afterAll(async () => {
    await closeContexts();
    await browser?.close();
    await server?.close();
  });
  afterEach(() => {
    expect(pageProblems.splice(0)).toEqual([]);
  });

  return {
    get server() {
      if (!server) throw new Error('the test server is not started yet');
      return server;
    },
    async openPage(viewport, options = {}) {
      if (!browser || !server) throw new Error('the browser session is not started yet');
      const context = await browser.newContext({
        viewport,
        baseURL: server.url,
        locale: options.locale ?? 'nl-BE',
        timezoneId: 'Europe/Brussels',
        isMobile: options.isMobile ?? false,
        hasTouch: options.isMobile ?? false,
        reducedMotion: 'reduce',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const index = contexts.length;
      onTestFailed(async ({ task }) => {
        if (!page.isClosed()) {
          await screenshot(page, `failed-${name}-${task.name.replace(/\W+/g, '-').slice(0, 40)}-${index}`);
        }
      });
      page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        // Refused requests (401 before login, 422 field errors, 429 throttling) log "Failed to load resource": expected
        // answers.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          pageProblems.push(`console: ${message.text()}`);
        }
      });
      return page;
    },
  };
}

/** Fails on any serious or critical axe violation, printing them; waits for transitions to end first. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const violations = await seriousAxeViolations(page);
  if (violations.length > 0) console.error(`axe violations in "${state}":\n${JSON.stringify(violations, null, 2)}`);
  expect(violations, `axe: ${state}`).toEqual([]);
}

/**
 * Logs in through the login form (the demo password unless told) and waits until the app has left /login:
 * guards land in their phone app, everyone else on the start page.
 */
export async function logIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto('/login');
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Logs in through the API (the demo password unless told) and returns the session cookie for further requests. */
export async function apiSessionCookie(baseUrl: string, email: string, password = demoPassword): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`API login of ${email} refused: ${login.status}`);
  return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
