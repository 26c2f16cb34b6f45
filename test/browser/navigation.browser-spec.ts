// Addresses the app is given: where signing in leads (`next` never leaves the app), and route
// parameters that are not codes (they never reach an API path).
import type { Browser, Page } from 'playwright-core';
import type { Account } from '../helpers/accounts';
import { checkBrowserErrors, launchBrowser, newUserContext, signInAs } from './helpers/browser';
import { startWebApp, type WebApp } from './helpers/web-app';

jest.setTimeout(60_000);

describe('Addresses, in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let focal: Account;

  const home = (page: Page) =>
    page.getByRole('heading', { level: 1, name: 'My reports' }).waitFor();

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    focal = await web.account('focal_point', { countries: ['MEX'] });
  });
  afterEach(checkBrowserErrors);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('lands on the home page when `next` names another site', async () => {
    const { page } = await newUserContext(browser, web.baseUrl);
    // `/\evil.example` is `//evil.example` to a browser: another site as well.
    for (const next of ['https://evil.example/', '/\\evil.example', '//evil.example']) {
      const signInUrl = `/sign-in?next=${encodeURIComponent(next)}`;
      // Signing in from there…
      await signInAs(page, focal, signInUrl);
      await home(page);
      expect({ next, url: page.url() }).toEqual({ next, url: `${web.baseUrl}/` });
      // …and opening it while signed in.
      await page.goto(signInUrl);
      await home(page);
      expect({ next, url: page.url() }).toEqual({ next, url: `${web.baseUrl}/` });
      await page.evaluate('sessionStorage.clear()'); // signed out (sessions are per tab)
    }
    await signInAs(page, focal);
    // A `next` within the app still leads there.
    await page.goto(`/sign-in?next=${encodeURIComponent('/countries?process=RCM')}`);
    await page.getByRole('heading', { level: 1, name: 'Countries' }).waitFor();
    expect(page.url()).toBe(`${web.baseUrl}/countries?process=RCM`);
    await page.context().close();
  });

  it('shows "Page not found" for route parameters that are not codes, and calls no API with them', async () => {
    const { page } = await newUserContext(browser, web.baseUrl);
    await signInAs(page, focal);
    const calls: string[] = [];
    // The app shell's own calls (the user, the bell's unread count) take no route parameter.
    const shell = ['/api/v1/me', '/api/v1/me/notifications'];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/') && !shell.includes(pathname)) calls.push(pathname);
    });
    for (const path of [
      // Decoded, `2025/../../../me/subscriptions?` once led GET /api/v1/me/subscriptions.
      '/reports/MEX/2025%2F..%2F..%2F..%2Fme%2Fsubscriptions%3F/d',
      '/reports/MEX/2025/g',
      '/indicators/MEX/2025%2F..%2F..%2Fme',
      '/countries/MEX%2F..%2F..%2Fme',
      '/summaries/RCM%2F..%2F..%2Fme/2025',
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    }
    expect(calls).toEqual([]);

    // Codes are codes in either case.
    await page.goto('/reports/mex/2025/d');
    await page
      .getByRole('heading', { level: 1, name: 'Report of Mexico, 2025, action (d)' })
      .waitFor();
    await page.context().close();
  });
});
