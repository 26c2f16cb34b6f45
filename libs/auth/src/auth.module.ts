import { AuditModule } from '@app/audit';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountToken } from './account-tokens/account-token.entity';
import { Invitations } from './account-tokens/invitations.service';
import { PasswordResets } from './account-tokens/password-resets.service';
import { ActorService } from './actor.service';
import { AuthService } from './auth.service';
import { OidcSignIn } from './oidc/oidc-sign-in.service';
import { OwnPassword } from './own-password.service';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { AuthSession } from './sessions/auth-session.entity';
import { Sessions } from './sessions/sessions.service';
import { TwoFactor } from './two-factor/two-factor.service';
import { SignInLimiter } from './sign-in-limiter';
import { TokenService } from './token.service';
import { User } from './user.entity';
import { UsersService } from './users.service';

/** Accounts, sign-in and access tokens; the API's guards use them on every request. */
@Module({
  imports: [TypeOrmModule.forFeature([User, AccountToken, AuthSession]), AuditModule],
  providers: [
    PasswordHasher,
    PasswordPolicy,
    TokenService,
    SignInLimiter,
    ActorService,
    AuthService,
    UsersService,
    Invitations,
    PasswordResets,
    OwnPassword,
    Sessions,
    TwoFactor,
    OidcSignIn,
  ],
  exports: [
    AuthService,
    UsersService,
    Invitations,
    PasswordResets,
    OwnPassword,
    Sessions,
    TwoFactor,
    OidcSignIn,
  ],
})
export class AuthModule {}
