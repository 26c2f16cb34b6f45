import { AuditTrail } from '@app/audit';
import {
  Conflict,
  etagOf,
  invalidField,
  NotFound,
  PreconditionRequired,
  StaleVersion,
  ValidationProblem,
  versionFromIfMatch,
} from '@app/problems';
import { CacheInvalidation } from '@app/redis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { retryingTransaction } from '@app/database';
import type { Actor } from './actor';
import { ACTORS_CACHE } from './actor.service';
import { revokeAccountTokens } from './account-tokens/account-token.queries';
import { Invitations } from './account-tokens/invitations.service';
import { PasswordPolicy } from './password-policy';
import { revokeUserSessions } from './sessions/session.queries';
import type { Locale, Role } from './roles';
import { scopeProblems } from './user-scopes';
import {
  insertUser,
  knownCountries,
  knownProcesses,
  listUsers,
  lockUserAndActiveAdmins,
  replaceUserScopes,
  updateUser,
  userById,
  UserFilter,
  UserRow,
} from './users.queries';
import { UserListView, UserView } from './views';

export interface CreateUserCommand {
  email: string;
  name: string;
  /** Without one, the account is invited: its owner gets a link to choose it. */
  password?: string;
  role: Role;
  locale?: Locale;
  timeZone?: string;
  countries?: string[];
  processes?: string[];
}

export type UpdateUserCommand = Partial<Omit<CreateUserCommand, 'email'>> & { active?: boolean };

const toView = (row: UserRow): UserView => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  locale: row.locale,
  timeZone: row.time_zone,
  active: row.active,
  status: !row.active ? 'deactivated' : row.invited ? 'invited' : 'active',
  invitationExpiresAt: row.invitation_expires_at?.toISOString() ?? null,
  twoFactorEnabled: row.two_factor_enabled,
  countries: row.countries,
  processes: row.processes,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  lastLoginAt: row.last_login_at?.toISOString() ?? null,
});

