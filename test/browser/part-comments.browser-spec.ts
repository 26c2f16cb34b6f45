// Comments on a part of a report in a real browser: the coordinator comments on a checklist item
// and returns the report; the focal point sees it on the item and in "comments to answer",
// replies, and the thread shows as answered.
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

describe('Comments on the parts of a report, in the browser', () => {
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
    const report = {
      status: 'in_progress',
      checklist: [{ item: 'd3', answer: 'no' }],
      evidence: [{ kind: 'legislation', title: 'Ley de Migración' }],
    };
    await putReport(web, focal.token, 'MEX/2025/d', report, true);
    fp = (await newUserContext(browser, web.baseUrl)).page;
    co = (await newUserContext(browser, web.baseUrl)).page;
    await Promise.all([signInAs(fp, focal), signInAs(co, coordinator)]);
  });
  afterEach(checkBrowserErrors);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('lets the coordinator comment on a checklist item, then return the report', async () => {
    await co.goto('/reports/MEX/2025/d');
    const d3 = co.locator('#comments-checklist-d3');
    await d3.locator('summary').click();
    await d3
      .getByLabel('Your comment')
      .fill('Which article makes enabling illegal stay an offence?');
    await d3.getByRole('button', { name: 'Send comment' }).click();
    await d3.getByText('Waiting for an answer').waitFor();
    await d3.locator('summary', { hasText: '1 comment, 1 open' }).waitFor();
    await checkScreen(co, 'part-comment-written');

    await co.getByLabel('Comment for the focal point').fill('See the comment on d3.');
    await co.getByRole('button', { name: 'Return with this comment' }).click();
    await co.getByText('Returned to the focal point with your comment.').waitFor();
  });

  it('shows the focal point the comments to answer, on the item; a reply answers it', async () => {
    await fp.goto('/reports/MEX/2025/d');
    await fp.getByRole('heading', { name: '1 comment to answer' }).waitFor();
    await fp.getByRole('link', { name: 'Checklist item d3' }).click();
    const d3 = fp.locator('#comments-checklist-d3');
    await d3.getByText('Which article makes enabling illegal stay an offence?').waitFor();
    await checkScreen(fp, 'part-comments-to-answer');
    await d3.getByLabel('Your reply').fill('Article 159, section III, of the Migration Law.');
    await d3.getByRole('button', { name: 'Send reply' }).click();

    await d3.locator('summary', { hasText: '1 resolved thread' }).click();
    await d3.getByText('Answered', { exact: true }).waitFor();
    await d3.getByText('Article 159, section III, of the Migration Law.').waitFor();
    await expect(fp.getByRole('heading', { name: /comments? to answer/ }).count()).resolves.toBe(0);
    await fp
      .getByRole('region', { name: 'History' })
      .getByText(`${focal.email} answered the comment on Checklist item d3`)
      .waitFor();
    await checkScreen(fp, 'part-comment-answered');
  });
});
