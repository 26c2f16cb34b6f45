import { AppConfig } from '@app/config';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options';
import { READ_DATABASE, ReadDatabaseLifecycle, readDatabaseProvider } from './read-database';

/**
 * The TypeORM connection for an app (each library registers its own entities), and the read
 * database beside it (`@InjectReadDatabase()`).
 */
@Module({})
export class DatabaseModule {
  static forRoot(applicationName: string): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config, applicationName),
            autoLoadEntities: true,
            // Start fails fast; the start-up probe already explained an unreachable server.
            retryAttempts: 0,
          }),
        }),
      ],
      providers: [readDatabaseProvider(applicationName), ReadDatabaseLifecycle],
      exports: [READ_DATABASE],
    };
  }
}
