// Written by `npm run api:types` from the API's OpenAPI document (/api/docs-json): never edit it.

export interface paths {
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process is up and serving */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: PostgreSQL and Redis answer */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in: a short-lived access token for the Authorization header, and the session’s refresh token in an HttpOnly cookie */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, with role and scopes */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change your own name, language or time zone */
    patch: operations['AuthController_updateMe'];
    trace?: never;
  };
  '/api/v1/auth/oidc': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether single sign-on is offered, and by which provider */
    get: operations['OidcController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Single sign-on: to the identity provider (PKCE, state and nonce) */
    get: operations['OidcController_start'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Single sign-on: the provider’s answer. Signed in, to the web app’s sign-in page with #sso=signed-in (it refreshes for its access token); refused, to the sign-in page with ?sso=<reason>; with two-factor on, to the sign-in page with the challenge in the fragment */
    get: operations['OidcController_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/invitation/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation: choose the password; the account is active */
    post: operations['AccountLinksController_acceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password/forgot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Forgotten password: a reset link goes to the account with this email, if there is one */
    post: operations['AccountLinksController_forgotPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Choose a new password with a reset link; every session ends */
    post: operations['AccountLinksController_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your sessions: device, address, started, last used */
    get: operations['MeSecurityController_listSessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** End one of your sessions (its tokens stop working at once) */
    delete: operations['MeSecurityController_endSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your password; your other sessions end and this one gets a new token */
    post: operations['MeSecurityController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new access token for the session of the refresh cookie, which rotates */
    post: operations['SessionsController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: the session of the refresh cookie ends */
    post: operations['SessionsController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/two-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start enrolment: a secret, its otpauth:// URI and a QR code (SVG) */
    post: operations['TwoFactorController_enrol'];
    /** Turn it off, with a code or a recovery code */
    delete: operations['TwoFactorController_disable'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/two-factor/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn it on with a first code: ten recovery codes, shown once */
    post: operations['TwoFactorController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login/two-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finish a sign-in with a code (TOTP or recovery code) */
    post: operations['TwoFactorController_signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts, filtered by role, state, country or process (admins) */
    get: operations['UsersController_list'];
    put?: never;
    /** Create an account with its role and country or process scopes (admins) */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One account (admins) */
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    /** Deactivate an account (kept for its history; its sessions end) (admins) */
    delete: operations['UsersController_deactivate'];
    options?: never;
    head?: never;
    /** Change an account: name, role, scopes, locale, password, active (admins) */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/v1/users/{id}/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the invitation again: a new link, the earlier ones stop working (admins) */
    post: operations['UsersController_resendInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/two-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Reset an account’s second factor (lost authenticator): it is off, every session of the account ends and its owner is told by email (admins) */
    delete: operations['UsersController_resetTwoFactor'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/countries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Countries, filtered by regional process or UN M49 region; names in the language of Accept-Language */
    get: operations['CountriesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/countries/{iso3}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One country with its process memberships and treaty status */
    get: operations['CountriesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/processes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Regional processes on migration (RCM first) with their member counts */
    get: operations['ProcessesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/processes/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One process with its member, observer and other States */
    get: operations['ProcessesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/framework': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Objective 9: commitment, actions (a)-(f) with Work Plan areas, SDG targets and checklist; indicators — in the language of Accept-Language */
    get: operations['FrameworkController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Quantitative indicators with their disaggregation (sex, sex × age), named in the language of Accept-Language */
    get: operations['FrameworkController_indicators'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/treaties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tracked treaties and how far their participant tables are complete */
    get: operations['TreatiesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/treaties/{code}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Parties and signatories as of a date, for all participants or a process’s members
     * @description Every row carries its sources and the date its source saw it; `coverage` says how far the data is complete and `publishedCounts` what sources published, so gaps stay visible.
     */
    get: operations['TreatiesController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/periods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Annual reporting periods with due dates and state (open or closed) */
    get: operations['PeriodsController_list'];
    put?: never;
    /** Add a reporting period (admins) */
    post: operations['PeriodsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/periods/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Close or reopen a period, or move its due date (admins) */
    patch: operations['PeriodsController_update'];
    trace?: never;
  };
  '/api/v1/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reports the caller may see, filtered and paged; state=submitted is the review queue */
    get: operations['ReportsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{iso3}/{period}/{action}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One report, with its version as ETag */
    get: operations['ReportsController_get'];
    /** Create the draft (no If-Match) or update a draft or returned report (If-Match required) */
    put: operations['ReportsController_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Save only what you changed in a draft or returned report: a JSON Patch (RFC 6902) of its PUT body
     * @description Made from the version named in If-Match (required). Applied to that version and merged part by part with whatever was saved since: parts changed only by you or only by others are both kept; a part both changed differently is a 409 naming it with its base, your and the saved value. The result must be a valid PUT body. At most 200 operations.
     */
    patch: operations['ReportsController_patch'];
    trace?: never;
  };
  '/api/v1/reports/{iso3}/{period}/{action}/{transition}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit, withdraw, return, validate or reopen a report
     * @description submit: a draft or returned record, for review (focal points). withdraw: a submitted one no coordinator has acted on yet, back to draft (focal points). return: a submitted one, with a comment. validate: a submitted one; from then on it counts in regional summaries. reopen: a validated one, with a reason; it stops counting until validated again (coordinators). Submitting, withdrawing and reopening need an open period.
     */
    post: operations['ReportsController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{iso3}/{period}/{action}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change and transition of the report, oldest first */
    get: operations['ReportsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{iso3}/{period}/{action}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changed in the report since a version, part by part (before → after)
     * @description By default since the version the last return, validation or reopening left: after a resubmission, what the coordinator has not seen yet. Empty when nothing changed or no coordinator has reviewed it yet (since: null).
     */
    get: operations['ReportsController_changes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{iso3}/{period}/{action}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The comment threads on the parts of the report (checklist items, evidence, the whole record…), open and resolved */
    get: operations['ReportsController_listComments'];
    put?: never;
    /**
     * Comment on a part of the report, or reply in a thread
     * @description Coordinators of the country’s processes (and admins) open threads on a part; the country’s focal points reply. A focal point’s reply answers the thread (resolved: answered); so does a resubmission that changes the part (resolved: changed).
     */
    post: operations['ReportsController_writeComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{iso3}/{period}/{action}/comments/{commentId}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resolve a comment thread without an answer (reviewers) */
    post: operations['ReportsController_resolveComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{iso3}/{period}/{action}/comments/{commentId}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a resolved comment thread again (reviewers) */
    post: operations['ReportsController_reopenComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicator-values': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Indicator values the caller may see, filtered and paged; state=submitted is the review queue */
    get: operations['IndicatorValuesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicator-values/{iso3}/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A country’s indicator values for a period, with version as ETag */
    get: operations['IndicatorValuesController_get'];
    /** Set the values: non-negative integers, parts adding up to totals (If-Match to update) */
    put: operations['IndicatorValuesController_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Save only what you changed in a country’s draft or returned indicator values: a JSON Patch (RFC 6902) of its PUT body
     * @description Made from the version named in If-Match (required). Applied to that version and merged part by part with whatever was saved since: parts changed only by you or only by others are both kept; a part both changed differently is a 409 naming it with its base, your and the saved value. The result must be a valid PUT body. At most 200 operations.
     */
    patch: operations['IndicatorValuesController_patch'];
    trace?: never;
  };
  '/api/v1/indicator-values/{iso3}/{period}/{transition}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit, withdraw, return, validate or reopen a country’s indicator values
     * @description submit: a draft or returned record, for review (focal points). withdraw: a submitted one no coordinator has acted on yet, back to draft (focal points). return: a submitted one, with a comment. validate: a submitted one; from then on it counts in regional summaries. reopen: a validated one, with a reason; it stops counting until validated again (coordinators). Submitting, withdrawing and reopening need an open period.
     */
    post: operations['IndicatorValuesController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicator-values/{iso3}/{period}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change and transition of these values, oldest first */
    get: operations['IndicatorValuesController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicator-values/{iso3}/{period}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changed in the country's indicator values since a version, part by part (before → after)
     * @description By default since the version the last return, validation or reopening left: after a resubmission, what the coordinator has not seen yet. Empty when nothing changed or no coordinator has reviewed it yet (since: null).
     */
    get: operations['IndicatorValuesController_changes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicator-values/{iso3}/{period}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The comment threads on the parts of the country's indicator values (checklist items, evidence, the whole record…), open and resolved */
    get: operations['IndicatorValuesController_listComments'];
    put?: never;
    /**
     * Comment on a part of the country's indicator values, or reply in a thread
     * @description Coordinators of the country’s processes (and admins) open threads on a part; the country’s focal points reply. A focal point’s reply answers the thread (resolved: answered); so does a resubmission that changes the part (resolved: changed).
     */
    post: operations['IndicatorValuesController_writeComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicator-values/{iso3}/{period}/comments/{commentId}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resolve a comment thread without an answer (reviewers) */
    post: operations['IndicatorValuesController_resolveComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicator-values/{iso3}/{period}/comments/{commentId}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a resolved comment thread again (reviewers) */
    post: operations['IndicatorValuesController_reopenComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/summaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Compare the regional processes in a period */
    get: operations['SummariesController_compare'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/summaries/{process}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A process’s summaries across periods (time series) */
    get: operations['SummariesController_series'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/summaries/{process}/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One regional summary against the RCM Work Plan areas, as JSON, CSV, XLSX (a sheet per section) or PDF */
    get: operations['SummariesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/summaries/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a recompute now (all summaries, or one process and/or period) */
    post: operations['SummariesController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A background job: state, progress, result or failure */
    get: operations['JobsController_job'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your digest subscriptions */
    get: operations['SubscriptionsController_mine'];
    put?: never;
    /** Subscribe to a regional process’s digest, or change its frequency */
    post: operations['SubscriptionsController_subscribeMe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/subscriptions/{subscriptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Stop a digest */
    delete: operations['SubscriptionsController_unsubscribeMe'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A user’s digest subscriptions (admins) */
    get: operations['SubscriptionsController_ofUser'];
    put?: never;
    /** Subscribe a user to a digest, or change its frequency (admins) */
    post: operations['SubscriptionsController_subscribeUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/subscriptions/{subscriptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Stop a user’s digest (admins) */
    delete: operations['SubscriptionsController_unsubscribeUser'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your notifications, newest first, with how many are unread */
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/notifications/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark some of your notifications read (ids), or all of them */
    post: operations['NotificationsController_markRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How email tells you of each kind of workflow event */
    get: operations['NotificationsController_preferences'];
    /** Choose, for every kind, immediately, in the digest, or off */
    put: operations['NotificationsController_setPreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/email-deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every email: recipient, kind, status, attempts, last error (admins) */
    get: operations['EmailController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/email-schedules/{schedule}/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run an email schedule now (weekly or monthly digests, or the reminders): 202 and the job to follow at GET /jobs/{id}… of the notifications queue */
    post: operations['EmailController_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail: every change, transition, account change and failed sign-in (admins) */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every published version, withdrawn ones included */
    get: operations['PublicationsController_list'];
    put?: never;
    /** Publish: freeze the public view of the stored summary as the next version */
    post: operations['PublicationsController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publications/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a version: it stays listed, its content is no longer served */
    post: operations['PublicationsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/processes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The regional processes and their members */
    get: operations['PublicController_processes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/publications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published versions, newest first; withdrawn ones listed as such */
    get: operations['PublicController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/publications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published version: its frozen summary, citation and licence */
    get: operations['PublicController_published'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/publications/{id}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The figures that changed from the previous version */
    get: operations['PublicController_changes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/publications/{id}/files/{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data under CC BY 4.0: CSV (tidy long form), JSON, XLSX, SDMX-CSV */
    get: operations['PublicController_file'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/countries/{iso3}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A country profile: treaty status with provenance, validated statuses per action */
    get: operations['PublicController_country'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workbooks/{iso3}/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workbook to fill in offline: a sheet per action, current content */
    get: operations['ImportsController_workbook'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a workbook or CSV: the worker previews it; nothing is written */
    post: operations['ImportsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An import: state, progress, preview, result (uploader or admin) */
    get: operations['ImportsController_view'];
    put?: never;
    post?: never;
    /** Discard a preview (the file and what it would change) */
    delete: operations['ImportsController_discard'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{id}/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Save the accepted records as drafts, in one transaction; a second apply does nothing */
    post: operations['ImportsController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/treaties/{code}/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a UN Treaty Collection participant table (admins): previewed, not written
     * @description The table as the UNTC page shows it, saved as CSV or XLSX (Participant, Signature, Ratification… with the a/A/AA/d suffixes), and `readOn`, the day it was read.
     */
    post: operations['TreatyImportsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/treaties/{code}/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A treaty import: its preview, and what applying wrote */
    get: operations['TreatyImportsController_view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/treaties/{code}/imports/{id}/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Store the table as the treaty’s status records and move its completeness date
     * @description Every row cites the import (id, file SHA-256, reading day) as its source; the summaries of the affected periods are recomputed by the worker. A second apply does nothing.
     */
    post: operations['TreatyImportsController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    SignedInUserView: {
      /** @example 0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10 */
      id: string;
      /** @example fp@sre.gob.mx */
      email: string;
      /** @example María López */
      name: string;
      /**
       * @example focal_point
       * @enum {string}
       */
      role: 'admin' | 'focal_point' | 'coordinator' | 'analyst';
      /**
       * @example es
       * @enum {string}
       */
      locale: 'en' | 'es' | 'fr';
    };
    LoginView: {
      /** @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9… */
      accessToken: string;
      /** @example Bearer */
      tokenType: string;
      /**
       * @description Seconds until the token expires
       * @example 900
       */
      expiresIn: number;
      /**
       * @description The account’s role requires a second factor and it has none: until POST /me/two-factor/confirm, only enrolment and sign-out are open (403 two_factor_enrolment_required elsewhere)
       * @example false
       */
      twoFactorEnrolmentRequired: boolean;
      user: components['schemas']['SignedInUserView'];
    };
    TwoFactorChallengeView: {
      /** @example true */
      twoFactorRequired: boolean;
      /**
       * @description For POST /api/v1/auth/login/two-factor, within 5 minutes
       * @example 0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10.1767261600000.q2Vn8JxN0dYwVbS3Lr4tKp6mHs1aZ9cE7fG2hJ5kL8o
       */
      challengeToken: string;
    };
    LoginDto: {
      /** @example admin@gcm9.localhost */
      email: string;
      /** @example correct horse battery staple */
      password: string;
    };
    FieldErrorDoc: {
      /** @example asOf */
      field: string;
      /**
       * @example [
       *       "asOf must be a date as YYYY-MM-DD"
       *     ]
       */
      messages: string[];
    };
    ProblemDoc: {
      /** @example about:blank */
      type: string;
      /** @example Bad Request */
      title: string;
      /** @example 400 */
      status: number;
      /**
       * @description Stable machine code (docs/api.md); the detail is in the caller’s language
       * @example validation_failed
       */
      code: string;
      /** @example The request is not valid; see errors for each field. */
      detail: string;
      /** @example /api/v1/treaties/SOM/status */
      instance?: string;
      errors?: components['schemas']['FieldErrorDoc'][];
    };
    MeView: {
      /** @example 0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10 */
      id: string;
      /** @example fp@sre.gob.mx */
      email: string;
      /** @example María López */
      name: string;
      /**
       * @example focal_point
       * @enum {string}
       */
      role: 'admin' | 'focal_point' | 'coordinator' | 'analyst';
      /**
       * @example es
       * @enum {string}
       */
      locale: 'en' | 'es' | 'fr';
      /**
       * @description IANA time zone of scheduled emails
       * @example America/Mexico_City
       */
      timeZone: string;
      /** @example true */
      active: boolean;
      /**
       * @description invited: the owner has neither chosen a password nor signed in with single sign-on yet
       * @example active
       * @enum {string}
       */
      status: 'invited' | 'active' | 'deactivated';
      /**
       * @description When the pending invitation link stops working
       * @example 2026-01-18T10:00:00.000Z
       */
      invitationExpiresAt: string | null;
      /**
       * @description Whether the account signs in with a second factor
       * @example false
       */
      twoFactorEnabled: boolean;
      /**
       * @description Focal points: the countries they report for
       * @example [
       *       "MEX"
       *     ]
       */
      countries: string[];
      /**
       * @description Coordinators: their regional processes
       * @example []
       */
      processes: string[];
      /**
       * @description Send as If-Match (or use the ETag header) to update
       * @example 1
       */
      version: number;
      /** @example 2026-01-15T10:00:00.000Z */
      createdAt: string;
      /** @example 2026-01-15T10:00:00.000Z */
      updatedAt: string;
      /** @example 2026-02-01T08:30:00.000Z */
      lastLoginAt: string | null;
      /**
       * @description Coordinators: member States whose reports they review
       * @example []
       */
      coordinatedCountries: string[];
    };
    UpdateProfileDto: {
      /** @example María López Hernández */
      name?: string;
      /**
       * @example fr
       * @enum {string}
       */
      locale?: 'en' | 'es' | 'fr';
      /**
       * @description IANA time zone: scheduled emails go out at local time
       * @default UTC
       * @example America/Mexico_City
       */
      timeZone?: string;
    };
    SingleSignOnView: {
      /**
       * @description Whether this deployment offers single sign-on
       * @example true
       */
      enabled: boolean;
      /**
       * @description The identity provider’s name for the sign-in button; null without one
       * @example Ministry of the Interior
       */
      displayName: string | null;
    };
    AccountLinkPasswordDto: {
      /**
       * @description The token after #token= in the emailed link
       * @example q2Vn…
       */
      token: string;
      /** @example a long passphrase of one’s own */
      password: string;
    };
    ForgotPasswordDto: {
      /** @example fp@sre.gob.mx */
      email: string;
    };
    SessionView: {
      /** @example 5d7c1b0e-2a4f-4f7e-9b1c-0c9e8f7a6b5d */
      id: string;
      /**
       * @description Browser and system from the user agent; null when it tells neither
       * @example Firefox · Windows 10
       */
      device: string | null;
      /** @example 203.0.113.7 */
      address: string | null;
      /** @example 2026-01-15T08:00:00.000Z */
      startedAt: string;
      /** @example 2026-01-15T10:30:00.000Z */
      lastUsedAt: string;
      /**
       * @description The session of this request
       * @example true
       */
      current: boolean;
    };
    ChangePasswordDto: {
      /** @example my current passphrase */
      currentPassword: string;
      /** @example a new long passphrase */
      newPassword: string;
    };
    RefreshView: {
      /** @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9… */
      accessToken: string;
      /** @example Bearer */
      tokenType: string;
      /**
       * @description Seconds until the token expires
       * @example 900
       */
      expiresIn: number;
    };
    TwoFactorEnrolmentView: {
      /**
       * @description Base32, for typing into an app
       * @example JBSWY3DPEHPK3PXP
       */
      secret: string;
      /** @example otpauth://totp/GCM%20Objective%209%20Tracker:fp%40sre.gob.mx?… */
      otpauthUri: string;
      /** @example <svg xmlns="http://www.w3.org/2000/svg" …</svg> */
      qrSvg: string;
    };
    TwoFactorCodeDto: {
      /** @example 123456 */
      code: string;
    };
    RecoveryCodesView: {
      /**
       * @description Ten single-use codes, shown this once
       * @example [
       *       "abcd-efgh-ijkl"
       *     ]
       */
      recoveryCodes: string[];
    };
    TwoFactorSignInDto: {
      /** @example 123456 */
      code: string;
      /**
       * @description From the answer of POST /api/v1/auth/login
       * @example 0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10.1767261600000.q2Vn8JxN0dYwVbS3Lr4tKp6mHs1aZ9cE7fG2hJ5kL8o
       */
      challengeToken: string;
    };
    UserView: {
      /** @example 0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10 */
      id: string;
      /** @example fp@sre.gob.mx */
      email: string;
      /** @example María López */
      name: string;
      /**
       * @example focal_point
       * @enum {string}
       */
      role: 'admin' | 'focal_point' | 'coordinator' | 'analyst';
      /**
       * @example es
       * @enum {string}
       */
      locale: 'en' | 'es' | 'fr';
      /**
       * @description IANA time zone of scheduled emails
       * @example America/Mexico_City
       */
      timeZone: string;
      /** @example true */
      active: boolean;
      /**
       * @description invited: the owner has neither chosen a password nor signed in with single sign-on yet
       * @example active
       * @enum {string}
       */
      status: 'invited' | 'active' | 'deactivated';
      /**
       * @description When the pending invitation link stops working
       * @example 2026-01-18T10:00:00.000Z
       */
      invitationExpiresAt: string | null;
      /**
       * @description Whether the account signs in with a second factor
       * @example false
       */
      twoFactorEnabled: boolean;
      /**
       * @description Focal points: the countries they report for
       * @example [
       *       "MEX"
       *     ]
       */
      countries: string[];
      /**
       * @description Coordinators: their regional processes
       * @example []
       */
      processes: string[];
      /**
       * @description Send as If-Match (or use the ETag header) to update
       * @example 1
       */
      version: number;
      /** @example 2026-01-15T10:00:00.000Z */
      createdAt: string;
      /** @example 2026-01-15T10:00:00.000Z */
      updatedAt: string;
      /** @example 2026-02-01T08:30:00.000Z */
      lastLoginAt: string | null;
    };
    UserListView: {
      items: components['schemas']['UserView'][];
      /** @example 3 */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 50 */
      pageSize: number;
    };
    CreateUserDto: {
      /** @example fp@sre.gob.mx */
      email: string;
      /** @example María López */
      name: string;
      /**
       * @description For scripts. Without it the account is invited: its owner gets an email to choose one
       * @example a long passphrase of one’s own
       */
      password?: string;
      /**
       * @example focal_point
       * @enum {string}
       */
      role: 'admin' | 'focal_point' | 'coordinator' | 'analyst';
      /**
       * @default en
       * @example es
       * @enum {string}
       */
      locale?: 'en' | 'es' | 'fr';
      /**
       * @description IANA time zone: scheduled emails go out at local time
       * @default UTC
       * @example America/Mexico_City
       */
      timeZone?: string;
      /**
       * @description Focal points: ISO3 codes
       * @example [
       *       "MEX"
       *     ]
       */
      countries?: string[];
      /**
       * @description Coordinators: process codes such as RCM
       * @example []
       */
      processes?: string[];
    };
    UpdateUserDto: {
      /** @example María López Hernández */
      name?: string;
      /** @example a new long passphrase */
      password?: string;
      /**
       * @example coordinator
       * @enum {string}
       */
      role?: 'admin' | 'focal_point' | 'coordinator' | 'analyst';
      /**
       * @example fr
       * @enum {string}
       */
      locale?: 'en' | 'es' | 'fr';
      /**
       * @description IANA time zone: scheduled emails go out at local time
       * @default UTC
       * @example America/Mexico_City
       */
      timeZone?: string;
      /**
       * @description false ends every session of the account
       * @example false
       */
      active?: boolean;
      /**
       * @example [
       *       "GTM",
       *       "HND"
       *     ]
       */
      countries?: string[];
      /**
       * @example [
       *       "RCM"
       *     ]
       */
      processes?: string[];
    };
    M49AreaView: {
      /** @example 019 */
      code: string;
      /** @example Americas */
      name: string;
    };
    CountryView: {
      /**
       * @description ISO 3166-1 alpha-3
       * @example MEX
       */
      iso3: string;
      /** @example MX */
      iso2: string;
      /**
       * @description UN M49 numeric code
       * @example 484
       */
      m49: string;
      /** @example Mexico */
      name: string;
      /**
       * @description UN member State
       * @example true
       */
      unMember: boolean;
      region: components['schemas']['M49AreaView'] | null;
      /**
       * @example {
       *       "code": "419",
       *       "name": "Latin America and the Caribbean"
       *     }
       */
      subregion: components['schemas']['M49AreaView'] | null;
      /**
       * @example {
       *       "code": "013",
       *       "name": "Central America"
       *     }
       */
      intermediateRegion: components['schemas']['M49AreaView'] | null;
      /**
       * @description Least developed country
       * @example false
       */
      ldc: boolean;
      /**
       * @description Landlocked developing country
       * @example false
       */
      lldc: boolean;
      /**
       * @description Small island developing State
       * @example false
       */
      sids: boolean;
    };
    CountryListView: {
      items: components['schemas']['CountryView'][];
      /** @example 11 */
      total: number;
    };
    SourceRefView: {
      /** @example RCM-ABOUT */
      id: string;
      /** @example https://portal.crmsv.org/en/about-us */
      url: string | null;
    };
    CountryMembershipView: {
      /** @example RCM */
      process: string;
      /** @example Regional Conference on Migration (Puebla Process) */
      processName: string;
      /**
       * @example member
       * @enum {string}
       */
      role: 'member' | 'observer' | 'unspecified';
      /**
       * @description The role in the source's own words
       * @example member
       */
      roleInSource: string;
      source: components['schemas']['SourceRefView'];
      /** @example undated capture */
      sourceDate: string;
      /** @example null */
      note: string | null;
    };
    TreatyCoverageView: {
      /**
       * @description Newest date for which the participant table is complete
       * @example 2014-07-10
       */
      completeAsOf: string;
      /** @example ZMJ-18-12-b */
      completeSource: string;
      /** @example Complete for 2014-07-10 only, plus sourced later events; … */
      gap: string;
    };
    CountryTreatyStatusView: {
      /**
       * @example SOM
       * @enum {string}
       */
      treaty: 'SOM' | 'UNTOC' | 'TIP';
      /** @example Protocol against the Smuggling of Migrants by Land, Sea and Air, … */
      treatyName: string;
      /**
       * @description `not_recorded`: not in the participant table as far as the data is complete
       * @example party
       * @enum {string}
       */
      status: 'party' | 'signatory' | 'unconfirmed' | 'not_recorded';
      /** @example 2000-12-13 */
      signatureDate: string | null;
      /**
       * @description Date of the binding act
       * @example 2003-03-04
       */
      consentDate: string | null;
      /**
       * @example ratification
       * @enum {string|null}
       */
      consentKind: 'ratification' | 'accession' | 'acceptance' | 'approval' | 'succession' | null;
      /**
       * @example [
       *       "ZMJ-18-12-b"
       *     ]
       */
      sources: string[];
      /**
       * @description When the source saw this status
       * @example 2014-07-10
       */
      statusAsOf: string | null;
      /** @example null */
      note: string | null;
      coverage: components['schemas']['TreatyCoverageView'];
    };
    CountryDetailView: {
      /**
       * @description ISO 3166-1 alpha-3
       * @example MEX
       */
      iso3: string;
      /** @example MX */
      iso2: string;
      /**
       * @description UN M49 numeric code
       * @example 484
       */
      m49: string;
      /** @example Mexico */
      name: string;
      /**
       * @description UN member State
       * @example true
       */
      unMember: boolean;
      region: components['schemas']['M49AreaView'] | null;
      /**
       * @example {
       *       "code": "419",
       *       "name": "Latin America and the Caribbean"
       *     }
       */
      subregion: components['schemas']['M49AreaView'] | null;
      /**
       * @example {
       *       "code": "013",
       *       "name": "Central America"
       *     }
       */
      intermediateRegion: components['schemas']['M49AreaView'] | null;
      /**
       * @description Least developed country
       * @example false
       */
      ldc: boolean;
      /**
       * @description Landlocked developing country
       * @example false
       */
      lldc: boolean;
      /**
       * @description Small island developing State
       * @example false
       */
      sids: boolean;
      /**
       * @description UNTERM short name
       * @example Mexico
       */
      untermShortName: string | null;
      /**
       * @description How UN membership was established
       * @example UNTERM+mledoze agree
       */
      unMemberBasis: string;
      memberships: components['schemas']['CountryMembershipView'][];
      treaties: components['schemas']['CountryTreatyStatusView'][];
    };
    PublishedCountView: {
      /** @example SOM-COUNT-2024-04 */
      id: string;
      /** @example 152 / 112 */
      value: string;
      /** @example parties / signatories */
      unit: string;
      /** @example 2024-04-26 */
      referenceDate: string;
      /** @example UNTC-MTDSG-2024 */
      source: string;
    };
    ProcessView: {
      /** @example RCM */
      code: string;
      /** @example Regional Conference on Migration (Puebla Process) */
      name: string;
      /**
       * @example [
       *       "es",
       *       "en",
       *       "fr"
       *     ]
       */
      workingLanguages: string[];
      /** @example 11 */
      members: number;
      /** @example 5 */
      observers: number;
      /**
       * @description Named by the source without a stated role
       * @example 0
       */
      unspecified: number;
      /**
       * @description false where no member list was found
       * @example true
       */
      memberListAvailable: boolean;
      /** @description Published totals, where no list was found */
      publishedMembership: components['schemas']['PublishedCountView'] | null;
    };
    ProcessListView: {
      items: components['schemas']['ProcessView'][];
    };
    ProcessMemberView: {
      /** @example MEX */
      iso3: string;
      /** @example Mexico */
      name: string;
      /**
       * @example member
       * @enum {string}
       */
      role: 'member' | 'observer' | 'unspecified';
      /** @example member */
      roleInSource: string;
      /** @example RCM-ABOUT */
      source: string;
      /** @example undated capture */
      sourceDate: string;
      /** @example null */
      note: string | null;
    };
    ProcessDetailView: {
      /** @example RCM */
      code: string;
      /** @example Regional Conference on Migration (Puebla Process) */
      name: string;
      /**
       * @example [
       *       "es",
       *       "en",
       *       "fr"
       *     ]
       */
      workingLanguages: string[];
      /** @example 11 */
      members: number;
      /** @example 5 */
      observers: number;
      /**
       * @description Named by the source without a stated role
       * @example 0
       */
      unspecified: number;
      /**
       * @description false where no member list was found
       * @example true
       */
      memberListAvailable: boolean;
      /** @description Published totals, where no list was found */
      publishedMembership: components['schemas']['PublishedCountView'] | null;
      participants: components['schemas']['ProcessMemberView'][];
    };
    ObjectiveView: {
      /** @example GCM-9 */
      code: string;
      /** @example 9 */
      number: number;
      /** @example Strengthen the transnational response to smuggling of migrants */
      title: string;
      /** @example We commit to intensify joint efforts to prevent and counter smuggling of migrants … */
      commitment: string;
      /** @example A/RES/73/195, annex, para. 25 */
      sourceReference: string;
      /** @example https://undocs.org/A/RES/73/195 */
      sourceUrl: string | null;
      /**
       * @description Fields whose text in the answer’s language is the project’s working translation, not official wording
       * @example []
       */
      workingTranslations: string[];
    };
    ChecklistItemView: {
      /** @example d5 */
      code: string;
      /** @example Aggravating circumstance: endangering the lives or safety of migrants */
      text: string;
      /** @example Protocol, Art. 6(3)(a) */
      protocolReference: string;
      /**
       * @description Work Plan area when it differs from the action’s
       * @example null
       */
      area: number | null;
      /**
       * @description Answer pre-filled from treaty data
       * @example null
       * @enum {string|null}
       */
      prefill: 'treaty:SOM' | 'treaty:UNTOC' | null;
      /**
       * @description Fields whose text in the answer’s language is the project’s working translation, not official wording
       * @example [
       *       "text"
       *     ]
       */
      workingTranslations: string[];
    };
    ActionView: {
      /**
       * @example d
       * @enum {string}
       */
      code: 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
      /** @example Criminalize smuggling (intent, financial or material benefit), with aggravated penalties */
      shortTitle: string;
      /** @example Adopt legislative and other measures as may be necessary to establish the smuggling of migrants as a criminal offence, … */
      text: string;
      /** @example 5, 6 */
      protocolArticles: string;
      /**
       * @example [
       *       2
       *     ]
       */
      areas: number[];
      /**
       * @example [
       *       "16.3",
       *       "16.4"
       *     ]
       */
      sdgTargets: string[];
      checklist: components['schemas']['ChecklistItemView'][];
      /**
       * @description Fields whose text in the answer’s language is the project’s working translation, not official wording
       * @example [
       *       "shortTitle"
       *     ]
       */
      workingTranslations: string[];
    };
    WorkPlanAreaView: {
      /** @example 2 */
      code: number;
      /** @example RCM-SOM-2019-2025 */
      plan: string;
      /**
       * @description The name in the answer’s language
       * @example Cooperación judicial transfronteriza
       */
      name: string;
      /** @example Cross-border judicial cooperation */
      nameEn: string;
      /** @example Cooperación judicial transfronteriza */
      nameEs: string;
      /**
       * @example [
       *       "a",
       *       "d"
       *     ]
       */
      actions: ('a' | 'b' | 'c' | 'd' | 'e' | 'f')[];
      /**
       * @description Fields whose text in the answer’s language is the project’s working translation, not official wording
       * @example []
       */
      workingTranslations: string[];
    };
    SdgTargetView: {
      /** @example 16.4 */
      code: string;
      /** @example 16 */
      goal: number;
      /** @example By 2030, significantly reduce illicit financial and arms flows, … */
      text: string;
      /**
       * @description Fields whose text in the answer’s language is the project’s working translation, not official wording
       * @example []
       */
      workingTranslations: string[];
    };
    IndicatorView: {
      /** @example SOM_PERSONS_CONVICTED */
      code: string;
      /** @example Persons convicted for smuggling */
      name: string;
      /**
       * @example sex
       * @enum {string}
       */
      disaggregation: 'none' | 'sex' | 'sex_age';
      /**
       * @description Sex categories, when disaggregated by sex
       * @example [
       *       "female",
       *       "male",
       *       "unknown"
       *     ]
       */
      sexes: string[];
      /**
       * @description Age groups, when disaggregated by age
       * @example []
       */
      ageGroups: string[];
      /**
       * @example d
       * @enum {string}
       */
      action: 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
      /** @example 2 */
      area: number;
      /** @example null */
      sdgIndicator: string | null;
      /**
       * @description Fields whose text in the answer’s language is the project’s working translation, not official wording
       * @example []
       */
      workingTranslations: string[];
    };
    FrameworkView: {
      /**
       * @description The language of the texts (also in Content-Language)
       * @example es
       * @enum {string}
       */
      language: 'en' | 'es' | 'fr';
      objective: components['schemas']['ObjectiveView'];
      actions: components['schemas']['ActionView'][];
      areas: components['schemas']['WorkPlanAreaView'][];
      sdgTargets: components['schemas']['SdgTargetView'][];
      indicators: components['schemas']['IndicatorView'][];
    };
    IndicatorListView: {
      /**
       * @description The language of the names
       * @example es
       * @enum {string}
       */
      language: 'en' | 'es' | 'fr';
      items: components['schemas']['IndicatorView'][];
    };
    TreatyView: {
      /**
       * @example SOM
       * @enum {string}
       */
      code: 'SOM' | 'UNTOC' | 'TIP';
      /** @example Protocol against the Smuggling of Migrants by Land, Sea and Air, … */
      name: string;
      /** @example XVIII-12-b */
      untcReference: string;
      /** @example 2004-01-28 */
      entryIntoForceOn: string | null;
      coverage: components['schemas']['TreatyCoverageView'];
    };
    TreatyStatusCountsView: {
      /**
       * @description Parties whose binding act is dated on or before asOf (all parties when asOf is omitted)
       * @example 11
       */
      parties: number;
      /**
       * @description Participants that signed on or before asOf
       * @example 10
       */
      signatories: number;
      /**
       * @description Signed, but not a party as of the date
       * @example 0
       */
      signatoriesNotParties: number;
      /**
       * @description Parties whose date is unknown: left out of dated counts
       * @example 0
       */
      partiesWithUnknownDate: number;
      /**
       * @description Reported actions that no depositary record confirms
       * @example 0
       */
      unconfirmed: number;
    };
    TreatyParticipantView: {
      /**
       * @description ISO3 code, or the name of a participant without one
       * @example MEX
       */
      participant: string;
      /** @example MEX */
      iso3: string | null;
      /** @example Mexico */
      name: string;
      /**
       * @example party
       * @enum {string}
       */
      status: 'party' | 'signatory' | 'unconfirmed';
      /** @example 2000-12-13 */
      signatureDate: string | null;
      /** @example 2003-03-04 */
      consentDate: string | null;
      /**
       * @example ratification
       * @enum {string|null}
       */
      consentKind: 'ratification' | 'accession' | 'acceptance' | 'approval' | 'succession' | null;
      /**
       * @example [
       *       "ZMJ-18-12-b"
       *     ]
       */
      sources: string[];
      /** @example 2014-07-10 */
      statusAsOf: string;
      /** @example null */
      note: string | null;
    };
    TreatyStatusView: {
      /**
       * @example SOM
       * @enum {string}
       */
      treaty: 'SOM' | 'UNTOC' | 'TIP';
      /** @example Protocol against the Smuggling of Migrants by Land, Sea and Air, … */
      name: string;
      /**
       * @description null: the current status
       * @example 2025-12-31
       */
      asOf: string | null;
      /**
       * @description Members of this process only
       * @example RCM
       */
      process: string | null;
      counts: components['schemas']['TreatyStatusCountsView'];
      parties: components['schemas']['TreatyParticipantView'][];
      signatories: components['schemas']['TreatyParticipantView'][];
      partiesWithUnknownDate: components['schemas']['TreatyParticipantView'][];
      unconfirmed: components['schemas']['TreatyParticipantView'][];
      /**
       * @description Process members with no record for this treaty
       * @example []
       */
      notRecorded: string[];
      coverage: components['schemas']['TreatyCoverageView'];
      /** @description Counts published by the sources, to compare with (whole treaty only) */
      publishedCounts: components['schemas']['PublishedCountView'][];
    };
    PeriodView: {
      /** @example 2025 */
      code: string;
      /** @example 2025-01-01 */
      startsOn: string;
      /** @example 2025-12-31 */
      endsOn: string;
      /**
       * @description Reports are due on this date
       * @example 2026-03-31
       */
      dueOn: string;
      /**
       * @example open
       * @enum {string}
       */
      state: 'open' | 'closed';
    };
    PeriodListView: {
      items: components['schemas']['PeriodView'][];
    };
    CreatePeriodDto: {
      /**
       * @description The year; the period runs 1 January – 31 December
       * @example 2027
       */
      year: number;
      /**
       * @description Default: 31 March of the next year
       * @example 2028-03-31
       */
      dueOn?: string;
    };
    UpdatePeriodDto: {
      /**
       * @description closed: no more edits or submissions
       * @example closed
       * @enum {string}
       */
      state?: 'open' | 'closed';
      /** @example 2026-04-30 */
      dueOn?: string;
    };
    ReportSummaryView: {
      /** @example MEX */
      country: string;
      /** @example Mexico */
      countryName: string;
      /** @example 2025 */
      period: string;
      /**
       * @example submitted
       * @enum {string}
       */
      state: 'draft' | 'submitted' | 'returned' | 'validated';
      /** @example 3 */
      version: number;
      /** @example null */
      reviewComment: string | null;
      /** @example 2026-02-01T12:00:00.000Z */
      submittedAt: string | null;
      /** @example null */
      validatedAt: string | null;
      /** @example 2026-02-01T12:00:00.000Z */
      updatedAt: string;
      /** @example d */
      action: string;
      /**
       * @example partially_implemented
       * @enum {string}
       */
      status:
        | 'not_started'
        | 'planned'
        | 'in_progress'
        | 'partially_implemented'
        | 'implemented'
        | 'not_applicable';
    };
    ReportListView: {
      /** @example 1 */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 50 */
      pageSize: number;
      items: components['schemas']['ReportSummaryView'][];
    };
    ReviewView: {
      /** @example Please cite the article on aggravating circumstances. */
      comment: string | null;
      /** @example 2026-02-10T09:00:00.000Z */
      reviewedAt: string | null;
      /** @example coordinator@rcm.example */
      reviewedBy: string | null;
    };
    CommentPartViewDoc: {
      /**
       * @example checklist
       * @enum {string}
       */
      kind: 'record' | 'checklist' | 'evidence' | 'indicator';
      /**
       * @description checklist: the item code (d3); evidence: the item’s title (a repeated title followed by " (2)"…); indicator: the cell, <indicator>.<sex>.<age group> (all.all for the total); record: left out
       * @example d3
       */
      key: string | null;
    };
    OpenThreadDoc: {
      /**
       * Format: uuid
       * @example 0b6f7c1e-3f1a-4d6e-9a57-2c1d8e4f5a60
       */
      id: string;
      part: components['schemas']['CommentPartViewDoc'];
      /** @example Which article makes enabling illegal stay an offence? */
      body: string;
      /** @example coordinator@rcm.example */
      author: string;
      /** @example 2026-02-10T09:00:00.000Z */
      createdAt: string;
    };
    ChecklistEntryView: {
      /** @example d5 */
      item: string;
      /**
       * @example yes
       * @enum {string}
       */
      answer: 'yes' | 'partial' | 'no' | 'unknown';
      /** @example Art. 160 Ley de Migración */
      note: string | null;
    };
    EvidenceView: {
      /**
       * @example legislation
       * @enum {string}
       */
      kind:
        | 'legislation'
        | 'regulation'
        | 'policy'
        | 'protocol'
        | 'agreement'
        | 'case_law'
        | 'statistics'
        | 'report'
        | 'training'
        | 'campaign'
        | 'other';
      /** @example Ley de Migración, reforma 2021 */
      title: string;
      /** @example https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf */
      url: string | null;
      /** @example 2021-11-12 */
      date: string | null;
      /** @example art. 160 */
      reference: string | null;
      /**
       * @description Who may read the item
       * @example public
       * @enum {string}
       */
      sensitivity: 'public' | 'regional' | 'national';
    };
    ReportFlagView: {
      /** @example treaty_record_mismatch */
      code: string;
      /** @example a1 */
      item: string;
      /** @example Answer "no" contradicts the SOM treaty record: party since 2003-03-04 by ratification … */
      message: string;
    };
    ContentChangeView: {
      /**
       * @description status, narrative, areas, evidence or checklist.<item>
       * @example checklist.d5
       */
      field: string;
      /**
       * @example {
       *       "item": "d5",
       *       "answer": "partial",
       *       "note": null
       *     }
       */
      before: Record<string, unknown> | null;
      /**
       * @example {
       *       "item": "d5",
       *       "answer": "yes",
       *       "note": "Art. 160"
       *     }
       */
      after: Record<string, unknown> | null;
    };
    ReportView: {
      /**
       * @example submitted
       * @enum {string}
       */
      state: 'draft' | 'submitted' | 'returned' | 'validated';
      /**
       * @description Also sent as the ETag header; send it back as If-Match
       * @example 3
       */
      version: number;
      review: components['schemas']['ReviewView'];
      /** @example 2026-02-01T12:00:00.000Z */
      submittedAt: string | null;
      /** @example fp@sre.gob.mx */
      submittedBy: string | null;
      /** @example null */
      validatedAt: string | null;
      /** @example null */
      validatedBy: string | null;
      /** @example 2026-02-01T12:00:00.000Z */
      updatedAt: string;
      /** @example fp@sre.gob.mx */
      updatedBy: string;
      /**
       * @description What the caller may do to the record now, by their role and scope, the period and the state: save (PUT), submit, return, validate, reopen (POST …/{transition})
       * @example [
       *       "return",
       *       "validate"
       *     ]
       */
      allowedActions: ('save' | 'submit' | 'withdraw' | 'return' | 'validate' | 'reopen')[];
      /** @description Comment threads on its parts not answered yet, oldest first (GET …/comments for every thread) */
      openComments: components['schemas']['OpenThreadDoc'][];
      /** @example MEX */
      country: string;
      /** @example 2025 */
      period: string;
      /** @example d */
      action: string;
      /**
       * @example partially_implemented
       * @enum {string}
       */
      status:
        | 'not_started'
        | 'planned'
        | 'in_progress'
        | 'partially_implemented'
        | 'implemented'
        | 'not_applicable';
      /** @example Smuggling is an offence under the Migration Law; aggravating circumstances apply … */
      narrative: string;
      /**
       * @description Who may read the narrative and the checklist notes
       * @example regional
       * @enum {string}
       */
      sensitivity: 'public' | 'regional' | 'national';
      /**
       * @description What the caller may not read (sensitivity): a withheld narrative is empty, a note null, an evidence item left out (its position in the full list)
       * @example [
       *       "narrative",
       *       "checklist.d5.note",
       *       "evidence[2]"
       *     ]
       */
      withheld: string[];
      /**
       * @description RCM Work Plan areas the report serves
       * @example [
       *       2
       *     ]
       */
      areas: number[];
      checklist: components['schemas']['ChecklistEntryView'][];
      evidence: components['schemas']['EvidenceView'][];
      /** @description Answers that contradict official records */
      flags: components['schemas']['ReportFlagView'][];
      /** @description After a reopening: what changed since the last validation (null if never validated) */
      changesSinceValidation: components['schemas']['ContentChangeView'][] | null;
      /** @example 2026-01-20T12:00:00.000Z */
      createdAt: string;
      /** @example fp@sre.gob.mx */
      createdBy: string;
    };
    ChecklistAnswerDto: {
      /**
       * @description An item of the report’s action (see GET /framework)
       * @example d5
       */
      item: string;
      /**
       * @example yes
       * @enum {string}
       */
      answer: 'yes' | 'partial' | 'no' | 'unknown';
      /** @example Art. 160 Ley de Migración */
      note?: string;
    };
    EvidenceDto: {
      /**
       * @example legislation
       * @enum {string}
       */
      kind:
        | 'legislation'
        | 'regulation'
        | 'policy'
        | 'protocol'
        | 'agreement'
        | 'case_law'
        | 'statistics'
        | 'report'
        | 'training'
        | 'campaign'
        | 'other';
      /** @example Ley de Migración, reforma 2021 */
      title: string;
      /** @example https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf */
      url?: string;
      /**
       * @description The document’s date: no later than today in any time zone
       * @example 2021-11-12
       */
      date?: string;
      /** @example art. 160 */
      reference?: string;
      /**
       * @description Who may read the item; default regional: public (anyone, once validated), regional (also the coordinators and analysts of the country’s processes), national (only the country’s focal points and admins)
       * @example public
       * @enum {string}
       */
      sensitivity?: 'public' | 'regional' | 'national';
    };
    SaveReportDto: {
      /**
       * @example partially_implemented
       * @enum {string}
       */
      status:
        | 'not_started'
        | 'planned'
        | 'in_progress'
        | 'partially_implemented'
        | 'implemented'
        | 'not_applicable';
      /** @example Smuggling is an offence under the Migration Law … */
      narrative?: string;
      /**
       * @description Who may read the narrative and the checklist notes; default regional: public (anyone, once validated), regional (also the coordinators and analysts of the country’s processes), national (only the country’s focal points and admins)
       * @example regional
       * @enum {string}
       */
      sensitivity?: 'public' | 'regional' | 'national';
      /**
       * @description Work Plan areas 1–4; default: the action’s mapping
       * @example [
       *       2
       *     ]
       */
      areas?: number[];
      checklist?: components['schemas']['ChecklistAnswerDto'][];
      evidence?: components['schemas']['EvidenceDto'][];
    };
    PartConflictDoc: {
      /**
       * @description status, narrative, areas, checklist.<item>, evidence.<title>; for indicator values <indicator>.<sex>.<age> (all for totals)
       * @example checklist.d3
       */
      part: string;
      /**
       * @description At the version you started from; null: absent
       * @example {
       *       "answer": "partial",
       *       "note": "Draft reform pending"
       *     }
       */
      base: Record<string, unknown> | null;
      /**
       * @description What your patch makes it
       * @example {
       *       "answer": "yes",
       *       "note": "Art. 159 bis"
       *     }
       */
      mine: Record<string, unknown> | null;
      /**
       * @description What was saved since
       * @example {
       *       "answer": "partial",
       *       "note": "Reform approved in committee"
       *     }
       */
      theirs: Record<string, unknown> | null;
    };
    PatchConflictDoc: {
      /** @example about:blank */
      type: string;
      /** @example Bad Request */
      title: string;
      /** @example 400 */
      status: number;
      /**
       * @description Stable machine code (docs/api.md); the detail is in the caller’s language
       * @example validation_failed
       */
      code: string;
      /** @example The request is not valid; see errors for each field. */
      detail: string;
      /** @example /api/v1/treaties/SOM/status */
      instance?: string;
      errors?: components['schemas']['FieldErrorDoc'][];
      conflicts: components['schemas']['PartConflictDoc'][];
      /** @example 4 */
      currentVersion: number;
      /**
       * @description Who saved the current version
       * @example fp.mex@example.org
       */
      updatedBy: string;
      /** @example 2026-03-02T10:15:00.000Z */
      updatedAt: string;
    };
    JsonPatchOperationDoc: {
      /**
       * @example replace
       * @enum {string}
       */
      op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
      /**
       * @description JSON Pointer into the PUT body
       * @example /checklist/2/note
       */
      path: string;
      /**
       * @description add, replace, test: any JSON value
       * @example Art. 160 Ley de Migración
       */
      value?: string | number | boolean | Record<string, unknown> | unknown[];
      /**
       * @description move, copy
       * @example /evidence/0
       */
      from?: string;
    };
    TransitionDto: {
      /**
       * @description return: required
       * @example Please cite the article on aggravating circumstances.
       */
      comment?: string;
      /**
       * @description reopen: required
       * @example Conviction figures were corrected by the prosecutor’s office.
       */
      reason?: string;
    };
    AuditActorDoc: {
      /** @example 0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10 */
      id: string | null;
      /** @example fp@sre.gob.mx */
      email: string | null;
    };
    AuditEventDoc: {
      /** @example 42 */
      id: string;
      /** @example 2026-02-01T12:00:00.000Z */
      occurredAt: string;
      actor: components['schemas']['AuditActorDoc'];
      /** @example 3a554656-b594-4550-8a97-b5c79fd410b2 */
      requestId: string | null;
      /** @example report.submitted */
      action: string;
      /** @example report */
      entityType: string;
      /** @example 6d1c1f8e-2a7b-4c1e-9f0a-1b2c3d4e5f60 */
      entityId: string;
      /**
       * @example {
       *       "state": "draft",
       *       "version": 2
       *     }
       */
      before: Record<string, unknown> | null;
      /**
       * @example {
       *       "state": "submitted",
       *       "version": 3
       *     }
       */
      after: Record<string, unknown> | null;
    };
    PartChangeDoc: {
      /**
       * @description status, narrative, areas, checklist.<item>, evidence.<title>; for indicator values <indicator>.<sex>.<age> (all for totals)
       * @example narrative
       */
      part: string;
      /**
       * @description At `since`; null: absent
       * @example Draft law
       */
      before: Record<string, unknown> | null;
      /**
       * @description Now; null: absent
       * @example Law adopted
       */
      after: Record<string, unknown> | null;
    };
    ChangesViewDoc: {
      /**
       * @description The version compared with; null when no coordinator has reviewed it yet
       * @example 3
       */
      since: number | null;
      /**
       * @description The version now
       * @example 5
       */
      version: number;
      changes: components['schemas']['PartChangeDoc'][];
    };
    CommentDoc: {
      /**
       * Format: uuid
       * @example 0b6f7c1e-3f1a-4d6e-9a57-2c1d8e4f5a60
       */
      id: string;
      /** @example Which article makes enabling illegal stay an offence? */
      body: string;
      /** @example coordinator@rcm.example */
      author: string;
      /** @example 2026-02-10T09:00:00.000Z */
      createdAt: string;
    };
    CommentThreadDoc: {
      /**
       * Format: uuid
       * @description Its first comment’s id
       * @example 0b6f7c1e-3f1a-4d6e-9a57-2c1d8e4f5a60
       */
      id: string;
      part: components['schemas']['CommentPartViewDoc'];
      /**
       * @description Open until a focal point replies, the part is changed in a resubmission, or a reviewer resolves it
       * @example true
       */
      open: boolean;
      /**
       * @description answered: a focal point replied; changed: a resubmission changed the part; resolved: by a reviewer
       * @example null
       * @enum {string|null}
       */
      resolution: 'answered' | 'changed' | 'resolved' | null;
      /** @example null */
      resolvedAt: string | null;
      /** @example null */
      resolvedBy: string | null;
      /**
       * @description The record’s version when the thread was opened
       * @example 2
       */
      recordVersion: number;
      /** @description Oldest first */
      comments: components['schemas']['CommentDoc'][];
    };
    CommentThreadListDoc: {
      /** @description In the order they were opened */
      items: components['schemas']['CommentThreadDoc'][];
    };
    CommentPartDto: {
      /**
       * @example checklist
       * @enum {string}
       */
      kind: 'record' | 'checklist' | 'evidence' | 'indicator';
      /**
       * @description checklist: the item code (d3); evidence: the item’s title (a repeated title followed by " (2)"…); indicator: the cell, <indicator>.<sex>.<age group> (all.all for the total); record: left out
       * @example d3
       */
      key?: string;
    };
    WriteCommentDto: {
      /** @description Required to open a thread; left out of a reply */
      part?: components['schemas']['CommentPartDto'];
      /** @example Which article makes enabling illegal stay an offence? */
      body: string;
      /**
       * Format: uuid
       * @description A comment of the thread this one replies to
       * @example 0b6f7c1e-3f1a-4d6e-9a57-2c1d8e4f5a60
       */
      replyTo?: string;
    };
    IndicatorSetSummaryView: {
      /** @example MEX */
      country: string;
      /** @example Mexico */
      countryName: string;
      /** @example 2025 */
      period: string;
      /**
       * @example submitted
       * @enum {string}
       */
      state: 'draft' | 'submitted' | 'returned' | 'validated';
      /** @example 3 */
      version: number;
      /** @example null */
      reviewComment: string | null;
      /** @example 2026-02-01T12:00:00.000Z */
      submittedAt: string | null;
      /** @example null */
      validatedAt: string | null;
      /** @example 2026-02-01T12:00:00.000Z */
      updatedAt: string;
      /**
       * @description How many indicators have values
       * @example 7
       */
      indicators: number;
    };
    IndicatorSetListView: {
      /** @example 1 */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 50 */
      pageSize: number;
      items: components['schemas']['IndicatorSetSummaryView'][];
    };
    SexBreakdownView: {
      /** @example 20 */
      female: number;
      /** @example 75 */
      male: number;
      /** @example 0 */
      unknown: number;
    };
    AgeBreakdownView: {
      /** @example 12 */
      child: number;
      /** @example 80 */
      adult: number;
      /** @example 3 */
      unknown: number;
    };
    SexAgeBreakdownView: {
      female: components['schemas']['AgeBreakdownView'];
      male: components['schemas']['AgeBreakdownView'];
      unknown: components['schemas']['AgeBreakdownView'];
    };
    IndicatorValueView: {
      /** @example SOM_PERSONS_CONVICTED */
      indicator: string;
      /**
       * @description Must equal the sum of its parts when parts are given
       * @example 95
       */
      total: number;
      bySex?: components['schemas']['SexBreakdownView'];
      bySexAge?: components['schemas']['SexAgeBreakdownView'];
      /**
       * @description Who may read the indicator’s values (total and parts)
       * @example public
       * @enum {string}
       */
      sensitivity: 'public' | 'regional' | 'national';
    };
    IndicatorSetView: {
      /**
       * @example submitted
       * @enum {string}
       */
      state: 'draft' | 'submitted' | 'returned' | 'validated';
      /**
       * @description Also sent as the ETag header; send it back as If-Match
       * @example 3
       */
      version: number;
      review: components['schemas']['ReviewView'];
      /** @example 2026-02-01T12:00:00.000Z */
      submittedAt: string | null;
      /** @example fp@sre.gob.mx */
      submittedBy: string | null;
      /** @example null */
      validatedAt: string | null;
      /** @example null */
      validatedBy: string | null;
      /** @example 2026-02-01T12:00:00.000Z */
      updatedAt: string;
      /** @example fp@sre.gob.mx */
      updatedBy: string;
      /**
       * @description What the caller may do to the record now, by their role and scope, the period and the state: save (PUT), submit, return, validate, reopen (POST …/{transition})
       * @example [
       *       "return",
       *       "validate"
       *     ]
       */
      allowedActions: ('save' | 'submit' | 'withdraw' | 'return' | 'validate' | 'reopen')[];
      /** @description Comment threads on its parts not answered yet, oldest first (GET …/comments for every thread) */
      openComments: components['schemas']['OpenThreadDoc'][];
      /** @example MEX */
      country: string;
      /** @example 2025 */
      period: string;
      values: components['schemas']['IndicatorValueView'][];
      /**
       * @description The indicators the caller may not read (sensitivity): left out of values
       * @example [
       *       "values.MIG_CHILDREN_DETAINED"
       *     ]
       */
      withheld: string[];
      /**
       * @description After a reopening: indicators whose values changed since the last validation
       * @example [
       *       "SOM_PERSONS_CONVICTED"
       *     ]
       */
      changedSinceValidation: string[] | null;
    };
    SexBreakdownDto: {
      /** @example 20 */
      female: number;
      /** @example 75 */
      male: number;
      /** @example 0 */
      unknown: number;
    };
    AgeBreakdownDto: {
      /** @example 12 */
      child: number;
      /** @example 80 */
      adult: number;
      /** @example 3 */
      unknown: number;
    };
    SexAgeBreakdownDto: {
      female: components['schemas']['AgeBreakdownDto'];
      male: components['schemas']['AgeBreakdownDto'];
      unknown: components['schemas']['AgeBreakdownDto'];
    };
    IndicatorValueDto: {
      /**
       * @description An indicator code (GET /indicators)
       * @example SOM_PERSONS_CONVICTED
       */
      indicator: string;
      /**
       * @description Non-negative; equals the sum of the parts when they are given
       * @example 95
       */
      total: number;
      /** @description For indicators disaggregated by sex */
      bySex?: components['schemas']['SexBreakdownDto'];
      /** @description For indicators disaggregated by sex and age */
      bySexAge?: components['schemas']['SexAgeBreakdownDto'];
      /**
       * @description Who may read the values (total and parts): public (default), regional (also the coordinators and analysts of the country’s processes), national (only the country’s focal points and admins)
       * @example public
       * @enum {string}
       */
      sensitivity?: 'public' | 'regional' | 'national';
    };
    SaveIndicatorValuesDto: {
      /** @description Every reported indicator (PUT replaces the set) */
      values: components['schemas']['IndicatorValueDto'][];
    };
    AreaSummaryView: {
      /** @example 2 */
      code: number;
      /**
       * @description The name in the answer’s language
       * @example Cross-border judicial cooperation
       */
      name: string;
      /** @example Cross-border judicial cooperation */
      nameEn: string;
      /** @example Cooperación judicial transfronteriza */
      nameEs: string;
      /**
       * @description Mean status score of the reports serving the area, 0–4
       * @example 2.7
       */
      score: number | null;
      /**
       * @description The same as 0–100, from the unrounded score
       * @example 67.5
       */
      scorePercent: number | null;
      /**
       * @description Validated reports with a scored status (not not_applicable) serving the area: national measures
       * @example 14
       */
      measures: number;
      /**
       * @description Evidence items behind those reports
       * @example 31
       */
      evidence: number;
      /**
       * @description Actions that feed the area
       * @example [
       *       "a",
       *       "d"
       *     ]
       */
      actions: string[];
      /**
       * @description Score of the previous period, over all its measures
       * @example 2.5
       */
      previousScore: number | null;
      /**
       * @description Change of the score from the previous period, like for like: over the members with measures in both periods
       * @example 0.25
       */
      change: number | null;
      /**
       * @description Members with measures serving the area in both periods
       * @example 6
       */
      comparableMembers: number;
    };
    SummaryComparisonRowView: {
      /** @example 2025 */
      period: string;
      /** @example 0.424 */
      completeness: number;
      /** @example 0.39 */
      timeliness: number;
      /** @example 7 */
      membersReported: number;
      /** @example 11 */
      protocolParties: number;
      areas: components['schemas']['AreaSummaryView'][];
      /** @example 2026-02-01T02:00:03.120Z */
      generatedAt: string;
      /** @example RCM */
      process: string;
      /** @example Regional Conference on Migration (Puebla Process) */
      processName: string;
      /** @example 11 */
      members: number;
    };
    ProcessWithoutSummaryView: {
      /** @example IGAD-RCP */
      process: string;
      /** @example IGAD Regional Consultative Process on Migration */
      processName: string;
      /**
       * @description Why the comparison has no row for it
       * @example no member list in the reference data
       */
      reason: string;
    };
    SummaryComparisonView: {
      /** @example 2025 */
      period: string;
      processes: components['schemas']['SummaryComparisonRowView'][];
      /** @description Processes left out of the comparison, each with the reason */
      processesWithoutSummary: components['schemas']['ProcessWithoutSummaryView'][];
    };
    SummaryPointView: {
      /** @example 2025 */
      period: string;
      /** @example 0.424 */
      completeness: number;
      /** @example 0.39 */
      timeliness: number;
      /** @example 7 */
      membersReported: number;
      /** @example 11 */
      protocolParties: number;
      areas: components['schemas']['AreaSummaryView'][];
      /** @example 2026-02-01T02:00:03.120Z */
      generatedAt: string;
    };
    SummarySeriesView: {
      /** @example RCM */
      process: string;
      periods: components['schemas']['SummaryPointView'][];
    };
    ReviewBacklogView: {
      /**
       * @description Submitted, waiting for validation
       * @example 3
       */
      submitted: number;
      /** @example 1 */
      returned: number;
      /** @example 5 */
      draft: number;
    };
    StatusCountsView: {
      /** @example 1 */
      not_started: number;
      /** @example 1 */
      planned: number;
      /** @example 2 */
      in_progress: number;
      /** @example 3 */
      partially_implemented: number;
      /** @example 2 */
      implemented: number;
      /** @example 0 */
      not_applicable: number;
      /**
       * @description Members with no validated report on the action
       * @example 2
       */
      not_reported: number;
    };
    ChecklistCoverageView: {
      /** @example d5 */
      item: string;
      /** @example Aggravating circumstance: endangering the lives or safety of migrants */
      text: string;
      /** @example 6 */
      yes: number;
      /** @example 2 */
      partial: number;
      /** @example 1 */
      no: number;
      /** @example 0 */
      unknown: number;
      /**
       * @description Members without a validated answer
       * @example 2
       */
      unanswered: number;
      /**
       * @description Share of members answering yes, 0–1 (members without an answer count as not yes)
       * @example 0.545
       */
      shareYes: number;
    };
    ActionSummaryView: {
      /** @example d */
      code: string;
      /** @example Criminalize smuggling (intent, financial or material benefit), with aggravated penalties */
      title: string;
      /**
       * @description Validated reports
       * @example 9
       */
      reports: number;
      /**
       * @description Mean status score, 0–4 (not_applicable left out)
       * @example 3.1
       */
      meanScore: number | null;
      /**
       * @description The same as 0–100
       * @example 77.5
       */
      meanScorePercent: number | null;
      statusCounts: components['schemas']['StatusCountsView'];
      checklist: components['schemas']['ChecklistCoverageView'][];
    };
    SexTotalsView: {
      /** @example 20 */
      female: number | null;
      /** @example 75 */
      male: number | null;
      /** @example 0 */
      unknown: number | null;
    };
    AgeTotalsView: {
      /** @example 12 */
      child: number | null;
      /** @example 80 */
      adult: number | null;
      /** @example 3 */
      unknown: number | null;
    };
    IndicatorTotalView: {
      /** @example SOM_PERSONS_CONVICTED */
      code: string;
      /** @example Persons convicted for smuggling */
      name: string;
      /**
       * @example sex
       * @enum {string}
       */
      disaggregation: 'none' | 'sex' | 'sex_age';
      /**
       * @description Members with validated values for the indicator
       * @example 4
       */
      reportingMembers: number;
      /**
       * @description Sum over the reporting members; null when none reported (no data, not 0)
       * @example 95
       */
      total: number | null;
      /** @description Sums over the members that gave the split by sex; null when the indicator has no such split */
      bySex: components['schemas']['SexTotalsView'] | null;
      /** @description Sums over the members that gave the split by sex and age; null when the indicator has no such split */
      byAge: components['schemas']['AgeTotalsView'] | null;
      /**
       * @description Sums over the members that gave the split by sex and age (cells null: no data)
       * @example {
       *       "female": {
       *         "child": 1,
       *         "adult": 10,
       *         "unknown": 0
       *       },
       *       "male": {
       *         "child": 2,
       *         "adult": 30,
       *         "unknown": 1
       *       },
       *       "unknown": {
       *         "child": 0,
       *         "adult": 0,
       *         "unknown": 0
       *       }
       *     }
       */
      bySexAge: Record<string, unknown> | null;
      /**
       * @description The part of the total from members that gave no split: with the parts, adds up to the total
       * @example 12
       */
      notDisaggregated: number | null;
      /**
       * @description Share of the total that has a split, 0–1; null without a split or a total
       * @example 0.87
       */
      disaggregatedShare: number | null;
      /**
       * @description Total of the previous period over its own reporting members; null: no data
       * @example 80
       */
      previousTotal: number | null;
      /**
       * @description Members with validated values in the previous period
       * @example 3
       */
      previousReportingMembers: number;
      /**
       * @description Change from the previous period, like for like: over the members with validated values in both periods; null when none has
       * @example 15
       */
      change: number | null;
      /**
       * @description Members with validated values in both periods
       * @example 3
       */
      comparableMembers: number;
    };
    ProtocolSummaryView: {
      /**
       * @description Last day of the period
       * @example 2025-12-31
       */
      asOf: string;
      /**
       * @description Members bound by a dated act on or before asOf; when asOf is after completeAsOf, a lower bound (see partiesAtLeast)
       * @example 11
       */
      parties: number;
      /**
       * @description asOf is after the date the treaty data is complete to: members without a record there may have joined since
       * @example true
       */
      partiesAtLeast: boolean;
      /**
       * @example [
       *       "BLZ",
       *       "CAN"
       *     ]
       */
      partyMembers: string[];
      /** @example 0 */
      signatoriesNotParties: number;
      /** @example [] */
      signatoryMembers: string[];
      /**
       * @description Parties whose date no source gives (left out of the count)
       * @example []
       */
      partiesWithUnknownDate: string[];
      /**
       * @description Members whose status at asOf the data cannot tell (after completeAsOf, no record)
       * @example [
       *       "BLZ"
       *     ]
       */
      unknownMembers: string[];
      /** @example 11 */
      previousParties: number | null;
      /**
       * @description Change since the end of the previous period; null when either date is after completeAsOf
       * @example 0
       */
      change: number | null;
      /**
       * @description The treaty data is complete up to this date
       * @example 2014-07-10
       */
      completeAsOf: string;
      /** @example Complete for 2014-07-10 only, plus sourced later events; … */
      gap: string;
    };
    OverdueMemberView: {
      /** @example NIC */
      country: string;
      /**
       * @description Actions without a validated report
       * @example [
       *       "a",
       *       "b",
       *       "c",
       *       "d",
       *       "e",
       *       "f"
       *     ]
       */
      missingActions: string[];
    };
    TreatyMismatchView: {
      /** @example GTM */
      country: string;
      /** @example a1 */
      item: string;
      /** @example no */
      answer: string;
      /** @example Answer "no" contradicts the SOM treaty record: party since 2004-04-01 … */
      message: string;
    };
    SummaryView: {
      /** @example RCM */
      process: string;
      /** @example Regional Conference on Migration (Puebla Process) */
      processName: string;
      /** @example 2025 */
      period: string;
      /** @example 2026-03-31 */
      dueOn: string;
      /** @example 11 */
      members: number;
      /**
       * @example [
       *       "BLZ",
       *       "CAN",
       *       "CRI"
       *     ]
       */
      memberCodes: string[];
      /**
       * @description Members with at least one validated report
       * @example 7
       */
      membersReported: number;
      /**
       * @description members × 6 actions
       * @example 66
       */
      expectedReports: number;
      /** @example 28 */
      validatedReports: number;
      /**
       * @description validated reports ÷ (members × 6)
       * @example 0.424
       */
      completeness: number;
      /**
       * @description reports validated by the due date ÷ (members × 6)
       * @example 0.39
       */
      timeliness: number;
      /** @description Not validated: counted apart, never in the figures */
      notValidated: components['schemas']['ReviewBacklogView'];
      actions: components['schemas']['ActionSummaryView'][];
      areas: components['schemas']['AreaSummaryView'][];
      indicators: components['schemas']['IndicatorTotalView'][];
      protocol: components['schemas']['ProtocolSummaryView'];
      /**
       * @description Members without any validated report
       * @example [
       *       "NIC"
       *     ]
       */
      notReported: string[];
      /** @description After the due date: members with actions still not validated */
      overdue: components['schemas']['OverdueMemberView'][];
      treatyMismatches: components['schemas']['TreatyMismatchView'][];
      /** @example 2026-02-01T02:00:03.120Z */
      generatedAt: string;
      /**
       * @description Newest change the summary includes
       * @example 2026-01-31T17:45:00.000Z
       */
      newestChangeAt: string | null;
    };
    RefreshDto: {
      /**
       * @description Only this process (default: every process)
       * @example RCM
       */
      process?: string;
      /**
       * @description Only this period (default: every period)
       * @example 2025
       */
      period?: string;
    };
    JobAcceptedView: {
      /** @example 17 */
      jobId: string;
    };
    JobView: {
      /** @example 17 */
      id: string;
      /**
       * @example summaries
       * @enum {string}
       */
      queue: 'summaries' | 'notifications';
      /** @example recompute-all */
      name: string;
      /**
       * @example completed
       * @enum {string}
       */
      state: 'waiting' | 'delayed' | 'active' | 'completed' | 'failed' | 'paused' | 'stuck';
      /** @example 100 */
      progress: number;
      /** @example 1 */
      attemptsMade: number;
      /** @example null */
      failedReason: string | null;
      /** @example 2026-02-01T02:00:00.000Z */
      createdAt: string;
      /** @example 2026-02-01T02:00:04.000Z */
      finishedAt: string | null;
      /**
       * @example {
       *       "summaries": 88
       *     }
       */
      result: Record<string, unknown> | null;
    };
    SubscriptionDoc: {
      /** @example 6d1c1f8e-2a7b-4c1e-9f0a-1b2c3d4e5f60 */
      id: string;
      /** @example RCM */
      process: string;
      /** @example Regional Conference on Migration (Puebla Process) */
      processName: string;
      /**
       * @example weekly
       * @enum {string}
       */
      frequency: 'weekly' | 'monthly';
      /** @example 2026-11-23T10:00:00.000Z */
      createdAt: string;
    };
    SubscribeDto: {
      /** @example RCM */
      process: string;
      /**
       * @example weekly
       * @enum {string}
       */
      frequency: 'weekly' | 'monthly';
    };
    NotificationDoc: {
      /** @example 42 */
      id: string;
      /**
       * @example record_returned
       * @enum {string}
       */
      kind:
        | 'record_submitted'
        | 'record_resubmitted'
        | 'record_returned'
        | 'record_validated'
        | 'record_reopened';
      /**
       * @example report
       * @enum {string}
       */
      recordType: 'report' | 'indicator_set';
      /** @example MEX */
      country: string;
      /** @example Mexico */
      countryName: string;
      /** @example 2025 */
      period: string;
      /**
       * @description Reports only
       * @example d
       */
      action: string | null;
      /**
       * @description The record’s page in the web app
       * @example /reports/MEX/2025/d
       */
      path: string;
      /** @example Ana Coordinator */
      actorName: string | null;
      /** @example Please cite the 2021 amendment. */
      comment: string | null;
      /**
       * @description When it happened
       * @example 2026-11-29T16:00:00.000Z
       */
      occurredAt: string;
      /**
       * @description When you were notified: coordinators’ emails are batched by this
       * @example 2026-11-29T16:00:01.000Z
       */
      createdAt: string;
      /** @example null */
      readAt: string | null;
    };
    NotificationPageDoc: {
      /** @example 1 */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 50 */
      pageSize: number;
      items: components['schemas']['NotificationDoc'][];
      /**
       * @description All your unread notifications
       * @example 3
       */
      unread: number;
    };
    MarkReadDto: {
      /**
       * @example [
       *       "42",
       *       "43"
       *     ]
       */
      ids?: string[];
      /**
       * @description Mark every notification read
       * @example true
       */
      all?: boolean;
    };
    MarkReadView: {
      /**
       * @description How many of yours were marked read
       * @example 2
       */
      marked: number;
      /** @example 1 */
      unread: number;
    };
    NotificationPreferencesDto: {
      /**
       * @description Coordinators: a report or indicator values submitted
       * @example immediately
       * @enum {string}
       */
      record_submitted: 'immediately' | 'digest' | 'off';
      /**
       * @description Coordinators: submitted again after a return
       * @example immediately
       * @enum {string}
       */
      record_resubmitted: 'immediately' | 'digest' | 'off';
      /**
       * @description Focal points: returned for changes
       * @example immediately
       * @enum {string}
       */
      record_returned: 'immediately' | 'digest' | 'off';
      /**
       * @description Focal points: validated
       * @example immediately
       * @enum {string}
       */
      record_validated: 'immediately' | 'digest' | 'off';
      /**
       * @description Focal points: reopened
       * @example immediately
       * @enum {string}
       */
      record_reopened: 'immediately' | 'digest' | 'off';
    };
    DeliveryDoc: {
      /** @example 42 */
      id: string;
      /** @example digest:0b6f…:weekly:2026-W48 */
      idempotencyKey: string;
      /**
       * @example digest
       * @enum {string}
       */
      kind:
        | 'digest'
        | 'reminder_due'
        | 'reminder_overdue'
        | 'reminder_review'
        | 'sign_in_failures'
        | 'workflow_notice'
        | 'workflow_batch'
        | 'invitation'
        | 'password_reset'
        | 'password_changed'
        | 'two_factor_reset';
      /** @example fp@sre.gob.mx */
      recipient: string;
      /** @example Weekly Objective 9 digest: RCM */
      subject: string;
      /** @example weekly:2026-W48 */
      window: string;
      /**
       * @example sent
       * @enum {string}
       */
      status: 'pending' | 'sending' | 'sent' | 'failed';
      /** @example 1 */
      attempts: number;
      /** @example null */
      lastError: string | null;
      /** @example <3f2a…@gcm9.tracker> */
      messageId: string | null;
      /** @example 2026-11-23T07:00:01.000Z */
      createdAt: string;
      /** @example 2026-11-23T07:00:02.000Z */
      sentAt: string | null;
    };
    DeliveryListDoc: {
      items: components['schemas']['DeliveryDoc'][];
      /** @example 1 */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 50 */
      pageSize: number;
    };
    ScheduleRunDoc: {
      /** @example 17 */
      jobId: string;
    };
    AuditListDoc: {
      items: components['schemas']['AuditEventDoc'][];
      /** @example 120 */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 50 */
      pageSize: number;
    };
    PublishDto: {
      /** @example RCM */
      process: string;
      /** @example 2025 */
      period: string;
      /**
       * @description Shown publicly
       * @example Adds the reports validated in April
       */
      note: string;
    };
    PublicationFilesView: {
      /** @example https://tracker.example/api/v1/public/publications/…/files/csv */
      csv: string;
      /** @example https://tracker.example/api/v1/public/publications/…/files/json */
      json: string;
      /** @example https://tracker.example/api/v1/public/publications/…/files/xlsx */
      xlsx: string;
      /**
       * @description SDMX-CSV of the indicator totals
       * @example https://tracker.example/api/v1/public/publications/…/files/sdmx
       */
      sdmx: string;
    };
    PublicationView: {
      /**
       * Format: uuid
       * @example 0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10
       */
      id: string;
      /** @example RCM */
      process: string;
      /** @example 2025 */
      period: string;
      /**
       * @description 1, 2, … per process and period
       * @example 2
       */
      version: number;
      /** @example Adds the reports validated in April */
      note: string;
      /**
       * @example published
       * @enum {string}
       */
      status: 'published' | 'withdrawn';
      /** @example 2026-05-02T10:00:00.000Z */
      publishedAt: string;
      /**
       * @description SHA-256 of the canonical JSON of the content (sorted keys), hex
       * @example d3626ac30a87e6f7a6428233b3c68299976865fa5508e4267c5415c76af7a772
       */
      contentHash: string;
      /** @example null */
      withdrawnAt: string | null;
      /** @example null */
      withdrawalReason: string | null;
      /**
       * @description The stable address of this version in the public portal
       * @example https://tracker.example/public/publications/0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10
       */
      url: string;
      /** @description Null once withdrawn */
      files: components['schemas']['PublicationFilesView'] | null;
    };
    WithdrawDto: {
      /**
       * @description Shown publicly
       * @example A figure of one member was reported in error
       */
      reason: string;
    };
    PublicIndicatorView: {
      /** @example SOM_PERSONS_CONVICTED */
      code: string;
      /** @example Persons convicted for smuggling */
      name: string;
      /**
       * @example sex
       * @enum {string}
       */
      disaggregation: 'none' | 'sex' | 'sex_age';
      /**
       * @description Members with validated values for the indicator
       * @example 4
       */
      reportingMembers: number;
      /**
       * @description Sum over the reporting members; null when none reported (no data, not 0)
       * @example 95
       */
      total: number | null;
      /** @description Sums over the members that gave the split by sex; null when the indicator has no such split */
      bySex: components['schemas']['SexTotalsView'] | null;
      /** @description Sums over the members that gave the split by sex and age; null when the indicator has no such split */
      byAge: components['schemas']['AgeTotalsView'] | null;
      /**
       * @description Sums over the members that gave the split by sex and age (cells null: no data)
       * @example {
       *       "female": {
       *         "child": 1,
       *         "adult": 10,
       *         "unknown": 0
       *       },
       *       "male": {
       *         "child": 2,
       *         "adult": 30,
       *         "unknown": 1
       *       },
       *       "unknown": {
       *         "child": 0,
       *         "adult": 0,
       *         "unknown": 0
       *       }
       *     }
       */
      bySexAge: Record<string, unknown> | null;
      /**
       * @description The part of the total from members that gave no split: with the parts, adds up to the total
       * @example 12
       */
      notDisaggregated: number | null;
      /**
       * @description Share of the total that has a split, 0–1; null without a split or a total
       * @example 0.87
       */
      disaggregatedShare: number | null;
      /**
       * @description Total of the previous period over its own reporting members; null: no data
       * @example 80
       */
      previousTotal: number | null;
      /**
       * @description Members with validated values in the previous period
       * @example 3
       */
      previousReportingMembers: number;
      /**
       * @description Change from the previous period, like for like: over the members with validated values in both periods; null when none has
       * @example 15
       */
      change: number | null;
      /**
       * @description Members with validated values in both periods
       * @example 3
       */
      comparableMembers: number;
      /**
       * @description Cells shown as "<N" (small-count suppression): their value is null here, never the count
       * @example [
       *       "bySexAge.female.child",
       *       "bySexAge.female.adult"
       *     ]
       */
      suppressed: string[];
    };
    PublicSummaryView: {
      /** @example RCM */
      process: string;
      /** @example Regional Conference on Migration (Puebla Process) */
      processName: string;
      /** @example 2025 */
      period: string;
      /** @example 2026-03-31 */
      dueOn: string;
      /** @example 11 */
      members: number;
      /**
       * @example [
       *       "BLZ",
       *       "CAN",
       *       "CRI"
       *     ]
       */
      memberCodes: string[];
      /**
       * @description Members with at least one validated report
       * @example 7
       */
      membersReported: number;
      /**
       * @description members × 6 actions
       * @example 66
       */
      expectedReports: number;
      /** @example 28 */
      validatedReports: number;
      /**
       * @description validated reports ÷ (members × 6)
       * @example 0.424
       */
      completeness: number;
      /**
       * @description reports validated by the due date ÷ (members × 6)
       * @example 0.39
       */
      timeliness: number;
      actions: components['schemas']['ActionSummaryView'][];
      areas: components['schemas']['AreaSummaryView'][];
      protocol: components['schemas']['ProtocolSummaryView'];
      /**
       * @description Members without any validated report
       * @example [
       *       "NIC"
       *     ]
       */
      notReported: string[];
      /** @example 2026-02-01T02:00:03.120Z */
      generatedAt: string;
      /**
       * @description Newest change the summary includes
       * @example 2026-01-31T17:45:00.000Z
       */
      newestChangeAt: string | null;
      indicators: components['schemas']['PublicIndicatorView'][];
      /**
       * @description Counts of children and sex × age cells from 1 to this − 1 are suppressed
       * @example 5
       */
      suppressBelow: number;
    };
    MemberLevelView: {
      /**
       * @description ISO3 of a member of the process
       * @example MEX
       */
      country: string;
      /**
       * @description Mean status score (0–4, not_applicable left out) of its validated reports for the period, rounded to 2 digits; null when none has a score: no published data, never 0
       * @example 2.5
       */
      meanScore: number | null;
      /**
       * @description The same as 0–100, rounded to 1 digit; null when meanScore is
       * @example 62.5
       */
      meanScorePercent: number | null;
      /**
       * @description Actions with a validated report
       * @example 2
       */
      actionsReported: number;
      /**
       * @description The framework's actions: each member reports on each
       * @example 6
       */
      actionsExpected: number;
    };
    CitationView: {
      /** @example GCM Objective 9 Tracker (2026). RCM regional summary 2025, version 2 … */
      text: string;
      /** @example @dataset{gcm9_rcm_2025_v2, …} */
      bibtex: string;
      /**
       * @description The same as a CSL-JSON item (type dataset)
       * @example {
       *       "type": "dataset",
       *       "version": "2"
       *     }
       */
      cslJson: {
        [key: string]: unknown;
      };
    };
    LicenceView: {
      /** @example CC BY 4.0 */
      name: string;
      /** @example https://creativecommons.org/licenses/by/4.0/ */
      url: string;
      /** @example Source: GCM Objective 9 Tracker, …, licensed under CC BY 4.0 */
      attribution: string;
    };
    PublishedSummaryView: {
      publication: components['schemas']['PublicationView'];
      summary: components['schemas']['PublicSummaryView'];
      /** @description Each member's implementation level for the period, frozen with the summary and covered by the hash; null in versions published before levels were frozen (no per-country data in that version) */
      memberLevels: components['schemas']['MemberLevelView'][] | null;
      citation: components['schemas']['CitationView'];
      licence: components['schemas']['LicenceView'];
    };
    FigureChangeView: {
      /** @example indicators[SOM_PERSONS_CONVICTED].total */
      path: string;
      /**
       * @description A number, text or null
       * @example 15
       */
      before: string | null;
      /** @example 20 */
      after: string | null;
    };
    PublicationChangesView: {
      /**
       * Format: uuid
       * @example 0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10
       */
      id: string;
      /** @example 2 */
      version: number;
      /**
       * @description Null for version 1
       * @example 1
       */
      comparedWith: number | null;
      changes: components['schemas']['FigureChangeView'][];
    };
    PublicEvidenceView: {
      /** @example legislation */
      kind: string;
      /** @example Ley de Migración, reforma 2021 */
      title: string;
      /** @example https://www.diputados.gob.mx/ */
      url: string | null;
      /** @example 2021-11-12 */
      date: string | null;
      /** @example art. 160 */
      reference: string | null;
    };
    PublicReportStatusView: {
      /** @example 2025 */
      period: string;
      /** @example d */
      action: string;
      /** @example partially_implemented */
      status: string;
      /**
       * @description The narrative when its focal point made it public; null otherwise
       * @example Smuggling is an offence under the Migration Law …
       */
      narrative: string | null;
      /** @description The evidence items its focal point made public */
      evidence: components['schemas']['PublicEvidenceView'][];
      /** @example 2026-02-10T09:00:00.000Z */
      validatedAt: string;
    };
    PublicCountryView: {
      /** @description Reference data, with each treaty status, its sources and as-of date */
      country: components['schemas']['CountryDetailView'];
      /** @description Validated reports as validated: the status per period and action, and the narrative and evidence made public */
      reports: components['schemas']['PublicReportStatusView'][];
    };
    FieldChangeView: {
      /** @example narrative */
      field: string;
      /**
       * @description The value now (null: none)
       * @example Before.
       */
      before?: Record<string, unknown>;
      /**
       * @description The value the import would write
       * @example After.
       */
      after?: Record<string, unknown>;
    };
    CellErrorView: {
      /** @example '(d)'!B4 */
      ref: string;
      /** @example status must be one of the following values: … (found "done") */
      message: string;
    };
    RecordPreviewView: {
      /**
       * @description A report on an action, or the country’s indicator values for the period
       * @example report
       * @enum {string}
       */
      kind: 'report' | 'indicator_values';
      /** @example MEX */
      country: string;
      /** @example 2025 */
      period: string;
      /**
       * @description The report’s action; null for indicator values
       * @example d
       */
      action: string | null;
      /**
       * @example changed
       * @enum {string}
       */
      outcome: 'created' | 'changed' | 'unchanged' | 'refused';
      /** @example 3 */
      downloadedVersion: number | null;
      /** @example 3 */
      currentVersion: number | null;
      /** @example draft */
      currentState: string | null;
      changes: components['schemas']['FieldChangeView'][];
      errors: components['schemas']['CellErrorView'][];
      /**
       * @description Saved by someone since the file was downloaded: refused
       * @example false
       */
      conflict: boolean;
      /**
       * @description What applying saves: a report’s body, or `{ values }` for indicator values
       * @example {
       *       "status": "implemented",
       *       "narrative": "…"
       *     }
       */
      draft: Record<string, unknown> | null;
      /**
       * @description Applying submits the record once saved (bulk CSV, administrators)
       * @example false
       */
      submit: boolean;
    };
    PreviewCountsView: {
      /** @example 1 */
      created: number;
      /** @example 2 */
      changed: number;
      /** @example 3 */
      unchanged: number;
      /** @example 0 */
      refused: number;
    };
    ImportPreviewView: {
      records: components['schemas']['RecordPreviewView'][];
      /** @description Problems of the file as a whole */
      errors: components['schemas']['CellErrorView'][];
      counts: components['schemas']['PreviewCountsView'];
    };
    WrittenRecordView: {
      /**
       * @description A report on an action, or the country’s indicator values for the period
       * @example report
       * @enum {string}
       */
      kind: 'report' | 'indicator_values';
      /** @example MEX */
      country: string;
      /** @example 2025 */
      period: string;
      /**
       * @description The report’s action; null for indicator values
       * @example d
       */
      action: string | null;
      /** @example 4 */
      version: number;
    };
    RefusedRecordView: {
      /**
       * @description A report on an action, or the country’s indicator values for the period
       * @example report
       * @enum {string}
       */
      kind: 'report' | 'indicator_values';
      /** @example MEX */
      country: string;
      /** @example 2025 */
      period: string;
      /**
       * @description The report’s action; null for indicator values
       * @example d
       */
      action: string | null;
      /** @example This record has changed since you read it (now version 4). */
      message: string;
    };
    ImportResultView: {
      written: components['schemas']['WrittenRecordView'][];
      conflicts: components['schemas']['RefusedRecordView'][];
    };
    ImportView: {
      /**
       * Format: uuid
       * @example 3f1c2e4a-8b7d-4c1e-9f0a-2b3c4d5e6f70
       */
      id: string;
      /** @example MEX-2025.xlsx */
      fileName: string;
      /**
       * @example xlsx
       * @enum {string}
       */
      fileType: 'xlsx' | 'csv';
      /**
       * @example previewed
       * @enum {string}
       */
      state: 'queued' | 'processing' | 'previewed' | 'failed' | 'applied' | 'discarded';
      /** @example 100 */
      progress: number;
      /** @example fp@sre.gob.mx */
      uploadedBy: string;
      /** @example 2026-03-02T10:00:00.000Z */
      createdAt: string;
      /** @example null */
      appliedAt: string | null;
      /**
       * @description Why the file could not be read
       * @example null
       */
      failure: string | null;
      preview: components['schemas']['ImportPreviewView'] | null;
      result: components['schemas']['ImportResultView'] | null;
    };
    ParticipantPreviewView: {
      /** @example line 12 */
      ref: string;
      /** @example Bolivia (Plurinational State of) */
      name: string;
      /**
       * @description ISO3 code, the name of a non-State participant, or null when unmatched
       * @example BOL
       */
      participant: string | null;
      /** @example BOL */
      iso3: string | null;
      /**
       * @example party
       * @enum {string}
       */
      status: 'party' | 'signatory';
      /** @example 2000-12-12 */
      signatureDate: string | null;
      /** @example 2013-05-18 */
      consentDate: string | null;
      /** @example accession */
      consentKind: string | null;
      /**
       * @example a
       * @enum {string|null}
       */
      untcActionCode: 'a' | 'A' | 'AA' | 'd' | null;
      /**
       * @example new_party
       * @enum {string}
       */
      outcome: 'new_party' | 'new_signatory' | 'changed' | 'unchanged' | 'unmatched';
      changes: components['schemas']['FieldChangeView'][];
    };
    NotInTableView: {
      /** @example AFG */
      participant: string;
      /** @example Afghanistan */
      name: string;
      /** @example party */
      status: string;
    };
    TreatyImportCountsView: {
      /** @example 3 */
      new_party: number;
      /** @example 0 */
      new_signatory: number;
      /** @example 1 */
      changed: number;
      /** @example 148 */
      unchanged: number;
      /** @example 0 */
      unmatched: number;
    };
    TreatyImportPreviewView: {
      participants: components['schemas']['ParticipantPreviewView'][];
      /** @description Records the table does not list: left as they are */
      notInTable: components['schemas']['NotInTableView'][];
      errors: components['schemas']['CellErrorView'][];
      counts: components['schemas']['TreatyImportCountsView'];
    };
    CompleteAsOfChangeView: {
      /** @example 2014-07-10 */
      before: string;
      /** @example 2024-04-26 */
      after: string;
    };
    TreatyImportResultView: {
      /**
       * @description The source every row now cites
       * @example UNTC-IMPORT-6f1c…
       */
      source: string;
      /** @example 152 */
      written: number;
      /**
       * @example [
       *       "JPN"
       *     ]
       */
      newParties: string[];
      completeAsOf: components['schemas']['CompleteAsOfChangeView'];
      /**
       * @description Periods whose summaries are recomputed
       * @example [
       *       "2024",
       *       "2025"
       *     ]
       */
      periods: string[];
    };
    TreatyImportView: {
      /**
       * Format: uuid
       * @example 3f1c2e4a-8b7d-4c1e-9f0a-2b3c4d5e6f70
       */
      id: string;
      /** @example SOM */
      treaty: string;
      /** @example XVIII-12-b.csv */
      fileName: string;
      /**
       * @example csv
       * @enum {string}
       */
      fileType: 'xlsx' | 'csv';
      /** @example 9f86d081884c7d65… */
      fileSha256: string;
      /**
       * @description The day the table was read
       * @example 2024-04-26
       */
      readOn: string;
      /**
       * @example previewed
       * @enum {string}
       */
      state: 'previewed' | 'applied';
      preview: components['schemas']['TreatyImportPreviewView'];
      result: components['schemas']['TreatyImportResultView'] | null;
      /**
       * Format: date-time
       * @example 2024-04-26T09:30:00.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example null
       */
      appliedAt: string | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type SignedInUserView = components['schemas']['SignedInUserView'];
export type LoginView = components['schemas']['LoginView'];
export type TwoFactorChallengeView = components['schemas']['TwoFactorChallengeView'];
export type LoginDto = components['schemas']['LoginDto'];
export type FieldErrorDoc = components['schemas']['FieldErrorDoc'];
export type ProblemDoc = components['schemas']['ProblemDoc'];
export type MeView = components['schemas']['MeView'];
export type UpdateProfileDto = components['schemas']['UpdateProfileDto'];
export type SingleSignOnView = components['schemas']['SingleSignOnView'];
export type AccountLinkPasswordDto = components['schemas']['AccountLinkPasswordDto'];
export type ForgotPasswordDto = components['schemas']['ForgotPasswordDto'];
export type SessionView = components['schemas']['SessionView'];
export type ChangePasswordDto = components['schemas']['ChangePasswordDto'];
export type RefreshView = components['schemas']['RefreshView'];
export type TwoFactorEnrolmentView = components['schemas']['TwoFactorEnrolmentView'];
export type TwoFactorCodeDto = components['schemas']['TwoFactorCodeDto'];
export type RecoveryCodesView = components['schemas']['RecoveryCodesView'];
export type TwoFactorSignInDto = components['schemas']['TwoFactorSignInDto'];
export type UserView = components['schemas']['UserView'];
export type UserListView = components['schemas']['UserListView'];
export type CreateUserDto = components['schemas']['CreateUserDto'];
export type UpdateUserDto = components['schemas']['UpdateUserDto'];
export type M49AreaView = components['schemas']['M49AreaView'];
export type CountryView = components['schemas']['CountryView'];
export type CountryListView = components['schemas']['CountryListView'];
export type SourceRefView = components['schemas']['SourceRefView'];
export type CountryMembershipView = components['schemas']['CountryMembershipView'];
export type TreatyCoverageView = components['schemas']['TreatyCoverageView'];
export type CountryTreatyStatusView = components['schemas']['CountryTreatyStatusView'];
export type CountryDetailView = components['schemas']['CountryDetailView'];
export type PublishedCountView = components['schemas']['PublishedCountView'];
export type ProcessView = components['schemas']['ProcessView'];
export type ProcessListView = components['schemas']['ProcessListView'];
export type ProcessMemberView = components['schemas']['ProcessMemberView'];
export type ProcessDetailView = components['schemas']['ProcessDetailView'];
export type ObjectiveView = components['schemas']['ObjectiveView'];
export type ChecklistItemView = components['schemas']['ChecklistItemView'];
export type ActionView = components['schemas']['ActionView'];
export type WorkPlanAreaView = components['schemas']['WorkPlanAreaView'];
export type SdgTargetView = components['schemas']['SdgTargetView'];
export type IndicatorView = components['schemas']['IndicatorView'];
export type FrameworkView = components['schemas']['FrameworkView'];
export type IndicatorListView = components['schemas']['IndicatorListView'];
export type TreatyView = components['schemas']['TreatyView'];
export type TreatyStatusCountsView = components['schemas']['TreatyStatusCountsView'];
export type TreatyParticipantView = components['schemas']['TreatyParticipantView'];
export type TreatyStatusView = components['schemas']['TreatyStatusView'];
export type PeriodView = components['schemas']['PeriodView'];
export type PeriodListView = components['schemas']['PeriodListView'];
export type CreatePeriodDto = components['schemas']['CreatePeriodDto'];
export type UpdatePeriodDto = components['schemas']['UpdatePeriodDto'];
export type ReportSummaryView = components['schemas']['ReportSummaryView'];
export type ReportListView = components['schemas']['ReportListView'];
export type ReviewView = components['schemas']['ReviewView'];
export type CommentPartViewDoc = components['schemas']['CommentPartViewDoc'];
export type OpenThreadDoc = components['schemas']['OpenThreadDoc'];
export type ChecklistEntryView = components['schemas']['ChecklistEntryView'];
export type EvidenceView = components['schemas']['EvidenceView'];
export type ReportFlagView = components['schemas']['ReportFlagView'];
export type ContentChangeView = components['schemas']['ContentChangeView'];
export type ReportView = components['schemas']['ReportView'];
export type ChecklistAnswerDto = components['schemas']['ChecklistAnswerDto'];
export type EvidenceDto = components['schemas']['EvidenceDto'];
export type SaveReportDto = components['schemas']['SaveReportDto'];
export type PartConflictDoc = components['schemas']['PartConflictDoc'];
export type PatchConflictDoc = components['schemas']['PatchConflictDoc'];
export type JsonPatchOperationDoc = components['schemas']['JsonPatchOperationDoc'];
export type TransitionDto = components['schemas']['TransitionDto'];
export type AuditActorDoc = components['schemas']['AuditActorDoc'];
export type AuditEventDoc = components['schemas']['AuditEventDoc'];
export type PartChangeDoc = components['schemas']['PartChangeDoc'];
export type ChangesViewDoc = components['schemas']['ChangesViewDoc'];
export type CommentDoc = components['schemas']['CommentDoc'];
export type CommentThreadDoc = components['schemas']['CommentThreadDoc'];
export type CommentThreadListDoc = components['schemas']['CommentThreadListDoc'];
export type CommentPartDto = components['schemas']['CommentPartDto'];
export type WriteCommentDto = components['schemas']['WriteCommentDto'];
export type IndicatorSetSummaryView = components['schemas']['IndicatorSetSummaryView'];
export type IndicatorSetListView = components['schemas']['IndicatorSetListView'];
export type SexBreakdownView = components['schemas']['SexBreakdownView'];
export type AgeBreakdownView = components['schemas']['AgeBreakdownView'];
export type SexAgeBreakdownView = components['schemas']['SexAgeBreakdownView'];
export type IndicatorValueView = components['schemas']['IndicatorValueView'];
export type IndicatorSetView = components['schemas']['IndicatorSetView'];
export type SexBreakdownDto = components['schemas']['SexBreakdownDto'];
export type AgeBreakdownDto = components['schemas']['AgeBreakdownDto'];
export type SexAgeBreakdownDto = components['schemas']['SexAgeBreakdownDto'];
export type IndicatorValueDto = components['schemas']['IndicatorValueDto'];
export type SaveIndicatorValuesDto = components['schemas']['SaveIndicatorValuesDto'];
export type AreaSummaryView = components['schemas']['AreaSummaryView'];
export type SummaryComparisonRowView = components['schemas']['SummaryComparisonRowView'];
export type ProcessWithoutSummaryView = components['schemas']['ProcessWithoutSummaryView'];
export type SummaryComparisonView = components['schemas']['SummaryComparisonView'];
export type SummaryPointView = components['schemas']['SummaryPointView'];
export type SummarySeriesView = components['schemas']['SummarySeriesView'];
export type ReviewBacklogView = components['schemas']['ReviewBacklogView'];
export type StatusCountsView = components['schemas']['StatusCountsView'];
export type ChecklistCoverageView = components['schemas']['ChecklistCoverageView'];
export type ActionSummaryView = components['schemas']['ActionSummaryView'];
export type SexTotalsView = components['schemas']['SexTotalsView'];
export type AgeTotalsView = components['schemas']['AgeTotalsView'];
export type IndicatorTotalView = components['schemas']['IndicatorTotalView'];
export type ProtocolSummaryView = components['schemas']['ProtocolSummaryView'];
export type OverdueMemberView = components['schemas']['OverdueMemberView'];
export type TreatyMismatchView = components['schemas']['TreatyMismatchView'];
export type SummaryView = components['schemas']['SummaryView'];
export type RefreshDto = components['schemas']['RefreshDto'];
export type JobAcceptedView = components['schemas']['JobAcceptedView'];
export type JobView = components['schemas']['JobView'];
export type SubscriptionDoc = components['schemas']['SubscriptionDoc'];
export type SubscribeDto = components['schemas']['SubscribeDto'];
export type NotificationDoc = components['schemas']['NotificationDoc'];
export type NotificationPageDoc = components['schemas']['NotificationPageDoc'];
export type MarkReadDto = components['schemas']['MarkReadDto'];
export type MarkReadView = components['schemas']['MarkReadView'];
export type NotificationPreferencesDto = components['schemas']['NotificationPreferencesDto'];
export type DeliveryDoc = components['schemas']['DeliveryDoc'];
export type DeliveryListDoc = components['schemas']['DeliveryListDoc'];
export type ScheduleRunDoc = components['schemas']['ScheduleRunDoc'];
export type AuditListDoc = components['schemas']['AuditListDoc'];
export type PublishDto = components['schemas']['PublishDto'];
export type PublicationFilesView = components['schemas']['PublicationFilesView'];
export type PublicationView = components['schemas']['PublicationView'];
export type WithdrawDto = components['schemas']['WithdrawDto'];
export type PublicIndicatorView = components['schemas']['PublicIndicatorView'];
export type PublicSummaryView = components['schemas']['PublicSummaryView'];
export type MemberLevelView = components['schemas']['MemberLevelView'];
export type CitationView = components['schemas']['CitationView'];
export type LicenceView = components['schemas']['LicenceView'];
export type PublishedSummaryView = components['schemas']['PublishedSummaryView'];
export type FigureChangeView = components['schemas']['FigureChangeView'];
export type PublicationChangesView = components['schemas']['PublicationChangesView'];
export type PublicEvidenceView = components['schemas']['PublicEvidenceView'];
export type PublicReportStatusView = components['schemas']['PublicReportStatusView'];
export type PublicCountryView = components['schemas']['PublicCountryView'];
export type FieldChangeView = components['schemas']['FieldChangeView'];
export type CellErrorView = components['schemas']['CellErrorView'];
export type RecordPreviewView = components['schemas']['RecordPreviewView'];
export type PreviewCountsView = components['schemas']['PreviewCountsView'];
export type ImportPreviewView = components['schemas']['ImportPreviewView'];
export type WrittenRecordView = components['schemas']['WrittenRecordView'];
export type RefusedRecordView = components['schemas']['RefusedRecordView'];
export type ImportResultView = components['schemas']['ImportResultView'];
export type ImportView = components['schemas']['ImportView'];
export type ParticipantPreviewView = components['schemas']['ParticipantPreviewView'];
export type NotInTableView = components['schemas']['NotInTableView'];
export type TreatyImportCountsView = components['schemas']['TreatyImportCountsView'];
export type TreatyImportPreviewView = components['schemas']['TreatyImportPreviewView'];
export type CompleteAsOfChangeView = components['schemas']['CompleteAsOfChangeView'];
export type TreatyImportResultView = components['schemas']['TreatyImportResultView'];
export type TreatyImportView = components['schemas']['TreatyImportView'];
export type $defs = Record<string, never>;
export interface operations {
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example ok */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example error */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description Ready
       *
       *     The Health Check is successful
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example ok */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /**
       * @description A dependency is down (named in the body)
       *
       *     The Health Check is not successful
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example error */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description Signed in, or (with two-factor sign-in on) a challenge for the code */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            components['schemas']['LoginView'] | components['schemas']['TwoFactorChallengeView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Email or password is incorrect (the same answer either way) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many failed sign-ins from this address, or for this account from this address; Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeView'];
        };
      };
    };
  };
  AuthController_updateMe: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of GET /me */
        'If-Match': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProfileDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Your account changed since you read it */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OidcController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SingleSignOnView'];
        };
      };
    };
  };
  OidcController_start: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the provider’s authorization endpoint */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OidcController_callback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the web app */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AccountLinksController_acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AccountLinkPasswordDto'];
      };
    };
    responses: {
      /** @description Password set; sign in with it */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Too many requests from this address */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AccountLinksController_forgotPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ForgotPasswordDto'];
      };
    };
    responses: {
      /** @description The same answer whether or not an account has the email */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Too many reset requests from this address */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AccountLinksController_resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AccountLinkPasswordDto'];
      };
    };
    responses: {
      /** @description Password set; sign in with it */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Too many requests from this address */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeSecurityController_listSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionView'][];
        };
      };
    };
  };
  MeSecurityController_endSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ended */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description You have no such session */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeSecurityController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Too many wrong current passwords */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SessionsController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RefreshView'];
        };
      };
      /** @description No session, or it ended (idle, too old, signed out, or its token was reused) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SessionsController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out (also when there was no session) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TwoFactorController_enrol: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TwoFactorEnrolmentView'];
        };
      };
      /** @description Two-factor sign-in is on already */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TwoFactorController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TwoFactorCodeDto'];
      };
    };
    responses: {
      /** @description Off */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description It is off */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TwoFactorController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TwoFactorCodeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodesView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description No enrolment started, or on already */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TwoFactorController_signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TwoFactorSignInDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Wrong or reused code, or the challenge expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        role?: 'admin' | 'focal_point' | 'coordinator' | 'analyst';
        active?: boolean;
        country?: string;
        process?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserListView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description An account with this email exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description No such account */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_deactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deactivated */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag from GET */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Would leave no active admin */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_resendInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A new invitation is on its way */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such account */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The account is deactivated or already has a password */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_resetTwoFactor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Off; the account signs in with its password again */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such account */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Two-factor sign-in is off for this account */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CountriesController_list: {
    parameters: {
      query?: {
        /** @description Regional process code: its States in `role` */
        process?: string;
        /** @description With `process`: which of its States */
        role?: 'member' | 'observer' | 'unspecified' | 'any';
        /** @description UN M49 region, sub-region or intermediate region, by code (013) or name */
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CountryListView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Unknown process or region */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CountriesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CountryDetailView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description No country with that code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ProcessesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessListView'];
        };
      };
    };
  };
  ProcessesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Regional process code */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessDetailView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description No process with that code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FrameworkController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FrameworkView'];
        };
      };
    };
  };
  FrameworkController_indicators: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorListView'];
        };
      };
    };
  };
  TreatiesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TreatyView'][];
        };
      };
    };
  };
  TreatiesController_status: {
    parameters: {
      query?: {
        /** @description Members of this regional process only */
        process?: string;
        /** @description Status on this date (YYYY-MM-DD). Omitted: today, counting parties whose date is unknown. */
        asOf?: string;
      };
      header?: never;
      path: {
        /** @description SOM (Smuggling of Migrants Protocol), UNTOC or TIP */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TreatyStatusView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Unknown treaty or process */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PeriodsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeriodListView'];
        };
      };
    };
  };
  PeriodsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePeriodDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeriodView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description The period exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PeriodsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePeriodDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeriodView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description No such period */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        country?: string;
        /** @description Member States of this process */
        process?: string;
        period?: string;
        /** @description submitted: the review queue */
        state?: 'draft' | 'submitted' | 'returned' | 'validated';
        action?: string;
        status?:
          | 'not_started'
          | 'planned'
          | 'in_progress'
          | 'partially_implemented'
          | 'implemented'
          | 'not_applicable';
        /** @description Default: oldest submission first for state=submitted, otherwise most recently updated first */
        sort?:
          | 'submittedAt'
          | 'updatedAt'
          | 'country'
          | 'period'
          | 'validatedAt'
          | 'action'
          | '-submittedAt'
          | '-updatedAt'
          | '-country'
          | '-period'
          | '-validatedAt'
          | '-action';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportListView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  ReportsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
        /** @description Objective 9 action, a–f */
        action: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportView'];
        };
      };
      /** @description The country is outside your scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_save: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required to update: the ETag you read. Absent to create. */
        'If-Match'?: string;
      };
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
        /** @description Objective 9 action, a–f */
        action: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveReportDto'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportView'];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Not editable in its state, or the period is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Someone saved a newer version meanwhile, or a create (no If-Match) found the record already there */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_patch: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version your changes start from */
        'If-Match': string;
      };
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
        /** @description Objective 9 action, a–f */
        action: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json-patch+json': components['schemas']['JsonPatchOperationDoc'][];
        'application/json': components['schemas']['JsonPatchOperationDoc'][];
      };
    };
    responses: {
      /** @description Saved, merged with changes made since */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description The country is outside your scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Parts you changed were changed differently since (conflicts), or the record is not editable in its state, or the period is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatchConflictDoc'];
        };
      };
      /** @description The version in If-Match is unknown or too old to merge with: reload */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description If-Match missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  ReportsController_transition: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read */
        'If-Match'?: string;
      };
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
        /** @description Objective 9 action, a–f */
        action: string;
        transition: 'submit' | 'withdraw' | 'return' | 'validate' | 'reopen';
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['TransitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description The transition is not yours on this country */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not in a state that allows it, or the period is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Someone changed the record meanwhile */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
        /** @description Objective 9 action, a–f */
        action: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventDoc'][];
        };
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_changes: {
    parameters: {
      query?: {
        /** @description Default: the version the last return, validation or reopening left */
        since?: number;
      };
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
        /** @description Objective 9 action, a–f */
        action: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangesViewDoc'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_listComments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
        /** @description Objective 9 action, a–f */
        action: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentThreadListDoc'];
        };
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_writeComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
        /** @description Objective 9 action, a–f */
        action: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WriteCommentDto'];
      };
    };
    responses: {
      /** @description The thread, as it is now */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentThreadDoc'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Not yours to comment on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_resolveComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
        /** @description Objective 9 action, a–f */
        action: string;
        /** @description The thread (its first comment) */
        commentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentThreadDoc'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Only the country’s reviewers resolve and reopen threads */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such record, or no such thread on it */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_reopenComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
        /** @description Objective 9 action, a–f */
        action: string;
        /** @description The thread (its first comment) */
        commentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentThreadDoc'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Only the country’s reviewers resolve and reopen threads */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such record, or no such thread on it */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IndicatorValuesController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        country?: string;
        /** @description Member States of this process */
        process?: string;
        period?: string;
        /** @description submitted: the review queue */
        state?: 'draft' | 'submitted' | 'returned' | 'validated';
        /** @description Default: oldest submission first for state=submitted, otherwise most recently updated first */
        sort?:
          | 'submittedAt'
          | 'updatedAt'
          | 'country'
          | 'period'
          | '-submittedAt'
          | '-updatedAt'
          | '-country'
          | '-period';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorSetListView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  IndicatorValuesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorSetView'];
        };
      };
      /** @description The country is outside your scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IndicatorValuesController_save: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required to update: the ETag you read. Absent to create. */
        'If-Match'?: string;
      };
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveIndicatorValuesDto'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorSetView'];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorSetView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Not editable in its state, or the period is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Someone saved a newer version meanwhile, or a create (no If-Match) found the record already there */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IndicatorValuesController_patch: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version your changes start from */
        'If-Match': string;
      };
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json-patch+json': components['schemas']['JsonPatchOperationDoc'][];
        'application/json': components['schemas']['JsonPatchOperationDoc'][];
      };
    };
    responses: {
      /** @description Saved, merged with changes made since */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorSetView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description The country is outside your scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Parts you changed were changed differently since (conflicts), or the record is not editable in its state, or the period is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatchConflictDoc'];
        };
      };
      /** @description The version in If-Match is unknown or too old to merge with: reload */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description If-Match missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  IndicatorValuesController_transition: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read */
        'If-Match'?: string;
      };
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
        transition: 'submit' | 'withdraw' | 'return' | 'validate' | 'reopen';
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['TransitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorSetView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description The transition is not yours on this country */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not in a state that allows it, or the period is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Someone changed the record meanwhile */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IndicatorValuesController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventDoc'][];
        };
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IndicatorValuesController_changes: {
    parameters: {
      query?: {
        /** @description Default: the version the last return, validation or reopening left */
        since?: number;
      };
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangesViewDoc'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IndicatorValuesController_listComments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentThreadListDoc'];
        };
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IndicatorValuesController_writeComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WriteCommentDto'];
      };
    };
    responses: {
      /** @description The thread, as it is now */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentThreadDoc'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Not yours to comment on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such country, period or action, or no record yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IndicatorValuesController_resolveComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
        /** @description The thread (its first comment) */
        commentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentThreadDoc'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Only the country’s reviewers resolve and reopen threads */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such record, or no such thread on it */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  IndicatorValuesController_reopenComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
        /** @description The thread (its first comment) */
        commentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentThreadDoc'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Only the country’s reviewers resolve and reopen threads */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such record, or no such thread on it */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SummariesController_compare: {
    parameters: {
      query: {
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummaryComparisonView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  SummariesController_series: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        process: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummarySeriesView'];
        };
      };
      /** @description No such process */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SummariesController_get: {
    parameters: {
      query?: {
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
        /** @description The document's language (PDF, XLSX read-me); default: Accept-Language, else the user's language */
        lang?: 'en' | 'es' | 'fr';
        paper?: 'A4' | 'LETTER';
        /** @description CSV only: the cell delimiter. Default: semicolon (and a decimal comma) when the document's language (lang, else Accept-Language, else the user's) is es or fr, comma otherwise */
        delimiter?: 'comma' | 'semicolon';
      };
      header?: never;
      path: {
        process: string;
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummaryView'];
          'text/csv; charset=utf-8': components['schemas']['SummaryView'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['SummaryView'];
          'application/pdf': components['schemas']['SummaryView'];
        };
      };
      /** @description Unchanged since the ETag sent in If-None-Match */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
          'text/csv; charset=utf-8': components['schemas']['ProblemDoc'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ProblemDoc'];
          'application/pdf': components['schemas']['ProblemDoc'];
        };
      };
      /** @description No such process or period, or not computed yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many file downloads this minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SummariesController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobAcceptedView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  JobsController_job: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobView'];
        };
      };
      /** @description No such job */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SubscriptionsController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDoc'][];
        };
      };
    };
  };
  SubscriptionsController_subscribeMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubscribeDto'];
      };
    };
    responses: {
      /** @description Frequency changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDoc'];
        };
      };
      /** @description Subscribed */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDoc'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  SubscriptionsController_unsubscribeMe: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such subscription of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SubscriptionsController_ofUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDoc'][];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SubscriptionsController_subscribeUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubscribeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDoc'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  SubscriptionsController_unsubscribeUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subscriptionId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Only the unread ones */
        unread?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPageDoc'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  NotificationsController_markRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MarkReadDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkReadView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  NotificationsController_preferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferencesDto'];
        };
      };
    };
  };
  NotificationsController_setPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NotificationPreferencesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferencesDto'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  EmailController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: 'pending' | 'sending' | 'sent' | 'failed';
        kind?:
          | 'digest'
          | 'reminder_due'
          | 'reminder_overdue'
          | 'reminder_review'
          | 'sign_in_failures'
          | 'workflow_notice'
          | 'workflow_batch'
          | 'invitation'
          | 'password_reset'
          | 'password_changed'
          | 'two_factor_reset';
        recipient?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryListDoc'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  EmailController_run: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        schedule: 'weekly' | 'monthly' | 'reminders';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScheduleRunDoc'];
        };
      };
    };
  };
  AuditController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        entityType?:
          | 'report'
          | 'indicator_set'
          | 'user'
          | 'period'
          | 'subscription'
          | 'publication'
          | 'treaty';
        entityId?: string;
        actor?: string;
        action?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditListDoc'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  PublicationsController_list: {
    parameters: {
      query?: {
        process?: string;
        period?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationView'][];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  PublicationsController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Not a coordinator of the process, nor an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such process or period, or no summary computed yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PublicationsController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Not a coordinator of the process, nor an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Withdrawn already */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PublicController_processes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessListView'];
        };
      };
      /** @description Unchanged since the ETag sent in If-None-Match */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many requests from this address this minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PublicController_list: {
    parameters: {
      query?: {
        process?: string;
        period?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationView'][];
        };
      };
      /** @description Unchanged since the ETag sent in If-None-Match */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Too many requests from this address this minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PublicController_published: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishedSummaryView'];
        };
      };
      /** @description Unchanged since the ETag sent in If-None-Match */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such publication */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Withdrawn */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many requests from this address this minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PublicController_changes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationChangesView'];
        };
      };
      /** @description Unchanged since the ETag sent in If-None-Match */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such publication */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Withdrawn */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many requests from this address this minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PublicController_file: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description sdmx: SDMX-CSV of the indicator totals */
        format: 'csv' | 'json' | 'xlsx' | 'sdmx';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unchanged since the ETag sent in If-None-Match */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such publication */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Withdrawn */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many requests from this address this minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PublicController_country: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicCountryView'];
        };
      };
      /** @description Unchanged since the ETag sent in If-None-Match */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description No country with that code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many requests from this address this minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImportsController_workbook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-3 code */
        iso3: string;
        /** @description Reporting period (year) */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An XLSX workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ProblemDoc'];
        };
      };
    };
  };
  ImportsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportView'];
        };
      };
    };
  };
  ImportsController_view: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportView'];
        };
      };
      /** @description No such import, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImportsController_discard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImportsController_apply: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportView'];
        };
      };
    };
  };
  TreatyImportsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description SOM (Smuggling of Migrants Protocol), UNTOC or TIP */
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
          /**
           * Format: date
           * @example 2024-04-26
           */
          readOn: string;
        };
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TreatyImportView'];
        };
      };
      /** @description Malformed parameters, one entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDoc'];
        };
      };
      /** @description Unknown treaty */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TreatyImportsController_view: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description SOM (Smuggling of Migrants Protocol), UNTOC or TIP */
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TreatyImportView'];
        };
      };
      /** @description No such import of this treaty */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TreatyImportsController_apply: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description SOM (Smuggling of Migrants Protocol), UNTOC or TIP */
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TreatyImportView'];
        };
      };
      /** @description Rows left unmatched, or the data was completed since */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
