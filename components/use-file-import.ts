import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import type { Result } from '@/utils/result';

export type TransferMessage = { kind: 'error' | 'info'; text: string } | null;

/**
 * The import flow the popup (notes) and the options page (a whole backup) share: read a chosen file
 * into a plan, show it, and write it only when the reader confirms. A file that cannot be used, or a
 * write that fails (a full quota), leaves a message and nothing changed.
 */
export function useFileImport<Plan>(
  /** Reads a chosen file into a plan to show before anything is written, or says why not. */
  prepare: (file: File) => Promise<Result<Plan>>,
  /** Writes the plan; returns the message to show once done. */
  write: (plan: Plan) => Promise<string>,
) {
  const [plan, setPlan] = useState<Plan | null>(null);
  const [message, setMessage] = useState<TransferMessage>(null);

  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so choosing the same file again fires another change event.
    input.value = '';
    setPlan(null);
    if (!file) return;
    const prepared = await prepare(file);
    if (!prepared.ok) {
      setMessage({ kind: 'error', text: t('transfer_nothingImported', { reason: prepared.error }) });
      return;
    }
    setPlan(prepared.value);
    setMessage(null);
  };

  const apply = async () => {
    if (!plan) return;
    try {
      setMessage({ kind: 'info', text: await write(plan) });
    } catch (e) {
      setMessage({
        kind: 'error',
        text: t('transfer_importFailed', { reason: e instanceof Error ? e.message : String(e) }),
      });
    }
    setPlan(null);
  };

  return { plan, message, setMessage, chooseFile, apply, cancel: () => setPlan(null) };
}
