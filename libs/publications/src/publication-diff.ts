export type Figure = string | number | boolean | null;

export interface FigureChange {
  /** Where the figure is: `completeness`, `indicators[SOM_PERSONS_CONVICTED].total`. */
  path: string;
  before: Figure;
  after: Figure;
}

// Array items are named by their code when they have one, so a reordering is not a change.
const itemName = (item: unknown, index: number): string => {
  const code = (item as { code?: unknown } | null)?.code;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : String(index);
};

function flatten(value: unknown, path: string, into: Map<string, Figure>): void {
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      into.set(path, value.join(', '));
      return;
    }
    value.forEach((item, index) => flatten(item, `${path}[${itemName(item, index)}]`, into));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      flatten(item, path ? `${path}.${key}` : key, into);
  } else {
    into.set(path, (value ?? null) as Figure);
  }
}

/** The figures that differ between two versions of a content, in a stable order. */
export function figureChanges(before: unknown, after: unknown): FigureChange[] {
  const old = new Map<string, Figure>();
  const now = new Map<string, Figure>();
  flatten(before, '', old);
  flatten(after, '', now);
  const paths = [...new Set([...old.keys(), ...now.keys()])].sort();
  return paths
    .filter((path) => old.get(path) !== now.get(path))
    .map((path) => ({ path, before: old.get(path) ?? null, after: now.get(path) ?? null }));
}
