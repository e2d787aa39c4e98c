import { render } from 'preact';
import { useAllEntries } from '@/components/use-all-entries';
import { BundledShelf } from '@/utils/glossary/bundled-shelf';
import '@/components/term-card.css';
import './popup.css';
import { Popup } from './Popup';

// The popup searches and lists every entry, so it reads the whole shelf, checked at build time.
const bundled = await new BundledShelf().packs();

/** The popup over every entry, the reader's own terms included as they change. */
function Root() {
  return <Popup entries={useAllEntries(bundled)} />;
}

render(<Root />, document.getElementById('app')!);
