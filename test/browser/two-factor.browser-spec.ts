// An official's first steps, as issue 14 asks: the emailed invitation, a password of their own,
// two-factor sign-in set up from the profile, then signing out and in again with a code.
import type { Browser } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { linkTokenIn, mailsTo } from '../helpers/account-mail';
import { bearer } from '../helpers/accounts';
import { SmtpSink, startSmtpSink } from '../helpers/smtp-sink';
import {
  checkBrowserErrors,
  expectConsoleErrors,
  launchBrowser,
  newUserContext,
} from './helpers/browser';
import { startWebApp, type WebApp } from './helpers/web-app';

jest.setTimeout(90_000);

const STEP_MS = 30_000;

/** The current TOTP step, once at least 5 s of it are left (waiting for the next one if not). */
async function stepWithTimeToSpare(): Promise<number> {
  const left = STEP_MS - (Date.now() % STEP_MS);
  if (left < 5_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
  return Math.floor(Date.now() / STEP_MS);
}

describe('Invitation to two-factor sign-in, in the browser', () => {
  let sink: SmtpSink;
  let web: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    sink = await startSmtpSink();
    [web, browser] = await Promise.all([
      // Coordinators must sign in with a second factor here; the admin and focal points need not.
      startWebApp({
        worker: true,
        env: { SMTP_URL: sink.url, REQUIRE_TWO_FACTOR_ROLES: 'coordinator' },
      }),
      launchBrowser(),
    ]);
  });
  afterEach(checkBrowserErrors);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await sink?.close();
  });

  it('takes an invited official from the emailed link to signing in with a code', async () => {
    const email = `invited.${randomBytes(4).toString('hex')}@test.example`;
    const password = 'my own long passphrase';
    await web.api.http
      .post('/api/v1/users')
      .set(bearer(web.adminToken))
      .send({ email, name: 'Rosa Oficial', role: 'focal_point', countries: ['MEX'] })
      .expect(201);
    const [mail] = await mailsTo(sink, email);
    const token = linkTokenIn(mail, web.api.config.appBaseUrl, 'invitation');

    const { page } = await newUserContext(browser, web.baseUrl);
    await page.goto(`/invitation#token=${token}`);
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('New password again').fill(password);
    await page.getByRole('button', { name: 'Save the password' }).click();
    await page.getByText('Your password is set. You can sign in now.').waitFor();

    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.user-box').waitFor();

    await page.goto('/profile');
    await page.getByText('Off: signing in asks for your password only.').waitFor();
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await page.getByRole('img', { name: 'QR code to scan with your authenticator app' }).waitFor();
    const secret = (await page.locator('.totp-secret').textContent())!.trim();
    const app = new TOTP({ secret: Secret.fromBase32(secret) });
    // A code of a 30-second step with a few seconds to spare turns it on (the browser and the
    // API take a moment); signing in again later takes the next step's, accepted once it is newer.
    const step = await stepWithTimeToSpare();
    await page
      .getByLabel('Six-digit code from the app')
      .fill(app.generate({ timestamp: step * STEP_MS }));
    await page.getByRole('button', { name: 'Turn on' }).click();

    const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    const continueButton = page.getByRole('button', { name: 'Continue' });
    expect(await continueButton.isDisabled()).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the codes' }).click(),
    ]);
    const saved = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(saved).toEqual(await codes.allTextContents());
    await page.getByLabel('I have saved my recovery codes').check();
    await continueButton.click();
    await page.getByText('On: signing in asks for a code from your authenticator app.').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByLabel('Code from your authenticator app')
      .fill(app.generate({ timestamp: (step + 1) * STEP_MS }));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.user-box').waitFor();
    await page.getByRole('heading', { level: 1, name: 'My reports' }).waitFor();
    await page.context().close();
  });

  it('has a coordinator without a second factor set it up before anything else', async () => {
    const coordinator = await web.account('coordinator', { processes: ['RCM'] });
    const { page } = await newUserContext(browser, web.baseUrl);
    await page.goto('/review');
    await page.getByLabel('Email').fill(coordinator.email);
    await page.getByLabel('Password').fill(coordinator.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Set up two-factor sign-in to continue' })
      .waitFor();
    // Whatever the address, nothing else opens: a new page learns it from the API's 403 for /me.
    expectConsoleErrors(/status of 403 \(Forbidden\)$/);
    await page.goto('/countries');
    await page
      .getByRole('heading', { level: 1, name: 'Set up two-factor sign-in to continue' })
      .waitFor();
    const secret = (await page.locator('.totp-secret').textContent())!.trim();
    const app = new TOTP({ secret: Secret.fromBase32(secret) });
    await page.getByLabel('Six-digit code from the app').fill(app.generate());
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByLabel('I have saved my recovery codes').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Countries' }).waitFor();
    await page.locator('.user-box').waitFor();
    await page.context().close();
  });

  it('refreshes an access token refused with 401 and carries on, without signing out', async () => {
    const focal = await web.account('focal_point', { countries: ['MEX'] });
    const { page } = await newUserContext(browser, web.baseUrl);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(focal.email);
    await page.getByLabel('Password').fill(focal.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.user-box').waitFor();
    // A token the API refuses (as an expired one would be): the refresh cookie gets a new one.
    await page.evaluate(`sessionStorage.setItem('gcm9.token', 'refused.by.the-api')`);
    await page.goto('/profile');
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    expect(page.url()).toBe(`${web.baseUrl}/profile`);
    expect(await page.evaluate(`sessionStorage.getItem('gcm9.token')`)).not.toBe(
      'refused.by.the-api',
    );
    await page.context().close();
  });
});
