import { t } from '../i18n/t';

type CommandMessage = 'cmdOpen' | 'cmdToggleSite' | 'cmdNextTerm' | 'cmdPreviousTerm';

/** A manifest command as `commands.getAll()` gives it. */
export interface BoundCommand {
  name?: string;
  description?: string;
  shortcut?: string;
}

export interface ShortcutRow {
  name: string;
  /** What the command does, in words. */
  action: string;
  /** The keys as the browser binds them now; null when the reader (or a clash) left it unbound. */
  keys: string | null;
}

/**
 * What each command does, as the manifest describes it, for a command the browser gives no description:
 * Chrome gives `_execute_action` an empty one, and Firefox names it `_execute_browser_action` in
 * Manifest V2.
 */
const COMMAND_ACTIONS = new Map<string, CommandMessage>([
  ['_execute_action', 'cmdOpen'],
  ['_execute_browser_action', 'cmdOpen'],
  ['toggle-site', 'cmdToggleSite'],
  ['next-term', 'cmdNextTerm'],
  ['previous-term', 'cmdPreviousTerm'],
]);

function describedAction(name: string): string {
  const key = COMMAND_ACTIONS.get(name);
  return key ? t(key) : name;
}

/** The shortcuts to show the reader, in the manifest's order, as the browser actually binds them. */
export function shortcutRows(commands: readonly BoundCommand[]): ShortcutRow[] {
  return commands
    .filter((c): c is BoundCommand & { name: string } => !!c.name)
    .map((c) => ({
      name: c.name,
      action: c.description || describedAction(c.name),
      keys: c.shortcut ? c.shortcut : null,
    }));
}
