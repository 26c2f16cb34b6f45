/** What several variables share: whole numbers from text, cron expressions, URLs by scheme. */
export const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;

export const CRON = /^(\S+\s+){4}\S+$/;
export const URL_WITH = (schemes: string[]) => new RegExp(`^(${schemes.join('|')}):\\/\\/[^\\s]+$`);
