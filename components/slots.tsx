import type { ComponentChild } from 'preact';

/**
 * Elements inside a translated sentence ("Press <kbd>Alt+Shift+.</kbd> to step…"): the message keeps
 * the whole sentence for its translator, with `{keys}` where the element goes. Fill the parameter with
 * `slot('keys')`, then `withSlots` renders the text around the element; text stays text, never HTML.
 */
const MARK = '\uE000';

export const slot = (name: string): string => `${MARK}${name}${MARK}`;

export function withSlots(
  text: string,
  elements: Readonly<Record<string, ComponentChild>>,
): ComponentChild[] {
  return text.split(MARK).map((part, i) => (i % 2 === 1 ? (elements[part] ?? part) : part));
}
