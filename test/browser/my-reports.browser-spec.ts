// The focal point's home and editing in a real browser: My reports leads with what needs action
// (returned, overdue, due), the other periods folded away, each cell a Start / Continue / View
// button named with its action and period; a failed save says so in the error colour; after a save
// the focus is back on the button; the time zone is picked by keyboard. Axe checks each screen.
import type { Browser, Page } from 'playwright-core';
import { bearer, type Account } from '../helpers/accounts';
import {
  checkBrowserErrors,
  checkScreen,
  expectConsoleErrors,
  launchBrowser,
  newUserContext,
  signInAs,
} from './helpers/browser';
import { putReport, startWebApp, type WebApp } from './helpers/web-app';

jest.setTimeout(120_000);

const ACTIONS = ['a', 'b', 'c', 'd', 'e', 'f'];
const report = { status: 'in_progress', narrative: 'A reform is in committee.' };

describe('My reports and saving, in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let focal: Account;
  let page: Page;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    const coordinator = await web.account('coordinator', { processes: ['RCM'] });
    focal = await web.account('focal_point', { countries: ['MEX'] });
    // 2019 closed; 2020 all submitted; 2024 (d) returned with a comment.
    await web.api.http
      .patch('/api/v1/periods/2019')
      .set(bearer(web.adminToken))
      .send({ state: 'closed' })
      .expect(200);
    for (const action of ACTIONS)
      await putReport(web, focal.token, `MEX/2020/${action}`, report, true);
    await putReport(web, focal.token, 'MEX/2024/d', report, true);
    const submitted = await web.api.http
      .get('/api/v1/reports/MEX/2024/d')
      .set(bearer(coordinator.token))
      .expect(200);
    await web.api.http
      .post('/api/v1/reports/MEX/2024/d/return')
      .set(bearer(coordinator.token))
      .set('If-Match', submitted.headers.etag)
      .send({ comment: 'Cite the article on aggravating circumstances.' })
      .expect(200);
    await putReport(web, focal.token, 'MEX/2024/a', report);

    page = (await newUserContext(browser, web.baseUrl)).page;
    await signInAs(page, focal);
  });
  afterEach(checkBrowserErrors);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('leads with the returned report, then the overdue periods, then those still due', async () => {
    await page.getByRole('heading', { level: 1, name: 'My reports' }).waitFor();
    const now = page.getByRole('table', { name: 'Reports of MEX by period and action' });
    await now.waitFor();
    const today = new Date().toISOString().slice(0, 10);
    const open = ['2021', '2022', '2023', '2025', '2026'];
    const dueOn = (year: string) => `${Number(year) + 1}-03-31`;
    const overdue = open.filter((y) => dueOn(y) < today).sort((a, b) => b.localeCompare(a));
    const due = open.filter((y) => dueOn(y) >= today).sort();
    await expect(now.locator('tbody th[scope="row"]').allInnerTexts()).resolves.toEqual([
      '2024',
      ...overdue,
      ...due,
    ]);
    const returnedRow = now.getByRole('row', { name: /^2024/ });
    await returnedRow.getByText('Returned for changes').waitFor();

    // Each cell says what opening it is for, and for which action and period.
    await returnedRow.getByRole('link', { name: 'Continue action (d), 2024' }).waitFor();
    await returnedRow.getByRole('link', { name: 'Continue action (a), 2024' }).waitFor();
    await returnedRow.getByRole('link', { name: 'Start action (b), 2024' }).waitFor();
    await returnedRow.getByRole('link', { name: 'Start indicators, 2024' }).waitFor();
    await expect(
      returnedRow.getByRole('link', { name: 'Start action (b), 2024' }).innerText(),
    ).resolves.toBe('Start');

    // The periods with nothing to do are folded away, newest first.
    const others = page.getByRole('table', { name: /^Other reports of MEX/ });
    expect(await others.isVisible()).toBe(false);
    await page.getByText('Other periods: closed or all submitted (2)').click();
    await expect(others.locator('tbody th[scope="row"]').allInnerTexts()).resolves.toEqual([
      '2020',
      '2019',
    ]);
    await others.getByRole('link', { name: 'View action (a), 2020' }).waitFor();
    // A closed period without a report has nothing to open.
    const closed = others.getByRole('row', { name: /^2019/ });
    expect(await closed.getByRole('link').count()).toBe(0);
    await checkScreen(page, 'my-reports-by-urgency');
  });

  it('puts the focus back on Save draft once saved, and announces it', async () => {
    await page.getByRole('link', { name: 'Start action (b), 2024' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Report of Mexico, 2024, action (b)' })
      .waitFor();
    await page.getByLabel('Implementation status').selectOption('planned');
    const save = page.getByRole('button', { name: 'Save draft' });
    await save.focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: /^Draft saved at/ });
    await status.waitFor();
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Save draft');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
  });

  it('shows a failed save in the error colour, in Spanish too', async () => {
    await page.locator('#language-switch').selectOption('es');
    await page.getByRole('button', { name: 'Guardar borrador' }).waitFor();
    // The network refuses the save: the draft stays in the browser, the status says so in red.
    expectConsoleErrors(/net::ERR_FAILED/);
    await page.route('**/api/v1/reports/MEX/2024/b', (route) =>
      ['PUT', 'PATCH'].includes(route.request().method()) ? route.abort() : route.continue(),
    );
    await page
      .getByRole('textbox', { name: 'Descripción' })
      .fill('Texto que no llega a guardarse.');
    await page.getByRole('button', { name: 'Guardar borrador' }).click();
    const failed = page.getByRole('status').filter({ hasText: /^No se guardó/ });
    await failed.waitFor();
    // Run in the page (a string: this project's type check has no DOM library).
    const colours = (await page.evaluate(`(() => {
      const status = [...document.querySelectorAll('[role="status"]')].find((e) =>
        e.textContent.startsWith('No se guardó'),
      );
      const probe = document.createElement('span');
      probe.style.color = 'var(--danger)';
      document.body.append(probe);
      const danger = getComputedStyle(probe).color;
      probe.remove();
      return { status: getComputedStyle(status).color, danger };
    })()`)) as { status: string; danger: string };
    expect(colours.status).toBe(colours.danger);
    expect(colours.status).toBe('rgb(166, 27, 27)');
    await checkScreen(page, 'report-save-failed-es');
    await page.unroute('**/api/v1/reports/MEX/2024/b');
    await page.locator('#language-switch').selectOption('en');
  });

  it('picks the time zone by keyboard, searching by city', async () => {
    await page.goto('/profile');
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    await zone.fill('mexico cit');
    await page.getByRole('option', { name: /America \/ Mexico City/ }).waitFor();
    await checkScreen(page, 'profile-time-zone-picker');
    await zone.press('Enter');
    await expect(zone.inputValue()).resolves.toBe('America / Mexico City');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();
    const me = await web.api.http.get('/api/v1/me').set(bearer(focal.token)).expect(200);
    expect(me.body.timeZone).toBe('America/Mexico_City');
  });
});
