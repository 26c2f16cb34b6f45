/** The global prefix of every API route: paths and links are built from it, never spelled out. */
export const API_PREFIX = 'api/v1';

/** A path under the API prefix, each segment encoded: apiPath('users', id) is /api/v1/users/<id>. */
export const apiPath = (...segments: string[]): string =>
  `/${[API_PREFIX, ...segments.map(encodeURIComponent)].join('/')}`;
