import { REFERENCE_ENTITIES } from '@app/reference';

/** Every entity of every library: what `db:generate` compares the database with. */
export const ALL_ENTITIES = [...REFERENCE_ENTITIES];
