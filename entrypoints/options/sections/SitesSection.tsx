import { useState } from 'preact/hooks';
import { parseSitePattern } from '@/utils/settings/site-patterns';
import { RadioChoices } from '@/components/RadioChoices';
import type { SectionProps } from './GeneralSection';

const SITE_MODES = [
  ['off-on-listed', 'Everywhere except the sites below'],
  ['only-on-listed', 'Only on the sites below'],
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
      <h2 id="sites-heading">Sites</h2>
      <fieldset>
        <legend>Where NewsGloss works</legend>
        <RadioChoices
          name="site-mode"
          value={settings.siteMode}
          choices={SITE_MODES}
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
        <label for="site-input">Site</label>
        <input
          id="site-input"
          value={draft}
          placeholder="dawn.com"
          aria-invalid={!!error}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">Add site</button>
      </form>
      {error && (
        <p id="site-error" class="error" role="alert">
          {error}
        </p>
      )}
      {settings.sites.length === 0 ? (
        <p class="muted">No sites listed. A site covers its subdomains too (dawn.com covers www.dawn.com).</p>
      ) : (
        <ul class="list" aria-label={listed ? 'Sites where NewsGloss is off' : 'Sites where NewsGloss works'}>
          {settings.sites.map((site) => (
            <li key={site} class="list__item">
              <span>{site}</span>
              <button
                type="button"
                aria-label={`Remove ${site}`}
                onClick={() => update({ sites: settings.sites.filter((s) => s !== site) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
