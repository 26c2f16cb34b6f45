// Data in through the browser: a focal point uploads a workbook they edited offline, reads the
// preview (one change, one refusal at its cell), applies it and finds the value saved; an
// administrator previews and applies a UN Treaty Collection participant table.
import type { Browser, Page } from 'playwright-core';
import type { Account } from '../helpers/accounts';
import { downloadWorkbook, workbookBytes } from '../helpers/imports';
import { untcCsv, untcTable2014 } from '../helpers/untc-fixture';
import {
  checkBrowserErrors,
  checkScreen,
  launchBrowser,
  newUserContext,
  signInAs,
} from './helpers/browser';
import { putReport, startWebApp, type WebApp } from './helpers/web-app';

jest.setTimeout(150_000);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('Imports in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let focal: Account;
  let admin: Account;
  let page: Page;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp({ worker: true }), launchBrowser()]);
    [focal, admin] = await Promise.all([
      web.account('focal_point', { countries: ['MEX'] }),
      web.account('admin'),
    ]);
    await putReport(web, focal.token, 'MEX/2025/d', {
      status: 'partially_implemented',
      narrative: 'Smuggling is an offence under the Migration Law.',
    });
  });
  afterEach(checkBrowserErrors);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('uploads an edited workbook, shows the change and the error, applies it', async () => {
    const workbook = await downloadWorkbook(web.api, focal.token, 'MEX', '2025');
    workbook.getWorksheet('(d)')!.getCell('B5').value = 'Amended in 2025: aggravations apply.';
    workbook.getWorksheet('(c)')!.getCell('B4').value = 'done';
    page = (await newUserContext(browser, web.baseUrl)).page;
    await signInAs(page, focal);
    await page.goto('/');
    await page.getByLabel('Upload a workbook or CSV').setInputFiles({
      name: 'MEX-2025.xlsx',
      mimeType: XLSX,
      buffer: await workbookBytes(workbook),
    });

    const preview = page.getByRole('table', { name: 'What the import would change' });
    await preview.waitFor();
    const changed = preview.getByRole('row', { name: /MEX 2025 \(d\)/ });
    await changed.getByText('changed', { exact: true }).waitFor();
    await changed.getByText('Amended in 2025: aggravations apply.').waitFor();
    const refused = preview.getByRole('row', { name: /MEX 2025 \(c\)/ });
    await refused.getByText("'(c)'!B4").waitFor();
    expect(await refused.textContent()).toMatch(
      /^MEX 2025 \(c\)refused'\(c\)'!B4 status must .*found "done"/,
    );
    await checkScreen(page, 'imports-preview');

    await page.getByRole('button', { name: 'Save the accepted records as drafts' }).click();
    await page.getByRole('status').filter({ hasText: '1 record saved.' }).waitFor();
    await page.goto('/reports/MEX/2025/d');
    const narrative = page.getByLabel('Narrative');
    await narrative.waitFor();
    expect(await narrative.inputValue()).toBe('Amended in 2025: aggravations apply.');
  });

  it('previews a UNTC participant table with its provenance and changed dates, and applies it', async () => {
    page = (await newUserContext(browser, web.baseUrl)).page;
    await signInAs(page, admin);
    await page.goto('/administration/treaties');
    await page
      .getByRole('heading', { name: 'Import a participant table from the UN Treaty Collection' })
      .waitFor();
    await page.getByLabel('Participant table (CSV or XLSX)').setInputFiles({
      name: 'XVIII-12-b.csv',
      mimeType: 'text/csv',
      buffer: untcCsv(untcTable2014()),
    });
    // The 2014 table: Barbados, Japan and Korea were signatories then; the seed holds later acts.
    await page.getByLabel('Day the table was read').fill('2014-07-10');
    await page.getByRole('button', { name: 'Preview the table' }).click();
    await page.getByRole('heading', { name: 'What applying the table would change' }).waitFor();
    await page
      .getByText(/File XVIII-12-b\.csv \(SHA-256 [0-9a-f]{12}…\), read on 2014-07-10/)
      .waitFor();
    await page.getByRole('row', { name: /Japan.*Changed dates/ }).waitFor();
    await page.getByText('Not matched: 0').waitFor();
    await checkScreen(page, 'treaty-import-preview');

    await page.getByRole('button', { name: /Apply the table read on/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Applied: \d+ records stored/ })
      .waitFor();
  });
});
