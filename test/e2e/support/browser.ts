import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { projectRoot } from '../../../src/server/config.js';

export const chromiumPath = '/usr/bin/chromium';
export const screenshotDir = path.join(projectRoot, '.tmp', 'screenshots');

/** Debian's chromium, headless; never a downloaded browser. Each launch gets a fresh temporary profile. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `${chromiumPath} is missing: apt-get update && apt-get install -y --no-install-recommends chromium`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe (WCAG 2 A and AA) on the page as it is now; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    }));
}

/**
 * Saves a screenshot of the whole page, or with `{ keepFocus: true }` of the viewport only. A whole-page shot resizes
 * the viewport for a moment (Chromium was seen at 1×1), which hides the navigation at the phone breakpoint and drops
 * the focus to the body: a test that goes on pressing keys takes the viewport.
 */
export async function screenshot(page: Page, name: string, options: { keepFocus?: boolean } = {}): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: !options.keepFocus });
}
