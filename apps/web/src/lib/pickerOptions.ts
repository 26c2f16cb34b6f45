// What a searchable picker offers, and which of it matches what was typed.
export interface PickerOption {
  value: string;
  label: string;
  /** Shown after the label, and searched too (a code, an offset). */
  detail?: string;
  /** The label's language when it is not the page's (reference names are in English). */
  lang?: string;
}

/** Lower case, without accents, underscores as spaces: "são_paulo" finds "Sao Paulo". */
const folded = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/_/g, ' ').toLocaleLowerCase();

/** The options whose label, value or detail hold every word typed. */
export function matchingOptions(options: PickerOption[], query: string): PickerOption[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return options;
  return options.filter((option) => {
    const text = folded(`${option.label} ${option.value} ${option.detail ?? ''}`);
    return words.every((word) => text.includes(word));
  });
}
