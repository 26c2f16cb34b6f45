import type { Actor } from '@app/auth';
import {
  Audience,
  IndicatorDocument,
  indicatorValuesShownTo,
  mergeIndicatorParts,
  indicatorParts,
  indicatorsFromParts,
  IndicatorValueInput,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import type { PatchableKind } from '../core/patch-record';
import type { IndicatorSetView } from '../views';
import { IndicatorSetRecords } from './indicator-set-records';
import type { IndicatorSetKey } from './indicator-values.queries';
import { SaveIndicatorValues } from './save-indicator-values';

/** Indicator values patched cell by cell: `{ values }` is the document, saved like a PUT. */
@Injectable()
export class IndicatorSetPatches implements PatchableKind<
  IndicatorSetKey,
  IndicatorSetView,
  IndicatorDocument
> {
  readonly parts = indicatorParts;
  readonly fromParts = indicatorsFromParts;
  // Cells merge one by one, as long as each indicator still adds up.
  readonly merge = mergeIndicatorParts;

  constructor(
    readonly records: IndicatorSetRecords,
    private readonly saveValues: SaveIndicatorValues,
  ) {}

  documentOf(view: IndicatorSetView): IndicatorDocument {
    return { values: view.values };
  }

  documentOfKept(content: unknown, audience: Audience): IndicatorDocument {
    return { values: indicatorValuesShownTo(content as IndicatorValueInput[], audience).values };
  }

  save(actor: Actor, key: IndicatorSetKey, document: IndicatorDocument, expected: number) {
    return this.saveValues.execute(actor, key, document.values, expected);
  }
}