/** Accounts, managed by admins; every change is audited with the account before and after. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordPolicy,
    private readonly audit: AuditTrail,
    private readonly invalidation: CacheInvalidation,
    private readonly invitations: Invitations,
  ) {}

  async list(filter: UserFilter): Promise<UserListView> {
    const { rows, total } = await listUsers(this.dataSource.manager, filter);
    return { items: rows.map(toView), total, page: filter.page, pageSize: filter.pageSize };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserView> {
    const row = await userById(manager, id);
    if (!row) throw new NotFound(`No user with id ${id}`);
    return toView(row);
  }

  async create(actor: Actor, command: CreateUserCommand): Promise<UserView> {
    const email = command.email.trim().toLowerCase();
    const countries = [...new Set(command.countries ?? [])];
    const processes = [...new Set(command.processes ?? [])];
    this.assertScopesFit(command.role, countries, processes);
    const passwordHash =
      command.password === undefined ? null : await this.passwords.hash(command.password);
    return this.dataSource.transaction(async (manager) => {
      await this.assertScopesExist(manager, countries, processes);
      const id = await insertUser(manager, {
        email,
        name: command.name.trim(),
        passwordHash,
        role: command.role,
        locale: command.locale ?? 'en',
        timeZone: command.timeZone ?? 'UTC',
      });
      if (id === undefined)
        throw new Conflict(
          `An account with the email ${email} already exists.`,
          {},
          {
            code: 'already_exists',
          },
        );
      await replaceUserScopes(manager, id, countries, processes);
      if (passwordHash === null) await this.invitations.issue(manager, id);
      const created = await this.get(id, manager);
      await this.audit.record(manager, actor, {
        action: passwordHash === null ? 'user.invited' : 'user.created',
        entityType: 'user',
        entityId: id,
        after: created,
      });
      return created;
    });
  }

  async update(
    actor: Actor,
    id: string,
    command: UpdateUserCommand,
    ifMatch: string | undefined,
  ): Promise<UserView> {
    if (Object.values(command).every((value) => value == null))
      throw new ValidationProblem(
        [{ field: 'body', messages: ['give at least one field to change'] }],
        'Nothing to change.',
      );
    const expected = versionFromIfMatch(ifMatch);
    if (expected === undefined) throw new PreconditionRequired();
    const passwordHash =
      command.password != null ? await this.passwords.hash(command.password) : undefined;
    const updated = await retryingTransaction(this.dataSource, async (manager) => {
      const { before, activeAdmins } = await this.lockForUpdate(manager, id);
      if (expected !== before.version) throw new StaleVersion(before.version);
      const role = command.role ?? before.role;
      const countries = command.countries
        ? [...new Set(command.countries)]
        : role === before.role || role === 'focal_point'
          ? before.countries
          : [];
      const processes = command.processes
        ? [...new Set(command.processes)]
        : role === before.role || role === 'coordinator'
          ? before.processes
          : [];
      this.assertScopesFit(role, countries, processes);
      await this.assertScopesExist(manager, countries, processes);
      const active = command.active ?? before.active;
      const stopsBeingAdmin =
        before.role === 'admin' && before.active && (role !== 'admin' || !active);
      if (stopsBeingAdmin && !activeAdmins.some((admin) => admin !== id))
        throw new Conflict(
          'This is the last active admin; make another admin first.',
          {},
          {
            code: 'last_admin',
          },
        );
      // A new password or a deactivation ends every session the account has.
      const endSessions = passwordHash !== undefined || (before.active && !active);
      await updateUser(manager, id, {
        name: command.name?.trim() ?? before.name,
        role,
        locale: command.locale ?? before.locale,
        timeZone: command.timeZone ?? before.timeZone,
        active,
        passwordHash: passwordHash ?? null,
        endSessions,
      });
      await replaceUserScopes(manager, id, countries, processes);
      if (endSessions) await revokeUserSessions(manager, id);
      // A deactivated account's emailed links stop working with its sessions.
      if (before.active && !active) await revokeAccountTokens(manager, id);
      else if (passwordHash !== undefined) await revokeAccountTokens(manager, id, 'invitation');
      const after = await this.get(id, manager);
      const changes = passwordHash !== undefined ? { ...after, passwordChanged: true } : after;
      await this.audit.record(manager, actor, {
        action: before.active && !active ? 'user.deactivated' : 'user.updated',
        entityType: 'user',
        entityId: id,
        before,
        after: changes,
      });
      return after;
    });
    // After the commit: every process drops the account it cached (role, scopes, sessions).
    await this.invalidation.invalidate(ACTORS_CACHE, id);
    return updated;
  }

  /** DELETE keeps the account (its history stays readable) but deactivates it. */
  async deactivate(actor: Actor, id: string): Promise<void> {
    const current = await this.get(id);
    if (!current.active) return;
    await this.update(actor, id, { active: false }, etagOf(current.version));
  }

  /**
   * Locks the account and every active admin in one statement, in id order: two admins changing
   * each other at once then wait in turn instead of deadlocking, and "is another admin left?"
   * is answered from rows nobody else can change meanwhile.
   */
  private async lockForUpdate(
    manager: EntityManager,
    id: string,
  ): Promise<{ before: UserView; activeAdmins: string[] }> {
    const locked = await lockUserAndActiveAdmins(manager, id);
    if (!locked.some((row) => row.id === id)) throw new NotFound(`No user with id ${id}`);
    const activeAdmins = locked.filter((row) => row.admin).map((row) => row.id);
    return { before: await this.get(id, manager), activeAdmins };
  }

  private assertScopesFit(role: Role, countries: string[], processes: string[]): void {
    const problems = scopeProblems(role, countries, processes);
    if (problems.length > 0) throw new ValidationProblem(problems);
  }

  private async assertScopesExist(
    manager: EntityManager,
    countries: string[],
    processes: string[],
  ): Promise<void> {
    const countryCodes = await knownCountries(manager, countries);
    const unknownCountry = countries.findIndex((code) => !countryCodes.has(code));
    if (unknownCountry >= 0)
      throw invalidField(
        `countries[${unknownCountry}]`,
        `no country with ISO3 code ${countries[unknownCountry]}`,
      );
    const processCodes = await knownProcesses(manager, processes);
    const unknownProcess = processes.findIndex((code) => !processCodes.has(code));
    if (unknownProcess >= 0)
      throw invalidField(
        `processes[${unknownProcess}]`,
        `no regional process with code ${processes[unknownProcess]}`,
      );
  }
}
