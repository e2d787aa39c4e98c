import { useEffect, useRef, useState } from 'preact/hooks';
import type { Pack } from '@/utils/glossary/types';
import { t, tn } from '@/utils/i18n/t';
import { removeImportedPack } from '@/utils/packs/store';
import type { SectionProps } from './GeneralSection';

/**
 * The packs the reader added from files, in the list of glossaries: each switched on and off like a
 * bundled pack (settings.disabledPacks), and removed after a second press that names it.
 */
export function ImportedPacks({
  packs,
  settings,
  update,
  onMessage,
}: SectionProps & {
  packs: readonly Pack[];
  /** What became of a removal, for the reader (the text, and whether it is an error). */
  onMessage(message: { kind: 'error' | 'info'; text: string }): void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  // The pack whose removal was just called off: its Remove button takes the focus back.
  const [kept, setKept] = useState<string | null>(null);
  const remove = async (pack: Pack) => {
    setConfirming(null);
    try {
      await removeImportedPack(pack.id);
    } catch (error) {
      onMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      return;
    }
    // A pack added again later starts switched on.
    if (settings.disabledPacks.includes(pack.id))
      update({ disabledPacks: settings.disabledPacks.filter((id) => id !== pack.id) });
    onMessage({ kind: 'info', text: t('packs_removed', { name: pack.name }) });
  };
  return (
    <>
      {packs.map((pack) => (
        <div class="row imported-pack" key={pack.id}>
          <label class="row">
            <input
              type="checkbox"
              checked={!settings.disabledPacks.includes(pack.id)}
              onChange={(e) =>
                update({
                  disabledPacks: e.currentTarget.checked
                    ? settings.disabledPacks.filter((id) => id !== pack.id)
                    : [...settings.disabledPacks, pack.id],
                })
              }
            />
            {pack.name}
            <span class="muted">
              {' '}
              {tn('packs_details', pack.entries.length, { version: pack.version, licence: pack.licence })}
            </span>
          </label>
          {confirming === pack.id ? (
            <ConfirmRemove
              name={pack.name}
              onRemove={() => void remove(pack)}
              onKeep={() => {
                setConfirming(null);
                setKept(pack.id);
              }}
            />
          ) : (
            <RemoveButton
              name={pack.name}
              focused={kept === pack.id}
              onRemove={() => {
                setConfirming(pack.id);
                setKept(null);
              }}
            />
          )}
        </div>
      ))}
    </>
  );
}

function RemoveButton({ name, focused, onRemove }: { name: string; focused: boolean; onRemove(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focused) button.current?.focus();
  }, [focused]);
  return (
    <button ref={button} type="button" aria-label={t('packs_removeLabel', { name })} onClick={onRemove}>
      {t('packs_remove')}
    </button>
  );
}

/** "Remove <name>?" in place of Remove, focused, so a second press removes and Keep or Escape does not. */
function ConfirmRemove({ name, onRemove, onKeep }: { name: string; onRemove(): void; onKeep(): void }) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <span
      class="list__actions"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onKeep();
      }}
    >
      <button ref={confirm} type="button" class="danger" onClick={onRemove}>
        {t('packs_confirmRemove', { name })}
      </button>
      <button type="button" aria-label={t('packs_keepLabel', { name })} onClick={onKeep}>
        {t('packs_keep')}
      </button>
    </span>
  );
}
