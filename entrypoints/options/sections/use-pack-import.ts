import { useState } from 'preact/hooks';
import type { TransferMessage } from '@/components/use-file-import';
import type { Pack } from '@/utils/glossary/types';
import { t, tn } from '@/utils/i18n/t';
import { ownPack } from '@/utils/own-terms/own-term';
import { getOwnTerms } from '@/utils/own-terms/store';
import { readPackFile, type PackChange } from '@/utils/packs/pack-file';
import { getImportedPacks, saveImportedPack } from '@/utils/packs/store';
import { StorageFullError } from '@/utils/storage/write-errors';
import { readImportText } from '@/utils/transfer/import-file';

/** A newer version of an installed pack, checked and waiting for the reader to replace the old. */
export interface PendingReplace {
  pack: Pack;
  change: PackChange;
}

/** Why a save failed, for the reader: a full storage says so itself; nothing else was changed either. */
function saveFailure(error: unknown): string {
  if (error instanceof StorageFullError) return error.message;
  return t('transfer_importFailed', { reason: error instanceof Error ? error.message : String(error) });
}

/**
 * Adding a glossary pack from a file: read the chosen file (refused by its size before reading), check
 * it as the build checks the bundled packs (utils/packs/pack-file.ts) against the bundled packs and the
 * installed ones, then save a new pack at once, or show what a newer version changes and save it only
 * when the reader chooses Replace. A refused file or a failed save leaves a message and nothing stored.
 */
export function usePackImport(bundled: readonly Pack[]) {
  const [pending, setPending] = useState<PendingReplace | null>(null);
  const [message, setMessage] = useState<TransferMessage>(null);

  const save = async (pack: Pack, done: string) => {
    try {
      await saveImportedPack(pack);
      setMessage({ kind: 'info', text: done });
    } catch (error) {
      setMessage({ kind: 'error', text: saveFailure(error) });
    }
  };

  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so choosing the same file again fires another change event.
    input.value = '';
    setPending(null);
    if (!file) return;
    const read = await readImportText(file);
    // The installed packs as stored now, not as last drawn: another page may have changed them.
    // The own terms' spellings are taken as well (validateOwnTerm holds own terms to the same rule).
    const ownEntries = ownPack(await getOwnTerms()).entries;
    const checked = read.ok
      ? readPackFile(read.value.text, bundled, await getImportedPacks(), ownEntries)
      : read;
    if (!checked.ok) {
      setMessage({ kind: 'error', text: checked.error });
      return;
    }
    const { pack, change } = checked.value;
    if (change) {
      setPending({ pack, change });
      setMessage(null);
      return;
    }
    const count = pack.entries.length;
    await save(pack, tn('packs_added', count, { name: pack.name, version: pack.version }));
  };

  const replace = async () => {
    if (!pending) return;
    const { pack, change } = pending;
    setPending(null);
    const count = pack.entries.length;
    await save(pack, tn('packs_replaced', count, { name: pack.name, from: change.from, to: change.to }));
  };

  return { pending, message, setMessage, chooseFile, replace, cancel: () => setPending(null) };
}
