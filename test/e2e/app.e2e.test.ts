import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/server/features/demo/demo.service.js';
import { screenshot } from './support/browser.js';
import { expectAccessible, type PageOptions, browserSession, logIn } from './support/session.js';
import { thisYear } from './support/demo-dates.js';

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const admin = 'admin@mechelen.demo';

const session = browserSession('app');
const openPage = (viewport = desktop, options: PageOptions = {}) => session.openPage(viewport, options);

/** Nothing sticks out sideways: the page is no wider than the screen. */
async function expectNoSidewaysScroll(page: Page, state: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page width in "${state}"`).toBeLessThanOrEqual(phone.width);
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ state: 'visible' });
}

async function htmlLang(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

async function logOut(page: Page, menuName: RegExp): Promise<void> {
  await page.getByRole('button', { name: menuName }).click();
  await page.getByRole('menuitem', { name: /Afmelden|Se déconnecter|Log out/ }).click();
  await heading(page, /Aanmelden|Connexion|Log in/);
}

describe('svpp web app in chromium', () => {
  it('shows localised login errors, in the chosen language, and throttles', async () => {
    const page = await openPage();
    await page.goto('/');
    await heading(page, 'Aanmelden');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await htmlLang(page)).toBe('nl-BE');
    await expectAccessible(page, 'login');
    await screenshot(page, 'login-desktop');

    await page.locator('button[type=submit]').click();
    await page.getByText('Vul uw e-mailadres in.').waitFor();
    await page.getByText('Vul uw wachtwoord in.').waitFor();
    await expectAccessible(page, 'login with empty fields');

    await page.locator('input[name=email]').fill(admin);
    await page.locator('input[name=password]').fill('not-the-password');
    await page.locator('button[type=submit]').click();
    const alert = page.getByRole('alert').filter({ hasText: 'E-mailadres of wachtwoord is onjuist.' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('AUTH_INVALID_CREDENTIALS');
    await expectAccessible(page, 'login refused');
    await screenshot(page, 'login-error');

    await page.selectOption('#language-switch', 'fr');
    await heading(page, 'Connexion');
    expect(await htmlLang(page)).toBe('fr-BE');
    await page.locator('input[name=password]').fill('still-not-the-password');
    await page.locator('button[type=submit]').click();
    await page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' }).waitFor();
    await expectAccessible(page, 'login refused, French');

    await page.selectOption('#language-switch', 'en');
    await heading(page, 'Log in');
    expect(await htmlLang(page)).toBe('en');
    // Five failures for one address, then the server throttles.
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await page.locator('input[name=email]').fill('nobody@mechelen.demo');
      await page.locator('input[name=password]').fill(`wrong-${attempt}`);
      await page.locator('button[type=submit]').click();
      await page
        .getByRole('alert')
        .filter({
          hasText: attempt < 5 ? 'E-mail address or password is incorrect.' : 'Too many failed login attempts',
        })
        .waitFor();
    }
    expect(await page.getByRole('alert').textContent()).toContain('AUTH_THROTTLED');
    await expectAccessible(page, 'login throttled');
  });

  it('lets the admin visit every page, switch nl → fr → en, and log out', async () => {
    const page = await openPage();
    await logIn(page, admin);
    await heading(page, 'Welkom, Demo Beheerder');
    await page.getByText('U bent aangemeld als beheerder bij Mechelen.').waitFor();
    await expectAccessible(page, 'home');
    await screenshot(page, 'home-desktop');

    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await nav.getByRole('link', { name: 'Plan' }).click();
    await heading(page, 'Plan');
    // The demo's current plan version: this year's extension of the 2020 plan.
    await page.getByRole('heading', { level: 2, name: new RegExp(`^Verlenging ${thisYear} · versie \\d+$`) }).waitFor();
    await expectAccessible(page, 'plan');

    await nav.getByRole('link', { name: 'Gebruikers' }).click();
    await heading(page, 'Gebruikers');
    await page.locator(`tr[data-user-email="${admin}"]`).getByText('Demo Beheerder (u)').waitFor();
    expect(await page.getByRole('link', { name: 'Gebruikers' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page, 'users');
    await screenshot(page, 'users-desktop');

    await nav.getByRole('link', { name: 'Auditlog' }).click();
    await heading(page, 'Auditlog');
    // The newest entries may be the server's own work (retention sweep, reminders): any row will do.
    await page.locator('tbody tr td').first().waitFor();
    // dd/mm/yyyy HH:MM, Brussels time
    expect(await page.locator('tbody tr td').first().textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}$/);
    await expectAccessible(page, 'audit');
    await screenshot(page, 'audit-desktop');

    await page.goto('/no-such-page');
    await heading(page, 'Pagina niet gevonden');
    await expectAccessible(page, 'not found');
    await page.getByRole('link', { name: 'Naar de start' }).click();
    await heading(page, 'Welkom, Demo Beheerder');

    await page.selectOption('#language-switch', 'fr');
    await heading(page, 'Bienvenue, Demo Beheerder');
    expect(await htmlLang(page)).toBe('fr-BE');
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Utilisateurs' })
      .waitFor();
    await page.getByText('Vous êtes connecté en tant que administrateur pour Mechelen.').waitFor();
    await expectAccessible(page, 'home, French');

    await page.selectOption('#language-switch', 'en');
    await heading(page, 'Welcome, Demo Beheerder');
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).click();
    await heading(page, 'Audit log');
    await page.getByRole('cell', { name: 'Language changed' }).first().waitFor();
    await expectAccessible(page, 'audit, English');

    // The choice is saved to the profile: a reload keeps English.
    await page.reload();
    await heading(page, 'Audit log');
    await page.selectOption('#language-switch', 'nl');
    await heading(page, 'Auditlog');

    await logOut(page, /Gebruikersmenu van Demo Beheerder/);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByText('U bent afgemeld.').waitFor();
    await page.goto('/users');
    await heading(page, 'Aanmelden');
  });

  it('creates, edits and uses a user through the UI', async () => {
    const page = await openPage();
    await logIn(page, admin);
    await heading(page, /Welkom/);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Gebruikers' }).click();
    await heading(page, 'Gebruikers');

    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe gebruiker' });
    await dialog.waitFor();
    await expectAccessible(page, 'create user');
    await dialog.locator('input[name=email]').fill('not-an-address');
    await dialog.locator('input[name=password]').fill('short');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('Vul een geldig e-mailadres in.').waitFor();
    await dialog.getByText('Vul een naam in (maximaal 120 tekens).').waitFor();
    await dialog.getByText('Het wachtwoord moet minstens 12 en hoogstens 200 tekens lang zijn.').waitFor();
    expect(await dialog.locator('input[name=email]').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'create user with errors');
    await screenshot(page, 'create-user-errors');

    // An address that is taken: the server's localised message lands on the e-mail field.
    await dialog.locator('input[name=email]').fill('preventie@mechelen.demo');
    await dialog.locator('input[name=displayName]').fill('Els Nieuw');
    await dialog.locator('select[name=role]').selectOption('viewer');
    await dialog.locator('input[name=password]').fill('een-lang-wachtwoord-2024');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('Er bestaat al een gebruiker met dit e-mailadres.').waitFor();

    await dialog.locator('input[name=email]').fill('els.nieuw@mechelen.demo');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Gebruiker Els Nieuw is aangemaakt.').waitFor();
    const row = page.locator('tr[data-user-email="els.nieuw@mechelen.demo"]');
    await row.getByText('Lezer').waitFor();
    await row.getByText('actief').waitFor();

    await row.getByRole('button', { name: 'Els Nieuw bewerken' }).click();
    const edit = page.getByRole('dialog', { name: 'Els Nieuw bewerken' });
    await edit.waitFor();
    await expectAccessible(page, 'edit user');
    await edit.locator('input[name=newPassword]').fill('nog-een-lang-wachtwoord');
    await edit.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByText('Het wachtwoord van Els Nieuw is opnieuw ingesteld.').waitFor();
    await edit.locator('select[name=locale]').selectOption('fr');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await edit.waitFor({ state: 'hidden' });
    await row.getByText('Français').waitFor();

    // The new reader logs in with the new password, in her language, and sees only what a reader may.
    await logOut(page, /Gebruikersmenu van Demo Beheerder/);
    await logIn(page, 'els.nieuw@mechelen.demo', 'nog-een-lang-wachtwoord');
    await heading(page, 'Bienvenue, Els Nieuw');
    await page.getByText('Vous êtes connecté en tant que lecteur pour Mechelen.').waitFor();
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const links = await nav.getByRole('link').allTextContents();
    expect(links.slice(0, 5)).toEqual(['Accueil', 'Tableau de bord', 'Enregistrements', 'Plan', 'Évaluation']);
    expect(links.filter((l) => /Utilisateurs|Journal/.test(l))).toEqual([]);
    await page.goto('/users');
    await heading(page, 'Accès refusé');
    await expectAccessible(page, 'forbidden');
    await logOut(page, /Menu utilisateur de Els Nieuw/);

    // A coordinator reads the list but cannot change it.
    await page.selectOption('#language-switch', 'nl');
    await logIn(page, 'preventie@mechelen.demo');
    await heading(page, /Welkom, An Preventie/);
    await page.goto('/users');
    await heading(page, 'Gebruikers');
    await page.getByText('U kunt de gebruikers bekijken; alleen een beheerder kan ze wijzigen.').waitFor();
    expect(await page.getByRole('button', { name: 'Gebruiker toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /bewerken/ }).count()).toBe(0);
    await expectAccessible(page, 'users, read-only');

    // Deactivated by the admin, the user can no longer log in.
    await logOut(page, /Gebruikersmenu van An Preventie/);
    await logIn(page, admin);
    await heading(page, /Welkom/);
    await page.goto('/users');
    await page
      .locator('tr[data-user-email="els.nieuw@mechelen.demo"]')
      .getByRole('button', { name: 'Els Nieuw bewerken' })
      .click();
    await page.getByRole('switch', { name: 'Actief (kan zich aanmelden)' }).uncheck();
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await row.getByText('gedeactiveerd').waitFor();
    await expectAccessible(page, 'users with a deactivated user');
  });

  it('works by keyboard alone: login with Tab and Enter, skip link, navigation', async () => {
    const page = await openPage();
    await page.goto('/login');
    await heading(page, 'Aanmelden');
    const focusedName = () =>
      page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.name ?? document.activeElement?.tagName ?? '',
      );
    for (let i = 0; i < 5 && (await focusedName()) !== 'email'; i += 1) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('email');
    await page.keyboard.type(admin);
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('password');
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    await heading(page, 'Welkom, Demo Beheerder');

    // The first Tab reaches the skip link, which is then visible and moves the focus to the main content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de hoofdinhoud' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await screenshot(page, 'skip-link-focused', { keepFocus: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    // Tab on to the navigation link "Gebruikers": it shows a focus ring; Enter opens the page. First the home page's
    // work lists have arrived, so that nothing renders under the focus while the keys are pressed.
    await page.getByRole('heading', { name: 'Termijnen' }).waitFor();
    await page.locator('#language-switch').focus();
    let reached = false;
    for (let i = 0; i < 30 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent === 'Gebruikers');
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).not.toMatch(/^none/);
    await screenshot(page, 'nav-focus-visible', { keepFocus: true });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gebruikers');
    await page.keyboard.press('Enter');
    await heading(page, 'Gebruikers');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    // The user menu opens with Enter and logs out with the keyboard.
    await page.getByRole('button', { name: /Gebruikersmenu van Demo Beheerder/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Afmelden' }).waitFor();
    // The menu holds more than one item (changing one's password, logging out): arrow down to "Afmelden".
    let onLogout = false;
    for (let i = 0; i < 6 && !onLogout; i += 1) {
      await page.keyboard.press('ArrowDown');
      onLogout = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Afmelden');
    }
    expect(onLogout).toBe(true);
    await page.keyboard.press('Enter');
    await heading(page, 'Aanmelden');
  });

  it('works on a phone (390×844): burger navigation and user menu', async () => {
    const page = await openPage(phone, { isMobile: true });
    await page.goto('/login');
    await heading(page, 'Aanmelden');
    await expectAccessible(page, 'login, phone');
    await expectNoSidewaysScroll(page, 'login, phone');
    await screenshot(page, 'login-phone');
    await logIn(page, admin);
    await heading(page, 'Welkom, Demo Beheerder');
    const burger = page.getByRole('button', { name: 'Navigatie openen' });
    await burger.waitFor();
    // Closed, the navigation is off screen and out of the keyboard's reach.
    expect(await page.locator('#main-navigation').evaluate((element) => (element as HTMLElement).inert)).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await expectAccessible(page, 'home, phone');
    await expectNoSidewaysScroll(page, 'home, phone');
    await screenshot(page, 'home-phone');

    await burger.click();
    const close = page.getByRole('button', { name: 'Navigatie sluiten' });
    expect(await close.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: 'Gebruikers' }).waitFor({ state: 'visible' });
    await expectAccessible(page, 'navigation open, phone');
    await expectNoSidewaysScroll(page, 'navigation open, phone');
    await screenshot(page, 'nav-open-phone');
    await nav.getByRole('link', { name: 'Gebruikers' }).click();
    await heading(page, 'Gebruikers');
    await page.getByRole('button', { name: 'Navigatie openen' }).waitFor();
    // On a phone the users are cards, not a table.
    await page.locator(`li[data-user-email="${admin}"]`).getByText('Demo Beheerder (u)').waitFor();
    expect(await page.locator('table').isVisible()).toBe(false);
    await expectAccessible(page, 'users, phone');
    await expectNoSidewaysScroll(page, 'users, phone');
    await screenshot(page, 'users-phone');

    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await page.getByRole('dialog', { name: 'Nieuwe gebruiker' }).waitFor();
    await expectAccessible(page, 'create user, phone');
    await expectNoSidewaysScroll(page, 'create user, phone');
    await screenshot(page, 'create-user-phone');
    await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();

    await page.getByRole('button', { name: 'Navigatie openen' }).click();
    await nav.getByRole('link', { name: 'Auditlog' }).click();
    await heading(page, 'Auditlog');
    await expectAccessible(page, 'audit, phone');
    await expectNoSidewaysScroll(page, 'audit, phone');
    await screenshot(page, 'audit-phone');

    await logOut(page, /Gebruikersmenu van Demo Beheerder/);
  });
});
