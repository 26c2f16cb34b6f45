import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ARTIFACTS = resolve(__dirname, '../../artifacts');
const SCREENS = join(ARTIFACTS, 'screens');
const AXE_REPORTS = join(ARTIFACTS, 'axe');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const LAPTOP = { width: 1366, height: 768 };
export const TABLET = { width: 768, height: 1024 };

/**
 * Debian's Chromium, headless. Playwright's launch() gives every browser a fresh temporary
 * profile (user-data dir) and removes it on close; one browser per test file, one context per user.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** Uncaught errors and console errors of this file's pages, since the last check. */
const browserErrors: string[] = [];

/**
 * Console errors that are no fault of the app: Chromium logs every refused request, and the app
 * handles these itself (401: a wrong password or an ended session; 404: a report or summary not
 * there yet; 409/412: a record changed or moved on meanwhile).
 */
const EXPECTED_CONSOLE_ERRORS = [
  /^Failed to load resource: the server responded with a status of (401|404|409|412) /,
];
/** Expected by the current test alone (see expectConsoleErrors). */
let expectedByTest: RegExp[] = [];

/** Console errors the current test causes on purpose (a failure it simulates). */
export function expectConsoleErrors(...patterns: RegExp[]): void {
  expectedByTest.push(...patterns);
}

/**
 * No uncaught error and no unexpected console error in the pages since the last check: every
 * browser spec runs it after each test (`afterEach(checkBrowserErrors)`); it starts afresh.
 */
export function checkBrowserErrors(): void {
  const errors = browserErrors.splice(0);
  expectedByTest = [];
  expect(errors).toEqual([]);
}

/** A user's own browser context (cookies, storage), on a laptop-sized screen in English. */
export async function newUserContext(
  browser: Browser,
  baseUrl: string,
  viewport = LAPTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport,
    locale: 'en-US',
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => browserErrors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if ([...EXPECTED_CONSOLE_ERRORS, ...expectedByTest].some((pattern) => pattern.test(text)))
      return;
    browserErrors.push(`${page.url()}: console error: ${text} (${message.location().url})`);
  });
  return { context, page };
}

export async function signInAs(
  page: Page,
  account: { email: string; password: string },
  path = '/',
): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Signed in: the header shows the user (in the account's language, whichever it is).
  await page.locator('.user-box').waitFor();
}

/** Saves a full-page screenshot under test/artifacts/screens/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({
    path: join(SCREENS, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
    // A long page with the world map, on a machine busy with other suites, takes its time.
    timeout: 45_000,
  });
}

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/**
 * Runs axe-core (node_modules/axe-core/axe.min.js) on the page as it is (WCAG 2.x A and AA rules and best practices); keeps the
 * report under test/artifacts/axe/<name>.json and returns the serious and critical violations.
 */
export async function axeViolations(page: Page, name: string): Promise<string[]> {
  const loaded = await page.evaluate('typeof axe === "object"');
  // The app's CSP (script-src 'self') refuses an inline <script> (addScriptTag), and the tests
  // keep that CSP on: the source is evaluated through the DevTools protocol instead.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] })',
  )) as AxeResult;
  mkdirSync(AXE_REPORTS, { recursive: true });
  writeFileSync(join(AXE_REPORTS, `${name}.json`), JSON.stringify(result.violations, null, 2));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}`,
    );
}

/** Screenshot and axe-core for one screen: no serious or critical violation. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await axeViolations(page, name)).toEqual([]);
}
