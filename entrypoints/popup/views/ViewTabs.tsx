export type Tab = 'page' | 'notes';

const TABS: readonly Tab[] = ['page', 'notes'];

/** "On this page" and "My notes": none shows as selected while an entry is open over them. */
export function ViewTabs({
  tab,
  entryOpen,
  noteCount,
  onSelect,
}: {
  tab: Tab;
  entryOpen: boolean;
  noteCount: number;
  onSelect(tab: Tab): void;
}) {
  return (
    <div class="popup__tabs" role="tablist" aria-label="Views">
      {TABS.map((t) => (
        <button
          key={t}
          type="button"
          role="tab"
          aria-selected={tab === t && !entryOpen}
          class="popup__tab"
          onClick={() => onSelect(t)}
        >
          {t === 'page' ? 'On this page' : `My notes (${noteCount})`}
        </button>
      ))}
    </div>
  );
}
