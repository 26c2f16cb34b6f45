import type { SummaryView } from '@app/summaries';
import { renderDigest } from '../render/digest-email';
import {
  announcementOf,
  baselineOf,
  countingStart,
  currentPeriod,
  digestRecord,
  digestSections,
  newValidations,
  sectionPeriods,
  ValidationEvent,
} from './digest';

const summary = (overrides: Partial<SummaryView> = {}): SummaryView =>
  ({
    process: 'RCM',
    processName: 'Regional Conference on Migration',
    period: '2025',
    completeness: 0.5,
    validatedReports: 33,
    expectedReports: 66,
    members: 11,
    generatedAt: '2026-11-23T07:00:00.000Z',
    areas: [
      {
        code: 1,
        name: 'Intelligence and investigation',
        nameEn: 'Intelligence and investigation',
        nameEs: 'Inteligencia e investigación',
        scorePercent: 62.5,
      },
      {
        code: 2,
        name: 'Cross-border judicial cooperation',
        nameEn: 'Cross-border judicial cooperation',
        nameEs: 'Cooperación judicial transfronteriza',
        scorePercent: null,
      },
    ],
    overdue: [{ country: 'NIC', missingActions: ['a', 'b'] }],
    protocol: { parties: 10, asOf: '2025-12-31', completeAsOf: '2014-07-10' },
    ...overrides,
  }) as unknown as SummaryView;

describe('digest sections', () => {
  it('shows no change on a first digest', () => {
    const [section] = digestSections(
      [{ process: 'RCM', processName: 'RCM', period: '2025', summary: summary() }],
      null,
      [],
    );
    expect(section.summary).toMatchObject({
      completeness: 0.5,
      completenessChange: null,
      protocol: { parties: 10, change: null },
    });
    expect(section.summary!.areas[0]).toMatchObject({ scorePercent: 62.5, change: null });
  });

  it('shows what changed since the figures of the last digest', () => {
    const before = baselineOf(
      digestSections(
        [{ process: 'RCM', processName: 'RCM', period: '2025', summary: summary() }],
        null,
        [],
      ),
    );
    const later = summary({
      completeness: 0.6061,
      protocol: { parties: 11, asOf: '2025-12-31', completeAsOf: '2014-07-10' },
      areas: [
        { code: 1, name: 'Intelligence and investigation', scorePercent: 70 },
        { code: 2, name: 'Cross-border judicial cooperation', scorePercent: 50 },
      ],
    } as Partial<SummaryView>);
    const [section] = digestSections(
      [{ process: 'RCM', processName: 'RCM', period: '2025', summary: later }],
      before,
      [],
    );
    expect(section.summary).toMatchObject({
      completenessChange: 0.1061,
      protocol: { parties: 11, change: 1 },
    });
    expect(section.summary!.areas).toEqual([
      expect.objectContaining({ code: 1, scorePercent: 70, previousPercent: 62.5, change: 7.5 }),
      // No score last time: nothing to compare with.
      expect.objectContaining({ code: 2, scorePercent: 50, previousPercent: null, change: null }),
    ]);
  });

  it('marks a section unchanged when no validation came and every figure is as last time', () => {
    const inputs = [{ process: 'RCM', processName: 'RCM', period: '2025', summary: summary() }];
    const before = baselineOf(digestSections(inputs, null, []));
    expect(digestSections(inputs, before, [])[0].unchanged).toBe(true);
    // A first digest, a changed figure, or a new validation: the full section.
    expect(digestSections(inputs, null, [])[0].unchanged).toBe(false);
    const moved = [{ ...inputs[0], summary: summary({ completeness: 0.55 }) }];
    expect(digestSections(moved, before, [])[0].unchanged).toBe(false);
    const validated = {
      process: 'RCM',
      period: '2025',
      country: 'MEX',
      countryName: 'Mexico',
      action: 'd',
      validatedAt: '2026-11-20T10:00:00Z',
    };
    expect(digestSections(inputs, before, [validated])[0].unchanged).toBe(false);
  });

  it('states no Protocol change when the count is only a lower bound', () => {
    const inputs = [{ process: 'RCM', processName: 'RCM', period: '2025', summary: summary() }];
    const before = baselineOf(digestSections(inputs, null, []));
    const bounded = summary({
      protocol: {
        parties: 9,
        partiesAtLeast: true,
        asOf: '2026-12-31',
        completeAsOf: '2025-06-30',
      },
    } as Partial<SummaryView>);
    const [section] = digestSections([{ ...inputs[0], summary: bounded }], before, []);
    expect(section.summary!.protocol).toMatchObject({
      parties: 9,
      partiesAtLeast: true,
      change: null,
    });
  });

  it('lists only the validations of the section’s process and period', () => {
    const validation = (process: string, period: string) => ({
      process,
      period,
      country: 'MEX',
      countryName: 'Mexico',
      action: 'd',
      validatedAt: '2026-11-20T10:00:00Z',
    });
    const [section] = digestSections(
      [{ process: 'RCM', processName: 'RCM', period: '2025', summary: null }],
      null,
      [validation('RCM', '2025'), validation('RCM', '2026'), validation('SACM', '2025')],
    );
    expect(section.summary).toBeNull();
    expect(section.newValidations).toEqual([validation('RCM', '2025')]);
  });
});

