import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with the flags this closed network needs, and a fresh profile each run. */
export async function launchBrowser(): Promise<{ browser: Browser; context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'doorstep-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  return {
    browser: context.browser()!,
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A phone-sized page for one test file: opened before its tests, closed after. Waits are generous because CI
 * shares two cores with the bundler tests; a missing element still fails the test.
 */
export function usePhonePage(): () => Page {
  let session: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    session = await launchBrowser();
    page = await session.context.newPage();
    page.setDefaultTimeout(45_000);
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });
  return () => page!;
}

export async function loginAs(page: Page, displayName: string) {
  await page.goto(`${process.env.E2E_H5_URL}#/pages/login/index`);
  await page.locator('.persona-card', { hasText: displayName }).first().click();
}

type PhoneSession = Awaited<ReturnType<typeof launchBrowser>>;

/**
 * Several people on their own phones in one test: each `open` launches a browser, signs that persona in and waits
 * for 首页; `closeAll` (in afterAll) shuts them down.
 */
export function phones() {
  const sessions: PhoneSession[] = [];
  return {
    async open(displayName: string): Promise<{ page: Page; session: PhoneSession }> {
      const session = await launchBrowser();
      sessions.push(session);
      const page = await session.context.newPage();
      page.setDefaultTimeout(45_000);
      await loginAs(page, displayName);
      await page.waitForURL(/pages\/index\/index/);
      return { page, session };
    },
    async closeAll() {
      for (const session of sessions) await session.close();
    },
  };
}

/** Types into a Taro Input or Textarea marked with a data-testid (H5 renders the real <input>/<textarea> inside). */
export function fillField(page: Page, testId: string, value: string) {
  return page.getByTestId(testId).locator('input, textarea').first().fill(value);
}
