import { useEffect, useRef } from 'preact/hooks';
import type { TransferMessage } from '@/components/use-file-import';
import { t, tn } from '@/utils/i18n/t';
import type { PendingReplace } from './use-pack-import';
import { TransferNotice } from './TransferNotice';

/** How many entry ids of each kind of change are named before "and N more". */
export const CHANGE_IDS_SHOWN = 5;

/** The first CHANGE_IDS_SHOWN ids, and how many more there are. */
export function someIds(ids: readonly string[]): string {
  const shown = ids.slice(0, CHANGE_IDS_SHOWN).join(', ');
  const more = ids.length - CHANGE_IDS_SHOWN;
  return more > 0 ? tn('packs_idsMore', more, { ids: shown }) : shown;
}

/** "Add a glossary pack from a file…", what a newer version would change, and how the import went. */
export function PackImport({
  pending,
  message,
  onChooseFile,
  onReplace,
  onCancel,
}: {
  pending: PendingReplace | null;
  message: TransferMessage;
  onChooseFile(input: HTMLInputElement): void;
  onReplace(): void;
  onCancel(): void;
}) {
  return (
    <div class="pack-import">
      <div class="row">
        <label class="file-button">
          {t('packs_addFromFile')}
          <input
            type="file"
            accept=".json,application/json"
            aria-describedby="pack-file-hint"
            onChange={(e) => onChooseFile(e.currentTarget)}
          />
        </label>
      </div>
      <p id="pack-file-hint" class="muted">
        {t('packs_fileHint')}
      </p>
      {pending && <PackChangeSummary pending={pending} onReplace={onReplace} onCancel={onCancel} />}
      <TransferNotice message={message} class="pack-message" />
    </div>
  );
}

/** What replacing the installed version changes, entry by entry, before anything is written. */
function PackChangeSummary({
  pending: { pack, change },
  onReplace,
  onCancel,
}: {
  pending: PendingReplace;
  onReplace(): void;
  onCancel(): void;
}) {
  const box = useRef<HTMLDivElement>(null);
  // Read out and reachable at once: focus goes to the question, not to Replace, so Enter replaces nothing.
  useEffect(() => box.current?.focus(), []);
  const lists = (
    [
      ['added', t('packs_changeAdded', { ids: someIds(change.added) }), change.added.length],
      ['removed', t('packs_changeRemoved', { ids: someIds(change.removed) }), change.removed.length],
      ['changed', t('packs_changeChanged', { ids: someIds(change.changed) }), change.changed.length],
    ] as const
  ).filter(([, , count]) => count > 0);
  return (
    <div
      ref={box}
      class="plan pack-change"
      role="alertdialog"
      aria-labelledby="pack-change-summary"
      aria-describedby={lists.length ? 'pack-change-ids' : undefined}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p id="pack-change-summary">
        {t('packs_change', {
          name: pack.name,
          from: change.from,
          to: change.to,
          added: change.added.length,
          removed: change.removed.length,
          changed: change.changed.length,
        })}
      </p>
      {lists.length > 0 && (
        <ul id="pack-change-ids" class="pack-change__ids">
          {lists.map(([kind, text]) => (
            <li key={kind}>{text}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        aria-label={t('packs_replaceLabel', { name: pack.name, from: change.from, to: change.to })}
        onClick={onReplace}
      >
        {t('packs_replace')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('options_cancel')}
      </button>
    </div>
  );
}
