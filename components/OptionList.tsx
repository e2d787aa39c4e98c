import type { ComponentChildren } from 'preact';

export interface OptionListProps<T> {
  id: string;
  label: string;
  items: readonly T[];
  activeIndex: number;
  keyOf(item: T): string;
  render(item: T): ComponentChildren;
  onChoose(item: T): void;
  onHover?(index: number): void;
}

/**
 * A listbox driven from the search box (aria-activedescendant): arrow keys move, Enter chooses,
 * while focus stays in the search field so typing never stops.
 */
export function OptionList<T>({
  id,
  label,
  items,
  activeIndex,
  keyOf,
  render,
  onChoose,
  onHover,
}: OptionListProps<T>) {
  return (
    <ul id={id} class="option-list" role="listbox" aria-label={label}>
      {items.map((item, index) => (
        <li
          key={keyOf(item)}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === activeIndex}
          class={index === activeIndex ? 'option-list__item option-list__item--active' : 'option-list__item'}
          onClick={() => onChoose(item)}
          onMouseMove={() => onHover?.(index)}
        >
          {render(item)}
        </li>
      ))}
    </ul>
  );
}

export function optionId(listId: string, index: number): string {
  return `${listId}-${index}`;
}
