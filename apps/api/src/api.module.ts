import { AppConfig, AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { LoggingModule } from '@app/logging';
import { QueueModule } from '@app/queue';
import { ReferenceModule } from '@app/reference';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { CountriesController } from './countries/countries.controller';
import { FrameworkController } from './framework/framework.controller';
import { HealthController } from './health/health.controller';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/validation';
import { PeriodsController } from './periods/periods.controller';
import { ProcessesController } from './processes/processes.controller';
import { TreatiesController } from './treaties/treaties.controller';

/** The HTTP API: composes the libraries and their controllers. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot('api'),
        DatabaseModule.forRoot('gcm9-api'),
        QueueModule.forRoot(),
        TerminusModule.forRoot({ errorLogStyle: 'pretty', logger: false }),
        ReferenceModule,
      ],
      controllers: [
        HealthController,
        CountriesController,
        ProcessesController,
        FrameworkController,
        TreatiesController,
        PeriodsController,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
