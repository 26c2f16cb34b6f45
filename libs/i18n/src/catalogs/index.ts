import type { Locale } from '../locales';
import { en, type Catalog } from './en';
import { es } from './es';
import { fr } from './fr';

export type { Catalog, MessageKey } from './en';

export const CATALOGS: Record<Locale, Catalog> = { en, es, fr };
