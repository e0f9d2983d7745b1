import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { expectAccessible, browserSession, logIn } from './support/session.js';

// Case work on the demo: a NERO trajectory through its steps, names for the owner only, the volunteer register.

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const coordinator = 'preventie@mechelen.demo';
const staff = 'medewerker@mechelen.demo';
const minorName = 'Testje Minderjarige';

const session = browserSession('cases');

async function recordStep(page: Page, step: string, outcome?: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Stap registreren' });
  await form.getByRole('combobox', { name: /^Stap/ }).selectOption({ label: step });
  if (outcome) await form.getByRole('combobox', { name: /^Uitkomst/ }).selectOption({ label: outcome });
  await form.getByRole('button', { name: 'Registreren' }).click();
  await page.getByRole('region', { name: 'Verloop' }).getByText(step).waitFor();
}

describe('case work in the browser', () => {
  let caseUrl = '';

  it('walks a NERO trajectory: consent first, then invitation, talk, agreement, evaluation, closure', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, coordinator);
    await page.getByText('Dossiers over tijd (hele dienst)', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Bekijk de dossiers over tijd' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
    await expect.poll(() => page.getByText('Over tijd', { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'case list, overdue');
    await screenshot(page, 'cases-list');

    await page.goto('/cases/new');
    await page.getByRole('heading', { level: 1, name: 'Nieuw dossier' }).waitFor();
    await page.getByLabel('Soort dossier').selectOption('nero');
    await page.getByLabel('Naam').fill(minorName);
    await expectAccessible(page, 'new case form');
    await page.getByRole('button', { name: 'Dossier openen' }).click();
    await page.getByRole('heading', { level: 1, name: /NERO-\d{4}-\d{3}/ }).waitFor();
    caseUrl = new URL(page.url()).pathname;
    await page.getByText('Zonder toestemming van het jeugdparket kan geen andere stap starten.').waitFor();
    // Before consent, the prosecutor's consent is the only step on offer.
    const offered = await page
      .getByRole('region', { name: 'Stap registreren' })
      .getByRole('combobox', { name: /^Stap/ })
      .locator('option')
      .allTextContents();
    expect(offered).toEqual(['Kies een stap', 'Toestemming jeugdparket']);
    await expect.poll(() => page.getByText(minorName).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'NERO case before consent');

    await recordStep(page, 'Toestemming jeugdparket', 'Toestemming gegeven');
    await recordStep(page, 'Ouders uitgenodigd');
    await recordStep(page, 'Eerste gesprek');
    await page.getByText('Evaluatie en afsluiting binnen 5 maanden na het eerste gesprek').waitFor();
    await recordStep(page, 'Overeenkomst op maat');
    await recordStep(page, 'Evaluatie', 'Positief');
    await screenshot(page, 'cases-nero-detail');
    await expectAccessible(page, 'NERO case with steps');
    const close = page.getByRole('region', { name: 'Dossier afsluiten' });
    await close.getByRole('combobox', { name: /^Manier van afsluiten/ }).selectOption({ label: 'Traject afgerond' });
    await close.getByRole('button', { name: 'Afsluiten' }).click();
    await page.getByText(/Afgesloten op .*: Traject afgerond/).waitFor();
    expect(await page.getByRole('region', { name: 'Stap registreren' }).count()).toBe(0);
  });

  it('shows another staff member pseudonyms instead of the names, also on a phone', async () => {
    expect(caseUrl).not.toBe('');
    const page = await session.openPage(phone, { isMobile: true });
    await logIn(page, staff);
    await page.goto(caseUrl);
    await page.getByText(/U ziet pseudoniemen/).waitFor();
    await page.getByText('Minderjarige 1').waitFor();
    expect(await page.getByText(minorName).count()).toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(phone.width);
    await expectAccessible(page, 'NERO case for another staff member (phone)');
    await screenshot(page, 'cases-nero-pseudonyms-phone');
  });

  it('keeps the volunteer register with the plan’s ratio', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, coordinator);
    await page.goto('/cases/volunteers');
    await page.getByRole('heading', { level: 1, name: 'Vrijwilligersregister buurtbemiddeling' }).waitFor();
    await page.getByText('Verhouding nieuw : langer dan 1 jaar').waitFor();
    await expectAccessible(page, 'volunteer register');
    await screenshot(page, 'cases-volunteers');
  });
});
