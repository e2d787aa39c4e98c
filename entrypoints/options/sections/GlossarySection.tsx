import { plural } from '@/components/plural';
import { CATEGORY_LABELS } from '@/components/category-labels';
import { CATEGORIES, type Pack } from '@/utils/glossary/types';
import type { SectionProps } from './GeneralSection';

export interface PackSummary extends Pick<Pack, 'id' | 'name' | 'version' | 'licence'> {
  count: number;
}

export function GlossarySection({
  settings,
  update,
  packs,
}: SectionProps & { packs: readonly PackSummary[] }) {
  const toggle = <T extends string>(list: readonly T[], value: T, include: boolean): T[] =>
    include ? list.filter((v) => v !== value) : [...list, value];
  return (
    <section class="card" aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">What is glossed</h2>
      <fieldset>
        <legend>Categories</legend>
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
        <legend>Glossaries</legend>
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
              ({plural(pack.count, 'entry', 'entries')}, version {pack.version}, {pack.licence})
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
