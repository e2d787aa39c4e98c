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
 * The browser's own commands have no description of ours: Chrome gives `_execute_action` an empty
 * one, Firefox names it `_execute_browser_action` in Manifest V2.
 */
const BROWSER_COMMANDS: Record<string, string> = {
  _execute_action: 'Open NewsGloss',
  _execute_browser_action: 'Open NewsGloss',
};

/** The shortcuts to show the reader, in the manifest's order, as the browser actually binds them. */
export function shortcutRows(commands: readonly BoundCommand[]): ShortcutRow[] {
  return commands
    .filter((c): c is BoundCommand & { name: string } => !!c.name)
    .map((c) => ({
      name: c.name,
      action: c.description || BROWSER_COMMANDS[c.name] || c.name,
      keys: c.shortcut ? c.shortcut : null,
    }));
}
