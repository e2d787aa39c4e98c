import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/t';
import { addTermUrl } from '@/utils/own-terms/add-term-link';

/**
 * "Add … to my glossary" for what the reader typed or had selected: the options page's own-term form,
 * filled in. The same hand-over as the context menu's, and the only one where there are no menus
 * (Firefox for Android).
 */
export function AddTermButton({ text }: { text: string }) {
  const shown = text.trim();
  if (!shown) return null;
  const add = async () => {
    await browser.tabs.create({ url: addTermUrl(shown) });
    window.close();
  };
  return (
    <button type="button" class="popup__add-term" onClick={() => void add()}>
      {t('popup_addTerm', { text: shown.length > 40 ? `${shown.slice(0, 40)}…` : shown })}
    </button>
  );
}
