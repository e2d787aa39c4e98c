import { useState } from 'preact/hooks';
import { parseSitePattern } from '@/utils/settings/site-patterns';
import { RadioChoices } from '@/components/RadioChoices';
import type { SectionProps } from './GeneralSection';
import { t } from '@/utils/i18n/t';

// A function, not a constant: the labels are read from the catalog when the page draws, not at import.
const siteModes = () =>
  [
    ['off-on-listed', t('options_siteModeOffOnListed')],
    ['only-on-listed', t('options_siteModeOnlyOnListed')],
  ] as const;

export function SitesSection({ settings, update }: SectionProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = () => {
    const parsed = parseSitePattern(draft);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    if (!settings.sites.includes(parsed.value)) update({ sites: [...settings.sites, parsed.value] });
    setDraft('');
    setError('');
  };
  const listed = settings.siteMode === 'off-on-listed';
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sitesHeading')}</h2>
      <fieldset>
        <legend>{t('options_siteModeLegend')}</legend>
        <RadioChoices
          name="site-mode"
          value={settings.siteMode}
          choices={siteModes()}
          onChoose={(siteMode) => update({ siteMode })}
        />
      </fieldset>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label for="site-input">{t('options_siteLabel')}</label>
        <input
          id="site-input"
          value={draft}
          placeholder={t('options_sitePlaceholder')}
          aria-invalid={!!error}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">{t('options_addSite')}</button>
      </form>
      {error && (
        <p id="site-error" class="error" role="alert">
          {error}
        </p>
      )}
      {settings.sites.length === 0 ? (
        <p class="muted">{t('options_noSites')}</p>
      ) : (
        <ul class="list" aria-label={listed ? t('options_sitesOffList') : t('options_sitesOnList')}>
          {settings.sites.map((site) => (
            <li key={site} class="list__item">
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('options_removeSite', { site })}
                onClick={() => update({ sites: settings.sites.filter((s) => s !== site) })}
              >
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
