import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { expectAccessible, browserSession, logIn } from './support/session.js';
import { lastYear, thisYear, today } from './support/demo-dates.js';

// Money and deadlines on the demo (it lives around today): this year's conventions of the Mechelen plan (extended
// from 2020), an expense near and past a cap, the calendar.

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const coordinator = 'preventie@mechelen.demo';
const session = browserSession('finance');

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
    expect(
      await page.locator('section[aria-labelledby=pots-title]').getByText('Bijna aan het plafond').count(),
    ).toBeGreaterThan(0);
    // One tab at a time instead of one long scroll with forms between the tables.
    expect(await page.locator('section[aria-labelledby=budget-title]').count()).toBe(0);
    expect(await page.getByRole('form').count()).toBe(0);
    await expectAccessible(page, 'finance page');
    await screenshot(page, 'finance-page');
    await page.getByRole('tab', { name: 'Budget' }).click();
    const mjp = page.locator('section[aria-labelledby=budget-title] tr', { hasText: 'MJP003608' });
    expect(await mjp.textContent()).toMatch(/Aan te passen/u);
    expect(await mjp.innerText()).toMatch(/899,00/u);
    await expectAccessible(page, 'finance budget tab');
  });

  it('adds an expense, warns near the cap and asks before passing it', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, coordinator);
    await page.goto('/finance');
    await page.getByRole('tab', { name: 'Uitgaven' }).click();
    await page.getByRole('button', { name: 'Uitgave toevoegen' }).click();
    const form = page.getByRole('dialog').getByRole('form', { name: 'Uitgave toevoegen' });
    await form.waitFor();
    await form.getByLabel('Subsidiekanaal').selectOption({ label: 'ACTIVA' });
    await form.getByLabel('Soort').selectOption({ label: 'Opleiding' });
    await form.getByLabel('Datum').fill(today);
    await form.getByLabel('Bedrag (euro)').fill('20,00');
    await form.getByLabel('Omschrijving').fill('Bijscholing EHBO (e2e)');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De uitgave is opgeslagen.').waitFor();
    await page.locator('section[aria-labelledby=expenses-title]').getByText('Bijscholing EHBO (e2e)').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' }); // saved: the modal closes

    await page.getByRole('button', { name: 'Uitgave toevoegen' }).click();
    await form.getByLabel('Subsidiekanaal').selectOption({ label: 'ACTIVA' });
    await form.getByLabel('Soort').selectOption({ label: 'Opleiding' });
    await form.getByLabel('Datum').fill(today);
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

  it('shows this year’s calendar with last year’s evaluation to the college, and a feed link', async () => {
    const page = await session.openPage(phone, { isMobile: true });
    await logIn(page, coordinator);
    await page.goto('/calendar');
    await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
    // Below `sm` the deadlines are cards, not a table that scrolls sideways.
    await page
      .locator('[data-testid=overdue-cards], [data-testid=deadline-cards]')
      .getByText(new RegExp(`Evaluatie ${lastYear} aan het college`, 'u'))
      .first()
      .waitFor();
    // What is late comes first, in its own section.
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings[0]).toBe('Te laat'); // the demo has a few deadlines passed by some days
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

  it('opens "Beslissing vastleggen" empty; correcting a recorded step is its own action', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, coordinator);
    await page.goto(`/finance?year=${thisYear}&tab=decisions`);
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    const form = page.getByRole('dialog').getByRole('form', { name: 'Beslissing vastleggen' });
    await form.waitFor();
    expect(await form.getByLabel('Datum van de beslissing').inputValue()).toBe('');
    expect(await form.getByLabel('Referentie').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: /^ingediend bij de minister van .* wijzigen$/u })
      .first()
      .click();
    const edit = page.getByRole('dialog').getByRole('form', { name: 'Vastgelegde beslissing wijzigen' });
    expect(await edit.getByLabel('Datum van de beslissing').inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/u); // the date field shows dd/mm/yyyy
    await expectAccessible(page, 'decision correction');
  });

  it('shows in the plan workspace where the plan stands in its decisions', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, coordinator);
    await page.goto('/plan');
    // This year's extension was sent to the minister on 2 March.
    expect(await page.getByTestId('decision-stage').textContent()).toMatch(
      new RegExp(`ingediend bij de minister \\(02/03/${thisYear}\\)`, 'u'),
    );
  });
});
