import { useMemo, useState } from 'preact/hooks';
import { useNoteList } from '@/components/use-note-list';
import { useStoredValue } from '@/components/use-stored-value';
import type { OwnTerm } from '@/utils/own-terms/own-term';
import { OWN_PACK_ID } from '@/utils/own-terms/own-term';
import type { Pack } from '@/utils/glossary/types';
import { getOwnTerms, watchOwnTerms } from '@/utils/own-terms/store';
import {
  DEFAULT_SETTINGS,
  getSettings,
  updateSettings,
  watchSettings,
  type Settings,
} from '@/utils/settings/store';
import { DataSection } from './sections/DataSection';
import { GeneralSection } from './sections/GeneralSection';
import { GlossarySection } from './sections/GlossarySection';
import { OwnTermsSection } from './sections/OwnTermsSection';
import { SitesSection } from './sections/SitesSection';
import { SyncSection } from './sections/SyncSection';
import { allEntries as entriesById } from '@/utils/glossary/runtime-glossary';
import { readerPacks } from '@/utils/reader-glossary/reader-packs';
import { useImportedPacks } from '@/components/use-reader-packs';
import { addTermText } from '@/utils/own-terms/add-term-link';
import { t } from '@/utils/i18n/t';

const NO_OWN_TERMS: OwnTerm[] = [];

/** Every change is written at once; open tabs follow through storage change events. */
export function Options({ bundled }: { bundled: readonly Pack[] }) {
  const [settings, setSettings] = useStoredValue<Settings>(getSettings, watchSettings, DEFAULT_SETTINGS);
  const [ownTerms] = useStoredValue<OwnTerm[]>(getOwnTerms, watchOwnTerms, NO_OWN_TERMS);
  const notes = useNoteList();
  const [prefill] = useState(() => addTermText(location.hash));
  const [saveError, setSaveError] = useState<string | null>(null);

  const update = (patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    updateSettings(patch).then(
      () => setSaveError(null),
      (e: unknown) => {
        // Show what is really stored again, and say why the change did not stick.
        setSaveError(e instanceof Error ? e.message : String(e));
        void getSettings().then(setSettings);
      },
    );
  };
  const imported = useImportedPacks();
  // An own term may not take a name of a bundled or an imported entry.
  const glossaryEntries = useMemo(
    () => [...bundled, ...imported].flatMap((p) => p.entries),
    [bundled, imported],
  );
  // From the own terms and packs read above: one subscription each for the whole page.
  const allEntries = useMemo(
    () => entriesById([...bundled, ...readerPacks(ownTerms, imported)]),
    [bundled, ownTerms, imported],
  );
  const packs = [
    ...bundled.map((p) => ({
      id: p.id,
      name: p.name,
      version: p.version,
      licence: p.licence,
      count: p.entries.length,
    })),
    {
      id: OWN_PACK_ID,
      name: t('options_myTerms'),
      version: '—',
      licence: t('options_ownPackLicence'),
      count: ownTerms.length,
    },
  ];

  return (
    <main class="page options">
      <h1>{t('options_pageTitle')}</h1>
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}
      <GeneralSection settings={settings} update={update} />
      <GlossarySection
        settings={settings}
        update={update}
        packs={packs}
        bundled={bundled}
        imported={imported}
      />
      <SitesSection settings={settings} update={update} />
      <OwnTermsSection ownTerms={ownTerms} bundled={glossaryEntries} prefill={prefill} />
      <SyncSection headword={(id) => allEntries.get(id)?.headword ?? id} />
      <DataSection counts={{ notes: notes.length, ownTerms: ownTerms.length }} />
    </main>
  );
}
