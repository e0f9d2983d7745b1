/**
 * Prints the pages people print (dashboard, plan, evaluation, cases, a case) to PDF as chromium does, and takes
 * screenshots of the same pages at a desktop and a phone width, to look at by eye after a change to the print
 * stylesheet or the layout. Needs a running demo server:
 *
 *   PORT=4321 npm run demo                  # in one shell
 *   SVPP_URL=http://127.0.0.1:4321 npx tsx scripts/print-check.ts [--screens] [--lang nl,en] [--pages dashboard,plan]
 *
 * Writes .tmp/print/<page>-<lang>.pdf (turn them into images with `pdftoppm -png -r 50 FILE PREFIX`) and, with
 * --screens, .tmp/screens/<page>-<lang>-<width>.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/browser.js';
import { projectRoot } from '../src/server/config.js';

const { values } = parseArgs({
  options: {
    screens: { type: 'boolean', default: false },
    print: { type: 'boolean', default: true },
    lang: { type: 'string', default: 'nl,en' },
    pages: { type: 'string', default: '' },
    email: { type: 'string', default: 'admin@mechelen.demo' },
    password: { type: 'string', default: 'mechelen-demo-2020' },
  },
});

const base = (process.env.SVPP_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const printDir = path.join(projectRoot, '.tmp', 'print');
const screenDir = path.join(projectRoot, '.tmp', 'screens');

/** name → path; `case` opens the first case of the list. */
const allPages: Record<string, string> = {
  dashboard: '/dashboard',
  plan: '/plan',
  evaluation: '/evaluation',
  cases: '/cases',
  case: 'first-case',
  audit: '/audit',
  barometer: '/barometer',
  consultations: '/consultations',
  registrations: '/registrations',
  guards: '/guards',
};
const printable = new Set(['dashboard', 'plan', 'evaluation', 'cases', 'case']);

async function logIn(page: Page): Promise<void> {
  await page.goto(`${base}/login`);
  await page.locator('input[name=email]').fill(values.email);
  await page.locator('input[name=password]').fill(values.password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function open(page: Page, target: string): Promise<void> {
  if (target === 'first-case') {
    await page.goto(`${base}/cases`);
    await page.locator('a[href^="/cases/"]:not([href="/cases/new"]):not([href="/cases/volunteers"])').first().click();
    await page.waitForURL((url) => /^\/cases\/[^/]+$/.test(url.pathname));
  } else {
    await page.goto(`${base}${target}`);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
}

async function run(browser: Browser): Promise<void> {
  const langs = values.lang.split(',').filter(Boolean);
  const names = values.pages ? values.pages.split(',') : Object.keys(allPages);
  mkdirSync(printDir, { recursive: true });
  mkdirSync(screenDir, { recursive: true });
  const widths = values.screens
    ? [
        { width: 1366, height: 900 },
        { width: 390, height: 844 },
      ]
    : [];
  for (const lang of langs) {
    for (const viewport of [{ width: 1366, height: 900 }, ...widths.slice(1)]) {
      const context = await browser.newContext({
        viewport,
        locale: lang === 'nl' ? 'nl-BE' : lang === 'fr' ? 'fr-BE' : 'en-GB',
        timezoneId: 'Europe/Brussels',
        isMobile: viewport.width < 500,
        hasTouch: viewport.width < 500,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await logIn(page);
      await page.locator('#language-switch').selectOption(lang);
      await page.waitForTimeout(500);
      for (const name of names) {
        const target = allPages[name];
        if (!target) throw new Error(`unknown page ${name}`);
        await open(page, target);
        if (values.screens) {
          const file = path.join(screenDir, `${name}-${lang}-${viewport.width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
        if (values.print && viewport.width > 500 && printable.has(name)) {
          await page.emulateMedia({ media: 'print' });
          const file = path.join(printDir, `${name}-${lang}.pdf`);
          await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
          await page.emulateMedia({ media: 'screen' });
          console.log(file);
        }
      }
      await context.close();
    }
  }
}

const browser = await launchChromium();
try {
  await run(browser);
} finally {
  await browser.close();
}
