// Every screen in English and in Spanish: after the switch no English label remains, and the
// framework's texts (action titles and texts, checklist items, indicators, areas) and country
// names are in Spanish too; people's own words and quoted sources are marked and left out;
// axe-core on each; screenshots of each; and the main screens on a tablet.
import type { Browser, Page } from 'playwright-core';
import { CATALOGS, messageParts, type MessageKey } from '@app/i18n';
import { bearer, TEST_ADMIN, type Account } from '../helpers/accounts';
import { eventually } from '../helpers/eventually';
import {
  checkBrowserErrors,
  checkScreen,
  expectConsoleErrors,
  launchBrowser,
  newUserContext,
  signInAs,
  TABLET,
} from './helpers/browser';
import { putReport, startWebApp, type WebApp } from './helpers/web-app';

jest.setTimeout(150_000);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const { en, es } = CATALOGS;
/** The web app's labels (the catalogs also hold the emails' words, `email.*`). */
const LABEL_KEYS = (Object.keys(en) as MessageKey[]).filter((key) => !key.startsWith('email.'));

/** Labels that are the same words in English and Spanish. Every other label must differ. */
const SAME_IN_SPANISH: MessageKey[] = [
  'answer.no',
  'comments.byline',
  'indicators.total',
  'indicators.cellLabel',
  'document.total',
  'workbook.label.total',
  'conflict.indicatorCell',
  'portal.map.shape',
  'portal.suppressed',
];

/** Every English label (but those), as its fixed parts: around its values, in its plural forms. */
const ENGLISH_LABELS = [
  ...new Set(
    LABEL_KEYS.filter((key) => !SAME_IN_SPANISH.includes(key))
      .flatMap((key) => messageParts(en[key]).literals)
      .map((part) => part.trim())
      .filter((part) => /\p{L}{3}/u.test(part)),
  ),
].map((label) => ({
  label,
  pattern: new RegExp(`(^|[^\\p{L}])${escape(label)}($|[^\\p{L}])`, 'u'),
}));

/**
 * The page's text as a reader meets it, piece by piece: visible and screen-reader text, labels,
 * placeholders and titles, without the parts marked as another language (Protocol references,
 * quoted treaty sources) or as people's own words.
 */
async function readableText(page: Page): Promise<string[]> {
  // Run in the page (a string: this project's type check has no DOM library).
  return (await page.evaluate(`(() => {
    const pageLang = document.documentElement.lang;
    const excluded = (element) => {
      for (let e = element; e; e = e.parentElement) {
        if (e.hasAttribute('data-user-content')) return true;
        const lang = e.getAttribute('lang');
        if (lang && e !== document.documentElement && lang !== pageLang) return true;
      }
      return false;
    };
    const parts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const element = walker.currentNode.parentElement;
      if (!element || element.closest('script, style, noscript') || excluded(element)) continue;
      if (getComputedStyle(element).display === 'none') continue;
      parts.push(walker.currentNode.textContent || '');
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title], [alt]'))
      if (!excluded(element))
        for (const name of ['aria-label', 'placeholder', 'title', 'alt'])
          parts.push(element.getAttribute(name) || '');
    return parts.map((part) => part.trim()).filter(Boolean);
  })()`)) as string[];
}

/** English labels of the dictionary still on the page. */
const englishLabelsIn = (parts: string[]) => {
  const text = parts.join('\n');
  return ENGLISH_LABELS.filter(({ pattern }) => pattern.test(text)).map(({ label }) => label);
};

/** Words shown the same in both languages (text written into a component, not translated). */
const untranslated = (english: string[], spanish: string[]) => {
  const before = new Set(english);
  const same = new Set(SAME_IN_SPANISH.map((key) => es[key]));
  return spanish.filter((part) => before.has(part) && /\p{Ll}{3}/u.test(part) && !same.has(part));
};

/** Waits for the screen to settle: its heading shown, nothing loading. */
async function settled(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.locator('.loading').first().waitFor({ state: 'detached' });
}

async function switchLanguage(page: Page, code: 'en' | 'es' | 'fr'): Promise<void> {
  await page.locator('#language-switch').selectOption(code);
  await page.waitForFunction(`document.documentElement.lang === ${JSON.stringify(code)}`);
}

