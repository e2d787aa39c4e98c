import { render } from 'preact';
import { useAllEntries } from '@/components/use-all-entries';
import { BundledShelf } from '@/utils/glossary/bundled-shelf';
import { t } from '@/utils/i18n/t';
import '@/components/term-card.css';
import './popup.css';
import { Popup } from './Popup';

// The popup searches and lists every entry, so it reads the whole shelf, checked at build time.
const bundled = await new BundledShelf().packs();

/** The popup over every entry, the reader's own terms included as they change. */
function Root() {
  return <Popup entries={useAllEntries(bundled)} />;
}

// index.html's <title> stays as the fallback until the script runs.
document.title = t('extName');
render(<Root />, document.getElementById('app')!);
