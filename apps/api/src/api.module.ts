import { AuditModule } from '@app/audit';
import { AuthModule } from '@app/auth';
import { AppConfig, AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { LoggingModule } from '@app/logging';
import { QueueModule } from '@app/queue';
import { RedisModule, RedisThrottlerStorage } from '@app/redis';
import { ReferenceModule } from '@app/reference';
import { ImportsModule } from '@app/imports';
import { ReportingModule } from '@app/reporting';
import { NotificationsModule } from '@app/notifications';
import { SummariesModule } from '@app/summaries';
import { PublicationsModule } from '@app/publications';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuditController } from './audit/audit.controller';
import { AccountLinksController } from './auth/account-links.controller';
import { AuthController } from './auth/auth.controller';
import { OidcController } from './auth/oidc.controller';
import { MeSecurityController } from './auth/me-security.controller';
import { SessionsController } from './auth/sessions.controller';
import { TwoFactorController } from './auth/two-factor.controller';
import { CountriesController } from './countries/countries.controller';
import { FrameworkController } from './framework/framework.controller';
import { EmailController } from './email/email.controller';
import { HealthController } from './health/health.controller';
import { AuthenticationGuard } from './http/access/authentication.guard';
import { AuthorizationGuard } from './http/access/authorization.guard';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { RateLimitGuard, rateLimits } from './http/rate-limits';
import { RequestShapePipe } from './http/request-shape.pipe';
import { createValidationPipe } from './http/validation';
import { ImportsController } from './imports/imports.controller';
import { IndicatorValuesController } from './indicator-values/indicator-values.controller';
import { JobsController } from './jobs/jobs.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { PeriodsController } from './periods/periods.controller';
import { ProcessesController } from './processes/processes.controller';
import { PublicController } from './public/public.controller';
import { PublicationsController } from './publications/publications.controller';
import { ReportsController } from './reports/reports.controller';
import { SubscriptionsController } from './subscriptions/subscriptions.controller';
import { SummariesController } from './summaries/summaries.controller';
import { TreatiesController } from './treaties/treaties.controller';
import { TreatyImportsController } from './treaties/treaty-imports.controller';
import { UsersController } from './users/users.controller';

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
        RedisModule.forRoot(),
        QueueModule.forRoot(),
        TerminusModule.forRoot({ errorLogStyle: 'pretty', logger: false }),
        ThrottlerModule.forRootAsync({
          inject: [AppConfig, RedisThrottlerStorage],
          useFactory: (appConfig: AppConfig, storage: RedisThrottlerStorage) => ({
            throttlers: rateLimits(appConfig),
            storage,
          }),
        }),
        AuditModule,
        AuthModule,
        ReferenceModule,
        ReportingModule,
        SummariesModule,
        NotificationsModule,
        PublicationsModule,
        ImportsModule,
      ],
      controllers: [
        HealthController,
        AuthController,
        OidcController,
        AccountLinksController,
        MeSecurityController,
        SessionsController,
        TwoFactorController,
        UsersController,
        CountriesController,
        ProcessesController,
        FrameworkController,
        TreatiesController,
        PeriodsController,
        ReportsController,
        IndicatorValuesController,
        SummariesController,
        JobsController,
        SubscriptionsController,
        NotificationsController,
        EmailController,
        AuditController,
        PublicationsController,
        PublicController,
        ImportsController,
        TreatyImportsController,
      ],
      providers: [
        // Shape first (object, depth, storable text), then the DTO rules.
        { provide: APP_PIPE, useClass: RequestShapePipe },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        // Authentication first (who), then authorization (may they), then the rate limits the
        // route is under (per account, so after authentication), for every route.
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_GUARD, useClass: AuthorizationGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}