describe('Languages, accessibility and screens, in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let focal: Account;
  let coordinator: Account;

  /** Each screen: English (axe, screenshot), then Spanish (every label translated, axe, screenshot). */
  async function bothLanguages(
    page: Page,
    name: string,
    path: string,
    headings: { en: string | RegExp; es: string | RegExp },
  ): Promise<void> {
    await switchLanguage(page, 'en');
    await page.goto(path);
    await settled(page, headings.en);
    await checkScreen(page, name);
    const english = await readableText(page);
    await switchLanguage(page, 'es');
    await settled(page, headings.es);
    // The labels switch at once; what the API answers in the new language (action titles, say)
    // may arrive a moment later, without a loading state, while the old answer stays shown.
    const seen = async () => {
      const spanish = await readableText(page);
      return {
        screen: name,
        englishLabels: englishLabelsIn(spanish),
        sameInBoth: untranslated(english, spanish),
      };
    };
    let shown = await seen();
    await eventually(async () => {
      shown = await seen();
      return shown.englishLabels.length + shown.sameInBoth.length === 0 ? true : undefined;
    }, 15000).catch(() => undefined); // the assertion below names what stayed in English
    expect(shown).toEqual({ screen: name, englishLabels: [], sameInBoth: [] });
    await checkScreen(page, `${name}.es`);
  }

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp({ worker: true }), launchBrowser()]);
    [focal, coordinator] = await Promise.all([
      web.account('focal_point', { countries: ['MEX'] }),
      web.account('coordinator', { processes: ['RCM'] }),
    ]);
    await putReport(
      web,
      focal.token,
      'MEX/2025/b',
      {
        status: 'in_progress',
        narrative: 'Information exchange with Guatemala on routes.',
        checklist: [{ item: 'b1', answer: 'partial', note: 'Bilateral agreement, 2023' }],
        evidence: [{ kind: 'agreement', title: 'Memorando de entendimiento MEX-GTM' }],
      },
      true,
    );
    await putReport(web, focal.token, 'MEX/2025/e', { status: 'planned' });
  });
  afterEach(checkBrowserErrors);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('translates the sign-in page, and keeps the choice when signing in again', async () => {
    const { page } = await newUserContext(browser, web.baseUrl);
    await page.goto('/sign-in');
    await settled(page, 'Sign in');
    await switchLanguage(page, 'es');
    await settled(page, 'Iniciar sesión');
    expect(englishLabelsIn(await readableText(page))).toEqual([]);
    await checkScreen(page, 'sign-in.es');
    await switchLanguage(page, 'fr');
    await settled(page, 'Connexion');
    expect(await page.getByLabel('Mot de passe').count()).toBe(1);
    await checkScreen(page, 'sign-in.fr');
    await page.context().close();
  });

  it('shows every focal point screen in Spanish with no English label left', async () => {
    const { page } = await newUserContext(browser, web.baseUrl);
    await signInAs(page, focal);
    await bothLanguages(page, 'focal-point-home', '/', { en: 'My reports', es: 'Mis informes' });
    await bothLanguages(page, 'report-draft', '/reports/MEX/2025/e', {
      en: 'Report of Mexico, 2025, action (e)',
      es: 'Informe de México, 2025, acción (e)',
    });
    // The report's content is scanned above too; here it is, in Spanish, marked where it is a
    // working translation rather than the Compact's own words.
    const spanishReport = (await readableText(page)).join('\n');
    for (const text of [
      'Distinguir el tráfico ilícito de la trata de personas; respuestas distintas; proteger a quienes se conviertan en víctimas',
      'Definiciones jurídicas distintas del tráfico ilícito de migrantes y de la trata de personas',
      'traducción de trabajo',
    ])
      expect(spanishReport).toContain(text);
    await bothLanguages(page, 'report-submitted', '/reports/MEX/2025/b', {
      en: 'Report of Mexico, 2025, action (b)',
      es: 'Informe de México, 2025, acción (b)',
    });
    await bothLanguages(page, 'indicators-empty', '/indicators/MEX/2024', {
      en: 'Indicators of Mexico, 2024',
      es: 'Indicadores de México, 2024',
    });
    await bothLanguages(page, 'summary-focal-point', '/summaries/RCM/2025', {
      en: 'Regional summary: RCM 2025',
      es: 'Resumen regional: RCM 2025',
    });
    await bothLanguages(page, 'country', '/countries/MEX', { en: 'Mexico MEX', es: 'México MEX' });
    await bothLanguages(page, 'countries', '/countries', { en: 'Countries', es: 'Países' });
    await bothLanguages(page, 'profile', '/profile', { en: 'Your profile', es: 'Su perfil' });
    await bothLanguages(page, 'notifications', '/notifications', {
      en: 'Notifications',
      es: 'Notificaciones',
    });
    await bothLanguages(page, 'not-found', '/no/such/page', {
      en: 'Page not found',
      es: 'Página no encontrada',
    });
    await page.context().close();
  });

  it('saves the language and email digests on the profile', async () => {
    // An account of its own: its language changes here, and no other test depends on that.
    const own = await web.account('focal_point', { countries: ['MEX'] });
    const { page } = await newUserContext(browser, web.baseUrl);
    await signInAs(page, own);
    await page.goto('/profile');
    await settled(page, 'Your profile');

    // Changed elsewhere since the page was opened: never saved over, shown as it now is.
    const current = await web.api.http.get('/api/v1/me').set(bearer(own.token)).expect(200);
    await web.api.http
      .patch('/api/v1/me')
      .set(bearer(own.token))
      .set('If-Match', current.headers.etag)
      .send({ name: 'Renamed in another tab' })
      .expect(200);
    await page.getByLabel('Name').fill('Typed here');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page
      .getByRole('alert')
      .getByText('Your profile was changed elsewhere', { exact: false })
      .waitFor();
    await expect(page.getByLabel('Name').inputValue()).resolves.toBe('Renamed in another tab');

    await page.getByLabel('Language', { exact: true }).last().selectOption('fr');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profil enregistré.').waitFor();
    await page.getByRole('button', { name: 'Suivre par courriel' }).click();
    await page.getByText('Vous suivez désormais RCM par courriel.').waitFor();
    await page.getByRole('button', { name: 'Ne plus recevoir la synthèse RCM' }).waitFor();
    await checkScreen(page, 'profile.fr');
    await page.getByRole('button', { name: 'Ne plus recevoir la synthèse RCM' }).click();
    await page.getByText('Vous ne suivez encore aucun processus par courriel.').waitFor();
    await page.context().close();
  });

  it('shows the coordinator screens in Spanish with no English label left', async () => {
    const { page } = await newUserContext(browser, web.baseUrl);
    await signInAs(page, coordinator);
    await bothLanguages(page, 'review-queue', '/review', {
      en: 'Review queue',
      es: 'Cola de revisión',
    });
    await bothLanguages(page, 'review-report', '/reports/MEX/2025/b', {
      en: 'Report of Mexico, 2025, action (b)',
      es: 'Informe de México, 2025, acción (b)',
    });
    await page.context().close();
  });

  it('shows the administration screens in Spanish with no English label left', async () => {
    const { page } = await newUserContext(browser, web.baseUrl);
    await signInAs(page, TEST_ADMIN);
    await bothLanguages(page, 'admin-users', '/administration', {
      en: 'Administration',
      es: 'Administración',
    });
    await bothLanguages(page, 'admin-periods', '/administration/periods', {
      en: 'Administration',
      es: 'Administración',
    });
    await bothLanguages(page, 'admin-system', '/administration/system', {
      en: 'Administration',
      es: 'Administración',
    });

    // Periods: close and reopen.
    await switchLanguage(page, 'en');
    await page.getByRole('link', { name: 'Reporting periods' }).click();
    await page.getByRole('button', { name: 'Close 2019' }).click();
    await page.getByText('Period 2019 closed.').waitFor();
    await page.getByRole('button', { name: 'Reopen 2019' }).click();
    await page.getByText('Period 2019 reopened.').waitFor();

    // Accounts: create one with its scope, and find it in the list.
    await page.goto('/administration');
    await settled(page, 'Administration');
    const form = page.getByRole('form', { name: 'New account' });
    await form.getByLabel('Email').fill('new.focal@test.example');
    await form.getByLabel('Name').fill('Nueva Punto Focal');
    await form.getByLabel('Password').fill('a long enough passphrase');
    await form.getByLabel('Role').selectOption('focal_point');
    // The countries are picked by name or code, by keyboard alone, and shown as removable chips.
    const countries = form.getByRole('combobox', { name: 'Countries' });
    await countries.fill('guat');
    await countries.press('Enter');
    await countries.fill('hnd');
    await form.getByRole('option', { name: /Honduras/ }).waitFor();
    await countries.press('ArrowDown');
    await countries.press('Enter');
    await countries.fill('mex');
    await countries.press('Enter');
    const chosen = form.getByRole('list', { name: 'Chosen for Countries' });
    await chosen.getByRole('button', { name: 'Remove Mexico' }).focus();
    await page.keyboard.press('Enter');
    // The focus goes back to the box; Backspace in it removes the last chip.
    await expect(page.evaluate('document.activeElement.getAttribute("role")')).resolves.toBe(
      'combobox',
    );
    await countries.fill('costa');
    await countries.press('Enter');
    await chosen.getByRole('button', { name: 'Remove Costa Rica' }).waitFor();
    await countries.press('Backspace');
    await expect(chosen.getByRole('listitem').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Guatemala\s+GTM/),
      expect.stringMatching(/^Honduras\s+HND/),
    ]);
    await checkScreen(page, 'admin-scope-picker');
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Created new.focal@test.example.').waitFor();
    const row = page.getByRole('row', { name: /new\.focal@test\.example/ });
    await row.getByText('GTM, HND').waitFor();

    // Edit it: once saved, the focus is back on the row's Edit button.
    const editButton = row.getByRole('button', { name: 'Edit new.focal@test.example' });
    const editForm = page.getByRole('form', { name: 'Edit new.focal@test.example' });
    await editButton.click();
    await editForm.getByLabel('Name').fill('Nueva Punto Focal (GTM)');
    await editForm.getByRole('button', { name: 'Save account' }).click();
    await page.getByText('Saved new.focal@test.example.').waitFor();
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe(
      'Edit new.focal@test.example',
    );

    // Changed by someone else while the form is open: the form is built again from it.
    await editButton.click();
    const users = await web.api.http
      .get('/api/v1/users?role=focal_point')
      .set(bearer(web.adminToken))
      .expect(200);
    const id = (users.body.items as { id: string; email: string }[]).find(
      (u) => u.email === 'new.focal@test.example',
    )!.id;
    const current = await web.api.http.get(`/api/v1/users/${id}`).set(bearer(web.adminToken));
    await web.api.http
      .patch(`/api/v1/users/${id}`)
      .set(bearer(web.adminToken))
      .set('If-Match', current.headers.etag)
      .send({ name: 'Renamed by another admin' })
      .expect(200);
    await editForm.getByLabel('Name').fill('A late change');
    await editForm.getByRole('button', { name: 'Save account' }).click();
    await editForm
      .getByRole('alert')
      .getByText('Someone else changed new.focal@test.example meanwhile.', { exact: false })
      .waitFor();
    await expect(editForm.getByLabel('Name').inputValue()).resolves.toBe(
      'Renamed by another admin',
    );

    // The queue board opens in a new tab with its own cookie: no token in any address.
    await page.goto('/administration/system');
    await settled(page, 'Administration');
    const [board] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Open the queue board (new tab)' }).click(),
    ]);
    await board.waitForURL(`${web.baseUrl}/admin/queues`);
    await board.locator('#__UI_CONFIG__').waitFor({ state: 'attached' });
    await page.context().close();
  });

  it('fits a tablet screen: no sideways scrolling, same checks', async () => {
    const { page } = await newUserContext(browser, web.baseUrl, TABLET);
    await signInAs(page, focal);
    for (const [name, path, heading] of [
      ['tablet-focal-point-home', '/', 'My reports'],
      ['tablet-report-form', '/reports/MEX/2025/e', 'Report of Mexico, 2025, action (e)'],
      ['tablet-indicators', '/indicators/MEX/2025', 'Indicators of Mexico, 2025'],
      ['tablet-summary', '/summaries/RCM/2025', 'Regional summary: RCM 2025'],
    ] as const) {
      await page.goto(path);
      await settled(page, heading);
      const overflow = await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect({ screen: name, overflow }).toEqual({ screen: name, overflow: 0 });
      await checkScreen(page, name);
    }
    await page.context().close();
  });

  it('works with the keyboard alone: skip link, sign-in, visible focus', async () => {
    const { page } = await newUserContext(browser, web.baseUrl);
    await page.goto('/sign-in');
    await settled(page, 'Sign in');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe(
      'Skip to main content',
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('main');
    for (let i = 0; i < 5 && (await page.evaluate('document.activeElement.type')) !== 'email'; i++)
      await page.keyboard.press('Tab');
    await page.keyboard.type(focal.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(focal.password);
    await page.keyboard.press('Enter');
    await page.locator('.user-box').waitFor();
    await settled(page, 'My reports');
    // The focused control shows where it is.
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate('getComputedStyle(document.activeElement).outlineStyle'),
    ).resolves.not.toBe('none');
    await page.context().close();
  });

  it('shows loading and error states, and recovers with "Try again"', async () => {
    expectConsoleErrors(/status of 503 /);
    const { page } = await newUserContext(browser, web.baseUrl);
    await signInAs(page, focal);
    await page.route('**/api/v1/reports?**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Service Unavailable',
          status: 503,
          detail: 'Try later.',
        }),
      }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await alert.getByText('The server had a problem. Try again in a moment.').waitFor();
    await alert.getByText('Try later.').waitFor();
    await checkScreen(page, 'error-state');
    await page.unroute('**/api/v1/reports?**');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('table', { name: /^Reports of MEX/ }).waitFor();

    // The session cannot be opened for a moment (not a 401): the user stays signed in.
    await page.route('**/api/v1/me', (route) =>
      route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{}' }),
    );
    await page.reload();
    await settled(page, 'Your session could not be opened');
    await page.unroute('**/api/v1/me');
    await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await settled(page, 'My reports');
    await page.context().close();
  });

  it('has every label translated into Spanish but the words that are the same', () => {
    // Every language has every message with the same arguments: libs/i18n/src/catalogs.spec.ts.
    const sameAsEnglish = LABEL_KEYS.filter((key) => en[key] === es[key]);
    expect(sameAsEnglish.sort()).toEqual([...SAME_IN_SPANISH].sort());
  });
});
