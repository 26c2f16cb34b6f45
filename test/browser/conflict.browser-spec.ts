// Two windows (or two people) editing one report never lose each other's work: changes to
// different parts are merged, and only a part both changed is shown, with its own choice. Unsaved
// typing survives a new tab, and an ended session sends the user to sign in without losing it.
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
      checklist: { item: string; answer: string; note: string | null }[];
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

  const conflictScreen = (page: Page) =>
    page.getByRole('region', { name: 'This record was saved while you were editing' });

  it('keeps both windows’ changes to different parts, and typing survives a new tab', async () => {
    // Two windows of one browser, one account: each tab signs in (the session is per tab).
    const other = await a.context().newPage();
    await signInAs(other, first);
    await Promise.all([openReport(a), openReport(other)]);

    await a.getByRole('group', { name: /^c1 / }).getByLabel('Yes').check();
    await a.getByLabel('Note on c1').fill('Protocol signed with Guatemala, 2024');
    await a.getByRole('button', { name: 'Save draft' }).click();
    await a.getByText(/^Draft saved at/).waitFor();

    // The other window still edits version 1: its narrative merges with the saved c1.
    await other.getByLabel('Narrative').fill('Narrative written in another window.');
    await other.getByRole('button', { name: 'Save draft' }).click();
    await other.getByText(/^Draft saved at/).waitFor();
    expect(await saved()).toMatchObject({
      version: 3,
      narrative: 'Narrative written in another window.',
      checklist: [{ item: 'c1', answer: 'yes', note: 'Protocol signed with Guatemala, 2024' }],
    });
    await openReport(a);
    await expect(a.getByLabel('Narrative').inputValue()).resolves.toBe(
      'Narrative written in another window.',
    );
    await expect(a.getByLabel('Note on c1').inputValue()).resolves.toBe(
      'Protocol signed with Guatemala, 2024',
    );

    // Unsaved typing is kept for the account in this browser: a new tab gets it back.
    await other.getByLabel('Narrative').fill('Typed, not saved, then a new tab.');
    const newTab = await a.context().newPage();
    await signInAs(newTab, first, REPORT);
    await newTab
      .getByText('Your unsaved changes from before were restored.', { exact: false })
      .waitFor();
    await expect(newTab.getByLabel('Narrative').inputValue()).resolves.toBe(
      'Typed, not saved, then a new tab.',
    );
    await newTab.getByRole('button', { name: 'Discard my unsaved changes' }).click();
    await Promise.all([other.close(), newTab.close()]);
  });

  it('shows only the part both windows changed, with its own choice, and says it was you', async () => {
    const other = await a.context().newPage();
    await signInAs(other, first);
    await Promise.all([openReport(a), openReport(other)]);

    await a.getByLabel('Narrative').fill('Narrative from the first window.');
    await a.getByRole('button', { name: 'Save draft' }).click();
    await a.getByText(/^Draft saved at/).waitFor();

    await other.getByLabel('Narrative').fill('Narrative from the second window.');
    await other.getByLabel('Implementation status').selectOption('in_progress');
    await other.getByRole('button', { name: 'Save draft' }).click();

    const conflict = conflictScreen(other);
    await conflict.waitFor();
    await conflict.getByText(/^You, in another window, saved version 4/).waitFor();
    await conflict.getByText('1 part was changed on both sides.').waitFor();
    const narrative = conflict.getByRole('row', { name: /^Narrative/ });
    await narrative.getByText('Narrative from the first window.').waitFor();
    await narrative.getByText('Narrative from the second window.').waitFor();
    // The status was changed in this window only: merged, not asked about.
    await expect(
      conflict.getByRole('row', { name: /^Implementation status/ }).count(),
    ).resolves.toBe(0);
    await checkScreen(other, 'conflict');
    expect(await saved()).toMatchObject({
      version: 4,
      narrative: 'Narrative from the first window.',
    });

    await conflict
      .getByRole('group', { name: 'Keep for Narrative' })
      .getByLabel('Mine', { exact: true })
      .check();
    await conflict.getByRole('button', { name: 'Apply these choices' }).click();
    await other.getByText(/^Draft saved at/).waitFor();
    await focusIsOnForm(other);
    expect(await saved()).toMatchObject({
      version: 5,
      status: 'in_progress',
      narrative: 'Narrative from the second window.',
    });
    await other.close();
  });

  it('names another user who saved, and takes the saved value for a part when chosen', async () => {
    await openReport(b);
    await b.getByLabel('Narrative').fill('A late change from another person.');
    await b.getByRole('group', { name: /^c2 / }).getByLabel('No', { exact: true }).check();
    // Meanwhile the first user changes the narrative again.
    await openReport(a);
    await a.getByLabel('Narrative').fill('Agreed narrative.');
    await a.getByRole('button', { name: 'Save draft' }).click();
    await a.getByText(/^Draft saved at/).waitFor();

    await b.getByRole('button', { name: 'Save draft' }).click();
    const conflict = conflictScreen(b);
    await conflict
      .getByText(new RegExp(`^${first.email.replace(/[.+]/g, '\\$&')} saved version 6`))
      .waitFor();
    await conflict
      .getByRole('group', { name: 'Keep for Narrative' })
      .getByLabel('Saved', { exact: true })
      .check();
    await conflict.getByRole('button', { name: 'Apply these choices' }).click();
    await b.getByText(/^Draft saved at/).waitFor();
    await expect(b.getByLabel('Narrative').inputValue()).resolves.toBe('Agreed narrative.');
    expect(await saved()).toMatchObject({
      version: 7,
      narrative: 'Agreed narrative.',
      checklist: expect.arrayContaining([expect.objectContaining({ item: 'c2', answer: 'no' })]),
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
