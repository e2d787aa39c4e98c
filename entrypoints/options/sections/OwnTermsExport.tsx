import { downloadText, todayStamp } from '@/components/download';
import { t, tn } from '@/utils/i18n/t';
import { exportOwnTermsCsv, exportOwnTermsPack } from '@/utils/own-terms/export';
import type { OwnTerm } from '@/utils/own-terms/own-term';

/** Own terms out: a glossary pack another reader can import, or CSV for a spreadsheet. */
export function OwnTermsExport({
  ownTerms,
  onStatus,
}: {
  ownTerms: readonly OwnTerm[];
  onStatus(text: string): void;
}) {
  if (ownTerms.length === 0) return null;
  const asPack = () => {
    const texts = { name: t('options_sharedPackName'), description: t('options_sharedPackDescription') };
    const shared = exportOwnTermsPack(ownTerms, new Date(), texts);
    if (shared.exported > 0)
      downloadText(`newsgloss-terms-${todayStamp()}.json`, 'application/json', shared.text);
    const done = tn('options_packExported', shared.exported);
    const left = shared.leftOut.length
      ? ` ${tn('options_packLeftOut', shared.leftOut.length, { terms: shared.leftOut.join(', ') })}`
      : '';
    onStatus(done + left);
  };
  const asCsv = () => {
    downloadText(`newsgloss-terms-${todayStamp()}.csv`, 'text/csv', exportOwnTermsCsv(ownTerms));
    onStatus(tn('options_csvExported', ownTerms.length));
  };
  return (
    <div class="row">
      <button type="button" onClick={asPack}>
        {t('options_exportPack')}
      </button>
      <button type="button" onClick={asCsv}>
        {t('options_exportCsv')}
      </button>
    </div>
  );
}
