import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { expectAccessible, browserSession, logIn } from './support/session.js';
import { thisQuarter, thisYear, today } from './support/demo-dates.js';

// The neighbourhood barometer on the demo (synthetic police records of last year and this year up to today).

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const session = browserSession('barometer');

async function openBarometer(page: Page, query = `from=${thisYear}-01-01&to=${today}`): Promise<void> {
  await page.goto(`/barometer?${query}`);
  await page.getByRole('heading', { level: 1, name: 'Wijkbarometer' }).waitFor();
  await page.getByTestId('barometer-map').locator('svg path').first().waitFor();
  await page.getByTestId('barometer-heatmap').locator('svg rect, svg path').nth(20).waitFor();
}

describe('the neighbourhood barometer in chromium', () => {
  it('shows the coordinator the map, the heat map and the flagged trend, and drills down to the events with streets', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, 'preventie@mechelen.demo');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Wijkbarometer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wijkbarometer' }).waitFor();
    await openBarometer(page);
    // Both charts are SVG (no canvas anywhere), with a label in words.
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await page.getByTestId('barometer-map').locator('svg').count()).toBe(1);
    expect(await page.getByRole('img', { name: /Kaart van de 12 wijken/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /Heatmap van de overlast per uur en weekdag/ }).count()).toBe(1);
    // The rule is said in words, and the real rise of this year (against the same days last year) is flagged.
    await page
      .getByText(/te groot is om toeval te zijn/)
      .first()
      .waitFor();
    const trends = page.getByTestId('barometer-trends');
    await expect
      .poll(() =>
        trends.getByRole('row').filter({ hasText: 'Mechelen - Zuid' }).filter({ hasText: 'Drugsoverlast' }).count(),
      )
      .toBeGreaterThan(0);
    await expect.poll(() => trends.getByText('▲ stijging').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'barometer');
    await screenshot(page, 'barometer-desktop');

    await page.getByRole('button', { name: 'Feiten in Centrum tonen' }).click();
    const events = page.getByTestId('barometer-events');
    await events.waitFor();
    expect(await events.getByRole('columnheader', { name: 'Straat' }).count()).toBe(1);
    await page.getByRole('heading', { name: /Uur en weekdag — Centrum/ }).waitFor();
    await expectAccessible(page, 'barometer drill-down');
    await screenshot(page, 'barometer-drilldown');
  });

  it('shows the police one calendar quarter with small counts as "<5", no list of events, no streets, and no page with personal data in the menu', async () => {
    const page = await session.openPage(phone, { isMobile: true });
    await logIn(page, 'politie@mechelen.demo');
    // This quarter: the demo's police records run up to yesterday.
    await openBarometer(page, `from=${thisQuarter.from}&to=${thisQuarter.to}`);
    // The rule in one sentence; outside the department the answer is aggregated cells of one quarter only.
    await page.getByText(/Aantallen onder 5 tonen we als/).waitFor();
    // No cell and no total of the table reads a count from 1 to 4 (hidden ones read "<5" or "—").
    const cells = (await page.getByTestId('barometer-wijk-table').locator('td, th').allTextContents()).map((c) =>
      c.trim(),
    );
    expect(cells.length).toBeGreaterThan(12);
    expect(cells.filter((c) => /^[1-4]$/.test(c))).toEqual([]);
    expect(await page.getByRole('button', { name: 'Feiten in Centrum tonen' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Straat' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await expectAccessible(page, 'barometer as police, phone');
    await screenshot(page, 'barometer-police-phone');
    await page.getByRole('button', { name: /menu/i }).first().click();
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    const links = await nav.getByRole('link').allTextContents();
    expect(links.map((l) => l.trim())).toContain('Wijkbarometer');
    // Nothing that holds personal data (registrations, complaints, cases, guards, users) nor the plan and reports.
    for (const page of [
      'Registraties',
      'Plan',
      'Dashboard',
      'Overlastloket',
      'Dossiers',
      'Gemeenschapswachten',
      'Gebruikers',
      'Auditlog',
    ]) {
      expect(links.map((l) => l.trim())).not.toContain(page);
    }
  });
});
