import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/server/config.js';
import { screenshot } from './support/browser.js';
import { expectAccessible, type PageOptions, browserSession, logIn } from './support/session.js';

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const coordinator = 'preventie@mechelen.demo';
const planFile = path.join(projectRoot, 'samples', 'plans', 'mechelen-svpp-2020.txt');

const session = browserSession('plan');
const openPage = (viewport = desktop, options: PageOptions = {}) => session.openPage(viewport, options);

async function expectNoSidewaysScroll(page: Page, state: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page width in "${state}"`).toBeLessThanOrEqual(phone.width);
}

async function heading(page: Page, name: string | RegExp, level = 1): Promise<void> {
  await page.getByRole('heading', { level, name }).waitFor({ state: 'visible' });
}

/** The tree item (li) the focus is on. */
function focusedItem(page: Page): Locator {
  return page.locator('li:focus');
}

/** Waits for the version list (or its absence) to load; the number of versions. */
async function versionCount(page: Page): Promise<number> {
  await page.getByRole('heading', { level: 2, name: 'Versies van het plan' }).waitFor();
  return page.getByRole('list', { name: 'Planversies, nieuwste eerst' }).locator(':scope > li').count();
}

/** Uploads a file through the import form, unfolding the form first when there already is a plan. */
async function upload(page: Page, name: string, content: string | Buffer): Promise<void> {
  const form = page.getByRole('region', { name: 'Een plantekst inladen' });
  if ((await form.count()) === 0) {
    const toggle = page.getByRole('button', { name: 'Nieuwe plantekst inladen' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  }
  await form.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'text/plain',
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
  });
  await form.getByRole('button', { name: 'Inladen', exact: true }).click();
}

describe('plan workspace and evaluation in chromium', () => {
  it('imports a plan as coordinator, reviews and corrects it, searches and filters the tree, and confirms it', async () => {
    const page = await openPage();
    await logIn(page, coordinator);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Plan' }).click();
    await heading(page, 'Plan');
    // The demo may already hold a confirmed version.
    const existing = await versionCount(page);
    const versions = page.getByRole('list', { name: 'Planversies, nieuwste eerst' });
    await expectAccessible(page, existing > 0 ? 'plan with the demo version' : 'plan without versions');
    await screenshot(page, 'plan-start-desktop');

    // Bad files: a localised message and the stable code; nothing is stored.
    await upload(page, 'leeg.txt', '');
    let alert = page.getByRole('alert').filter({ hasText: 'Het bestand is leeg' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('PLAN_PARSE_EMPTY');
    await upload(page, 'plan.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    alert = page.getByRole('alert').filter({ hasText: 'Het bestand is geen tekst' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('PLAN_PARSE_BINARY');
    await upload(page, 'boodschappen.txt', 'Brood\nMelk\nKaas\nEen lijstje zonder secties of doelstellingen.\n');
    alert = page.getByRole('alert').filter({ hasText: 'Geen plan gevonden' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('PLAN_PARSE_NO_SECTIONS');
    await expectAccessible(page, 'import refused');
    await screenshot(page, 'plan-import-error');

    // The real plan becomes a draft that opens in review.
    const { readFile } = await import('node:fs/promises');
    await upload(page, 'mechelen-svpp-2020.txt', await readFile(planFile));
    const versionNo = existing + 1;
    await page
      .getByText(new RegExp(`SVPP 2020 is ingeladen als versie ${versionNo} \\(ontwerp\\) met \\d+ waarschuwingen`))
      .waitFor();
    await heading(page, `SVPP 2020 · versie ${versionNo}`, 2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-workspace-title');
    const review = page.getByRole('region', { name: 'Nakijken voor bevestiging' });
    await review.getByText('Regel 317:').waitFor();
    const workspace = page.getByRole('region', { name: `SVPP 2020 · versie ${versionNo}` });
    await workspace
      .getByText('16 secties, 17 algemene, 31 strategische en 54 operationele doelstellingen', { exact: false })
      .waitFor();
    if (versionNo > 1) {
      // An extension of the same text: every indicator keeps its identity.
      await workspace.getByText(/Doorlopende indicatoren uit de vorige versie: \d+ van \d+/).waitFor();
      const continued = await workspace.getByText(/Doorlopende indicatoren uit de vorige versie/).textContent();
      expect(continued).toMatch(/: (\d+) van \1$/);
    }
    await expectAccessible(page, 'draft in review');
    await screenshot(page, 'plan-review-desktop');

    // A warning leads to its indicator: the tree opens and the focus lands on it.
    await review.getByRole('button', { name: 'Tonen in het plan: waarschuwing op regel 317' }).click();
    const indicator = focusedItem(page);
    await indicator.getByText('Aantal vergaderingen van de CPR is minstens 3.').waitFor();
    await indicator.getByText('minstens 3 per jaar').waitFor();
    const indicatorId = await indicator.getAttribute('data-indicator');
    expect(indicatorId).toBeTruthy();
    const cpr = page.locator(`li[data-indicator="${indicatorId}"]`);

    // Correct its target in the structured editor; the words follow as you type.
    await cpr.getByRole('button', { name: /^Bewerken: indicator van/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Bewerken: indicator van/ });
    await dialog.waitFor();
    await dialog.getByLabel('Waarde').fill('4');
    await dialog.getByLabel('Vanaf jaar').fill('2020');
    await dialog.getByText('minstens 4 per jaar vanaf 2020').waitFor();
    await expectAccessible(page, 'target editor');
    await screenshot(page, 'plan-target-editor');
    await dialog.getByLabel('Vanaf jaar').fill('20');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('Vul een jaar in met vier cijfers (1990–2100).').waitFor();
    await dialog.getByLabel('Vanaf jaar').fill('2020');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/De wijziging aan indicator van .* is opgeslagen\./).waitFor();
    await cpr.getByText('minstens 4 per jaar vanaf 2020').waitFor();
    await cpr.getByText('verbeterd').waitFor();

    // Its history shows the change in words.
    await cpr.getByRole('button', { name: /^Geschiedenis: indicator van/ }).click();
    const drawer = page.getByRole('dialog', { name: /^Geschiedenis: indicator van/ });
    await drawer.getByText('Verbeterd').waitFor();
    await drawer.getByText('minstens 3 per jaar', { exact: true }).waitFor();
    await drawer.getByText('minstens 4 per jaar vanaf 2020', { exact: true }).waitFor();
    await drawer.getByText(coordinator, { exact: false }).waitFor();
    await expectAccessible(page, 'history drawer');
    await screenshot(page, 'plan-history-drawer');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Give the indicator's operational objective an owner and partners.
    const objective = page.locator('li.plan-operational', { has: cpr });
    const objectiveNumber = await objective.getAttribute('data-objective');
    await objective.getByRole('button', { name: `Bewerken: operationele doelstelling ${objectiveNumber}` }).click();
    const objectiveDialog = page.getByRole('dialog', {
      name: `Bewerken: operationele doelstelling ${objectiveNumber}`,
    });
    await objectiveDialog.getByLabel('Eigenaar').fill('Dienst preventie');
    const partners = objectiveDialog.getByLabel('Partners', { exact: true });
    await partners.fill('Lokale politie');
    await partners.press('Enter');
    await partners.fill('Jeugddienst');
    await partners.press('Enter');
    await expectAccessible(page, 'objective editor');
    await objectiveDialog.getByRole('button', { name: 'Opslaan' }).click();
    await objectiveDialog.waitFor({ state: 'hidden' });
    await objective.locator('.owner-line').getByText('Dienst preventie').waitFor();
    await objective.locator('.owner-line').getByText('Lokale politie, Jeugddienst').waitFor();

    // Search and filters.
    await page.getByRole('button', { name: 'Alles dichtklappen' }).click();
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('graveeracties');
    await page
      .getByRole('status')
      .filter({ hasText: /^Gevonden: 2 secties, / })
      .waitFor();
    await page.locator('.plan-tree').getByText('2 graveeracties', { exact: true }).waitFor();
    expect(
      await page
        .locator('li[data-section]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-section'))),
    ).toEqual(['12', '14']);
    expect(await cpr.count()).toBe(0);
    expect(await page.locator('.plan-tree mark').first().textContent()).toMatch(/graveeracties/i);
    await expectAccessible(page, 'tree searched');
    await screenshot(page, 'plan-search-desktop');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.getByLabel('Actieprogramma').selectOption('diefstal en inbraak');
    await page
      .getByRole('status')
      .filter({ hasText: /^Gevonden: 5 secties/ })
      .waitFor();
    expect(
      await page
        .locator('li[data-section]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-section'))),
    ).toEqual(['11', '12', '13', '14', '15']);
    await page.getByLabel('Actieprogramma').selectOption('');
    await page.getByLabel('Eigenaar').selectOption('Dienst preventie');
    await page
      .getByRole('status')
      .filter({ hasText: /^Gevonden: 1 secties, 1 operationele doelstellingen/ })
      .waitFor();
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^16 secties, 54 operationele doelstellingen/ })
      .waitFor();

    // The tree works by keyboard: the disclosure buttons toggle with Enter and Space.
    const sectionToggle = page.getByRole('button', { name: /^11\. INBRAAK/ });
    await sectionToggle.focus();
    await page.keyboard.press('Enter');
    expect(await sectionToggle.getAttribute('aria-expanded')).toBe('true');
    const strategicToggle = page.locator('li[data-section="11"] .plan-strategic .tree-toggle').first();
    let reached = false;
    for (let i = 0; i < 10 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await strategicToggle.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Space');
    expect(await strategicToggle.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(page, 'tree opened by keyboard');

    // Confirm the draft, behind a confirmation dialog.
    await review.getByRole('button', { name: 'Bevestigen' }).click();
    const confirmDialog = page.getByRole('dialog', { name: `Versie ${versionNo} bevestigen?` });
    await confirmDialog.waitFor();
    await expectAccessible(page, 'confirm dialog');
    await confirmDialog.getByRole('button', { name: 'Ja, bevestigen' }).click();
    await page.getByText(`SVPP 2020 versie ${versionNo} is bevestigd.`).waitFor();
    await review.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.id === 'plan-workspace-title');
    await versions.locator(`li[data-version="${versionNo}"]`).getByText('bevestigd', { exact: true }).waitFor();
    await expectAccessible(page, 'confirmed version');
    await screenshot(page, 'plan-confirmed-desktop');

    // The plan as a document, in the chosen language.
    const exportGroup = page.getByRole('group', { name: 'Plan downloaden:' });
    await exportGroup.getByLabel('Taal van het document').selectOption('fr');
    expect(await exportGroup.getByRole('link', { name: 'Excel (XLSX)' }).getAttribute('href')).toMatch(
      /\/export\?format=xlsx&lang=fr$/,
    );
    const download = page.waitForEvent('download');
    await exportGroup.getByRole('link', { name: 'Excel (XLSX)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  }, 300_000);

  it('discards a draft after asking, then writes the yearly evaluation of an objective beside its computed status', async () => {
    const page = await openPage();
    await logIn(page, coordinator);

    // A second import of the same text, discarded: the confirmed version opens again.
    await page.goto('/plan');
    await versionCount(page);
    const { readFile } = await import('node:fs/promises');
    await upload(page, 'mechelen-svpp-2020.txt', await readFile(planFile));
    const review = page.getByRole('region', { name: 'Nakijken voor bevestiging' });
    await review.getByRole('button', { name: 'Verwerpen' }).click();
    const discardDialog = page.getByRole('dialog', { name: /^Versie \d+ verwerpen\?$/ });
    await discardDialog.getByText('Dit kan niet ongedaan worden gemaakt.', { exact: false }).waitFor();
    await discardDialog.getByRole('button', { name: 'Ja, verwerpen' }).click();
    await page.getByText(/Het ontwerp SVPP 2020 versie \d+ is verworpen\./).waitFor();
    await page.getByRole('heading', { level: 2, name: /^SVPP 2020 · versie \d+$/ }).waitFor();
    expect(await page.locator('.plan-workspace .status-badge').first().textContent()).toBe('bevestigd');
    expect(
      await page
        .getByRole('list', { name: 'Planversies, nieuwste eerst' })
        .getByText('ontwerp', { exact: true })
        .count(),
    ).toBe(0);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Evaluatie' }).click();
    await heading(page, 'Evaluatie');
    await page.getByLabel('Jaar').selectOption('2020');
    await page
      .getByRole('status')
      .filter({ hasText: /van 54 operationele doelstellingen geëvalueerd voor 2020/ })
      .waitFor();
    await expectAccessible(page, 'evaluation');
    await screenshot(page, 'evaluation-desktop');
    await page.getByLabel('Fenomeen of sectie').selectOption('11');
    const item = page.locator('li.evaluation-item').first();
    const itemNumber = await item.getAttribute('data-objective');
    await item.getByRole('button', { name: 'Evaluatie schrijven' }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.name)).toBe('done');
    await item.getByLabel('Wat werd gedaan').fill('Twaalf graveeracties en een campagne tegen woninginbraak.');
    await item.getByLabel('Knelpunten').fill('Weinig vrijwilligers in de zomer.');
    await item.getByLabel('Bijsturingen').fill('Acties spreiden over het jaar.');
    await item.getByLabel('Status volgens de evaluator').selectOption('on_track');
    await expectAccessible(page, 'evaluation form');
    await screenshot(page, 'evaluation-form-desktop');
    await item.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(`De evaluatie van ${itemNumber} voor 2020 is opgeslagen.`).waitFor();
    await item.locator('[data-status="on_track"]').waitFor();
    await item
      .getByText(/Laatst bijgewerkt op \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} door preventie@mechelen\.demo/)
      .waitFor();
    expect(
      await item
        .getByRole('button', { name: 'Evaluatie bewerken' })
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);

    // "Not yet evaluated" hides it once the filter changes again.
    await page.getByLabel('Fenomeen of sectie').selectOption('');
    await page.getByLabel('Alleen nog niet geëvalueerd').check();
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ van 54 operationele doelstellingen geëvalueerd voor 2020\.$/ })
      .waitFor();
    expect(await page.locator(`li.evaluation-item[data-objective="${itemNumber}"]`).count()).toBe(0);
    await expectAccessible(page, 'evaluation, not yet evaluated');
  }, 300_000);

  it('shows a reader the plan and the evaluations without editing, in French', async () => {
    const page = await openPage(desktop, { locale: 'fr-BE' });
    await logIn(page, 'college@mechelen.demo');
    await heading(page, /Bienvenue/);
    await page.goto('/plan');
    await heading(page, 'Plan');
    await page.getByRole('heading', { level: 2, name: /^SVPP 2020 · version \d+$/ }).waitFor();
    expect(await page.getByRole('region', { name: 'Importer un texte de plan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Importer un nouveau texte' }).count()).toBe(0);
    await page.getByRole('button', { name: /^2\. SOCIALE OVERLAST/ }).click();
    await page.getByRole('button', { name: /^Historique: section 2/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Modifier/ }).count()).toBe(0);
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('wijkbarometer');
    await page.getByText('existe', { exact: false }).first().waitFor();
    await expectAccessible(page, 'plan, reader, French');
    await screenshot(page, 'plan-reader-fr');

    await page.goto('/evaluation?year=2020');
    await heading(page, 'Évaluation');
    await page
      .getByText('Vous pouvez lire les évaluations ; seul un coordinateur ou un administrateur peut les rédiger.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Rédiger l’évaluation' }).count()).toBe(0);
    await expectAccessible(page, 'evaluation, reader, French');
  }, 300_000);

  it('works on a phone (390×844): plan tree, editor, history and evaluation', async () => {
    const page = await openPage(phone, { isMobile: true });
    await logIn(page, coordinator);
    await page.goto('/plan');
    await heading(page, 'Plan');
    await page.getByRole('heading', { level: 2, name: /^SVPP 2020 · versie \d+$/ }).waitFor();
    await expectAccessible(page, 'plan, phone');
    await expectNoSidewaysScroll(page, 'plan, phone');
    await screenshot(page, 'plan-phone');

    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('CPR');
    await page
      .getByRole('status')
      .filter({ hasText: /^Gevonden:/ })
      .waitFor();
    await page.locator('.plan-tree').getByText('minstens 4 per jaar vanaf 2020').first().waitFor();
    await expectAccessible(page, 'plan searched, phone');
    await expectNoSidewaysScroll(page, 'plan searched, phone');
    await screenshot(page, 'plan-search-phone');

    const cpr = page
      .locator('li.plan-indicator', { hasText: 'Aantal vergaderingen van de CPR is minstens 3.' })
      .first();
    await cpr.getByRole('button', { name: /^Bewerken: indicator van/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Bewerken: indicator van/ });
    await dialog.getByText('minstens 4 per jaar vanaf 2020').waitFor();
    // Dates are typed and shown the Belgian way.
    await dialog.getByLabel('Uiterlijk op').fill('31/3/2021');
    await dialog.getByText('minstens 4 per jaar vanaf 2020 tegen 31/03/2021').waitFor();
    await expectAccessible(page, 'target editor, phone');
    await expectNoSidewaysScroll(page, 'target editor, phone');
    await screenshot(page, 'plan-target-editor-phone');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await cpr.getByRole('button', { name: /^Geschiedenis: indicator van/ }).click();
    const drawer = page.getByRole('dialog', { name: /^Geschiedenis: indicator van/ });
    await drawer.getByText('Verbeterd').waitFor();
    await expectAccessible(page, 'history, phone');
    await expectNoSidewaysScroll(page, 'history, phone');
    await screenshot(page, 'plan-history-phone');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Navigatie openen' }).click();
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Evaluatie' }).click();
    await heading(page, 'Evaluatie');
    await page.getByLabel('Jaar').selectOption('2020');
    const item = page.locator('li.evaluation-item').first();
    await item.getByRole('button', { name: /Evaluatie (schrijven|bewerken)/ }).click();
    await item.getByLabel('Wat werd gedaan').waitFor();
    await expectAccessible(page, 'evaluation form, phone');
    await expectNoSidewaysScroll(page, 'evaluation form, phone');
    await screenshot(page, 'evaluation-phone');
  }, 300_000);
});
