// Keyboard moves through the map's countries as through a list: one tab stop (the current
// country), arrows to the next or previous by name, Home and End, and typing a name's first
// letters to jump to it (as in a listbox), so no one has to tab through 170 shapes.
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

const TYPE_AHEAD_MS = 800;

export interface RovingItem {
  key: string;
  name: string;
}

export function useRovingFocus(items: RovingItem[], onActivate: (key: string) => void) {
  const [active, setActive] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGElement>());
  const typed = useRef({ text: '', at: 0 });
  const current = active ?? items[0]?.key ?? null;

  const moveTo = useCallback((key: string | undefined) => {
    if (!key) return;
    setActive(key);
    elements.current.get(key)?.focus();
  }, []);

  const typeAhead = useCallback(
    (letter: string) => {
      const now = Date.now();
      const text = (now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '') + letter;
      typed.current = { text, at: now };
      const wanted = text.toLocaleLowerCase();
      moveTo(items.find((item) => item.name.toLocaleLowerCase().startsWith(wanted))?.key);
    },
    [items, moveTo],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const index = items.findIndex((item) => item.key === current);
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (step !== undefined) moveTo(items[(index + step + items.length) % items.length]?.key);
      else if (event.key === 'Home') moveTo(items[0]?.key);
      else if (event.key === 'End') moveTo(items[items.length - 1]?.key);
      else if (event.key === 'Enter' && current) onActivate(current);
      else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey)
        typeAhead(event.key);
      else return;
      event.preventDefault();
    },
    [items, current, moveTo, onActivate, typeAhead],
  );

  /** The props of one item: its tab stop, its element, and what focusing it means. */
  const itemProps = (key: string) => ({
    tabIndex: key === current ? 0 : -1,
    ref: (element: SVGElement | null) => {
      if (element) elements.current.set(key, element);
      else elements.current.delete(key);
    },
    onFocus: () => setActive(key),
  });

  return { active: current, onKeyDown, itemProps };
}
