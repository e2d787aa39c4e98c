import type { TabMessage } from './messages';

/** Manifest commands (rebindable by the reader in the browser's shortcut settings) and what they send. */
export const COMMAND_MESSAGES: Record<string, TabMessage> = {
  'next-term': { type: 'step-term', direction: 1 },
  'previous-term': { type: 'step-term', direction: -1 },
};

export function messageForCommand(command: string): TabMessage | null {
  return COMMAND_MESSAGES[command] ?? null;
}
