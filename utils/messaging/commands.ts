import type { TabMessage } from './messages';

/**
 * Manifest commands (rebindable by the reader in the browser's shortcut settings) and the message each
 * sends to the active tab. Opening the popup is the browser's own _execute_action command.
 */
export const COMMAND_MESSAGES: Record<string, TabMessage> = {
  'next-term': { type: 'step-term', direction: 1 },
  'previous-term': { type: 'step-term', direction: -1 },
  'toggle-site': { type: 'toggle-site' },
};

export function messageForCommand(command: string): TabMessage | null {
  return COMMAND_MESSAGES[command] ?? null;
}
