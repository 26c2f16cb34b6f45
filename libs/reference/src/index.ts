export * from './entities';
export * from './views';
export { ReferenceModule } from './reference.module';
export { CountriesService } from './services/countries.service';
export type { CountryFilter } from './services/countries.service';
export { FrameworkService } from './services/framework.service';
export { PeriodsService } from './services/periods.service';
export { ProcessesService } from './services/processes.service';
export { TreatiesService } from './services/treaties.service';
export { seedReferenceData } from './seed/reference-seed';
export type { SeedReport } from './seed/reference-seed';
export { standingAsOf, treatyStatusAsOf } from './domain/treaty-status';
export { FrameworkTexts } from './domain/framework-texts';
export type { TranslationRecord } from './domain/framework-texts';
export type {
  ParticipationRecord,
  Standing,
  TreatyCoverage,
  TreatyParticipation,
  TreatyStanding,
} from './domain/treaty-status';
