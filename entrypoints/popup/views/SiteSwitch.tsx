import { browser } from 'wxt/browser';
import { useStoredValue } from '@/components/use-stored-value';
import { t } from '@/utils/i18n/t';
import { toggleSite } from '@/utils/settings/site-switch';
import { DEFAULT_SETTINGS, getSettings, updateSettings, watchSettings } from '@/utils/settings/store';
import type { PageTerms } from '../active-tab';

/**
 * "Gloss this site": flips the site in the reader's site list. The tab's content script watches the
 * settings, so its marks go or come at once, without a reload.
 */
export function SiteSwitch({ page, onChanged }: { page: PageTerms | null; onChanged(): void }) {
  // Until the settings are read, the defaults (glossing on everywhere).
  const [{ enabled: enabledEverywhere }] = useStoredValue(getSettings, watchSettings, DEFAULT_SETTINGS);
  const host = page && page.status !== 'unavailable' ? page.host : null;
  const on = page?.status === 'ok';
  const flip = async () => {
    if (!host) return;
    await updateSettings(toggleSite(await getSettings(), host));
    onChanged();
  };
  return (
    <div class="site-switch">
      {enabledEverywhere ? (
        <label class="site-switch__label">
          <input type="checkbox" role="switch" checked={on} disabled={!host} onChange={() => void flip()} />
          {host ? t('popup_glossSiteHost', { host }) : t('popup_glossSite')}
        </label>
      ) : (
        <span class="site-switch__label">{t('popup_offEverywhere')}</span>
      )}
      <button
        type="button"
        class="site-switch__settings"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        {t('popup_settings')}
      </button>
    </div>
  );
}
