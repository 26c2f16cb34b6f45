import type { EntityManager } from 'typeorm';
import type { TranslationRecord } from '../domain/framework-texts';
import type { TranslatedLocale } from '../entities';
import type {
  ActionView,
  IndicatorView,
  ObjectiveView,
  SdgTargetView,
  WorkPlanAreaView,
} from '../views';

type English<View> = Omit<View, 'workingTranslations'>;
export type ObjectiveRow = English<ObjectiveView>;
export type ActionRow = Omit<English<ActionView>, 'checklist'> & {
  checklist: Array<English<ActionView['checklist'][number]>>;
};
export type WorkPlanAreaRow = Omit<English<WorkPlanAreaView>, 'name'>;
export type SdgTargetRow = English<SdgTargetView>;

export async function firstObjective(db: EntityManager): Promise<ObjectiveRow> {
  const [row]: ObjectiveRow[] = await db.query(
    `SELECT o.code, o.number, o.title, o.commitment, o.source_reference AS "sourceReference", s.url AS "sourceUrl"
       FROM objective o JOIN source s ON s.id = o.source_id ORDER BY o.number LIMIT 1`,
  );
  return row;
}

/** The actions with their areas, SDG targets and checklist items, by code. */
export function listActions(db: EntityManager): Promise<ActionRow[]> {
  return db.query(
    `SELECT a.code, a.short_title AS "shortTitle", a.text, a.protocol_articles AS "protocolArticles",
            COALESCE((SELECT array_agg(x.area_code ORDER BY x.area_code) FROM action_area x WHERE x.action_code = a.code), '{}') AS areas,
            COALESCE((SELECT array_agg(x.sdg_target_code ORDER BY x.sdg_target_code) FROM action_sdg_target x WHERE x.action_code = a.code), '{}') AS "sdgTargets",
            COALESCE((SELECT json_agg(json_build_object('code', i.code, 'text', i.text, 'protocolReference', i.protocol_reference,
                                                        'area', i.area_code, 'prefill', i.prefill) ORDER BY i.sort_order)
                        FROM checklist_item i WHERE i.action_code = a.code), '[]') AS checklist
       FROM action a ORDER BY a.code`,
  );
}

/** The Work Plan areas with the actions mapped to each, and the plan's Spanish names. */
export function listWorkPlanAreas(db: EntityManager): Promise<WorkPlanAreaRow[]> {
  return db.query(
    `SELECT w.code, w.plan_code AS plan, w.name_en AS "nameEn", COALESCE(t.text, w.name_en) AS "nameEs",
            COALESCE((SELECT array_agg(x.action_code::text ORDER BY x.action_code) FROM action_area x WHERE x.area_code = w.code), '{}') AS actions
       FROM work_plan_area w
       LEFT JOIN framework_translation t
         ON t.subject = 'work_plan_area' AND t.code = w.code::text AND t.field = 'name' AND t.locale = 'es'
      ORDER BY w.code`,
  );
}

export function listSdgTargets(db: EntityManager): Promise<SdgTargetRow[]> {
  return db.query(
    `SELECT code, goal, text FROM sdg_target ORDER BY goal, string_to_array(code, '.')::int[]`,
  );
}

export type IndicatorRow = Omit<IndicatorView, 'sexes' | 'ageGroups' | 'workingTranslations'>;

export function listIndicators(db: EntityManager): Promise<IndicatorRow[]> {
  return db.query(
    `SELECT code, name, disaggregation, action_code AS action, area_code AS area, sdg_indicator AS "sdgIndicator"
       FROM indicator ORDER BY sort_order`,
  );
}

/** Every framework text translated into one language. */
export function listTranslations(
  db: EntityManager,
  locale: TranslatedLocale,
): Promise<TranslationRecord[]> {
  return db.query(
    `SELECT subject, code, field, text, translation FROM framework_translation WHERE locale = $1`,
    [locale],
  );
}
