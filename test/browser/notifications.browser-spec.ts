// The bell and the notifications page in a real browser: a focal point whose report was returned
// sees the unread count in the header, reads what happened with the comment, opens the report
// from the list (which marks it read), and the count goes back to none.
import type { Browser, Page } from 'playwright-core';
import { bearer, type Account } from '../helpers/accounts';
import { eventually } from '../helpers/eventually';
import {
  checkBrowserErrors,
  checkScreen,
  launchBrowser,
  newUserContext,
  signInAs,
} from './helpers/browser';
import { putReport, startWebApp, type WebApp } from './helpers/web-app';

jest.setTimeout(120_000);

describe('Notifications in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let focal: Account;
  let page: Page;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp({ worker: true }), launchBrowser()]);
    focal = await web.account('focal_point', { countries: ['MEX'] });
    const coordinator = await web.account('coordinator', { processes: ['RCM'] });
    await putReport(web, focal.token, 'MEX/2025/d', { status: 'planned' }, true);
    await web.api.http
      .post('/api/v1/reports/MEX/2025/d/return')
      .set(bearer(coordinator.token))
      .send({ comment: 'Please cite the article on aggravating circumstances.' })
      .expect(200);
    // The worker has told the focal point: the event the page is about.
    await eventually(async () => {
      const res = await web.api.http.get('/api/v1/me/notifications').set(bearer(focal.token));
      return res.body.unread === 1 ? true : undefined;
    });
    page = (await newUserContext(browser, web.baseUrl)).page;
  });
  afterEach(checkBrowserErrors);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('shows the unread count, the list, and marks a notification read when its record is opened', async () => {
    await signInAs(page, focal);
    const bell = page.getByRole('link', { name: 'Notifications, 1 unread' });
    await bell.waitFor();
    await bell.click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page
      .getByText('Comment: Please cite the article on aggravating circumstances.')
      .waitFor();
    await checkScreen(page, 'notifications-list');

    await page
      .getByRole('link', {
        name: 'coordinator tester returned the report of Mexico, 2025, action (d) for changes.',
      })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Report of Mexico, 2025, action (d)' })
      .waitFor();
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    await page.goto('/notifications');
    await page.getByText('Nothing unread').waitFor();
  });
});
