// The public portal's reads: the /api/v1/public routes and the public reference data, as
// TanStack Query options. None needs a sign-in.
import { queryOptions } from '@tanstack/react-query';
import { api, dataOf } from './client';

type Signal = AbortSignal | undefined;

export type FileFormat = 'csv' | 'json' | 'xlsx' | 'sdmx';
export const FILE_FORMATS: FileFormat[] = ['csv', 'json', 'xlsx', 'sdmx'];

/** A file's address on this site (the API's absolute URLs name the configured public origin). */
export const publicationFilePath = (id: string, format: FileFormat) =>
  `/api/v1/public/publications/${encodeURIComponent(id)}/files/${format}`;

const getPublicProcesses = async (signal?: Signal) =>
  (await dataOf(api.GET('/api/v1/public/processes', { signal }))).items;

const listPublications = (process: string | undefined, signal?: Signal) =>
  dataOf(
    api.GET('/api/v1/public/publications', {
      params: { query: process ? { process } : {} },
      signal,
    }),
  );

const getPublication = (id: string, signal?: Signal) =>
  dataOf(api.GET('/api/v1/public/publications/{id}', { params: { path: { id } }, signal }));

const getPublicationChanges = (id: string, signal?: Signal) =>
  dataOf(api.GET('/api/v1/public/publications/{id}/changes', { params: { path: { id } }, signal }));

const getCountryProfile = (iso3: string, signal?: Signal) =>
  dataOf(api.GET('/api/v1/public/countries/{iso3}', { params: { path: { iso3 } }, signal }));

const getAllCountries = async (signal?: Signal) =>
  (await dataOf(api.GET('/api/v1/countries', { signal }))).items;

const getProtocolStatus = (signal?: Signal) =>
  dataOf(api.GET('/api/v1/treaties/{code}/status', { params: { path: { code: 'SOM' } }, signal }));

/** Reference data and published versions change rarely: read once per page load. */
const STABLE = { staleTime: Infinity } as const;

export const portalQueries = {
  processes: queryOptions({
    queryKey: ['public', 'processes'],
    queryFn: ({ signal }) => getPublicProcesses(signal),
    ...STABLE,
  }),
  /** Every version, newest first (of one process, or of all). */
  publications: (process?: string) =>
    queryOptions({
      queryKey: ['public', 'publications', process ?? null],
      queryFn: ({ signal }) => listPublications(process, signal),
    }),
  publication: (id: string) =>
    queryOptions({
      queryKey: ['public', 'publication', id],
      queryFn: ({ signal }) => getPublication(id, signal),
      ...STABLE,
    }),
  changes: (id: string) =>
    queryOptions({
      queryKey: ['public', 'changes', id],
      queryFn: ({ signal }) => getPublicationChanges(id, signal),
      ...STABLE,
    }),
  country: (iso3: string) =>
    queryOptions({
      queryKey: ['public', 'country', iso3],
      queryFn: ({ signal }) => getCountryProfile(iso3, signal),
    }),
  allCountries: queryOptions({
    queryKey: ['public', 'countries'],
    queryFn: ({ signal }) => getAllCountries(signal),
    ...STABLE,
  }),
  protocolStatus: queryOptions({
    queryKey: ['public', 'treaty-status', 'SOM'],
    queryFn: ({ signal }) => getProtocolStatus(signal),
    ...STABLE,
  }),
};
