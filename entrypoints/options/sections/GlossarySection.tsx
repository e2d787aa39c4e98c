import { CATEGORY_LABELS } from '@/components/category-labels';
import { CATEGORIES, type Pack } from '@/utils/glossary/types';
import type { SectionProps } from './GeneralSection';
import { ImportedPacks } from './ImportedPacks';
import { PackImport } from './PackImport';
import { useReaderGlossaryProblem } from './use-reader-glossary-problem';
import { usePackImport } from './use-pack-import';
import { t, tn } from '@/utils/i18n/t';

export interface PackSummary extends Pick<Pack, 'id' | 'name' | 'version' | 'licence'> {
  count: number;
}

export function GlossarySection({
  settings,
  update,
  packs,
  bundled,
  imported,
}: SectionProps & {
  packs: readonly PackSummary[];
  /** The bundled packs in full: an imported pack is checked against them. */
  bundled: readonly Pack[];
  /** The packs the reader imported, as stored. */
  imported: readonly Pack[];
}) {
  const packImport = usePackImport(bundled);
  const compileProblem = useReaderGlossaryProblem();
  const toggle = <T extends string>(list: readonly T[], value: T, include: boolean): T[] =>
    include ? list.filter((v) => v !== value) : [...list, value];
  return (
    <section class="card" aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">{t('options_glossaryHeading')}</h2>
      <fieldset>
        <legend>{t('options_categoriesLegend')}</legend>
        <div class="grid">
          {CATEGORIES.map((category) => (
            <label class="row" key={category}>
              <input
                type="checkbox"
                checked={!settings.hiddenCategories.includes(category)}
                onChange={(e) =>
                  update({
                    hiddenCategories: toggle(settings.hiddenCategories, category, e.currentTarget.checked),
                  })
                }
              />
              {CATEGORY_LABELS[category]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('options_packsLegend')}</legend>
        {packs.map((pack) => (
          <label class="row" key={pack.id}>
            <input
              type="checkbox"
              checked={!settings.disabledPacks.includes(pack.id)}
              onChange={(e) =>
                update({ disabledPacks: toggle(settings.disabledPacks, pack.id, e.currentTarget.checked) })
              }
            />
            {pack.name}
            <span class="muted">
              {' '}
              {tn('options_packDetails', pack.count, { version: pack.version, licence: pack.licence })}
            </span>
          </label>
        ))}
        <ImportedPacks
          packs={imported}
          settings={settings}
          update={update}
          onMessage={packImport.setMessage}
        />
      </fieldset>
      {compileProblem && (
        <p class="error" role="alert">
          {t('packs_notCompiled', { reason: compileProblem })}
        </p>
      )}
      <PackImport
        pending={packImport.pending}
        message={packImport.message}
        onChooseFile={(input) => void packImport.chooseFile(input)}
        onReplace={() => void packImport.replace()}
        onCancel={packImport.cancel}
      />
    </section>
  );
}
