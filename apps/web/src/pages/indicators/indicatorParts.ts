// Indicator values as the API patches and merges them: `{ values }`, one part per cell.
import {
  DEFAULT_SENSITIVITY,
  indicatorParts,
  indicatorsFromParts,
  mergeIndicatorParts,
  type IndicatorDocument,
  type Sensitivity,
} from '@app/domain';
import type { AgeGroup, Sex } from '../../api/codes';
import type { IndicatorSetView, IndicatorView } from '../../api/generated/api';
import type { PartDescriber } from '../../components/ConflictView';
import type { I18n } from '../../i18n';
import type { RecordDocument } from '../../lib/editable/recordMerge';
import { toIndicatorValues, type IndicatorForm } from './indicatorForm';

export const indicatorDocument = (
  indicators: IndicatorView[],
): RecordDocument<IndicatorSetView, IndicatorForm, IndicatorDocument> => ({
  ofRecord: (set) => ({ values: set.values }),
  ofForm: (form) => ({ values: toIndicatorValues(form, indicators) }),
  parts: indicatorParts,
  fromParts: indicatorsFromParts,
  merge: mergeIndicatorParts,
  withDocument: (set, document) => ({
    ...set,
    values: document.values.map((value) => ({
      ...value,
      sensitivity: value.sensitivity ?? DEFAULT_SENSITIVITY.indicator,
    })),
  }),
});

const SENSITIVITY_PART = '.sensitivity';

/** `SOM_PERSONS_CONVICTED.female.all` → "Persons convicted for smuggling: Female". */
export const indicatorPartDescriber = (i18n: I18n, indicators: IndicatorView[]): PartDescriber => ({
  label(part) {
    const [code, sex, age] = part.split('.') as [string, Sex | 'all', AgeGroup | 'all'];
    const name = indicators.find((indicator) => indicator.code === code)?.name ?? code;
    const cell = part.endsWith(SENSITIVITY_PART)
      ? i18n.t('sensitivity.valuesLabel')
      : sex === 'all'
        ? i18n.t('indicators.total')
        : age === 'all'
          ? i18n.t(`sex.${sex}`)
          : i18n.t('indicators.cellLabel', {
              sex: i18n.t(`sex.${sex}`),
              age: i18n.t(`age.${age}`),
            });
    return i18n.t('conflict.indicatorCell', { indicator: name, cell });
  },
  value: (part, value) =>
    part.endsWith(SENSITIVITY_PART)
      ? i18n.t(`sensitivity.${value as Sensitivity}`)
      : i18n.number(value as number),
});
