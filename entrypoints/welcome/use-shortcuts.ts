import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { shortcutRows, type ShortcutRow } from '@/utils/welcome/shortcuts';

/** The extension's shortcuts as the browser binds them now (none where it has no commands API). */
export function useShortcuts(): ShortcutRow[] {
  const [rows, setRows] = useState<ShortcutRow[]>([]);
  useEffect(() => {
    // Firefox for Android has no commands API.
    if (!browser.commands) return;
    browser.commands.getAll().then(
      (commands) => setRows(shortcutRows(commands)),
      () => setRows([]),
    );
  }, []);
  return rows;
}

/**
 * Opens the browser's own page for changing extension shortcuts: Firefox has an API for it (Firefox
 * 137, https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/commands/openShortcutSettings);
 * Chrome has none, but an extension may open chrome://extensions/shortcuts in a tab.
 */
export function openShortcutSettings(): void {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined;
  if (commands?.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
