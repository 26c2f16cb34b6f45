import { AuditModule } from '@app/audit';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorService } from './actor.service';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { SignInLimiter } from './sign-in-limiter';
import { TokenService } from './token.service';
import { User } from './user.entity';
import { UsersService } from './users.service';

/** Accounts, sign-in and access tokens; the API's guards use them on every request. */
@Module({
  imports: [TypeOrmModule.forFeature([User]), AuditModule],
  providers: [PasswordHasher, TokenService, SignInLimiter, ActorService, AuthService, UsersService],
  exports: [AuthService, UsersService],
})
export class AuthModule {}
