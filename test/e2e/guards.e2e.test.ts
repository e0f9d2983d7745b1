import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { thisYear } from './support/demo-dates.js';
import { apiSessionCookie, browserSession, expectAccessible, logIn } from './support/session.js';

// The guards' phone app offline: record with no network, sync once the network is back, each record exactly once.

const phone = { width: 390, height: 844 };
const guardEmail = 'gemeenschapswacht@mechelen.demo';
const session = browserSession('guards');
const marker = `e2e-${Date.now()}`;

/** The server's own view, through the API as the coordinator: how many registrations of a register carry this text. */
async function serverCount(typeKey: string, field: string, text: string): Promise<number> {
  const base = session.server.url;
  const cookie = await apiSessionCookie(base, 'preventie@mechelen.demo');
  const list = await fetch(`${base}/api/registrations?type=${typeKey}&limit=500`, { headers: { cookie } });
  const body = (await list.json()) as { items: { values: Record<string, unknown> }[] };
  return body.items.filter((item) => item.values[field] === text).length;
}

async function record(page: Page, button: string, fill: (page: Page) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: button }).waitFor();
  await fill(page);
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await page.getByRole('heading', { level: 2, name: 'Registreren' }).waitFor();
}

const summary = (page: Page) => page.getByTestId('sync-summary');
const outboxStates = (page: Page) =>
  page
    .locator('[data-testid=outbox] > li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-state')));

