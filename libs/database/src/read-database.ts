import { AppConfig } from '@app/config';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export const READ_DATABASE = Symbol('READ_DATABASE');

/**
 * Injects the database for reads that tolerate replication lag (lists, stored summaries, the
 * public portal): the replica of DATABASE_READ_URL, or the primary when there is none. Writes,
 * and reads that must see the caller's own write (a record, its version), use the primary.
 */
export const InjectReadDatabase = () => Inject(READ_DATABASE);

export const readDatabaseProvider = (applicationName: string) => ({
  provide: READ_DATABASE,
  inject: [AppConfig, getDataSourceToken()],
  useFactory: async (config: AppConfig, primary: DataSource): Promise<DataSource> => {
    const readUrl = config.database.readUrl;
    if (!readUrl) return primary;
    // Raw SQL only (typed query modules): the replica needs no entities or migrations.
    const replica = new DataSource({
      ...dataSourceOptions(config, `${applicationName}-read`),
      url: readUrl,
      migrations: [],
    });
    return replica.initialize();
  },
});

@Injectable()
export class ReadDatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    @InjectReadDatabase() private readonly read: DataSource,
    @Inject(getDataSourceToken()) private readonly primary: DataSource,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.read !== this.primary && this.read.isInitialized) await this.read.destroy();
  }
}
