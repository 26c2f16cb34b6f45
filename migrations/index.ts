import { MigrationInterface } from 'typeorm';
import { ReferenceData1795417959733 } from './1795417959733-ReferenceData';

/** Every migration, oldest first. `npm run db:generate` writes a file; add its class here. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [ReferenceData1795417959733];
