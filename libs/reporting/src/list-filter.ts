import { Actor, readableCountries } from '@app/auth';

/** A WHERE clause and its parameters, built one condition at a time. */
export class SqlConditions {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds a parameter and returns its placeholder ($1, $2…). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds `condition(placeholder)` when `value` is given. */
  when(value: unknown, condition: (placeholder: string) => string): this {
    if (value !== undefined && value !== null && value !== '')
      this.conditions.push(condition(this.param(value)));
    return this;
  }

  get clause(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

/**
 * The conditions every reviewed-record list shares: what the caller may read, then the country,
 * regional process (its members) and period asked for. `alias` is the listed table.
 */
export function scopedConditions(
  alias: string,
  actor: Actor,
  filter: { country?: string; process?: string; period?: string },
): SqlConditions {
  const readable = readableCountries(actor);
  return new SqlConditions()
    .when(
      readable === 'all' ? undefined : readable,
      (p) => `${alias}.country_iso3 = ANY(${p}::text[])`,
    )
    .when(filter.country, (p) => `${alias}.country_iso3 = ${p}`)
    .when(
      filter.process,
      (p) =>
        `${alias}.country_iso3 IN (SELECT country_iso3 FROM process_membership WHERE process_code = ${p} AND role = 'member')`,
    )
    .when(filter.period, (p) => `${alias}.period_code = ${p}`);
}
