import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { dismissNews, readNews } from '@/utils/whats-new/store';

/** After an update, one line on what is new, until the reader dismisses it (utils/whats-new). */
export function WhatsNew() {
  const [news, setNews] = useState<string | null>(null);
  useEffect(() => {
    void readNews().then(setNews);
  }, []);
  if (!news) return null;
  return (
    <p class="popup__news" role="status">
      <span>{news}</span>
      <button
        type="button"
        class="popup__news-dismiss"
        aria-label={t('popup_dismissNews')}
        onClick={() => {
          setNews(null);
          void dismissNews();
        }}
      >
        ×
      </button>
    </p>
  );
}