describe('the guard app on a phone', () => {
  it('records offline, syncs each record exactly once when the network returns, and keeps a refused one for correction', async () => {
    const page = await session.openPage(phone, { isMobile: true });
    const context = page.context();
    await logIn(page, guardEmail);
    await page.goto('/guard');
    await page.getByRole('button', { name: 'Toezichtronde', exact: true }).waitFor();
    // The service worker has stored the app shell: the app now opens with no network.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // …and the guard is told so: until then the sync card asks to stay online.
    await expect
      .poll(() => page.getByTestId('offline-ready').textContent())
      .toBe('Klaar om offline te werken op deze telefoon.');
    await expectAccessible(page, 'guard app online');
    await screenshot(page, 'guards-01-online');

    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('network-state').textContent()).toBe('Offline');
    await page.reload();
    await page.getByRole('button', { name: 'Toezichtronde', exact: true }).waitFor();
    // Opened with no network the app says so, whatever the phone's own online flag says.
    await expect.poll(() => page.getByTestId('network-state').textContent()).toBe('Offline');

    await page.getByRole('button', { name: 'Dienst starten' }).click();
    await record(page, 'Toezichtronde', async (p) => {
      await p.getByLabel('Soort ronde').selectOption('foot');
      await p.getByLabel('Uren', { exact: true }).fill('2');
      await p.getByLabel('Opmerkingen').fill(marker);
    });
    await record(page, 'Voorafgaande waarschuwing', async (p) => {
      await p.getByLabel('Inbreuk op de ABP').selectOption('dog_fouling');
      await p.getByLabel('Gewaarschuwde personen').fill('1');
      await p.getByLabel('Opmerkingen').fill(marker);
    });
    await record(page, 'Melding aan stadsdienst', async (p) => {
      await p.getByLabel(/^Wat( \*)?$/).selectOption('dumping');
      await p.getByLabel(/^Stadsdienst/).selectOption('cleaning');
      await p.getByLabel('Beschrijving').fill(marker);
      await p.getByLabel('Wijk', { exact: true }).selectOption('12025W03');
      // A real 2×2 PNG (valid CRCs and pixel data): the server decodes and re-encodes every image it accepts.
      await p.locator('input[type=file]').setInputFiles({
        name: 'sluikstort.png',
        mimeType: 'image/png',
        buffer: Buffer.from(
          'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR42mM4EaDxH4QZYAwAT/QI/QkSfAcAAAAASUVORK5CYII=',
          'base64',
        ),
      });
      await p.getByText(/Foto: \d+ kB/).waitFor();
      await expectAccessible(p, 'melding form');
      await screenshot(p, 'guards-02-melding-form');
    });
    // An impossible date: the phone keeps it, the server will refuse it.
    await record(page, 'Toezichtmoment', async (p) => {
      await p.getByLabel(/^Datum( \*)?$/).fill('2030-01-01');
      await p.getByLabel('Soort plaats').selectOption('park');
      await p.getByLabel('Opmerkingen').fill(marker);
    });
    expect(await outboxStates(page)).toEqual(['queued', 'queued', 'queued', 'queued', 'queued']);
    await expect.poll(() => summary(page).textContent()).toContain('5 in wachtrij');
    await expectAccessible(page, 'guard app offline with a queue');
    await screenshot(page, 'guards-03-offline-queued');

    await context.setOffline(false);
    await expect
      .poll(() => summary(page).textContent(), { timeout: 20_000 })
      .toContain('0 in wachtrij · 1 te verbeteren · 4 gesynchroniseerd');
    const refused = page.locator('[data-testid=outbox] > li[data-state=needs_correction]');
    await expect.poll(() => refused.textContent()).toContain('Deze datum kan niet');
    expect(await page.getByTestId('network-state').textContent()).toBe('Online');
    await screenshot(page, 'guards-04-synced-one-to-correct');
    expect(await serverCount('guard_round', 'notes', marker)).toBe(1);
    expect(await serverCount('prior_warning', 'notes', marker)).toBe(1);
    expect(await serverCount('guard_report', 'description', marker)).toBe(1);
    expect(await serverCount('supervision', 'notes', marker)).toBe(0);

    // A replayed sync (the answers lost, every record sent again) and a second sync create nothing new.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('svpp-guard');
          open.onerror = () => reject(new Error('open'));
          open.onsuccess = () => {
            const tx = open.result.transaction('outbox', 'readwrite');
            const store = tx.objectStore('outbox');
            const all = store.getAll();
            all.onsuccess = () => {
              for (const item of all.result as { state: string }[]) {
                if (item.state === 'synced') store.put({ ...item, state: 'queued' });
              }
            };
            tx.oncomplete = () => resolve();
          };
        }),
    );
    await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
    await expect
      .poll(() => summary(page).textContent(), { timeout: 20_000 })
      .toContain('0 in wachtrij · 1 te verbeteren · 4 gesynchroniseerd');
    await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
    expect(await serverCount('guard_round', 'notes', marker)).toBe(1);
    expect(await serverCount('prior_warning', 'notes', marker)).toBe(1);
    expect(await serverCount('guard_report', 'description', marker)).toBe(1);

    // The refused record is corrected on the phone and then accepted.
    await refused.getByRole('button', { name: 'Verbeteren' }).click();
    await page.getByRole('alert').filter({ hasText: 'Deze datum kan niet' }).waitFor();
    await expectAccessible(page, 'correction form');
    await page.getByLabel(/^Datum( \*)?$/).fill(new Date().toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await expect
      .poll(() => summary(page).textContent(), { timeout: 20_000 })
      .toContain('0 in wachtrij · 0 te verbeteren · 5 gesynchroniseerd');
    expect(await serverCount('supervision', 'notes', marker)).toBe(1);
    await screenshot(page, 'guards-05-all-synced');
  }, 120_000);

  it('shows the coordinator the guards’ year, the heat map and the violence register', async () => {
    const page = await session.openPage({ width: 1280, height: 900 });
    await logIn(page, 'preventie@mechelen.demo');
    await page.goto('/guards');
    await page.getByRole('heading', { level: 1, name: 'Gemeenschapswachten' }).waitFor();
    await page.getByText('Manuren per weekdag en uur').waitFor();
    // The overview opens on this year, where the demo's shifts are (it once opened on 2020, with nothing in it).
    expect(await page.getByLabel('Jaar', { exact: true }).inputValue()).toBe(String(thisYear));
    await page.locator('.echart svg path').first().waitFor();
    await expectAccessible(page, 'coordinator overview');
    await screenshot(page, 'guards-06-coordinator-overview');
    await page.getByRole('tab', { name: 'Geweld' }).click();
    await page.getByTestId('violence-stats').waitFor();
    await expectAccessible(page, 'violence register');
    await screenshot(page, 'guards-07-violence');
  }, 60_000);
});
