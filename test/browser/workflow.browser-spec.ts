// The whole review cycle in a real browser, through the web app only: a focal point fills and
// submits action (d) for 2025, the coordinator returns it with a comment, the focal point fixes
// and resubmits, the coordinator validates, and an analyst sees the RCM 2025 summary change and
// downloads it as XLSX. Every screen is checked with axe-core and saved as a screenshot.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { Account } from '../helpers/accounts';
import {
  checkBrowserErrors,
  checkScreen,
  launchBrowser,
  newUserContext,
  signInAs,
} from './helpers/browser';
import { startWebApp, type WebApp } from './helpers/web-app';

jest.setTimeout(120_000);

describe('Focal point → coordinator → analyst, in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let focal: Account;
  let coordinator: Account;
  let analyst: Account;
  let fp: Page;
  let co: Page;
  let an: Page;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp({ worker: true }), launchBrowser()]);
    [focal, coordinator, analyst] = await Promise.all([
      web.account('focal_point', { countries: ['MEX'] }),
      web.account('coordinator', { processes: ['RCM'] }),
      web.account('analyst'),
    ]);
    fp = (await newUserContext(browser, web.baseUrl)).page;
    co = (await newUserContext(browser, web.baseUrl)).page;
    an = (await newUserContext(browser, web.baseUrl)).page;
  });
  afterEach(checkBrowserErrors);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('signs the focal point in and shows their period × action grid', async () => {
    await fp.goto('/');
    await fp.waitForURL('**/sign-in');
    await fp.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await checkScreen(fp, 'sign-in');

    await fp.getByLabel('Email').fill(focal.email);
    await fp.getByLabel('Password').fill('not the password');
    await fp.getByRole('button', { name: 'Sign in' }).click();
    await fp.getByRole('alert').getByText('The email or the password is not right.').waitFor();

    await fp.getByLabel('Password').fill(focal.password);
    await fp.getByRole('button', { name: 'Sign in' }).click();
    await fp.getByRole('heading', { level: 1, name: 'My reports' }).waitFor();
    const grid = fp.getByRole('table', { name: 'Reports of MEX by period and action' });
    await grid.waitFor();
    // One row per period, one column per action, the indicators and what is due.
    expect(await grid.getByRole('row').count()).toBeGreaterThanOrEqual(9);
    await expect(grid.getByRole('columnheader').allInnerTexts()).resolves.toEqual([
      'Period',
      'Due',
      'Action (a)',
      'Action (b)',
      'Action (c)',
      'Action (d)',
      'Action (e)',
      'Action (f)',
      'Indicators',
    ]);
    await checkScreen(fp, 'focal-point-home');
  });

  it('fills action (d) for 2025, saves the draft and submits it', async () => {
    await fp.getByRole('link', { name: 'Start action (d), 2025' }).click();
    await fp
      .getByRole('heading', { level: 1, name: 'Report of Mexico, 2025, action (d)' })
      .waitFor();

    // Submitting without a status is caught before anything is sent, or the user is asked.
    await fp.getByRole('button', { name: 'Submit for review' }).click();
    await fp.getByText('Choose the implementation status.').waitFor();

    await fp.getByLabel('Implementation status').selectOption('partially_implemented');
    await fp
      .getByLabel('Narrative')
      .fill('Smuggling of migrants is an offence under article 159 of the Migration Law.');
    const d1 = fp.getByRole('group', { name: /^d1 / });
    await d1.getByLabel('Yes').check();
    const d5 = fp.getByRole('group', { name: /^d5 / });
    await d5.getByLabel('Partly').check();
    await fp.getByLabel('Note on d5').fill('Art. 159 Ley de Migración');
    await fp.getByRole('button', { name: 'Add evidence' }).click();
    const evidence = fp.getByRole('group', { name: 'Evidence 1' });
    await evidence.getByLabel('Kind').selectOption('legislation');
    await evidence.getByLabel('Title').fill('Ley de Migración');
    await evidence
      .getByLabel('Web address')
      .fill('https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf');
    await evidence.getByLabel('Date').fill('2021-11-12');
    await evidence.getByLabel('Reference (article, page…)').fill('art. 159');
    await fp.getByLabel(/^Area 3:/).check();

    await fp.getByRole('button', { name: 'Save draft' }).click();
    await fp.getByText(/^Draft saved at/).waitFor();
    await fp.getByText('Draft', { exact: true }).first().waitFor();
    await checkScreen(fp, 'report-form');

    await fp.getByRole('button', { name: 'Submit for review' }).click();
    await fp.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click();
    await fp.getByText('Submitted for review.').waitFor();
    await fp.getByText('Submitted: waiting for the coordinator’s review.').waitFor();
    // The form (and its button) went away: the focus is on what happened, not lost.
    await expect(fp.evaluate('document.activeElement.textContent')).resolves.toBe(
      'Submitted for review.',
    );
  });

  it('lets the focal point enter indicators as a sex × age table, totals checked as typed', async () => {
    await fp.goto('/indicators/MEX/2025');
    await fp.getByRole('heading', { level: 1, name: 'Indicators of Mexico, 2025' }).waitFor();
    const convicted = fp.getByRole('group', { name: /Persons convicted for smuggling/ });
    await convicted.getByLabel('Female', { exact: true }).fill('2');
    await convicted.getByLabel('Male', { exact: true }).fill('1,008');
    // A blank cell is no data, never taken as 0: the breakdown is filled in whole or not at all.
    await convicted.getByText(/^Fill in every cell of the breakdown/).waitFor();
    expect(
      await convicted.getByLabel('Sex unknown', { exact: true }).getAttribute('aria-invalid'),
    ).toBe('true');
    await convicted.getByLabel('Sex unknown', { exact: true }).fill('0');
    await convicted.getByLabel('Total').fill('1,011');
    await convicted.getByText('The parts add up to 1,010, but the total is 1,011.').waitFor();
    expect(await convicted.getByLabel('Total').getAttribute('aria-invalid')).toBe('true');
    await convicted.getByLabel('Total').fill('1010');
    await convicted.getByText('The parts add up to the total.').waitFor();

    const identified = fp.getByRole('group', { name: /Smuggled migrants identified/ });
    const cells = {
      'Female, Children': '3',
      'Female, Adults': '7',
      'Female, Age unknown': '0',
      'Male, Children': 'x',
      'Male, Adults': '15',
      'Male, Age unknown': '0',
      'Sex unknown, Children': '0',
      'Sex unknown, Adults': '0',
      'Sex unknown, Age unknown': '0',
    };
    for (const [label, value] of Object.entries(cells))
      await identified.getByLabel(label, { exact: true }).fill(value);
    await identified.getByText('Use whole numbers of 0 or more, such as 12,345.').waitFor();
    await fp.getByRole('button', { name: 'Save draft' }).click();
    await fp.getByText('Fix the figures marked above before saving.').waitFor();
    await identified.getByLabel('Male, Children', { exact: true }).fill('5');
    await identified.getByText('The total will be the sum of the parts: 30.').waitFor();

    await fp.getByRole('button', { name: 'Save draft' }).click();
    await fp.getByText(/^Draft saved at/).waitFor();
    await expect(identified.getByLabel('Total', { exact: true }).inputValue()).resolves.toBe('30');
    await expect(convicted.getByLabel('Male', { exact: true }).inputValue()).resolves.toBe('1008');
    await checkScreen(fp, 'indicator-entry');
  });

  it('lets the coordinator read the submitted report and return it with a comment', async () => {
    await signInAs(co, coordinator);
    await co.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    const link = co.getByRole('link', { name: 'Review MEX 2025 (d)' });
    await link.waitFor();
    await checkScreen(co, 'review-queue');

    await link.click();
    await co
      .getByRole('heading', { level: 1, name: 'Report of Mexico, 2025, action (d)' })
      .waitFor();
    await co.getByText('Art. 159 Ley de Migración').waitFor();
    await checkScreen(co, 'review-report');

    await co.getByRole('button', { name: 'Return with this comment' }).click();
    await co.getByText('Write a comment before returning the report.').waitFor();
    await co
      .getByLabel('Comment for the focal point')
      .fill('Please cite the article on aggravating circumstances (d6).');
    await co.getByRole('button', { name: 'Return with this comment' }).click();
    await co.getByText('Returned to the focal point with your comment.').waitFor();
  });

  it('shows the focal point the comment; they fix the report and submit it again', async () => {
    await fp.goto('/');
    const returned = fp.getByText('Returned to you for changes');
    await returned.waitFor();
    await fp.getByText('Please cite the article on aggravating circumstances (d6).').waitFor();
    await fp.getByRole('link', { name: 'Continue action (d), 2025' }).first().click();
    await fp.getByRole('heading', { level: 2, name: 'Returned with a comment' }).waitFor();
    await fp
      .getByText('Please cite the article on aggravating circumstances (d6).')
      .first()
      .waitFor();
    // What was saved is in the form.
    await expect(fp.getByLabel('Note on d5').inputValue()).resolves.toBe(
      'Art. 159 Ley de Migración',
    );
    await checkScreen(fp, 'report-returned');

    await fp.getByRole('group', { name: /^d6 / }).getByLabel('Yes').check();
    await fp.getByLabel('Note on d6').fill('Art. 160 Ley de Migración');
    await fp.getByRole('button', { name: 'Submit for review' }).click();
    await fp.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click();
    await fp.getByText('Submitted for review.').waitFor();
  });

  it('updates the RCM 2025 summary for the analyst once the coordinator validates, and downloads XLSX', async () => {
    await signInAs(an, analyst);
    await an.goto('/summaries/RCM/2025');
    await an.getByRole('heading', { level: 1, name: 'Regional summary: RCM 2025' }).waitFor();
    const validated = an.getByTestId('validated-reports');
    await validated.waitFor();
    expect(await validated.innerText()).toBe('0 / 66');

    await co.goto('/review');
    await co.getByRole('link', { name: 'Review MEX 2025 (d)' }).click();
    await co.getByRole('cell', { name: 'Art. 160 Ley de Migración', exact: true }).waitFor();
    // The fix shows among what changed since the return, too.
    await co
      .getByRole('table', { name: 'Changes, before and after' })
      .getByText('Art. 160 Ley de Migración')
      .waitFor();
    await co.getByRole('button', { name: 'Validate' }).click();
    await co.getByRole('dialog').getByRole('button', { name: 'Validate' }).click();
    await co.getByText('Validated. It now counts in the regional summaries.').waitFor();

    // The worker recomputes the summary within moments, and the page refreshes itself (every
    // 15 s) without the analyst doing anything.
    await an.waitForFunction(
      (expected) => {
        // Runs in the page (this project's type check has no DOM library). A function, not a
        // string: the app's CSP refuses eval.
        const { document } = globalThis as unknown as {
          document: { querySelector(selector: string): { textContent: string | null } | null };
        };
        return (
          document.querySelector('[data-testid="validated-reports"]')?.textContent === expected
        );
      },
      '1 / 66',
      { timeout: 35_000 },
    );
    const byAction = an.getByRole('region', { name: 'Table: Implementation status per action' });
    const rowD = byAction.getByRole('row', { name: /^\(d\) / });
    await expect(rowD.getByRole('cell').nth(3).innerText()).resolves.toBe('1'); // partially implemented
    await an.getByRole('img', { name: 'Mean score per area, 0–100' }).waitFor();
    // No validated indicator value yet: the totals say "no data", never 0.
    const indicators = an.getByRole('region', { name: 'Table: Indicator totals' });
    const firstIndicator = indicators.getByRole('row').nth(1);
    await expect(firstIndicator.getByRole('cell').nth(1).innerText()).resolves.toBe('no data');
    await expect(firstIndicator.getByRole('cell').nth(0).innerText()).resolves.toBe('0');
    await checkScreen(an, 'summary');

    const [download] = await Promise.all([
      an.waitForEvent('download'),
      an.getByRole('button', { name: 'Download XLSX' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('gcm9-RCM-2025.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.length).toBeGreaterThan(1);
    await an.getByText('Downloaded gcm9-RCM-2025.xlsx.').waitFor();
  });
});
