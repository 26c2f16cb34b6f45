import {
  isArgumentElement,
  isLiteralElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';

export interface MessageParts {
  /** The fixed texts, those inside plural and select forms included. */
  literals: string[];
  /** The names of the values it takes, each once, sorted. */
  arguments: string[];
}

/** What a message is made of (for checks of the catalogs); throws when it is not valid ICU. */
export function messageParts(message: string): MessageParts {
  const literals: string[] = [];
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (isLiteralElement(element)) literals.push(element.value);
      else if (isArgumentElement(element) || isNumberElement(element)) names.add(element.value);
      else if (isPluralElement(element) || isSelectElement(element)) {
        names.add(element.value);
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return { literals, arguments: [...names].sort() };
}
