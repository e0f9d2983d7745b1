import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, screenshotDir } from './support/browser.js';
import { expectAccessible, browserSession, logIn } from './support/session.js';
import { shown, thisYear, today } from './support/demo-dates.js';
import { addDays } from '../../src/shared/calendar/days.js';

// The forms of issue #4 that only the API had: partners and agreements (with a document and a review), funded
// staff, a multi-year plan line and a decision step on the finance page.

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const coordinator = 'preventie@mechelen.demo';
const session = browserSession('partners');

describe('partners and the finance forms', () => {
  it('adds a partner and an agreement with a document, and records its review', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, coordinator);
    await page.getByRole('link', { name: 'Partners' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Partners en overeenkomsten' }).waitFor();
    await page.getByText('Inzet mobiele jeugdwerkers').waitFor(); // the demo's agreement

    const partnerForm = page.getByRole('form', { name: 'Partner toevoegen' });
    await partnerForm.getByLabel('Naam').fill('vzw Buurtbemiddeling Test (e2e)');
    await partnerForm.getByLabel('Soort').selectOption({ label: 'vzw' });
    await partnerForm.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByText('De partner is toegevoegd.').waitFor();
    await page
      .locator('section[aria-labelledby=partners-title] td', { hasText: 'vzw Buurtbemiddeling Test (e2e)' })
      .waitFor();

    // The same name again: the server's stable code, shown in the form.
    await partnerForm.getByLabel('Naam').fill('vzw Buurtbemiddeling Test (e2e)');
    await partnerForm.getByRole('button', { name: 'Partner toevoegen' }).click();
    await partnerForm.getByRole('alert').getByText('PARTNER_EXISTS').waitFor();

    const form = page.getByRole('form', { name: 'Overeenkomst toevoegen' });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    expect(await form.getByText('Dit veld is verplicht.').count()).toBeGreaterThanOrEqual(2); // partner, title, objectives
    await form.getByLabel('Partner').selectOption({ label: 'vzw Buurtbemiddeling Test (e2e)' });
    await form.getByLabel('Titel').fill('Buurtbemiddeling bij burenruzies (e2e)');
    await form.getByLabel('Meetbare doelstellingen').fill('- 40 bemiddelingen per jaar\n- 70% met een akkoord');
    await form.getByLabel('Opvolgingsritme').selectOption({ label: 'halfjaarlijks' });
    await form.getByLabel('Ondertekend op').fill('2025-02-01');
    await form.locator('input[type=file]').setInputFiles({
      name: 'overeenkomst.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Samenwerkingsovereenkomst (synthetisch)\n'),
    });
    await form.getByRole('link', { name: 'overeenkomst.txt' }).waitFor();
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De overeenkomst is toegevoegd.').waitFor();

    const card = page.getByRole('article', { name: 'Buurtbemiddeling bij burenruzies (e2e)' });
    await card.getByText('70% met een akkoord').waitFor();
    expect(await card.getByRole('link', { name: 'Document 1' }).getAttribute('href')).toMatch(/^\/api\/files\//u);
    await card.getByRole('button', { name: /Evaluatie vastleggen/u }).click();
    const review = card.getByRole('form', { name: /Evaluatie van/u });
    await review.getByLabel('Geplande evaluatie').selectOption('2025-08-01');
    await review.getByLabel('Geëvalueerd op').fill('2025-08-05');
    await review.getByLabel('Bevindingen').fill('Doelen op schema (e2e).');
    await expectAccessible(page, 'partners with the review form');
    await review.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De evaluatie is vastgelegd.').waitFor();
    await card.getByText(/geëvalueerd op 05\/08\/2025/u).waitFor();
    await screenshot(page, 'partners-page');
    await card.screenshot({ path: path.join(screenshotDir, 'partners-agreement-card.png') });
  });

  it('fits a phone', async () => {
    const page = await session.openPage(phone, { isMobile: true });
    await logIn(page, coordinator);
    await page.goto('/partners');
    await page.getByText('Inzet mobiele jeugdwerkers').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await expectAccessible(page, 'partners on a phone');
    await screenshot(page, 'partners-phone');
  });

  it('adds funded staff, a multi-year plan line and a decision step on the finance page', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, coordinator);
    // This year's schemes (the demo's money is last year's and this year's).
    await page.goto(`/finance?year=${thisYear}&tab=staff`);
    // Every form opens in a dialog from its tab.
    await page.getByRole('button', { name: 'Gefinancierde medewerker toevoegen' }).click();
    const staff = page.getByRole('form', { name: 'Gefinancierde medewerker toevoegen' });
    await staff.waitFor();
    await staff.getByLabel('Subsidiekanaal').selectOption({ label: 'Gemeenschapswachten 346' });
    await staff.getByLabel('Medewerker (naam of functie)').fill('Gemeenschapswacht E2E');
    await staff.getByLabel('Arbeidsregime').fill('5/4');
    await staff.getByRole('button', { name: 'Opslaan' }).click();
    await staff.getByText('Geef een breuk zoals 1/1, 4/5 of 1/2.').waitFor();
    await staff.getByLabel('Arbeidsregime').fill('4/5');
    await staff.getByLabel('In dienst vanaf').fill(`${thisYear}-07-01`);
    await staff.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De medewerker is toegevoegd.').waitFor();
    await staff.waitFor({ state: 'detached' });
    const staffRow = page.locator('section[aria-labelledby=staff-title] tr', { hasText: 'Gemeenschapswacht E2E' });
    // 6 months × €420 × 4/5 = €2,016.00
    expect(await staffRow.innerText()).toMatch(/2\.016,00/u);
    await page.getByRole('button', { name: 'Gemeenschapswacht E2E wijzigen' }).click();
    const edit = page.getByRole('form', { name: 'Gemeenschapswacht E2E wijzigen' });
    expect(await edit.getByLabel('Arbeidsregime').inputValue()).toBe('4/5');
    await edit.getByLabel('Arbeidsregime').fill('1/2');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De wijzigingen aan de medewerker zijn opgeslagen.').waitFor();
    await staffRow.getByText('1.260,00').waitFor(); // 6 months × €420 × 1/2

    await page.getByRole('tab', { name: 'Budget' }).click();
    await page.getByRole('button', { name: 'Lijn toevoegen' }).click();
    const line = page.getByRole('form', { name: 'Lijn van het meerjarenplan toevoegen of wijzigen' });
    await line.getByLabel('MJP-nummer').fill('MJP009901');
    await line.getByLabel('Omschrijving').fill('Opleiding gemeenschapswachten (e2e)');
    await line.getByLabel('Bedrag in het meerjarenplan (euro)').fill('1.000,00');
    await line.getByRole('checkbox', { name: 'ACTIVA' }).check();
    await line.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De lijn van het meerjarenplan is opgeslagen.').waitFor();
    await page.locator('section[aria-labelledby=budget-title] tr', { hasText: 'MJP009901' }).waitFor();
    await page.getByRole('button', { name: 'Lijn MJP009901 wijzigen' }).click();
    expect(await line.getByLabel('Omschrijving').inputValue()).toBe('Opleiding gemeenschapswachten (e2e)');
    await page.keyboard.press('Escape');
    await line.waitFor({ state: 'detached' });
    await page
      .locator('section[aria-labelledby=budget-title]')
      .screenshot({ path: path.join(screenshotDir, 'finance-budget-lines.png') });

    await page.getByRole('tab', { name: 'Beslissingen' }).click();
    const newDecision = page.getByRole('button', { name: 'Beslissing vastleggen' });
    await newDecision.click();
    const decision = page.getByRole('form', { name: 'Beslissing vastleggen' });
    // A new decision starts empty: nothing chosen yet, so nothing looks saved already.
    expect(await decision.getByLabel('Referentie').inputValue()).toBe('');
    // This year's finance report has no step yet; the steps are dated in the last days.
    const college = addDays(today, -7);
    await decision.getByLabel('Betreft').selectOption(`finance:${thisYear}`);
    expect(await decision.getByLabel('Stap').inputValue()).toBe('college_referral');
    await decision.getByLabel('Stap').selectOption('council_approval');
    await decision.getByLabel('Datum van de beslissing').fill(addDays(today, -3));
    await decision.getByLabel('Referentie').fill('Gemeenteraad – punt 12 (e2e)');
    await decision.getByRole('button', { name: 'Opslaan' }).click();
    await decision.getByRole('alert').getByText('DECISION_STEP_OUT_OF_ORDER').waitFor();
    await decision.getByLabel('Stap').selectOption('college_referral');
    await decision.getByLabel('Datum van de beslissing').fill(college);
    await decision.getByLabel('Referentie').fill('Collegebesluit – punt 40 (e2e)');
    await decision.locator('input[type=file]').setInputFiles({
      name: 'collegebesluit.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Collegebesluit (synthetisch)\n'),
    });
    await decision.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De beslissing is vastgelegd.').waitFor();
    await decision.waitFor({ state: 'detached' });
    const steps = page
      .getByRole('list', { name: new RegExp(`Stappen van .*${thisYear}`, 'u') })
      .filter({ hasText: shown(college) });
    await steps.getByRole('link', { name: 'document' }).waitFor();
    // The next decision on the same report proposes the next step.
    await newDecision.click();
    await decision.getByLabel('Betreft').selectOption(`finance:${thisYear}`);
    expect(await decision.getByLabel('Stap').inputValue()).toBe('council_approval');
    await expectAccessible(page, 'finance forms');
    await screenshot(page, 'finance-forms');
    await page.keyboard.press('Escape');
    await decision.waitFor({ state: 'detached' });
    await page
      .locator('section[aria-labelledby=decisions-title]')
      .screenshot({ path: path.join(screenshotDir, 'finance-decisions.png') });
  });
});
