import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '@/utils/i18n/t';

export type Tab = 'page' | 'notes';

const TABS: readonly Tab[] = ['page', 'notes'];
/** The panel the tabs control: the popup's body (ViewPanel). */
const VIEW_PANEL_ID = 'popup-panel';
const tabId = (tab: Tab) => `popup-tab-${tab}`;

/** Arrow keys, Home and End move between tabs and select the one reached (automatic activation). */
const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * "On this page" and "My notes", as a WAI-ARIA tablist (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/):
 * one tab stop, the arrow keys between tabs. None shows as selected while an entry is open over them.
 */
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
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(TABS.indexOf(tab), TABS.length);
    onSelect(TABS[next]!);
    buttons.current[next]?.focus();
  };
  return (
    <div class="popup__tabs" role="tablist" aria-label={t('popup_tabsLabel')} onKeyDown={onKeyDown}>
      {TABS.map((each, i) => (
        <button
          key={each}
          ref={(button) => void (buttons.current[i] = button)}
          id={tabId(each)}
          type="button"
          role="tab"
          aria-selected={tab === each && !entryOpen}
          aria-controls={VIEW_PANEL_ID}
          tabIndex={tab === each ? 0 : -1}
          class="popup__tab"
          onClick={() => onSelect(each)}
        >
          {each === 'page' ? t('popup_tabPage') : t('popup_tabNotes', { count: noteCount })}
        </button>
      ))}
    </div>
  );
}

/**
 * The popup's body: the tab's panel, or, while an entry is open over the tabs, a region named for it
 * (no tab is selected then).
 */
export function ViewPanel({
  tab,
  entryShown,
  children,
}: {
  tab: Tab;
  /** The headword of the entry open, if any. */
  entryShown?: string;
  children: ComponentChildren;
}) {
  return (
    <section
      class="popup__body"
      id={VIEW_PANEL_ID}
      role={entryShown ? 'region' : 'tabpanel'}
      aria-label={entryShown}
      aria-labelledby={entryShown ? undefined : tabId(tab)}
    >
      {children}
    </section>
  );
}