describe('what a digest counts and announces', () => {
  const validation = (process: string, period: string, at: string): ValidationEvent => ({
    process,
    period,
    country: 'MEX',
    countryName: 'Mexico',
    action: 'd',
    validatedAt: at,
  });
  const first = validation('RCM', '2025', '2026-11-20T10:00:00Z');
  const second = validation('RCM', '2026', '2026-11-21T10:00:00Z');

  it('counts from a little before where the last digest stopped, or from `since`', () => {
    const since = new Date('2026-11-16T00:00:00Z');
    expect(countingStart(null, since)).toBe(since);
    expect(countingStart({ sections: {} }, since)).toBe(since);
    expect(
      countingStart({ countedUntil: '2026-11-23T07:00:00.000Z', sections: {} }, since),
    ).toEqual(new Date('2026-11-23T06:50:00.000Z'));
  });

  it('announces a validation once, even when it is counted again', () => {
    const previous = { announced: [announcementOf(first)], sections: {} };
    expect(newValidations([first, second], previous)).toEqual([second]);
    expect(newValidations([first, second], null)).toEqual([first, second]);
  });

  it('reports the current period and every period with a new validation, newest first', () => {
    expect(sectionPeriods('RCM', '2026', [first, second])).toEqual(['2026', '2025']);
    expect(sectionPeriods('SACM', '2026', [first, second])).toEqual(['2026']);
    expect(sectionPeriods('RCM', null, [first])).toEqual(['2025']);
  });

  it('records the figures shown, until when it counted and what it announced', () => {
    const sections = digestSections(
      [{ process: 'RCM', processName: 'RCM', period: '2025', summary: summary() }],
      null,
      [first],
    );
    const record = digestRecord(sections, new Date('2026-11-23T07:00:00Z'), [first, first]);
    expect(record).toEqual({
      ...baselineOf(sections),
      countedUntil: '2026-11-23T07:00:00.000Z',
      announced: [announcementOf(first)],
    });
    expect(record.sections['RCM/2025']).toMatchObject({ completeness: 0.5, protocolParties: 10 });
  });
});

