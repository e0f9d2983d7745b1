import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { expectAccessible, browserSession, logIn } from './support/session.js';
import { shown, today } from './support/demo-dates.js';

// Enforcement at volume (issue 18) on the demo: the association GASAM handles the GAS findings of Mechelen and
// Bonheiden (by agreement); a staff member of Bonheiden sees only Bonheiden's.

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const session = browserSession('enforcement');

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await expect.poll(() => page.getByRole('tab', { name, selected: true }).count()).toBe(1);
}

/** No text a user should never read: raw keys, undefined, NaN, English words of the developer. */
async function expectNoRawText(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/\bundefined\b|\bNaN\b|\bnull\b|\[object Object\]|\{[a-z]+\}/);
  expect(text).not.toMatch(/\b[a-z]+(?:\.[a-z]+){2,}\b/i);
}

describe('enforcement at volume in chromium', () => {
  it('shows the GASAM coordinator the findings of the members, filters them and opens one with its procedure', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, 'gas@gasam.demo');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Handhaving' }).click();
    await page.getByRole('heading', { level: 1, name: 'Handhaving' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/enforcement');
    const references = page.locator('a[href^="/enforcement/findings/"]');
    await references.first().waitFor();
    // The findings of both members, by agreement.
    const all = await references.allTextContents();
    expect(all.length).toBeGreaterThan(10);
    await expect
      .poll(() =>
        page
          .getByText(/vaststellingen/)
          .first()
          .textContent(),
      )
      .toMatch(/\d/);
    await expectNoRawText(page);
    await expectAccessible(page, 'findings');
    await screenshot(page, 'enforcement-findings');

    // Filter: only the findings whose notification was sent.
    await page.getByLabel('Status').selectOption({ label: 'Kennisgeving verstuurd' });
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('notified');
    await expect
      .poll(async () => {
        const badges = await page.locator('tbody .mantine-Badge-root').allTextContents();
        return badges.length > 0 && badges.every((b) => b === 'Kennisgeving verstuurd');
      })
      .toBe(true);
    await screenshot(page, 'enforcement-findings-filtered');

    // Open one: the prescription day, the timeline, the holder on request, a step if one is offered.
    await references.first().click();
    await page.getByRole('heading', { level: 1, name: /^Vaststelling / }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/enforcement\/findings\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByTestId('prescription').textContent())
      .toMatch(/^Verja\w+ (op|sinds) \d\d\/\d\d\/\d{4}/);
    await page.getByRole('heading', { name: 'Verloop' }).waitFor();
    const timeline = page.locator('section[aria-labelledby=timeline-title] li');
    expect(await timeline.count()).toBeGreaterThan(1);
    // The structured communication as on a transfer form.
    await page.getByText(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/).waitFor();
    await expectNoRawText(page);
    await expectAccessible(page, 'finding');
    await screenshot(page, 'enforcement-finding');
    await page.getByRole('button', { name: 'Houder tonen' }).click();
    await page.getByRole('rowheader', { name: 'Naam' }).waitFor();
    const holderName = await page
      .getByRole('rowheader', { name: 'Naam' })
      .locator('xpath=..')
      .locator('td')
      .textContent();
    expect(holderName?.trim()).not.toMatch(/^—?$/);
    await screenshot(page, 'enforcement-finding-holder');

    // A step the procedure offers now: the first one, with its first outcome if it has any.
    const stepSelect = page.getByRole('combobox', { name: 'Stap', exact: true });
    if ((await stepSelect.count()) > 0) {
      const steps = await stepSelect
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      expect(steps.length).toBeGreaterThan(0);
      const before = await timeline.count();
      await stepSelect.selectOption(steps[0] ?? '');
      const outcome = page.getByRole('combobox', { name: 'Uitkomst' });
      if ((await outcome.count()) > 0) {
        const outcomes = await outcome
          .locator('option')
          .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
        await outcome.selectOption(outcomes[0] ?? '');
      }
      const amount = page.getByRole('textbox', { name: 'Boete (euro)' });
      if ((await amount.count()) > 0) await amount.fill('100');
      await screenshot(page, 'enforcement-finding-step-form');
      await page.getByRole('button', { name: 'Stap opslaan' }).click();
      await page.getByText('Stap opgeslagen.').waitFor();
      await expect.poll(() => timeline.count()).toBe(before + 1);
      await expectNoRawText(page);
      await screenshot(page, 'enforcement-finding-step-recorded');
    }
  });

  it('shows the procedure desk: the DIV import, the letter batches with their files, the open payments', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, 'gas@gasam.demo');
    await page.goto('/enforcement?tab=procedure');
    await page.getByRole('heading', { name: '1. Antwoord van de DIV inlezen' }).waitFor();
    await page.getByRole('heading', { name: '2. Briefreeksen' }).waitFor();
    await page.getByRole('heading', { name: '4. Betalingen (CAMT.053)' }).waitFor();
    await page.getByRole('heading', { name: 'Te bekijken betalingen' }).waitFor();
    // The demo's batches (sent by the association for its members) and the payments the desk must look at.
    const batches = page.locator('section[aria-labelledby=letter-batches-title] tbody tr');
    await batches.first().waitFor();
    expect(await batches.count()).toBeGreaterThan(5);
    const open = page.locator('section[aria-labelledby=open-payments-title] tbody tr');
    await open.first().waitFor();
    await expect.poll(() => open.filter({ hasText: 'Niet gekoppeld' }).count()).toBeGreaterThan(0);
    await expectNoRawText(page);
    await expectAccessible(page, 'procedure');
    await screenshot(page, 'enforcement-procedure');

    // The desk makes this week's batches: notifications, then reminders; each gets its DOCX and PDF.
    const letters = page.locator('section[aria-labelledby=letter-batches-title]');
    for (const kind of ['Kennisgeving', 'Herinnering']) {
      await letters.getByRole('combobox', { name: 'Soort brief' }).selectOption({ label: kind });
      await letters.getByRole('button', { name: 'Reeks maken' }).click();
      await page
        .getByText(/Reeks van \d+ brieven gemaakt\./)
        .first()
        .waitFor({ timeout: 60_000 });
      await expect
        .poll(() =>
          letters
            .getByRole('link', { name: new RegExp(`DOCX downloaden: ${kind.toLowerCase()} van ${shown(today)}`) })
            .count(),
        )
        .toBe(1);
    }
    const docx = letters.getByRole('link', { name: /^DOCX downloaden/ });
    expect(await docx.count()).toBe(2);
    // Every link and button of a row names its batch: no two have the same name.
    const names = await letters
      .locator('tbody a, tbody button')
      .evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? e.textContent));
    expect(names.length).toBeGreaterThan(4);
    expect(new Set(names).size).toBe(names.length);
    await expectAccessible(page, 'procedure, batches made');
    await screenshot(page, 'enforcement-procedure-batches-made');

    const [download] = await Promise.all([page.waitForEvent('download'), docx.first().click()]);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
  });

  it('shows the catalogue, the analysis, the association and the steering group with the enforcement plan', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, 'gas@gasam.demo');
    await page.goto('/enforcement?tab=findings');
    await page.getByRole('heading', { level: 1, name: 'Handhaving' }).waitFor();

    await openTab(page, 'Inbreukencatalogus');
    await page.getByRole('cell', { name: 'C3', exact: true }).first().waitFor();
    await expectNoRawText(page);
    await expectAccessible(page, 'catalogue');
    await screenshot(page, 'enforcement-catalogue');

    await openTab(page, 'Analyse');
    await page.locator('main svg').first().waitFor();
    expect(await page.locator('canvas').count()).toBe(0);
    await expectNoRawText(page);
    await expectAccessible(page, 'analysis');
    await screenshot(page, 'enforcement-analysis');

    await openTab(page, 'Vereniging (GASAM)');
    await page
      .getByRole('heading', { name: /Mechelen|overeenkomst/i })
      .first()
      .waitFor();
    await expectNoRawText(page);
    await expectAccessible(page, 'association');
    await screenshot(page, 'enforcement-association');

    // The association has no steering group of its own: the tab says so.
    await openTab(page, 'Stuurgroep en handhavingsplan');
    await page.locator('#steering-title').waitFor();
    await page.getByText('Er is nog geen handhavingsplan geregistreerd.').waitFor();
    await expectNoRawText(page);
    await expectAccessible(page, 'steering, association');
    await screenshot(page, 'enforcement-steering-association');
  });

  it("shows the city's steering group and its signed enforcement plan", async () => {
    const page = await session.openPage(desktop);
    await logIn(page, 'preventie@mechelen.demo');
    await page.goto('/enforcement?tab=steering');
    await page.locator('#steering-title').waitFor();
    await page.locator('#enforcement-plan-title').waitFor();
    const plan = page.locator('section[aria-labelledby=enforcement-plan-title]');
    await plan.getByRole('heading', { level: 3 }).first().waitFor();
    await expectNoRawText(page);
    await expectAccessible(page, 'steering, city');
    await screenshot(page, 'enforcement-steering');
  });

  it('shows the Bonheiden staff member only the findings of Bonheiden, on a phone', async () => {
    const page = await session.openPage(phone, { isMobile: true });
    await logIn(page, 'gas@bonheiden.demo');
    await page.goto('/enforcement');
    await page.getByRole('heading', { level: 1, name: 'Handhaving' }).waitFor();
    const references = page.locator('a[href^="/enforcement/findings/"]');
    await references.first().waitFor();
    const all = (await references.allTextContents()).map((r) => r.trim());
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((r) => !r.startsWith('BON-'))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await expectNoRawText(page);
    await expectAccessible(page, 'findings, Bonheiden, phone');
    await screenshot(page, 'enforcement-bonheiden-phone');
  });
});
