import type { SummaryView } from '@app/summaries';

/** What a digest reported, stored with its delivery: the next digest's changes start from here. */
export interface DigestBaseline {
  /** Until when the digest counted validations, and which it announced (ISO time; keys). */
  countedUntil?: string;
  announced?: string[];
  sections: Record<
    string,
    { completeness: number; protocolParties: number; areas: Record<string, number | null> }
  >;
}

export interface ValidationEvent {
  process: string;
  period: string;
  country: string;
  countryName: string;
  action: string;
  validatedAt: string;
}

export interface DigestSection {
  process: string;
  processName: string;
  period: string;
  /** Null until the worker computed the summary. */
  summary: {
    generatedAt: string;
    completeness: number;
    completenessChange: number | null;
    validatedReports: number;
    expectedReports: number;
    members: number;
    areas: Array<{
      code: number;
      name: string;
      scorePercent: number | null;
      previousPercent: number | null;
      change: number | null;
    }>;
    overdue: Array<{ country: string; missingActions: string[] }>;
    protocol: {
      parties: number;
      /** Past the treaty data's complete date the count is a lower bound, and no change is stated. */
      partiesAtLeast: boolean;
      asOf: string;
      change: number | null;
      completeAsOf: string;
    };
  } | null;
  newValidations: ValidationEvent[];
  /**
   * Nothing changed since the last digest (no validation, same figures): the email gives the
   * completeness line only, not the same tables again.
   */
  unchanged: boolean;
}

const sectionKey = (process: string, period: string) => `${process}/${period}`;
const difference = (now: number | null, before: number | null | undefined) =>
  now === null || before === null || before === undefined
    ? null
    : Number((now - before).toFixed(1));

/**
 * A digest's sections: for each subscribed process and period worth reporting, the stored
 * summary's figures (the same numbers as the summary page), what changed since the last digest
 * the subscriber got, and the reports validated since then.
 */
export function digestSections(
  inputs: Array<{
    process: string;
    processName: string;
    period: string;
    summary: SummaryView | null;
  }>,
  baseline: DigestBaseline | null,
  validations: ValidationEvent[],
): DigestSection[] {
  return inputs.map(({ process, processName, period, summary }) => {
    const before = baseline?.sections[sectionKey(process, period)];
    const sectionValidations = validations.filter(
      (v) => v.process === process && v.period === period,
    );
    return {
      process,
      processName,
      period,
      summary: summary && {
        generatedAt: summary.generatedAt,
        completeness: summary.completeness,
        completenessChange: before
          ? Number((summary.completeness - before.completeness).toFixed(4))
          : null,
        validatedReports: summary.validatedReports,
        expectedReports: summary.expectedReports,
        members: summary.members,
        areas: summary.areas.map((area) => {
          const previous = before ? (before.areas[String(area.code)] ?? null) : null;
          return {
            code: area.code,
            name: area.name,
            scorePercent: area.scorePercent,
            previousPercent: previous,
            change: before ? difference(area.scorePercent, previous) : null,
          };
        }),
        overdue: summary.overdue,
        protocol: {
          parties: summary.protocol.parties,
          partiesAtLeast: summary.protocol.partiesAtLeast,
          asOf: summary.protocol.asOf,
          change:
            before && !summary.protocol.partiesAtLeast
              ? summary.protocol.parties - before.protocolParties
              : null,
          completeAsOf: summary.protocol.completeAsOf,
        },
      },
      newValidations: sectionValidations,
      unchanged:
        sectionValidations.length === 0 && !!summary && !!before && sameFigures(summary, before),
    };
  });
}

/** The figures a digest compares are those it stored last time. */
function sameFigures(summary: SummaryView, before: DigestBaseline['sections'][string]): boolean {
  return (
    summary.completeness === before.completeness &&
    summary.protocol.parties === before.protocolParties &&
    summary.areas.every((area) => (before.areas[String(area.code)] ?? null) === area.scorePercent)
  );
}

/** The figures a digest showed, to compare the next one with. */
export function baselineOf(sections: DigestSection[]): DigestBaseline {
  return {
    sections: Object.fromEntries(
      sections.flatMap((section) =>
        section.summary
          ? [
              [
                sectionKey(section.process, section.period),
                {
                  completeness: section.summary.completeness,
                  protocolParties: section.summary.protocol.parties,
                  areas: Object.fromEntries(
                    section.summary.areas.map((area) => [String(area.code), area.scorePercent]),
                  ),
                },
              ],
            ]
          : [],
      ),
    ),
  };
}

/** How far back of the last digest's count the next one looks again. */
const COUNT_OVERLAP_MS = 10 * 60 * 1000;

/** The key a validation is announced under, so that no digest announces it twice. */
export const announcementOf = (v: ValidationEvent) =>
  `${v.process}/${v.country}/${v.period}/${v.action}@${v.validatedAt}`;

/**
 * Where a digest starts counting validations: a little before where the last digest stopped
 * counting (a validation committed while it was being sent is not lost), else `since`.
 */
export function countingStart(previous: DigestBaseline | null, since: Date): Date {
  return previous?.countedUntil
    ? new Date(Date.parse(previous.countedUntil) - COUNT_OVERLAP_MS)
    : since;
}

/** The validations counted, less those the last digest announced. */
export function newValidations(
  counted: ValidationEvent[],
  previous: DigestBaseline | null,
): ValidationEvent[] {
  const announced = new Set(previous?.announced ?? []);
  return counted.filter((v) => !announced.has(announcementOf(v)));
}

/** A process's periods worth a section: the current one and any with a new validation, newest first. */
export function sectionPeriods(
  process: string,
  current: string | null,
  validations: ValidationEvent[],
): string[] {
  const periods = new Set([
    ...(current ? [current] : []),
    ...validations.filter((v) => v.process === process).map((v) => v.period),
  ]);
  return [...periods].sort().reverse();
}

/** What a digest stores with its delivery: its figures, until when it counted, what it announced. */
export function digestRecord(
  sections: DigestSection[],
  countedUntil: Date,
  validations: ValidationEvent[],
): DigestBaseline {
  return {
    ...baselineOf(sections),
    countedUntil: countedUntil.toISOString(),
    announced: [...new Set(validations.map(announcementOf))],
  };
}

/** A reporting period and the day its reports are due (YYYY-MM-DD). */
export interface ReportingPeriodDue {
  code: string;
  dueOn: string;
}

/**
 * The period being reported on `today`: the next one due, or the latest when none is due any
 * more. Two periods due the same day (an admin may set any day): the earlier one first.
 */
export function currentPeriod(periods: ReportingPeriodDue[], today: string): string | null {
  const byDue = (a: ReportingPeriodDue, b: ReportingPeriodDue) =>
    a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.code < b.code ? -1 : 1;
  const ahead = periods.filter((p) => p.dueOn >= today).sort(byDue);
  return (ahead[0] ?? [...periods].sort(byDue).at(-1))?.code ?? null;
}
