import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/server/config.js';
import { browserSession, expectAccessible, logIn } from './support/session.js';
import { today } from './support/demo-dates.js';

// One scenario per role, checked in a real browser: each opens its home page ("my work" cards from GET /api/home)
// first, at a desktop width and on a phone, then does that role's main task. Every page state is checked with axe;
// the screenshots land in .tmp/screens/roles/ (not committed) for a person to look at.

const desktop = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };
const screensDir = path.join(projectRoot, '.tmp', 'screens', 'roles');
const cprIndicator = 'Aantal vergaderingen van de CPR is minstens 3.';
const session = browserSession('roles');

/** A full-page screenshot from the top of the page, into .tmp/screens/roles/. */
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screensDir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screensDir, `${name}.png`), fullPage: true });
}

/** The page's state checked with axe and photographed. */
async function check(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await shot(page, name);
}

/**
 * The home page once its work cards have loaded ("Uw werk" / "Votre travail"), checked and photographed at the
 * desktop width and at the phone width (no sideways scroll there), then back to the desktop width.
 */
async function home(page: Page, role: string, greeting: RegExp): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: greeting }).waitFor();
  await page.locator('section.work-card').first().waitFor();
  await check(page, `${role}-01-home`);
  await page.setViewportSize(phone);
  await page.locator('section.work-card').first().waitFor();
  await check(page, `${role}-01-home-phone`);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `${role} home on a phone`,
  ).toBeLessThanOrEqual(phone.width);
  await page.setViewportSize(desktop);
}

/** A work card on the home page by its title. */
const workCard = (page: Page, title: string | RegExp) =>
  page.locator('section.work-card').filter({ has: page.getByRole('heading', { level: 2, name: title }) });

/** The CPR indicator's value on the dashboard (this year, as of today), read in its drawer; no value reads 0. */
async function cprValue(page: Page, state: string): Promise<number> {
  await page.goto('/dashboard');
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.locator('select[name=section]').selectOption('1');
  await page.getByRole('heading', { name: /^1\. Dispositief coördinatie/ }).waitFor();
  await page.getByRole('button', { name: cprIndicator }).click();
  const drawer = page.getByRole('dialog', { name: /Indicator/ });
  await drawer.getByTestId('indicator-text').getByText(cprIndicator).waitFor();
  const text = ((await drawer.getByTestId('indicator-value').textContent()) ?? '').trim();
  await check(page, state);
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
  return /^\d+$/.test(text) ? Number(text) : 0;
}

