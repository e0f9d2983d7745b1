import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { expectAccessible, browserSession, logIn } from './support/session.js';
import { thisYear } from './support/demo-dates.js';

// The nuisance desk: the public form (nl, fr) and status page without login, and the desk handling a complaint.

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const session = browserSession('complaints');

/** Fills the public form: a point on the map (keyboard: focus, Enter places the pin in the middle) or an address. */
async function fillForm(
  page: Page,
  labels: { category: string; description: string; email: string; privacy: string; map: boolean },
  values: { category: string; text: string; email: string },
) {
  await page.getByLabel(labels.category).selectOption(values.category);
  if (labels.map) {
    const map = page.getByTestId('wijk-map');
    await map.waitFor();
    await map.focus();
    await page.keyboard.press('Enter');
  }
  await page.getByLabel(labels.description).fill(values.text);
  await page.getByLabel(labels.email).fill(values.email);
  await page.getByLabel(labels.privacy).check();
}

describe('the nuisance desk in the browser', () => {
  let reference = '';
  let accessCode = '';

  it('lets a citizen report nuisance in Dutch on a phone, without login, and follow it', async () => {
    const page = await session.openPage(phone, { isMobile: true });
    await page.goto('/p/mechelen/complaints');
    await page.getByRole('heading', { level: 1, name: 'Overlast melden' }).waitFor();
    await expectAccessible(page, 'public form nl (phone)');
    await screenshot(page, 'complaints-public-form-nl-phone');
    // Sent empty, the form says what is missing (nothing leaves the browser).
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page.getByText('Bevestig dat u de privacyverklaring gelezen hebt.').waitFor();
    await fillForm(
      page,
      {
        category: 'Soort overlast',
        description: 'Beschrijving',
        email: 'E-mailadres',
        privacy: 'Ik heb gelezen wat er met mijn gegevens gebeurt.',
        map: true,
      },
      { category: 'noise', text: 'Elke vrijdagnacht luide muziek tot vier uur.', email: 'e2e-burger@example.test' },
    );
    await page.getByText(/Gekozen plaats: wijk/).waitFor();
    await page.waitForTimeout(4_200); // the minimum fill time of the spam rules
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bedankt, uw melding is goed ontvangen' }).waitFor();
    reference = (await page.getByTestId('complaint-reference').textContent()) ?? '';
    expect(reference).not.toBe('');
    accessCode = (await page.getByTestId('complaint-code').textContent()) ?? '';
    expect(reference).toMatch(/^OV-\d{4}-[A-Z2-9]{5}$/);
    await expectAccessible(page, 'public receipt nl');
    await screenshot(page, 'complaints-public-receipt-nl');
    await page.getByRole('link', { name: 'Volg uw melding' }).click();
    await page.getByTestId('complaint-state').filter({ hasText: 'Nieuw' }).waitFor();
    await expectAccessible(page, 'public status nl');
    await screenshot(page, 'complaints-public-status-nl');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(phone.width);
  });

  it('speaks French after the language switch, with an address instead of the map', async () => {
    const page = await session.openPage(desktop);
    await page.goto('/p/mechelen/complaints');
    await page.getByRole('heading', { level: 1, name: 'Overlast melden' }).waitFor();
    await page.getByRole('combobox', { name: 'Taal' }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Signaler une nuisance' }).waitFor();
    await page.getByLabel('Saisir l’adresse et le quartier').check();
    await page.getByLabel('Adresse (rue et numéro)').fill('Bruul 12');
    await page.locator('select[name=wijkCode]').selectOption({ index: 3 });
    await fillForm(
      page,
      {
        category: 'Type de nuisance',
        description: 'Description',
        email: 'Adresse e-mail',
        privacy: 'J’ai lu ce qu’il advient de mes données.',
        map: false,
      },
      {
        category: 'dumping',
        text: 'Des sacs poubelles déposés chaque semaine au coin de la rue.',
        email: 'e2e-citoyen@example.test',
      },
    );
    await expectAccessible(page, 'public form fr');
    await screenshot(page, 'complaints-public-form-fr');
    await page.waitForTimeout(4_200);
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Merci, votre signalement a bien été reçu' }).waitFor();
    await expectAccessible(page, 'public receipt fr');
    // A wrong code finds nothing, and says so without telling which part was wrong.
    await page.goto('/p/mechelen/complaints/status');
    await page.getByLabel('Référence').fill(reference);
    await page.getByLabel('Code d’accès').fill('AAAA-BBBB-CCCC');
    await page.getByRole('button', { name: 'Voir le statut' }).click();
    await page.getByText('Aucun signalement ne correspond à cette référence et à ce code d’accès.').waitFor();
    await expectAccessible(page, 'public status fr, not found');
  });

  it('lets the coordinator keep a standard answer with placeholders on the settings page', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, 'preventie@mechelen.demo');
    await page.goto('/complaints');
    await page.getByRole('link', { name: 'Instellingen van het loket' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instellingen van het overlastloket' }).waitFor();
    await page.getByRole('button', { name: 'Standaardantwoord toevoegen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill('Politie patrouilleert (e2e)');
    await dialog.getByLabel('Soort overlast').selectOption('noise');
    await dialog
      .getByLabel('Tekst', { exact: false })
      .fill('Uw melding {reference} over {category} van {date}: de politie patrouilleert voortaan op vrijdagnacht.');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('cell', { name: /Politie patrouilleert \(e2e\)/u }).waitFor();
    await expectAccessible(page, 'desk settings, standard answers');
    await screenshot(page, 'complaints-settings');
  });

  it('lets the desk find the complaint and answer it at once with a standard answer; the citizen sees it', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, 'medewerker@mechelen.demo');
    await page.goto('/complaints');
    await page.getByRole('heading', { level: 1, name: 'Overlastloket' }).waitFor();
    await page.getByLabel('Enkel te laat').check();
    await expect.poll(() => page.getByText('Te laat', { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'desk list, overdue');
    await screenshot(page, 'complaints-desk-overdue');
    await page.getByLabel('Enkel te laat').uncheck();
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: `Melding ${reference}` }).waitFor();
    await page.getByText('e2e-burger@example.test').waitFor();
    await page.getByTestId('complaint-status').getByText('Nieuw').waitFor();
    // Only steps the status allows: no "Toegewezen" button without a service (assigning a service does that).
    expect(await page.getByRole('button', { name: 'Zet op: Toegewezen' }).count()).toBe(0);
    // Answering a new complaint is one action: the service is asked in the answer box, the server walks
    // new → assigned → answered.
    await page
      .getByLabel('Dienst of partner (de melding wordt meteen toegewezen)')
      .selectOption({ label: 'Politie – wijkteam' });
    await page.getByLabel('Standaardantwoord').selectOption({ label: 'Politie patrouilleert (e2e)' });
    const answer = page.getByLabel('Antwoord', { exact: true });
    expect(await answer.inputValue()).toMatch(
      new RegExp(`^Uw melding ${reference} over geluidsoverlast van \\d{2}/\\d{2}/\\d{4}: de politie`, 'u'),
    );
    await answer.fill('De politie patrouilleert voortaan op vrijdagnacht op de Grote Markt.');
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByTestId('complaint-status').getByText('Beantwoord').waitFor();
    expect(await page.getByRole('button', { name: /^Zet op:/u }).allInnerTexts()).toEqual([
      'Zet op: Afgesloten',
      'Zet op: In behandeling',
    ]);
    await page.getByLabel('Nieuwe notitie').fill('Interne nota: opvolgen na twee weken.');
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await page.getByText('Interne nota: opvolgen na twee weken.').waitFor();
    await expectAccessible(page, 'desk detail answered');
    await screenshot(page, 'complaints-desk-detail');

    const citizen = await session.openPage(phone, { isMobile: true });
    await citizen.goto(`/p/mechelen/complaints/status#${reference}.${accessCode}`);
    await citizen.getByText('De politie patrouilleert voortaan op vrijdagnacht op de Grote Markt.').waitFor();
    expect(await citizen.getByText('Interne nota').count()).toBe(0);
    expect(await citizen.getByText('e2e-burger@example.test').count()).toBe(0);
    await expectAccessible(citizen, 'public status answered');
    await screenshot(citizen, 'complaints-public-status-answered');
  });

  it('shows the consultation with its generated agenda and final minutes', async () => {
    const page = await session.openPage(desktop);
    await logIn(page, 'preventie@mechelen.demo');
    await page.goto('/consultations');
    await page.getByRole('heading', { level: 1, name: 'Overleg politie–preventie' }).waitFor();
    // The demo's consultations run up to today.
    await page
      .getByRole('link')
      .filter({ hasText: new RegExp(String(thisYear)) })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    await expectAccessible(page, 'consultation detail');
    await screenshot(page, 'consultations-detail');
  });
});
