import { AuditModule } from '@app/audit';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorService } from './actor.service';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './guards/authentication.guard';
import { AuthorizationGuard } from './guards/authorization.guard';
import { PasswordHasher } from './password-hasher';
import { SignInLimiter } from './sign-in-limiter';
import { TokenService } from './token.service';
import { User } from './user.entity';
import { UsersService } from './users.service';

/** Accounts, sign-in, access tokens, and the guards that authorize every request. */
@Module({
  imports: [TypeOrmModule.forFeature([User]), AuditModule],
  providers: [
    PasswordHasher,
    TokenService,
    SignInLimiter,
    ActorService,
    AuthService,
    UsersService,
    AuthenticationGuard,
    AuthorizationGuard,
  ],
  exports: [AuthService, UsersService, AuthenticationGuard, AuthorizationGuard],
})
export class AuthModule {}