describe('each role in chromium, from its home page', () => {
  it('coordinator: registers a CPR meeting today and sees the CPR indicator count it on the dashboard', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, 'preventie@mechelen.demo');
    await home(page, 'coordinator', /An Preventie/);
    await workCard(page, /^Indicatoren/).waitFor();
    await workCard(page, 'Termijnen').waitFor();

    const before = await cprValue(page, 'coordinator-02-dashboard-before');

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Registraties' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registraties' }).waitFor();
    await page.getByRole('link', { name: 'Nieuwe registratie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe registratie' }).waitFor();
    await page.locator('select[name=typeKey]').selectOption('meeting');
    await page.locator('input[name=occurredOn]').fill(today);
    await page.locator('select[name=subjectId]').selectOption({ label: 'CPR (sectie 1)' });
    await page.locator('select[name="values.kind"]').selectOption('cpr');
    await page.locator('input[name="values.title"]').fill('CPR (e2e rollen)');
    await page.locator('input[name="values.attendees"]').fill('12');
    await page.getByRole('radio', { name: 'Geen plaats' }).check();
    await check(page, 'coordinator-03-registration-form');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Registraties' }).waitFor();
    await page.locator('tr', { hasText: 'CPR (e2e rollen)' }).waitFor();
    await check(page, 'coordinator-04-registrations-after');

    expect(await cprValue(page, 'coordinator-05-dashboard-after')).toBe(before + 1);
  });

  it('desk: opens a new complaint from the home card and answers it in one action', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, 'medewerker@mechelen.demo');
    await home(page, 'desk', /Bram Medewerker/);
    const card = workCard(page, 'Meldingen');
    const fresh = card.getByRole('list', { name: /^Nieuw, toe te wijzen/ });
    const link = fresh.getByRole('link').first();
    const reference = ((await link.textContent()) ?? '').trim();
    expect(reference).toMatch(/^OV-\d{4}-[A-Z0-9]{5}$/);
    await link.click();
    await page.getByRole('heading', { level: 1, name: `Melding ${reference}` }).waitFor();
    await page.getByTestId('complaint-status').getByText('Nieuw').waitFor();
    await check(page, 'desk-02-complaint-new');

    // A new complaint without a service: the answer box asks for one, and the server assigns and answers at once.
    const service = page.getByLabel('Dienst of partner (de melding wordt meteen toegewezen)');
    if ((await service.count()) > 0) await service.selectOption({ index: 1 });
    await page.getByLabel('Antwoord', { exact: true }).fill('Bedankt voor uw melding: de wijkpolitie gaat langs.');
    await check(page, 'desk-03-answer-filled');
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByTestId('complaint-status').getByText('Beantwoord').waitFor();
    await page.getByText('Bedankt voor uw melding: de wijkpolitie gaat langs.').first().waitFor();
    await check(page, 'desk-04-complaint-answered');

    // Home no longer lists it as new.
    await page.goto('/');
    await card.waitFor();
    expect(await card.getByRole('link', { name: reference, exact: true }).count()).toBe(0);
  });

  it('guard: records a round offline, sees it queued, and sees it synced once back online', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, 'gemeenschapswacht@mechelen.demo');
    // A guard lands in the phone app; the home page has their shifts of today.
    await page.waitForURL((url) => url.pathname === '/guard');
    await home(page, 'guard', /Chris Wacht/);
    await workCard(page, /^Diensten vandaag/).waitFor();

    await page.goto('/guard');
    await page.getByRole('button', { name: 'Toezichtronde', exact: true }).waitFor();
    await check(page, 'guard-02-app-online');
    // Offline the app's parts come from the service worker's cache: wait until it has stored them.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const summary = page.getByTestId('sync-summary');
    const synced = Number(/(\d+) gesynchroniseerd/.exec((await summary.textContent()) ?? '')?.[1] ?? '0');

    await page.context().setOffline(true);
    await expect.poll(() => page.getByTestId('network-state').textContent()).toBe('Offline');
    await page.getByRole('button', { name: 'Dienst starten' }).click();
    await page.getByRole('button', { name: 'Toezichtronde', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Toezichtronde' }).waitFor();
    await page.getByLabel('Soort ronde').selectOption('foot');
    await page.getByLabel('Uren', { exact: true }).fill('2');
    await page.getByLabel('Opmerkingen').fill('Ronde e2e rollen');
    await check(page, 'guard-03-round-form-offline');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Registreren' }).waitFor();
    // The shift's start and the round wait on the phone.
    const states = () =>
      page.locator('[data-testid=outbox] > li').evaluateAll((items) => items.map((i) => i.getAttribute('data-state')));
    expect((await states()).filter((state) => state === 'queued')).toHaveLength(2);
    await expect.poll(() => summary.textContent()).toContain('2 in wachtrij');
    await check(page, 'guard-04-offline-queued');

    await page.context().setOffline(false);
    await expect
      .poll(() => summary.textContent(), { timeout: 20_000 })
      .toContain(`0 in wachtrij · 0 te verbeteren · ${synced + 2} gesynchroniseerd`);
    expect((await states()).filter((state) => state === 'queued')).toEqual([]);
    await check(page, 'guard-05-synced');
  });

  it('police: reads the barometer summary on home, then a quarter on the barometer page', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, 'politie@mechelen.demo');
    await home(page, 'police', /Eli Politie/);
    // Nothing to go to beyond the barometer: no empty "where to" heading.
    expect(await page.getByRole('heading', { name: 'Waar wilt u naartoe?' }).count()).toBe(0);
    const card = workCard(page, /^Barometer \de kwartaal \d{4}$/);
    const title = ((await card.getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
    const [, quarter, year] = /^Barometer (\d)e kwartaal (\d{4})$/.exec(title) ?? [];
    // The last complete quarter before today.
    const current = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
    const thisYear = Number(today.slice(0, 4));
    expect([Number(year), Number(quarter)]).toEqual(current === 1 ? [thisYear - 1, 4] : [thisYear, current - 1]);
    await card.getByText(/^Overlastfeiten: (\d+|minder dan 5|niet getoond)$/).waitFor();

    await card.getByRole('link', { name: 'Naar de barometer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wijkbarometer' }).waitFor();
    await page.getByTestId('barometer-map').locator('svg path').first().waitFor();
    const table = page.getByTestId('barometer-wijk-table');
    await table.waitFor();
    const cells = (await table.locator('td, th').allTextContents()).map((c) => c.trim());
    expect(cells.length).toBeGreaterThan(12);
    // Outside the department: no count from 1 to 4, no list of events.
    expect(cells.filter((c) => /^[1-4]$/.test(c))).toEqual([]);
    expect(await page.getByRole('columnheader', { name: 'Straat' }).count()).toBe(0);
    await check(page, 'police-02-barometer-quarter');
  });

  it('viewer: opens the evaluation page and downloads the evaluation report from the downloads menu', async () => {
    const page = await session.openPage(desktop, { locale: 'fr-BE' });
    await logIn(page, 'college@mechelen.demo');
    await home(page, 'viewer', /Dani Lezer/);

    await page.goto('/evaluation');
    await page.getByRole('heading', { level: 1, name: 'Évaluation' }).waitFor();
    const button = page.getByRole('button', {
      name: /^Télécharger un rapport : le rapport d’évaluation ou d’activités de \d{4}$/,
    });
    const year = /(\d{4})$/.exec((await button.getAttribute('aria-label')) ?? '')?.[1] ?? '';
    await check(page, 'viewer-02-evaluation');
    await button.click();
    const item = page.getByRole('menuitem', { name: 'Rapport d’évaluation · PDF · français' });
    await item.waitFor();
    await check(page, 'viewer-03-downloads-menu');
    const download = page.waitForEvent('download');
    await item.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`svpp-evaluation-mechelen-${year}.pdf`);
    const saved = await file.path();
    expect(statSync(saved).size).toBeGreaterThan(1000);
  });
});
