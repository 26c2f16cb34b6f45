import { AuditTrail } from '@app/audit';
import {
  etagOf,
  invalidField,
  PreconditionRequired,
  StaleVersion,
  ValidationProblem,
  versionFromIfMatch,
} from '@app/problems';
import { CacheInvalidation } from '@app/queue';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { retryingTransaction } from '@app/database';
import type { Actor } from './actor';
import { ACTORS_CACHE } from './actor.service';
import { PasswordHasher } from './password-hasher';
import type { Locale, Role } from './roles';
import { scopeProblems } from './user-scopes';
import { UserListView, UserView } from './views';

export interface CreateUserCommand {
  email: string;
  name: string;
  password: string;
  role: Role;
  locale?: Locale;
  timeZone?: string;
  countries?: string[];
  processes?: string[];
}

export type UpdateUserCommand = Partial<Omit<CreateUserCommand, 'email'>> & { active?: boolean };

export interface UserFilter {
  role?: Role;
  active?: boolean;
  country?: string;
  process?: string;
  page: number;
  pageSize: number;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  time_zone: string;
  active: boolean;
  version: number;
  countries: string[];
  processes: string[];
  created_at: Date;
  updated_at: Date;
  last_login_at: Date | null;
}

const USER_SELECT = `
  SELECT u.id, u.email, u.name, u.role, u.locale, u.time_zone, u.active, u.version, u.created_at, u.updated_at, u.last_login_at,
         ARRAY(SELECT c.country_iso3::text FROM user_country c WHERE c.user_id = u.id ORDER BY 1) AS countries,
         ARRAY(SELECT p.process_code FROM user_process p WHERE p.user_id = u.id ORDER BY 1) AS processes
    FROM app_user u`;

const toView = (row: UserRow): UserView => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  locale: row.locale,
  timeZone: row.time_zone,
  active: row.active,
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
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
    private readonly invalidation: CacheInvalidation,
  ) {}

  async list(filter: UserFilter): Promise<UserListView> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (condition: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(condition(`$${params.length}`));
    };
    if (filter.role) add((p) => `u.role = ${p}`, filter.role);
    if (filter.active !== undefined) add((p) => `u.active = ${p}`, filter.active);
    if (filter.country)
      add(
        (p) =>
          `EXISTS (SELECT 1 FROM user_country c WHERE c.user_id = u.id AND c.country_iso3 = ${p})`,
        filter.country,
      );
    if (filter.process)
      add(
        (p) =>
          `EXISTS (SELECT 1 FROM user_process s WHERE s.user_id = u.id AND s.process_code = ${p})`,
        filter.process,
      );
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM app_user u ${clause}`,
      params,
    );
    const rows: UserRow[] = await this.dataSource.query(
      `${USER_SELECT} ${clause} ORDER BY u.email LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
      params,
    );
    return { items: rows.map(toView), total, page: filter.page, pageSize: filter.pageSize };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserView> {
    const [row]: UserRow[] = await manager.query(`${USER_SELECT} WHERE u.id = $1`, [id]);
    if (!row) throw new NotFoundException(`No user with id ${id}`);
    return toView(row);
  }

  async create(actor: Actor, command: CreateUserCommand): Promise<UserView> {
    const email = command.email.trim().toLowerCase();
    const countries = [...new Set(command.countries ?? [])];
    const processes = [...new Set(command.processes ?? [])];
    this.assertScopesFit(command.role, countries, processes);
    const passwordHash = await this.hasher.hash(command.password);
    return this.dataSource.transaction(async (manager) => {
      await this.assertScopesExist(manager, countries, processes);
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO app_user (email, name, password_hash, role, locale, time_zone) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [
          email,
          command.name.trim(),
          passwordHash,
          command.role,
          command.locale ?? 'en',
          command.timeZone ?? 'UTC',
        ],
      );
      if (inserted.length === 0)
        throw new ConflictException(`An account with the email ${email} already exists.`);
      const id = inserted[0].id;
      await this.replaceScopes(manager, id, countries, processes);
      const created = await this.get(id, manager);
      await this.audit.record(manager, actor, {
        action: 'user.created',
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
      command.password != null ? await this.hasher.hash(command.password) : undefined;
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
        throw new ConflictException('This is the last active admin; make another admin first.');
      // A new password or a deactivation ends every session the account has.
      const endSessions = passwordHash !== undefined || (before.active && !active);
      await manager.query(
        `UPDATE app_user SET name = $2, role = $3, locale = $4, active = $5,
                password_hash = COALESCE($6, password_hash),
                token_version = token_version + $7, time_zone = $8, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [
          id,
          command.name?.trim() ?? before.name,
          role,
          command.locale ?? before.locale,
          active,
          passwordHash ?? null,
          endSessions ? 1 : 0,
          command.timeZone ?? before.timeZone,
        ],
      );
      await this.replaceScopes(manager, id, countries, processes);
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
    const locked: Array<{ id: string; admin: boolean }> = await manager.query(
      `SELECT id, (role = 'admin' AND active) AS admin FROM app_user
        WHERE id = $1 OR (role = 'admin' AND active) ORDER BY id FOR UPDATE`,
      [id],
    );
    if (!locked.some((row) => row.id === id)) throw new NotFoundException(`No user with id ${id}`);
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
    const known = async (sql: string, codes: string[]): Promise<Set<string>> =>
      new Set((await manager.query(sql, [codes])).map((row: { code: string }) => row.code));
    const countryCodes = await known(
      `SELECT iso3::text AS code FROM country WHERE iso3 = ANY($1)`,
      countries,
    );
    const unknownCountry = countries.findIndex((code) => !countryCodes.has(code));
    if (unknownCountry >= 0)
      throw invalidField(
        `countries[${unknownCountry}]`,
        `no country with ISO3 code ${countries[unknownCountry]}`,
      );
    const processCodes = await known(
      `SELECT code FROM regional_process WHERE code = ANY($1)`,
      processes,
    );
    const unknownProcess = processes.findIndex((code) => !processCodes.has(code));
    if (unknownProcess >= 0)
      throw invalidField(
        `processes[${unknownProcess}]`,
        `no regional process with code ${processes[unknownProcess]}`,
      );
  }

  private async replaceScopes(
    manager: EntityManager,
    id: string,
    countries: string[],
    processes: string[],
  ): Promise<void> {
    await manager.query(`DELETE FROM user_country WHERE user_id = $1`, [id]);
    await manager.query(`DELETE FROM user_process WHERE user_id = $1`, [id]);
    if (countries.length) {
      await manager.query(
        `INSERT INTO user_country (user_id, country_iso3) SELECT $1, unnest($2::text[])`,
        [id, countries],
      );
    }
    if (processes.length) {
      await manager.query(
        `INSERT INTO user_process (user_id, process_code) SELECT $1, unnest($2::text[])`,
        [id, processes],
      );
    }
  }
}
