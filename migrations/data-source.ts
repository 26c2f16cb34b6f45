import 'reflect-metadata';
import { loadConfig, loadDotEnvFile } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from './entities';

/** For the TypeORM CLI (`npm run db:generate`): the shared options with every entity listed. */
loadDotEnvFile();
export default new DataSource({
  ...dataSourceOptions(loadConfig(), 'gcm9-migration-cli'),
  entities: ALL_ENTITIES,
});
