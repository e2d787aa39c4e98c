import type { Ref } from 'preact';
import { t } from '@/utils/i18n/t';

/**
 * The search field, also the combobox that drives the list below it (aria-activedescendant): focus
 * stays here while the arrow keys move through the list. Escape with a query clears it (onClear);
 * only an empty query lets Escape close the popup.
 */
export function SearchBox({
  inputRef,
  query,
  listId,
  expanded,
  activeOptionId,
  onQuery,
  onClear,
  onListKey,
}: {
  inputRef: Ref<HTMLInputElement>;
  query: string;
  listId: string;
  expanded: boolean;
  activeOptionId: string | undefined;
  onQuery(query: string): void;
  onClear(): void;
  /** The list's keys; true when the key was one of them. */
  onListKey(event: KeyboardEvent): boolean;
}) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (onListKey(event) || event.key !== 'Escape' || !query) return;
    event.preventDefault();
    onClear();
  };
  return (
    <input
      ref={inputRef}
      class="popup__search"
      type="search"
      autoFocus
      placeholder={t('popup_searchLabel')}
      aria-label={t('popup_searchLabel')}
      role="combobox"
      aria-expanded={expanded}
      aria-controls={listId}
      aria-activedescendant={activeOptionId}
      value={query}
      onInput={(e) => onQuery(e.currentTarget.value)}
      onKeyDown={onKeyDown}
    />
  );
}
