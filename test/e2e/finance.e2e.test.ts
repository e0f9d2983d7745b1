import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/server/features/demo/demo.service.js';
import { screenshot } from './support/browser.js';
import { expectAccessible, browserSession } from './support/session.js';

// Money and deadlines on the demo: the Mechelen 2020 conventions, an expense near and past a cap, the calendar.

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const coordinator = 'preventie@mechelen.demo';
const session = browserSession('finance');

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(demoPassword);
  await page.locator('button[type=submit]').click();
  await page.getByRole('heading', { level: 1, name: /Welkom/ }).waitFor();
}

describe('finance and calendar', () => {
  it('shows the conventions checked by the rules and the €899 difference with the multi-year plan', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, coordinator);
    await page.getByRole('link', { name: 'Financiën' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Financiën' }).waitFor();
    const conventions = page.locator('section[aria-labelledby=conventions-title]');
    await conventions.getByText('Gemeenschapswachten 346').waitFor();
    expect(await conventions.innerText()).toMatch(/42\.714,57/u);
    expect(await conventions.getByText('Klopt met de regels').count()).toBe(3); // the demo's text agrees with the rules
    const mjp = page.locator('section[aria-labelledby=budget-title] tr', { hasText: 'MJP003608' });
    expect(await mjp.textContent()).toMatch(/Aan te passen/u);
    expect(await mjp.innerText()).toMatch(/899,00/u);
    expect(
      await page.locator('section[aria-labelledby=pots-title]').getByText('Bijna aan het plafond').count(),
    ).toBeGreaterThan(0);
    await expectAccessible(page, 'finance page');
    await screenshot(page, 'finance-page');
  });

  it('adds an expense, warns near the cap and asks before passing it', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, coordinator);
    await page.goto('/finance');
    const form = page.getByRole('form', { name: 'Uitgave toevoegen' });
    await form.waitFor();
    await form.getByLabel('Subsidiekanaal').selectOption({ label: 'ACTIVA' });
    await form.getByLabel('Soort').selectOption({ label: 'Opleiding' });
    await form.getByLabel('Datum').fill('2020-11-20');
    await form.getByLabel('Bedrag (euro)').fill('20,00');
    await form.getByLabel('Omschrijving').fill('Bijscholing EHBO (e2e)');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De uitgave is opgeslagen.').waitFor();
    await page.locator('section[aria-labelledby=expenses-title]').getByText('Bijscholing EHBO (e2e)').waitFor();

    await form.getByLabel('Bedrag (euro)').fill('500');
    await form.getByLabel('Omschrijving').fill('Extra uniformen (e2e)');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Boven het plafond' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/500,00/u);
    await expectAccessible(page, 'expense past the cap');
    await screenshot(page, 'finance-cap-refusal');
    await refusal.getByRole('button', { name: 'Toch opslaan boven het plafond' }).click();
    await page.getByText('De uitgave is opgeslagen boven het plafond; het deel erboven is een eigen kost.').waitFor();
    const row = page.locator('section[aria-labelledby=expenses-title] tr', { hasText: 'Extra uniformen (e2e)' });
    expect(await row.textContent()).toMatch(/Boven plafond/u);
  });

  it('shows the calendar of 2021 with the evaluation to the college, and a feed link', async () => {
    const page = await session.openPage(phone, { isMobile: true });
    await logIn(page, coordinator);
    await page.goto('/calendar?year=2021');
    await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
    // Below `sm` the deadlines are cards, not a table that scrolls sideways.
    await page
      .getByTestId('deadline-cards')
      .getByText(/Evaluatie 2020 aan het college/u)
      .waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await page.getByRole('button', { name: 'Agendalink maken' }).click();
    const url = await page.getByTestId('feed-url').innerText();
    expect(url).toMatch(/\/api\/calendar\/ics\/[\w-]{40,}$/u);
    const ics = await (await page.request.get(url)).text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/u);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await expectAccessible(page, 'calendar on a phone');
    await screenshot(page, 'calendar-phone');
  });

  it('shows in the plan workspace where the plan stands in its decisions', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, coordinator);
    await page.goto('/plan');
    expect(await page.getByTestId('decision-stage').textContent()).toMatch(
      /ingediend bij de minister \(30\/04\/2020\)/u,
    );
  });
});
