// The public portal, signed out: a coordinator publishes RCM 2025 through the API; a visitor opens
// /public, finds Mexico on the world map by keyboard, switches the map to RCM's published
// implementation levels, opens the process page, downloads the CSV
// and opens a country profile. Every screen is checked with axe-core.
import { SummariesService } from '@app/summaries';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { bearer } from '../helpers/accounts';
import {
  checkBrowserErrors,
  checkScreen,
  expectConsoleErrors,
  launchBrowser,
  newUserContext,
} from './helpers/browser';
import { startWebApp, type WebApp } from './helpers/web-app';

jest.setTimeout(120_000);

/** Mexico's action (a) and its indicator values for 2025, validated by the admin. */
async function seedValidatedData(web: WebApp): Promise<void> {
  const http = web.api.http;
  const auth = bearer(web.adminToken);
  const report = '/api/v1/reports/MEX/2025/a';
  await http.put(report).set(auth).send({ status: 'implemented' }).expect(201);
  for (const step of ['submit', 'validate'])
    await http.post(`${report}/${step}`).set(auth).expect(200);
  const values = '/api/v1/indicator-values/MEX/2025';
  const bySexAge = {
    female: { child: 3, adult: 7, unknown: 0 },
    male: { child: 5, adult: 15, unknown: 0 },
    unknown: { child: 0, adult: 0, unknown: 0 },
  };
  await http
    .put(values)
    .set(auth)
    .send({ values: [{ indicator: 'MIG_SMUGGLED_IDENTIFIED', total: 30, bySexAge }] })
    .expect(201);
  for (const step of ['submit', 'validate'])
    await http.post(`${values}/${step}`).set(auth).expect(200);
  await web.api.app.get(SummariesService).recompute('RCM', '2025');
}

/** Tabs forward until the focus is on a shape of the map (the map is one tab stop). */
async function tabToMap(page: Page): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate('document.activeElement?.closest("svg") !== null')) return;
  }
  throw new Error('The map never took the focus');
}

const focusedName = (page: Page) =>
  page.evaluate('document.activeElement?.getAttribute("aria-label")') as Promise<string | null>;

