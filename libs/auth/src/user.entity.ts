import { Country, RegionalProcess } from '@app/reference';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Locale, Role } from './roles';

/** An account. Focal points are scoped to countries, coordinators to regional processes. */
@Entity('app_user')
@Check('app_user_role_valid', `"role" IN ('admin', 'focal_point', 'coordinator', 'analyst')`)
@Check('app_user_locale_valid', `"locale" IN ('en', 'es', 'fr')`)
@Check('app_user_email_normalized', `"email" = lower(btrim("email")) AND "email" LIKE '%_@_%'`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  /** argon2id, never returned by the API; null while an invitation waits for its owner. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text', default: 'en' })
  locale!: Locale;

  /** IANA time zone: scheduled emails go out at local time. */
  @Column({ type: 'text', default: 'UTC' })
  timeZone!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Bumped when the password changes or the account is deactivated: older tokens stop working. */
  @Column({ type: 'integer', default: 0 })
  tokenVersion!: number;

  /**
   * The TOTP secret, sealed with AES-256-GCM (two-factor/secret-box.ts): pending until a first
   * code confirms it, then enabled.
   */
  @Column({ type: 'text', nullable: true })
  twoFactorSecret!: string | null;

  @Column({ type: 'boolean', default: false })
  twoFactorEnabled!: boolean;

  /** The last 30-second step a code was accepted for: no code works twice. */
  @Column({ type: 'bigint', nullable: true })
  twoFactorLastStep!: string | null;

  /** SHA-256 of each unused recovery code. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  twoFactorRecovery!: string[];

  /** Optimistic concurrency for admin edits (ETag / If-Match). */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @ManyToMany(() => Country)
  @JoinTable({
    name: 'user_country',
    joinColumn: { name: 'user_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'country_iso3', referencedColumnName: 'iso3' },
  })
  countries?: Country[];

  @ManyToMany(() => RegionalProcess)
  @JoinTable({
    name: 'user_process',
    joinColumn: { name: 'user_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'process_code', referencedColumnName: 'code' },
  })
  processes?: RegionalProcess[];
}