describe('renderDigest', () => {
  it('gives an unchanged section its completeness line only, and a lower bound as "at least"', () => {
    const inputs = [{ process: 'RCM', processName: 'RCM', period: '2025', summary: summary() }];
    const before = baselineOf(digestSections(inputs, null, []));
    const bounded = summary({
      protocol: {
        parties: 9,
        partiesAtLeast: true,
        asOf: '2026-12-31',
        completeAsOf: '2025-06-30',
      },
    } as Partial<SummaryView>);
    const email = renderDigest({
      locale: 'en',
      recipientName: 'Ana',
      frequency: 'weekly',
      since: '2026-11-16',
      sections: digestSections(
        [...inputs, { process: 'SACM', processName: 'SACM', period: '2025', summary: bounded }],
        before,
        [],
      ),
      summaryUrl: (p, y) => `https://tracker.example/summaries/${p}/${y}`,
      unsubscribeUrl: 'https://tracker.example/u',
      unsubscribeProcessUrl: () => 'https://tracker.example/p',
      manageUrl: 'https://tracker.example/profile',
      chartCid: () => null,
    });
    const [rcm, sacm] = email.text.split(/\n(?=SACM \(SACM\))/);
    expect(rcm).toContain('Completeness 50.0%. Nothing changed since your last digest.');
    expect(rcm).not.toMatch(/Work Plan area scores|Overdue members|Newly validated/);
    expect(sacm).toMatch(/Work Plan area scores/);
    expect(sacm).toContain(
      'At least 9 of 11 members are parties to the Protocol (treaty data complete to 2025-06-30)',
    );
  });

  const sections = digestSections(
    [
      {
        process: 'RCM',
        processName: 'Conferencia Regional sobre Migración',
        period: '2025',
        // As the digest loads it for a Spanish reader: the framework's texts in Spanish.
        summary: summary({
          areas: summary().areas.map((area) => ({ ...area, name: area.nameEs })),
        }),
      },
    ],
    null,
    [],
  );
  const render = (locale: string) =>
    renderDigest({
      locale,
      recipientName: 'María <Admin>',
      frequency: 'weekly',
      since: '2026-11-16',
      sections,
      summaryUrl: (p, y) => `https://tracker.example/summaries/${p}/${y}`,
      unsubscribeUrl: 'https://tracker.example/api/v1/unsubscribe?token=t',
      unsubscribeProcessUrl: () => 'https://tracker.example/api/v1/unsubscribe?token=p',
      manageUrl: 'https://tracker.example/profile',
      chartCid: () => 'areas-RCM-2025@gcm9.tracker',
    });

  it('writes in the subscriber’s language', () => {
    const email = render('es');
    expect(email.subject).toBe('Resumen semanal del Objetivo 9: RCM');
    expect(email.text).toContain('Completitud: 50,0\u00a0%');
    expect(email.text).toContain('1. Inteligencia e investigación');
    expect(render('fr').subject).toBe('Synthèse hebdomadaire de l’Objectif 9 : RCM');
    expect(render('xx').subject).toBe('Weekly Objective 9 digest: RCM');
  });

  it('escapes what users wrote and refers to the inline chart', () => {
    const email = render('en');
    expect(email.html).toContain('María &lt;Admin&gt;');
    expect(email.html).not.toContain('<Admin>');
    expect(email.html).toContain('src="cid:areas-RCM-2025@gcm9.tracker"');
    expect(email.text).toContain('NIC');
    expect(email.text).toContain('https://tracker.example/summaries/RCM/2025');
  });
});

describe('the period a digest reports on', () => {
  const periods = [
    { code: '2024', dueOn: '2025-03-31' },
    { code: '2026', dueOn: '2027-03-31' },
    { code: '2025', dueOn: '2026-03-31' },
  ];

  it('is the next one due, counting the due day itself', () => {
    expect(currentPeriod(periods, '2026-11-30')).toBe('2026');
    expect(currentPeriod(periods, '2026-03-31')).toBe('2025');
    expect(currentPeriod(periods, '2020-01-01')).toBe('2024');
  });

  it('takes the earlier of two periods due the same day, whatever their order', () => {
    const tie = [
      { code: '2026', dueOn: '2027-03-31' },
      { code: '2025', dueOn: '2027-03-31' },
    ];
    expect(currentPeriod(tie, '2026-11-30')).toBe('2025');
    expect(currentPeriod([...tie].reverse(), '2026-11-30')).toBe('2025');
    expect(currentPeriod(tie, '2027-04-01')).toBe('2026');
  });

  it('is the latest once none is due any more, and none without periods', () => {
    expect(currentPeriod(periods, '2027-04-01')).toBe('2026');
    expect(currentPeriod([], '2026-11-30')).toBeNull();
  });
});