describe('The public portal, signed out', () => {
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  let coordinatorToken: string;
  let publicationId: string;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    await seedValidatedData(web);
    const coordinator = await web.account('coordinator', { processes: ['RCM'] });
    coordinatorToken = coordinator.token;
    const published = await web.api.http
      .post('/api/v1/publications')
      .set(bearer(coordinator.token))
      .send({ process: 'RCM', period: '2025', note: 'First release' })
      .expect(201);
    publicationId = published.body.id;
    page = (await newUserContext(browser, web.baseUrl)).page;
  });
  afterEach(checkBrowserErrors);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('shows the processes and finds Mexico on the world map by keyboard', async () => {
    await page.goto('/public');
    await page.getByRole('heading', { level: 1, name: 'Public portal' }).waitFor();
    await page.getByText(/^Latest publication: 2025, version 1/).waitFor();
    await page.locator('svg [role="link"]').first().waitFor();
    await checkScreen(page, 'portal-home');

    await tabToMap(page);
    await page.keyboard.type('Mexico');
    expect(await focusedName(page)).toMatch(/^Mexico: Party since /);
    await page.keyboard.press('ArrowRight');
    const next = await focusedName(page);
    expect(next).not.toMatch(/^Mexico/);
    expect(next).toMatch(/^[^:]+: (Party|Signatory|Neither party nor signatory|Unknown)/);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedName(page)).toMatch(/^Mexico: /);

    // The table alternative lists every country with its status.
    await page.getByText('The map as a table: every country and its status').click();
    const row = page.getByRole('row', { name: /^Mexico Party/ });
    await row.waitFor();
    await checkScreen(page, 'portal-home-table');
  });

  it('opens Mexico’s profile from the map: treaty status with sources, validated statuses', async () => {
    await page.keyboard.press('Escape');
    await page.locator('svg [role="link"][aria-label^="Mexico:"]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mexico MEX' }).waitFor();
    expect(page.url()).toBe(`${web.baseUrl}/public/countries/MEX`);
    await page.getByRole('heading', { name: 'Treaty status' }).waitFor();
    await page
      .getByRole('heading', { name: 'Implementation status of validated reports' })
      .waitFor();
    await page.getByRole('row', { name: /^2025 Implemented/ }).waitFor();
    await checkScreen(page, 'portal-country');
  });

  it('switches the map to RCM’s published implementation levels, by keyboard', async () => {
    await page.goto('/public');
    await page.getByRole('radio', { name: 'Protocol status' }).focus();
    await page.keyboard.press('ArrowRight');
    const levels = page.getByRole('radio', {
      name: /^RCM implementation \(published .+, version 1\)$/,
    });
    expect(await levels.isChecked()).toBe(true);
    await page
      .getByRole('heading', { name: 'RCM: implementation level by member, 2025' })
      .waitFor();
    const legend = page.getByRole('list', { name: 'Legend' });
    await legend.getByText('75 to 100').waitFor();
    await legend.getByText('No published data').waitFor();
    await page
      .locator('svg [role="link"][aria-label="Mexico: 100 of 100, 1 of 6 actions reported"]')
      .waitFor();

    await page
      .getByText('The map as a table: every member, its level and the actions reported')
      .click();
    await page.getByRole('row', { name: /^Mexico 100 of 100 1 of 6$/ }).waitFor();
    await page.getByRole('row', { name: /^Honduras No published data 0 of 6$/ }).waitFor();
    await checkScreen(page, 'portal-home-levels');
  });

  it('shows the process page: figures with <5, versions, cite this, and the CSV download', async () => {
    await page.goto('/public');
    await page.getByRole('link', { name: /^RCM — / }).click();
    await page.getByRole('heading', { level: 1, name: 'Published summaries of RCM' }).waitFor();
    await page.getByRole('heading', { name: '2025, version 1' }).waitFor();
    await page.getByRole('cell', { name: '<5' }).first().waitFor();
    await page.getByRole('heading', { name: 'Cite this' }).waitFor();
    await page.getByText(/@dataset\{/).waitFor();
    await page.locator('summary', { hasText: 'What changed' }).click();
    await page.getByText('The first version: nothing to compare with.').waitFor();
    await checkScreen(page, 'portal-process');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV (tidy long form)' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'section,process,period,country,action,area,indicator,item,sex,age,measure,value,unit,status',
    );
    expect(csv).toContain('indicators,RCM,2025,,,,MIG_SMUGGLED_IDENTIFIED,,,,total,30,count,');
    expect(csv).toContain(
      'indicators,RCM,2025,,,,MIG_SMUGGLED_IDENTIFIED,,female,child,total,,count,suppressed',
    );
  });

  it('shows a version at its stable address, and a withdrawn one as withdrawn', async () => {
    await page.goto('/public/processes/RCM');
    await page.getByRole('link', { name: '2025, version 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'RCM 2025, version 1' }).waitFor();
    expect(page.url()).toBe(`${web.baseUrl}/public/publications/${publicationId}`);

    await web.api.http
      .post(`/api/v1/publications/${publicationId}/withdraw`)
      .set(bearer(coordinatorToken))
      .send({ reason: 'A figure was reported in error' })
      .expect(200);
    expectConsoleErrors(/status of 410/);
    await page.goto(`/public/publications/${publicationId}`);
    await page.getByText(/^This version has been withdrawn/).waitFor();
    await page.goto('/public/processes/RCM');
    await page.getByRole('row', { name: /Withdrawn: A figure was reported in error/ }).waitFor();
    await page.getByText('Nothing published yet.').waitFor();
    await checkScreen(page, 'portal-process-withdrawn');
  });

  it('speaks Spanish and French when chosen, signed out', async () => {
    await page.goto('/public');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Portal público' }).waitFor();
    await page.getByLabel('Idioma').selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Portail public' }).waitFor();
    await checkScreen(page, 'portal-home-fr');
  });
});
