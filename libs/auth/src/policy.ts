// The access policy is a domain rule, shared with the worker and the web app.
export { ACCESS_DENIED, mayAccessCountry, readableCountries } from '@app/domain';
export type { Operation } from '@app/domain';