type FlattenedDeepRequired<T> = {
  [K in keyof T]-?: FlattenedDeepRequired<
    T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]
  >;
};
type ReadonlyArray<T> = [Exclude<T, undefined>] extends [unknown[]]
  ? Readonly<Exclude<T, undefined>>
  : Readonly<Exclude<T, undefined>[]>;
export const pathsApiV1UsersGetParametersQueryRoleValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/users']['get']['parameters']['query']['role']
> = ['admin', 'focal_point', 'coordinator', 'analyst'];
export const pathsApiV1CountriesGetParametersQueryRoleValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/countries']['get']['parameters']['query']['role']
> = ['member', 'observer', 'unspecified', 'any'];
export const pathsApiV1ReportsGetParametersQueryStateValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/reports']['get']['parameters']['query']['state']
> = ['draft', 'submitted', 'returned', 'validated'];
export const pathsApiV1ReportsGetParametersQueryStatusValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/reports']['get']['parameters']['query']['status']
> = [
  'not_started',
  'planned',
  'in_progress',
  'partially_implemented',
  'implemented',
  'not_applicable',
];
export const pathsApiV1ReportsGetParametersQuerySortValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/reports']['get']['parameters']['query']['sort']
> = [
  'submittedAt',
  'updatedAt',
  'country',
  'period',
  'validatedAt',
  'action',
  '-submittedAt',
  '-updatedAt',
  '-country',
  '-period',
  '-validatedAt',
  '-action',
];
export const pathsApiV1ReportsIso3PeriodActionTransitionPostParametersPathTransitionValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/reports/{iso3}/{period}/{action}/{transition}']['post']['parameters']['path']['transition']
> = ['submit', 'withdraw', 'return', 'validate', 'reopen'];
export const pathsApiV1IndicatorValuesGetParametersQueryStateValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/indicator-values']['get']['parameters']['query']['state']
> = ['draft', 'submitted', 'returned', 'validated'];
export const pathsApiV1IndicatorValuesGetParametersQuerySortValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/indicator-values']['get']['parameters']['query']['sort']
> = [
  'submittedAt',
  'updatedAt',
  'country',
  'period',
  '-submittedAt',
  '-updatedAt',
  '-country',
  '-period',
];
export const pathsApiV1IndicatorValuesIso3PeriodTransitionPostParametersPathTransitionValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/indicator-values/{iso3}/{period}/{transition}']['post']['parameters']['path']['transition']
> = ['submit', 'withdraw', 'return', 'validate', 'reopen'];
export const pathsApiV1SummariesProcessPeriodGetParametersQueryFormatValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/summaries/{process}/{period}']['get']['parameters']['query']['format']
> = ['json', 'csv', 'xlsx', 'pdf'];
export const pathsApiV1SummariesProcessPeriodGetParametersQueryLangValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/summaries/{process}/{period}']['get']['parameters']['query']['lang']
> = ['en', 'es', 'fr'];
export const pathsApiV1SummariesProcessPeriodGetParametersQueryPaperValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/summaries/{process}/{period}']['get']['parameters']['query']['paper']
> = ['A4', 'LETTER'];
export const pathsApiV1SummariesProcessPeriodGetParametersQueryDelimiterValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/summaries/{process}/{period}']['get']['parameters']['query']['delimiter']
> = ['comma', 'semicolon'];
export const pathsApiV1EmailDeliveriesGetParametersQueryStatusValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/email-deliveries']['get']['parameters']['query']['status']
> = ['pending', 'sending', 'sent', 'failed'];
export const pathsApiV1EmailDeliveriesGetParametersQueryKindValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/email-deliveries']['get']['parameters']['query']['kind']
> = [
  'digest',
  'reminder_due',
  'reminder_overdue',
  'reminder_review',
  'sign_in_failures',
  'workflow_notice',
  'workflow_batch',
  'invitation',
  'password_reset',
  'password_changed',
  'two_factor_reset',
];
export const pathsApiV1EmailSchedulesScheduleRunPostParametersPathScheduleValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/email-schedules/{schedule}/run']['post']['parameters']['path']['schedule']
> = ['weekly', 'monthly', 'reminders'];
export const pathsApiV1AuditGetParametersQueryEntityTypeValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/audit']['get']['parameters']['query']['entityType']
> = ['report', 'indicator_set', 'user', 'period', 'subscription', 'publication', 'treaty'];
export const pathsApiV1PublicPublicationsIdFilesFormatGetParametersPathFormatValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/v1/public/publications/{id}/files/{format}']['get']['parameters']['path']['format']
> = ['csv', 'json', 'xlsx', 'sdmx'];
export const signedInUserViewRoleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['SignedInUserView']['role']
> = ['admin', 'focal_point', 'coordinator', 'analyst'];
export const signedInUserViewLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['SignedInUserView']['locale']
> = ['en', 'es', 'fr'];
export const meViewRoleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['MeView']['role']
> = ['admin', 'focal_point', 'coordinator', 'analyst'];
export const meViewLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['MeView']['locale']
> = ['en', 'es', 'fr'];
export const meViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['MeView']['status']
> = ['invited', 'active', 'deactivated'];
export const updateProfileDtoLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UpdateProfileDto']['locale']
> = ['en', 'es', 'fr'];
export const userViewRoleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UserView']['role']
> = ['admin', 'focal_point', 'coordinator', 'analyst'];
export const userViewLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UserView']['locale']
> = ['en', 'es', 'fr'];
export const userViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UserView']['status']
> = ['invited', 'active', 'deactivated'];
export const createUserDtoRoleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CreateUserDto']['role']
> = ['admin', 'focal_point', 'coordinator', 'analyst'];
export const createUserDtoLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CreateUserDto']['locale']
> = ['en', 'es', 'fr'];
export const updateUserDtoRoleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UpdateUserDto']['role']
> = ['admin', 'focal_point', 'coordinator', 'analyst'];
export const updateUserDtoLocaleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UpdateUserDto']['locale']
> = ['en', 'es', 'fr'];
export const countryMembershipViewRoleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CountryMembershipView']['role']
> = ['member', 'observer', 'unspecified'];
export const countryTreatyStatusViewTreatyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CountryTreatyStatusView']['treaty']
> = ['SOM', 'UNTOC', 'TIP'];
export const countryTreatyStatusViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CountryTreatyStatusView']['status']
> = ['party', 'signatory', 'unconfirmed', 'not_recorded'];
export const countryTreatyStatusViewConsentKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CountryTreatyStatusView']['consentKind']
> = ['ratification', 'accession', 'acceptance', 'approval', 'succession'];
export const processMemberViewRoleValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ProcessMemberView']['role']
> = ['member', 'observer', 'unspecified'];
export const checklistItemViewPrefillValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ChecklistItemView']['prefill']
> = ['treaty:SOM', 'treaty:UNTOC'];
export const actionViewCodeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ActionView']['code']
> = ['a', 'b', 'c', 'd', 'e', 'f'];
export const workPlanAreaViewActionsValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['WorkPlanAreaView']['actions']
> = ['a', 'b', 'c', 'd', 'e', 'f'];
export const indicatorViewDisaggregationValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['IndicatorView']['disaggregation']
> = ['none', 'sex', 'sex_age'];
export const indicatorViewActionValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['IndicatorView']['action']
> = ['a', 'b', 'c', 'd', 'e', 'f'];
export const frameworkViewLanguageValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FrameworkView']['language']
> = ['en', 'es', 'fr'];
export const indicatorListViewLanguageValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['IndicatorListView']['language']
> = ['en', 'es', 'fr'];
export const treatyViewCodeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TreatyView']['code']
> = ['SOM', 'UNTOC', 'TIP'];
export const treatyParticipantViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TreatyParticipantView']['status']
> = ['party', 'signatory', 'unconfirmed'];
export const treatyParticipantViewConsentKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TreatyParticipantView']['consentKind']
> = ['ratification', 'accession', 'acceptance', 'approval', 'succession'];
export const treatyStatusViewTreatyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TreatyStatusView']['treaty']
> = ['SOM', 'UNTOC', 'TIP'];
export const periodViewStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PeriodView']['state']
> = ['open', 'closed'];
export const updatePeriodDtoStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UpdatePeriodDto']['state']
> = ['open', 'closed'];
export const reportSummaryViewStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ReportSummaryView']['state']
> = ['draft', 'submitted', 'returned', 'validated'];
export const reportSummaryViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ReportSummaryView']['status']
> = [
  'not_started',
  'planned',
  'in_progress',
  'partially_implemented',
  'implemented',
  'not_applicable',
];
export const commentPartViewDocKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CommentPartViewDoc']['kind']
> = ['record', 'checklist', 'evidence', 'indicator'];
export const checklistEntryViewAnswerValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ChecklistEntryView']['answer']
> = ['yes', 'partial', 'no', 'unknown'];
export const evidenceViewKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['EvidenceView']['kind']
> = [
  'legislation',
  'regulation',
  'policy',
  'protocol',
  'agreement',
  'case_law',
  'statistics',
  'report',
  'training',
  'campaign',
  'other',
];
export const evidenceViewSensitivityValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['EvidenceView']['sensitivity']
> = ['public', 'regional', 'national'];
export const reportViewStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ReportView']['state']
> = ['draft', 'submitted', 'returned', 'validated'];
export const reportViewAllowedActionsValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ReportView']['allowedActions']
> = ['save', 'submit', 'withdraw', 'return', 'validate', 'reopen'];
export const reportViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ReportView']['status']
> = [
  'not_started',
  'planned',
  'in_progress',
  'partially_implemented',
  'implemented',
  'not_applicable',
];
export const reportViewSensitivityValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ReportView']['sensitivity']
> = ['public', 'regional', 'national'];
export const checklistAnswerDtoAnswerValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ChecklistAnswerDto']['answer']
> = ['yes', 'partial', 'no', 'unknown'];
export const evidenceDtoKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['EvidenceDto']['kind']
> = [
  'legislation',
  'regulation',
  'policy',
  'protocol',
  'agreement',
  'case_law',
  'statistics',
  'report',
  'training',
  'campaign',
  'other',
];
export const evidenceDtoSensitivityValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['EvidenceDto']['sensitivity']
> = ['public', 'regional', 'national'];
export const saveReportDtoStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['SaveReportDto']['status']
> = [
  'not_started',
  'planned',
  'in_progress',
  'partially_implemented',
  'implemented',
  'not_applicable',
];
export const saveReportDtoSensitivityValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['SaveReportDto']['sensitivity']
> = ['public', 'regional', 'national'];
export const jsonPatchOperationDocOpValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['JsonPatchOperationDoc']['op']
> = ['add', 'remove', 'replace', 'move', 'copy', 'test'];
export const commentThreadDocResolutionValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CommentThreadDoc']['resolution']
> = ['answered', 'changed', 'resolved'];
export const commentPartDtoKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CommentPartDto']['kind']
> = ['record', 'checklist', 'evidence', 'indicator'];
export const indicatorSetSummaryViewStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['IndicatorSetSummaryView']['state']
> = ['draft', 'submitted', 'returned', 'validated'];
export const indicatorValueViewSensitivityValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['IndicatorValueView']['sensitivity']
> = ['public', 'regional', 'national'];
export const indicatorSetViewStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['IndicatorSetView']['state']
> = ['draft', 'submitted', 'returned', 'validated'];
export const indicatorSetViewAllowedActionsValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['IndicatorSetView']['allowedActions']
> = ['save', 'submit', 'withdraw', 'return', 'validate', 'reopen'];
export const indicatorValueDtoSensitivityValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['IndicatorValueDto']['sensitivity']
> = ['public', 'regional', 'national'];
export const indicatorTotalViewDisaggregationValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['IndicatorTotalView']['disaggregation']
> = ['none', 'sex', 'sex_age'];
export const jobViewQueueValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['JobView']['queue']
> = ['summaries', 'notifications'];
export const jobViewStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['JobView']['state']
> = ['waiting', 'delayed', 'active', 'completed', 'failed', 'paused', 'stuck'];
export const subscriptionDocFrequencyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['SubscriptionDoc']['frequency']
> = ['weekly', 'monthly'];
export const subscribeDtoFrequencyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['SubscribeDto']['frequency']
> = ['weekly', 'monthly'];
export const notificationDocKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['NotificationDoc']['kind']
> = [
  'record_submitted',
  'record_resubmitted',
  'record_returned',
  'record_validated',
  'record_reopened',
];
export const notificationDocRecordTypeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['NotificationDoc']['recordType']
> = ['report', 'indicator_set'];
export const notificationPreferencesDtoRecord_submittedValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['NotificationPreferencesDto']['record_submitted']
> = ['immediately', 'digest', 'off'];
export const notificationPreferencesDtoRecord_resubmittedValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['NotificationPreferencesDto']['record_resubmitted']
> = ['immediately', 'digest', 'off'];
export const notificationPreferencesDtoRecord_returnedValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['NotificationPreferencesDto']['record_returned']
> = ['immediately', 'digest', 'off'];
export const notificationPreferencesDtoRecord_validatedValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['NotificationPreferencesDto']['record_validated']
> = ['immediately', 'digest', 'off'];
export const notificationPreferencesDtoRecord_reopenedValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['NotificationPreferencesDto']['record_reopened']
> = ['immediately', 'digest', 'off'];
export const deliveryDocKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['DeliveryDoc']['kind']
> = [
  'digest',
  'reminder_due',
  'reminder_overdue',
  'reminder_review',
  'sign_in_failures',
  'workflow_notice',
  'workflow_batch',
  'invitation',
  'password_reset',
  'password_changed',
  'two_factor_reset',
];
export const deliveryDocStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['DeliveryDoc']['status']
> = ['pending', 'sending', 'sent', 'failed'];
export const publicationViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PublicationView']['status']
> = ['published', 'withdrawn'];
export const publicIndicatorViewDisaggregationValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PublicIndicatorView']['disaggregation']
> = ['none', 'sex', 'sex_age'];
export const recordPreviewViewKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RecordPreviewView']['kind']
> = ['report', 'indicator_values'];
export const recordPreviewViewOutcomeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RecordPreviewView']['outcome']
> = ['created', 'changed', 'unchanged', 'refused'];
export const writtenRecordViewKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['WrittenRecordView']['kind']
> = ['report', 'indicator_values'];
export const refusedRecordViewKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RefusedRecordView']['kind']
> = ['report', 'indicator_values'];
export const importViewFileTypeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ImportView']['fileType']
> = ['xlsx', 'csv'];
export const importViewStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ImportView']['state']
> = ['queued', 'processing', 'previewed', 'failed', 'applied', 'discarded'];
export const participantPreviewViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ParticipantPreviewView']['status']
> = ['party', 'signatory'];
export const participantPreviewViewUntcActionCodeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ParticipantPreviewView']['untcActionCode']
> = ['a', 'A', 'AA', 'd'];
export const participantPreviewViewOutcomeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ParticipantPreviewView']['outcome']
> = ['new_party', 'new_signatory', 'changed', 'unchanged', 'unmatched'];
export const treatyImportViewFileTypeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TreatyImportView']['fileType']
> = ['xlsx', 'csv'];
export const treatyImportViewStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['TreatyImportView']['state']
> = ['previewed', 'applied'];
