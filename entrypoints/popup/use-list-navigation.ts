import { useState } from 'preact/hooks';
import { optionId } from '@/components/OptionList';

/** What an OptionList needs from the navigation: spread onto it. */
export interface ListProps {
  id: string;
  activeIndex: number;
  onHover(index: number): void;
}

/**
 * Moving through an OptionList from the search box: ArrowDown and ArrowUp move the active option
 * round the list, Enter chooses it. Home and End are left to the search box (caret to either end).
 * `length` and `choose` are the list now shown; the active index is kept as is when the list
 * shrinks and read clamped to it.
 */
export function useListNavigation(listId: string, length: number, choose: (index: number) => void) {
  const [active, setActive] = useState(0);
  const current = length ? Math.min(active, length - 1) : null;

  /** Handles the list's keys; false for any other key, for the caller to handle. */
  const onKeyDown = (event: KeyboardEvent): boolean => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (length) setActive((i) => (i + step + length) % length);
      return true;
    }
    if (event.key === 'Enter' && current !== null) {
      event.preventDefault();
      choose(current);
      return true;
    }
    return false;
  };

  const listProps: ListProps = { id: listId, activeIndex: active, onHover: setActive };
  return {
    listProps,
    /** For the search box's aria-activedescendant; undefined while the list is empty. */
    activeOptionId: current === null ? undefined : optionId(listId, current),
    onKeyDown,
    /** Back to the first option (a new query, another tab). */
    reset: () => setActive(0),
  };
}
