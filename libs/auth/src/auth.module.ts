import { AppConfig } from '@app/config';
import { AuditModule } from '@app/audit';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorService } from './actor.service';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './guards/authentication.guard';
import { AuthorizationGuard } from './guards/authorization.guard';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';
import { User } from './user.entity';
import { UsersService } from './users.service';

/** Accounts, sign-in, access tokens, and the guards that authorize every request. */
@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      // A KeyObject, made once: given the raw string, jsonwebtoken first tries (and fails) to
      // parse it as a PEM public key on every verification, the costliest step of a request.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8')),
      }),
    }),
    AuditModule,
  ],
  providers: [
    PasswordHasher,
    TokenService,
    ActorService,
    AuthService,
    UsersService,
    AuthenticationGuard,
    AuthorizationGuard,
  ],
  exports: [AuthService, UsersService, AuthenticationGuard, AuthorizationGuard],
})
export class AuthModule {}
