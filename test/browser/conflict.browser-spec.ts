// Two people editing one report never overwrite each other silently: the second save shows both
// versions and lets the user choose. And an ended session sends the user to sign in without
// losing what they typed.
import type { Browser, Page } from 'playwright-core';
import { bearer, type Account } from '../helpers/accounts';
import {
  checkBrowserErrors,
  checkScreen,
  launchBrowser,
  newUserContext,
  signInAs,
} from './helpers/browser';
import { putReport, startWebApp, type WebApp } from './helpers/web-app';

jest.setTimeout(120_000);

const REPORT = '/reports/MEX/2025/c';

describe('Editing conflicts and ended sessions, in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let first: Account;
  let second: Account;
  let a: Page;
  let b: Page;

  const saved = async () =>
    (await web.api.http.get(`/api/v1${REPORT}`).set(bearer(web.adminToken)).expect(200)).body as {
      version: number;
      narrative: string | null;
      status: string;
    };

  const openReport = async (page: Page) => {
    await page.goto(REPORT);
    await page
      .getByRole('heading', { level: 1, name: 'Report of Mexico, 2025, action (c)' })
      .waitFor();
    await page.getByLabel('Narrative').waitFor();
  };

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    [first, second] = await Promise.all([
      web.account('focal_point', { countries: ['MEX'] }),
      web.account('focal_point', { countries: ['MEX'] }),
    ]);
    await putReport(web, first.token, 'MEX/2025/c', {
      status: 'planned',
      narrative: 'First draft of the cooperation protocols.',
    });
    a = (await newUserContext(browser, web.baseUrl)).page;
    b = (await newUserContext(browser, web.baseUrl)).page;
    await Promise.all([signInAs(a, first), signInAs(b, second)]);
  });
  afterEach(checkBrowserErrors);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  /** The focus is back in the form once the conflict screen closes (not lost with its buttons). */
  const focusIsOnForm = (page: Page) =>
    expect(page.evaluate('document.activeElement.getAttribute("aria-label")')).resolves.toBe(
      'Report form',
    );

  it('shows the second saver both versions, and saves theirs only when they choose to', async () => {
    await Promise.all([openReport(a), openReport(b)]);

    await a.getByLabel('Narrative').fill('Version written in the first browser.');
    await a.getByRole('button', { name: 'Save draft' }).click();
    await a.getByText(/^Draft saved at/).waitFor();

    await b.getByLabel('Narrative').fill('Version written in the second browser.');
    await b.getByLabel('Implementation status').selectOption('in_progress');
    await b.getByRole('button', { name: 'Save draft' }).click();

    const conflict = b.getByRole('region', {
      name: 'Someone else saved this record while you were editing',
    });
    await conflict.waitFor();
    await conflict.getByText('Version written in the first browser.').waitFor();
    await conflict.getByText('Version written in the second browser.').waitFor();
    const narrativeRow = conflict.getByRole('row', { name: /^Narrative/ });
    await narrativeRow.getByText('differs').waitFor();
    await conflict.getByText('2 parts differ.').waitFor();
    await checkScreen(b, 'conflict');
    // Nothing was overwritten.
    expect(await saved()).toMatchObject({
      version: 2,
      narrative: 'Version written in the first browser.',
    });

    await conflict.getByRole('button', { name: 'Keep my version (save it over theirs)' }).click();
    await b.getByText(/^Draft saved at/).waitFor();
    await focusIsOnForm(b);
    await expect(b.getByLabel('Narrative').inputValue()).resolves.toBe(
      'Version written in the second browser.',
    );
    expect(await saved()).toMatchObject({
      version: 3,
      status: 'in_progress',
      narrative: 'Version written in the second browser.',
    });
  });

  it('lets the other user take the saved version instead of theirs', async () => {
    // The first browser still edits version 2.
    await a.getByLabel('Narrative').fill('A late change from the first browser.');
    await a.getByRole('button', { name: 'Save draft' }).click();
    const conflict = a.getByRole('region', {
      name: 'Someone else saved this record while you were editing',
    });
    await conflict.getByText('Version written in the second browser.').waitFor();
    await conflict.getByText('A late change from the first browser.').waitFor();

    await conflict.getByRole('button', { name: 'Use the saved version (drop mine)' }).click();
    await expect(a.getByLabel('Narrative').inputValue()).resolves.toBe(
      'Version written in the second browser.',
    );
    await focusIsOnForm(a);
    await expect(a.getByLabel('Implementation status').inputValue()).resolves.toBe('in_progress');
    expect(await saved()).toMatchObject({ version: 3 });

    // From the saved version, a new save works.
    await a.getByLabel('Narrative').fill('Agreed text, after the conflict.');
    await a.getByRole('button', { name: 'Save draft' }).click();
    await a.getByText(/^Draft saved at/).waitFor();
    expect(await saved()).toMatchObject({
      version: 4,
      narrative: 'Agreed text, after the conflict.',
    });
  });

  it('sends a user whose session ended back to sign in, and keeps what they typed', async () => {
    await openReport(a);
    await a.getByLabel('Narrative').fill('Typed while the session was ending.');
    await a.getByRole('group', { name: /^c1 / }).getByLabel('Yes').check();
    await a.getByLabel('Note on c1').fill('Protocolo de identificación, 2024');

    // A new password ends every session of the account (as an expired token would).
    const user = await web.api.http
      .get(`/api/v1/users?role=focal_point`)
      .set(bearer(web.adminToken))
      .expect(200);
    const id = (user.body.items as { id: string; email: string }[]).find(
      (u) => u.email === first.email,
    )!.id;
    const current = await web.api.http.get(`/api/v1/users/${id}`).set(bearer(web.adminToken));
    const newPassword = 'a brand new passphrase';
    await web.api.http
      .patch(`/api/v1/users/${id}`)
      .set(bearer(web.adminToken))
      .set('If-Match', current.headers.etag)
      .send({ password: newPassword })
      .expect(200);

    await a.getByRole('button', { name: 'Save draft' }).click();
    await a.waitForURL(/\/sign-in\?next=%2Freports%2FMEX%2F2025%2Fc&expired=1$/);
    await a.getByText('Your session has expired.', { exact: false }).waitFor();
    await checkScreen(a, 'sign-in-expired');

    await a.getByLabel('Email').fill(first.email);
    await a.getByLabel('Password').fill(newPassword);
    await a.getByRole('button', { name: 'Sign in' }).click();
    await a.waitForURL(`**${REPORT}`);
    await a
      .getByText('Your unsaved changes from before were restored.', { exact: false })
      .waitFor();
    await expect(a.getByLabel('Narrative').inputValue()).resolves.toBe(
      'Typed while the session was ending.',
    );
    await expect(a.getByLabel('Note on c1').inputValue()).resolves.toBe(
      'Protocolo de identificación, 2024',
    );
    await expect(
      a.getByRole('group', { name: /^c1 / }).getByLabel('Yes').isChecked(),
    ).resolves.toBe(true);
    await a.getByRole('button', { name: 'Save draft' }).click();
    await a.getByText(/^Draft saved at/).waitFor();
    expect(await saved()).toMatchObject({ narrative: 'Typed while the session was ending.' });
  });
});
