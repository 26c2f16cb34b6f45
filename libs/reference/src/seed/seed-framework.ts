import { translationRows } from './framework-translations';
import type { FrameworkFile } from './reference-files';
import { actionsWithMappings } from './seed.queries';
import { Seeder } from './seeder';

async function seedObjectiveAndAreas(seeder: Seeder, framework: FrameworkFile): Promise<void> {
  const { objective, workPlan } = framework;
  await seeder.sync(
    'objective',
    {
      code: 'text',
      number: 'smallint',
      title: 'text',
      commitment: 'text',
      source_id: 'text',
      source_reference: 'text',
    },
    ['code'],
    [
      {
        code: objective.code,
        number: objective.number,
        title: objective.title,
        commitment: objective.commitment,
        source_id: objective.sourceId,
        source_reference: objective.sourceReference,
      },
    ],
  );
  await seeder.sync(
    'work_plan_area',
    { code: 'smallint', plan_code: 'text', name_en: 'text' },
    ['code'],
    workPlan.areas.map((area) => ({
      code: area.code,
      plan_code: workPlan.code,
      name_en: area.name,
    })),
  );
  await seeder.sync(
    'sdg_target',
    { code: 'text', goal: 'smallint', text: 'text' },
    ['code'],
    framework.sdgTargets.targets.map((target) => ({
      code: target.code,
      goal: Number(target.code.split('.')[0]),
      text: target.text,
    })),
  );
}

async function seedActions(seeder: Seeder, framework: FrameworkFile): Promise<void> {
  await seeder.sync(
    'action',
    {
      code: 'char(1)',
      objective_code: 'text',
      short_title: 'text',
      text: 'text',
      protocol_articles: 'text',
    },
    ['code'],
    framework.actions.map((action) => ({
      code: action.code,
      objective_code: framework.objective.code,
      short_title: action.shortTitle,
      text: action.text,
      protocol_articles: action.protocolArticles,
    })),
  );
  // Mappings are admin-owned: defaults go in only for an action that has none yet, so a
  // mapping an admin removed stays removed.
  const withAreas = await actionsWithMappings(seeder.manager, 'action_area');
  await seeder.sync(
    'action_area',
    { action_code: 'char(1)', area_code: 'smallint' },
    ['action_code', 'area_code'],
    framework.actions
      .filter((action) => !withAreas.has(action.code))
      .flatMap((action) =>
        action.areas.map((area) => ({ action_code: action.code, area_code: area })),
      ),
    { mode: 'insert-only' },
  );
  const withTargets = await actionsWithMappings(seeder.manager, 'action_sdg_target');
  await seeder.sync(
    'action_sdg_target',
    { action_code: 'char(1)', sdg_target_code: 'text' },
    ['action_code', 'sdg_target_code'],
    framework.actions
      .filter((action) => !withTargets.has(action.code))
      .flatMap((action) =>
        action.sdgTargets.map((target) => ({ action_code: action.code, sdg_target_code: target })),
      ),
    { mode: 'insert-only' },
  );
}

async function seedChecklistAndIndicators(seeder: Seeder, framework: FrameworkFile): Promise<void> {
  await seeder.sync(
    'checklist_item',
    {
      code: 'text',
      action_code: 'char(1)',
      sort_order: 'smallint',
      text: 'text',
      protocol_reference: 'text',
      area_code: 'smallint',
      prefill: 'text',
    },
    ['code'],
    framework.checklist.items.map((item, index) => ({
      code: item.code,
      action_code: item.code[0],
      sort_order: index + 1,
      text: item.text,
      protocol_reference: item.reference,
      area_code: item.area ?? null,
      prefill: item.prefill ?? null,
    })),
  );
  await seeder.sync(
    'indicator',
    {
      code: 'text',
      sort_order: 'smallint',
      name: 'text',
      disaggregation: 'text',
      action_code: 'char(1)',
      area_code: 'smallint',
      sdg_indicator: 'text',
    },
    ['code'],
    framework.indicators.map((indicator, index) => ({
      code: indicator.code,
      sort_order: index + 1,
      name: indicator.name,
      disaggregation: indicator.disaggregation,
      action_code: indicator.action,
      area_code: indicator.area,
      sdg_indicator: indicator.sdgIndicator ?? null,
    })),
  );
}

async function seedTranslations(seeder: Seeder, framework: FrameworkFile): Promise<void> {
  const rows = translationRows(framework);
  const columns = {
    subject: 'text',
    code: 'text',
    field: 'text',
    locale: 'text',
    text: 'text',
    translation: 'text',
    source_id: 'text',
  } as const;
  await seeder.sync('framework_translation', columns, ['subject', 'code', 'field', 'locale'], rows);
  await seeder.prune(
    'framework_translation',
    { subject: 'text', code: 'text', field: 'text', locale: 'text' },
    rows,
  );
}

/**
 * Objective 9 as the framework file has it: objective, areas, targets, actions, checklist,
 * indicators, and their Spanish and French.
 */
export async function seedFramework(seeder: Seeder, framework: FrameworkFile): Promise<void> {
  await seedObjectiveAndAreas(seeder, framework);
  await seedActions(seeder, framework);
  await seedChecklistAndIndicators(seeder, framework);
  await seedTranslations(seeder, framework);
}
