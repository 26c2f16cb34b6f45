// Review with context in a real browser: the coordinator returns a report, the focal point edits
// its narrative and resubmits (after confirming), the coordinator sees what changed before → after
// and the timeline; then the focal point withdraws another submission after confirming.
import type { Browser, Page } from 'playwright-core';
import type { Account } from '../helpers/accounts';
import {
  checkBrowserErrors,
  checkScreen,
  launchBrowser,
  newUserContext,
  signInAs,
} from './helpers/browser';
import { putReport, startWebApp, type WebApp } from './helpers/web-app';

jest.setTimeout(120_000);

describe('Review with context, in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let focal: Account;
  let coordinator: Account;
  let fp: Page;
  let co: Page;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    [focal, coordinator] = await Promise.all([
      web.account('focal_point', { countries: ['MEX'] }),
      web.account('coordinator', { processes: ['RCM'] }),
    ]);
    const report = { status: 'in_progress', narrative: 'A reform is in committee.' };
    await putReport(web, focal.token, 'MEX/2025/d', report, true);
    await putReport(web, focal.token, 'MEX/2025/e', report, true);
    fp = (await newUserContext(browser, web.baseUrl)).page;
    co = (await newUserContext(browser, web.baseUrl)).page;
    await Promise.all([signInAs(fp, focal), signInAs(co, coordinator)]);
  });
  afterEach(checkBrowserErrors);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('shows the coordinator what changed since their return, before → after', async () => {
    await co.goto('/reports/MEX/2025/d');
    await co.getByLabel('Comment for the focal point').fill('Say whether the reform passed.');
    await co.getByRole('button', { name: 'Return with this comment' }).click();
    await co.getByText('Returned to the focal point with your comment.').waitFor();

    await fp.goto('/reports/MEX/2025/d');
    await fp.getByLabel('Narrative').fill('The reform was adopted in March.');
    await fp.getByRole('button', { name: 'Save draft' }).click();
    await fp.getByText(/^Draft saved at/).waitFor();
    const submit = fp.getByRole('button', { name: 'Submit for review' });
    // Cancelled: nothing sent, the focus back on the button.
    await submit.click();
    const dialog = fp.getByRole('dialog', { name: 'Submit for review?' });
    await dialog.waitFor();
    await checkScreen(fp, 'confirm-submit');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(fp.evaluate('document.activeElement.textContent')).resolves.toBe(
      'Submit for review',
    );
    await submit.click();
    await dialog.getByRole('button', { name: 'Submit', exact: true }).click();
    await fp.getByText('Submitted for review.').waitFor();

    await co.goto('/reports/MEX/2025/d');
    const changes = co.getByRole('table', { name: 'Changes, before and after' });
    await co
      .getByRole('heading', { name: 'What changed since the last review (version 3)' })
      .waitFor();
    const row = changes.getByRole('row', { name: /Narrative/ });
    await row.getByText('A reform is in committee.').waitFor();
    await row.getByText('The reform was adopted in March.').waitFor();
    expect(await changes.getByRole('row').count()).toBe(2);
    const timeline = co.getByRole('region', { name: 'History' });
    await expect(timeline.getByRole('listitem').allInnerTexts()).resolves.toEqual([
      expect.stringContaining(`${focal.email} submitted it for review`),
      expect.stringContaining(`${focal.email} saved changes`),
      expect.stringContaining(`${coordinator.email} returned it with a comment`),
      expect.stringContaining(`${focal.email} submitted it for review`),
      expect.stringContaining(`${focal.email} created it`),
    ]);
    await checkScreen(co, 'review-what-changed');
  });

  it('lets the focal point withdraw a submission after confirming', async () => {
    await fp.goto('/reports/MEX/2025/e');
    await fp.getByRole('button', { name: 'Withdraw the submission' }).click();
    const dialog = fp.getByRole('dialog', { name: 'Withdraw the submission?' });
    await dialog.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await fp
      .getByText('Withdrawn: back to draft. Edit it and submit it again when ready.')
      .waitFor();
    await fp.getByLabel('Narrative').waitFor();
    await fp
      .getByRole('region', { name: 'History' })
      .getByText(`${focal.email} withdrew the submission`)
      .waitFor();
    await checkScreen(fp, 'withdrawn');
  });
});
